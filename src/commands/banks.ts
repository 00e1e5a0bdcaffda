// How commands other than `validate` load banks: explicit --bank paths must be clean; a broken
// file in the user's own bank folder is skipped with a warning so it cannot block practice.
import { join } from "node:path";
import { type Library, loadLibrary } from "../bank/library.js";
import type { Problem } from "../bank/problems.js";
import type { Context } from "../context.js";
import { ProblemsFound } from "../errors.js";

export async function loadBanksFor(ctx: Context, extraPaths: readonly string[] = []): Promise<Library> {
  const library = await loadLibrary({
    paths: extraPaths,
    userBanksDir: ctx.paths.userBanks,
    cacheFile: join(ctx.paths.cache, "banks.json"),
  });
  const errors = library.problems.filter((p) => p.severity === "error");
  if (errors.length === 0) return library;
  const explicit = errors.filter((p) => !isUnder(p, ctx.paths.userBanks));
  const shown = (explicit.length > 0 ? explicit : errors).slice(0, 3).map(formatProblem);
  const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more)` : "";
  if (explicit.length > 0) {
    for (const line of shown) ctx.warn(line);
    throw new ProblemsFound(`the banks above have errors${more}; run \`netprep validate\` to see them all`);
  }
  for (const line of shown) ctx.warn(ctx.err.yellow(line));
  ctx.warn(
    ctx.err.yellow(`netprep: skipped broken parts of your own banks${more}; run \`netprep validate\` to fix them`),
  );
  return library;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.message}`;
}

function isUnder(p: Problem, dir: string): boolean {
  return p.file.startsWith(dir);
}
