// Finds and reads bank files (the I/O edge of the bank module), then parses and lints them into a
// Library: every question, rubric and loop netprep knows, plus every problem found on the way.
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { CODE_FILE, PACKAGE_ROOT } from "../package-info.js";
import { catalogue, defaultRubrics, lintCatalogue } from "./lint.js";
import type { ParsedBank } from "./parse.js";
import { byLocation, type Problem } from "./problems.js";
import type { BankFile, Category, Loop, Question, Rubric } from "./schema.js";

/** The banks shipped with netprep. */
export const BUILTIN_DIR = join(PACKAGE_ROOT, "questions");

/** Guards against hostile input: a bank this large is a mistake or an attack, not a bank. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_FILES = 20_000;
const BANK_EXTENSIONS = new Set([".yaml", ".yml"]);

export interface LoadOptions {
  /** Extra bank files or folders (`--bank`, or `validate PATH…`). */
  paths?: readonly string[];
  /** Load the built-in banks (default true). */
  builtin?: boolean;
  /** Load the user's bank folder (default true when given). */
  userBanksDir?: string;
  /** Report problems only for these files; the rest are context (default: all). */
  reportOnly?: "all" | "paths";
  cwd?: string;
  /**
   * Reuse the last load when no bank file changed (same paths, sizes and mtimes): no YAML parse and
   * no zod on the start-up path. Cached banks have no source positions, so `validate` never uses it.
   */
  cacheFile?: string;
}

export interface Library {
  banks: ParsedBank[];
  questions: Question[];
  rubrics: Rubric[];
  loops: Loop[];
  /** Every problem found in the reported files, sorted by file and position. */
  problems: Problem[];
  /** Files whose problems are reported (all, or only the named paths). */
  reportedFiles: ReadonlySet<string>;
  /** Which bank each question came from, for listings and sessions. */
  bankOf(questionId: string): { bank: string; file: string; version?: number } | undefined;
  question(id: string): Question | undefined;
  rubric(id: string): Rubric | undefined;
  loop(id: string): Loop | undefined;
  /** The question's own rubric, or its category's default. */
  rubricFor(question: Pick<Question, "category" | "rubric">): Rubric | undefined;
  defaultRubric(category: Category): Rubric | undefined;
}

export async function loadLibrary(options: LoadOptions = {}): Promise<Library> {
  const cwd = options.cwd ?? process.cwd();
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith("..") ? rel : abs;
  };

  const targets: string[] = [];
  for (const p of options.paths ?? []) targets.push(...findBankFiles(resolve(cwd, p), p));
  const context: string[] = [];
  if (options.builtin !== false) context.push(...findBankFiles(BUILTIN_DIR));
  if (options.userBanksDir) context.push(...findBankFiles(options.userBanksDir));

  // Built-in banks first, so they own their ids and a user's clash is reported on the user's file.
  // The same file named twice (or a path inside the built-in folder) is read once.
  const byReal = new Map<string, { path: string; reported: boolean }>();
  const reportAll = options.reportOnly !== "paths";
  for (const [list, reported] of [
    [context, reportAll],
    [targets, true],
  ] as const) {
    for (const f of list) {
      const real = safeRealpath(f);
      const known = byReal.get(real);
      if (known) known.reported ||= reported;
      else byReal.set(real, { path: f, reported });
    }
  }
  const files = [...byReal.values()];
  if (files.length > MAX_FILES)
    throw new UsageError(
      `${files.length} bank files found; netprep reads at most ${MAX_FILES}. Point it at a smaller folder.`,
    );

  const reportedFiles = new Set(files.filter((f) => f.reported).map((f) => display(f.path)));
  const key = options.cacheFile ? cacheKey(files, cwd) : "";
  const cached = options.cacheFile ? readCache(options.cacheFile, key) : undefined;
  if (cached) {
    const banks = cached.banks.map(({ file, bank }) => ({
      file,
      bank,
      problems: [],
      locate: () => ({ line: 1, col: 1 }),
    }));
    return assemble(banks, cached.problems, reportedFiles);
  }

  const { parseBankText } = await import("./parse.js");
  const banks = files.map(({ path }) => readBank(path, display(path), parseBankText));
  const cat = catalogue(banks);
  const problems = [...banks.flatMap((b) => b.problems), ...lintCatalogue(cat, (f) => reportedFiles.has(f))]
    .filter((p) => reportedFiles.has(p.file))
    .sort(byLocation);
  if (options.cacheFile) await writeCache(options.cacheFile, key, banks, problems);
  return assemble(banks, problems, reportedFiles);
}

