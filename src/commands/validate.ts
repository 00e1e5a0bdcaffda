// `netprep validate`: lint bank files for CI and editors. Exit 0 clean (warnings allowed), 1 errors.
import { type Library, loadLibrary } from "../bank/library.js";
import { countBySeverity, type Problem } from "../bank/problems.js";
import type { Context } from "../context.js";
import { ProblemsFound } from "../errors.js";
import { formatProblem } from "./banks.js";

export interface ValidateOptions {
  paths: string[];
  format: "text" | "json" | "github";
  selfTest: boolean;
}

export async function runValidate(ctx: Context, opts: ValidateOptions): Promise<void> {
  const explicit = opts.paths.length > 0;
  const library = await loadLibrary({
    paths: opts.paths,
    userBanksDir: explicit ? undefined : ctx.paths.userBanks,
    reportOnly: explicit ? "paths" : "all",
  });
  const problems = [...library.problems];
  if (opts.selfTest) problems.push(...(await selfTestProblems(library)));

  const files = library.reportedFiles.size;
  const { errors, warnings } = countBySeverity(problems);
  if (opts.format === "json") {
    ctx.print(
      JSON.stringify(
        { ok: errors === 0, files, questions: reportedQuestions(library), errors, warnings, problems },
        null,
        2,
      ),
    );
  } else if (opts.format === "github") {
    for (const p of problems) ctx.print(githubAnnotation(p));
    ctx.print(summary(errors, warnings, files, reportedQuestions(library)));
  } else {
    for (const p of problems) {
      const color = p.severity === "error" ? ctx.out.red : ctx.out.yellow;
      ctx.print(formatProblem(p).replace(`: ${p.severity}:`, `: ${color(p.severity)}:`));
    }
    const line = summary(errors, warnings, files, reportedQuestions(library));
    ctx.print(errors > 0 ? ctx.out.red(line) : ctx.out.green(line));
  }
  if (errors > 0) throw new ProblemsFound();
}

function reportedQuestions(library: Library): number {
  let n = 0;
  for (const b of library.banks) if (library.reportedFiles.has(b.file)) n += b.bank?.questions?.length ?? 0;
  return n;
}

function summary(errors: number, warnings: number, files: number, questions: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (errors === 0 && warnings === 0)
    return `✔ ${plural(files, "file")}, ${plural(questions, "question")}: no problems`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`;
}

/** GitHub Actions workflow command; data and properties need their own escaping. */
export function githubAnnotation(p: Problem): string {
  const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `::${p.severity} file=${prop(p.file)},line=${p.line},col=${p.col},title=${prop(`netprep ${p.rule}`)}::${data(p.message)}`;
}

/** Grade each exemplar / weak-example pair; a pair the grader cannot tell apart is an error. */
async function selfTestProblems(library: Library): Promise<Problem[]> {
  const { checkExemplarPairs } = await import("../grading/self-test.js");
  const problems: Problem[] = [];
  for (const bank of library.banks) {
    if (!library.reportedFiles.has(bank.file)) continue;
    const questions = bank.bank?.questions ?? [];
    const items = questions.flatMap((question) => {
      const rubric = library.rubricFor(question);
      return question.exemplar && question.weakExample && rubric ? [{ question, rubric }] : [];
    });
    for (const r of checkExemplarPairs(items)) {
      if (r.ok) continue;
      const pos = bank.locate(["questions", questions.findIndex((q) => q.id === r.id), "exemplar"]);
      problems.push({
        file: bank.file,
        ...pos,
        severity: "error",
        rule: "self-test",
        message: `question "${r.id}": exemplar scores ${r.exemplarOverall.toFixed(2)}, weak example ${r.weakOverall.toFixed(2)}; ${r.reason ?? "the exemplar must score clearly higher"}`,
      });
    }
  }
  return problems;
}