function assemble(banks: ParsedBank[], problems: Problem[], reportedFiles: ReadonlySet<string>): Library {
  const cat = catalogue(banks);
  // The first definition of an id wins, matching what validate reports as the duplicate.
  const questions = new Map<string, Question>();
  const origin = new Map<string, { bank: string; file: string; version?: number }>();
  for (const q of cat.questions) {
    if (questions.has(q.item.id)) continue;
    questions.set(q.item.id, q.item);
    const b = q.parsed.bank;
    origin.set(q.item.id, { bank: b?.bank ?? "?", file: q.parsed.file, version: b?.version });
  }
  const rubrics = new Map<string, Rubric>();
  for (const r of cat.rubrics) if (!rubrics.has(r.item.id)) rubrics.set(r.item.id, r.item);
  const loops = new Map<string, Loop>();
  for (const l of cat.loops) if (!loops.has(l.item.id)) loops.set(l.item.id, l.item);
  const defaults = defaultRubrics([...rubrics.values()]);

  return {
    banks,
    questions: [...questions.values()],
    rubrics: [...rubrics.values()],
    loops: [...loops.values()],
    problems,
    reportedFiles,
    bankOf: (id) => origin.get(id),
    question: (id) => questions.get(id),
    rubric: (id) => rubrics.get(id),
    loop: (id) => loops.get(id),
    rubricFor: (q) => (q.rubric ? rubrics.get(q.rubric) : defaults.get(q.category)),
    defaultRubric: (c) => defaults.get(c),
  };
}

interface CacheContent {
  key: string;
  banks: { file: string; bank?: BankFile }[];
  problems: Problem[];
}

/** Everything a load depends on: each file's identity and stamp, where paths are shown from, and the schema. */
function cacheKey(files: { path: string; reported: boolean }[], cwd: string): string {
  const stamp = (p: string) => {
    const st = statSync(p, { throwIfNoEntry: false });
    return st ? `${st.size}:${st.mtimeMs}` : "missing";
  };
  // The code that parsed and validated the cached banks: a new build must not trust old results.
  const schema = CODE_FILE;
  return JSON.stringify([CACHE_FORMAT, cwd, stamp(schema), files.map((f) => [f.path, f.reported, stamp(f.path)])]);
}

const CACHE_FORMAT = 1;

function readCache(file: string, key: string): CacheContent | undefined {
  try {
    const content = JSON.parse(readFileSync(file, "utf8")) as CacheContent;
    return content.key === key ? content : undefined;
  } catch {
    return undefined; // missing or damaged: it is only a cache
  }
}

async function writeCache(file: string, key: string, banks: ParsedBank[], problems: Problem[]): Promise<void> {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const content: CacheContent = { key, banks: banks.map((b) => ({ file: b.file, bank: b.bank })), problems };
    // Loaded only when the cache is rewritten: a warm start (every `grade` and `practice` after the first) skips it.
    const { default: writeFileAtomic } = await import("write-file-atomic");
    writeFileAtomic.sync(file, JSON.stringify(content));
  } catch {
    // A read-only cache folder must not stop practice; the next load parses again.
  }
}

function readBank(path: string, shown: string, parseBankText: (file: string, text: string) => ParsedBank): ParsedBank {
  const fail = (message: string, rule: string): ParsedBank => ({
    file: shown,
    problems: [{ file: shown, line: 1, col: 1, severity: "error", message, rule }],
    locate: () => ({ line: 1, col: 1 }),
  });
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return fail(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "io");
  }
  if (size > MAX_FILE_BYTES)
    return fail(
      `file is ${(size / 1048576).toFixed(1)} MiB; a bank may be at most ${MAX_FILE_BYTES / 1048576} MiB (split it into several files)`,
      "size",
    );
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return fail(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "io");
  }
  return parseBankText(shown, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Bank files under a path. A file named explicitly is read whatever its extension; folders are
 * walked for *.yaml / *.yml, skipping dot-folders and node_modules, never following symlinked
 * folders (so a link loop cannot hang us).
 */
export function findBankFiles(path: string, explicit?: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    if (explicit) throw new UsageError(`path not found: ${explicit}`);
    return [];
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) {
    if (explicit) throw new UsageError(`not a file or folder: ${explicit}`);
    return [];
  }
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const full = join(dir, name);
      const st = lstatSync(full, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(full);
      else if ((st.isFile() || st.isSymbolicLink()) && BANK_EXTENSIONS.has(extname(name).toLowerCase())) out.push(full);
      if (out.length > MAX_FILES) return;
    }
  };
  walk(path);
  return out;
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
