// `netprep grade [FILE]`: score a typed answer offline against a bank question or an ad-hoc prompt.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { distance } from "fastest-levenshtein";
import { CATEGORIES } from "../bank/format.js";
import type { Library } from "../bank/library.js";
import { didYouMean } from "../bank/problems.js";
import type { Category, Question, Rubric } from "../bank/schema.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import type { GradeOutcome, GradeRun } from "../grading/choose.js";
import type { Grade } from "../grading/grade.js";
import { truncate, wrapText } from "../ui/text-layout.js";
import { loadBanksFor } from "./banks.js";
import { outcomeJson, printComparison } from "./grade-llm.js";
import { findQuestion } from "./questions.js";

export interface GradeOptions {
  question?: string;
  prompt?: string;
  rubric?: string;
  category?: string;
  json?: boolean;
  bank?: string[];
  /** LLM grading (see grade-llm.ts): heuristic | llm | both, and its knobs. */
  grader?: string;
  model?: string;
  timeout?: string;
  cache?: boolean;
  dryRun?: boolean;
  redact?: boolean;
}

/** Upper bound on an answer file; a real answer is a few KB. */
const MAX_ANSWER_BYTES = 1024 * 1024;

export async function runGrade(ctx: Context, file: string | undefined, opts: GradeOptions): Promise<void> {
  if (opts.question && opts.prompt) throw new UsageError("use either --question or --prompt, not both");
  if (opts.category && !(CATEGORIES as readonly string[]).includes(opts.category)) {
    const hint = didYouMean(opts.category, CATEGORIES, distance);
    throw new UsageError(
      `"${opts.category}" is not a category${hint ? `; did you mean "${hint}"?` : ""} (categories: ${CATEGORIES.join(", ")})`,
    );
  }
  if (opts.category && opts.question)
    throw new UsageError("--category goes with --prompt; a bank question has its own");
  if (!opts.question && !opts.prompt)
    throw new UsageError(
      'say what the answer answers: --question ID (see `netprep questions list`) or --prompt "TEXT"',
    );

  const answer = await readAnswer(ctx, file);
  const library = await loadBanksFor(ctx, opts.bank);
  const { question, rubric } = resolveTarget(library, opts);
  // Heuristic unless a flag or config.yaml asks for more. Without either, neither the config schema nor
  // the LLM code is loaded: plain offline grading stays quick to start.
  const llmWanted =
    Boolean(opts.grader || opts.model || opts.dryRun || opts.redact) || existsSync(ctx.paths.configFile);
  const run: GradeRun | { outcome: GradeOutcome } = llmWanted
    ? await (await import("../grading/choose.js")).gradeWithSettings(ctx, { answer, question, rubric }, opts)
    : {
        outcome: {
          primary: (await import("../grading/heuristic/index.js")).gradeHeuristic({ answer, question, rubric }),
          disagreements: [],
        },
      };
  if ("dryRun" in run) {
    ctx.print(run.dryRun);
    return;
  }
  const grade = run.outcome.primary;

  if (opts.json) {
    ctx.print(JSON.stringify(outcomeJson(run.outcome, question, toJson), null, 2));
    return;
  }
  printReport(ctx, grade, question);
  printComparison(ctx, run.outcome);
}

async function readAnswer(ctx: Context, file: string | undefined): Promise<string> {
  if (file && file !== "-") {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`,
      );
    }
    if (Buffer.byteLength(text) > MAX_ANSWER_BYTES)
      throw new UsageError(`${file} is over 1 MB; is it really an answer?`);
    return text;
  }
  if (ctx.stdin.isTTY)
    throw new UsageError(
      "no answer given: pass a file (`netprep grade answer.txt --question ID`) or pipe it in (`pbpaste | netprep grade --question ID`)",
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_ANSWER_BYTES) throw new UsageError("the answer on stdin is over 1 MB; is it really an answer?");
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function resolveTarget(
  library: Library,
  opts: GradeOptions,
): { question: Pick<Question, "prompt" | "category"> & Partial<Question>; rubric: Rubric } {
  let question: Pick<Question, "prompt" | "category"> & Partial<Question>;
  if (opts.question) question = findQuestion(library, opts.question);
  else {
    // "--prompt … --rubric recruiter-screen" asks a recruiter question unless --category says otherwise.
    const named = opts.rubric ? library.rubric(opts.rubric) : undefined;
    const implied = named?.defaultFor?.length === 1 ? named.defaultFor[0] : undefined;
    question = { prompt: (opts.prompt ?? "").trim(), category: (opts.category ?? implied ?? "behavioral") as Category };
  }
  if (question.prompt.length === 0) throw new UsageError("--prompt is empty");

  let rubric: Rubric | undefined;
  if (opts.rubric) {
    rubric = library.rubric(opts.rubric);
    if (!rubric) {
      const hint = didYouMean(
        opts.rubric,
        library.rubrics.map((r) => r.id),
        distance,
      );
      throw new UsageError(
        `no rubric "${opts.rubric}"${hint ? `; did you mean "${hint}"?` : ""} (rubrics: ${library.rubrics.map((r) => r.id).join(", ") || "none loaded"})`,
      );
    }
  } else {
    rubric = library.rubricFor({ category: question.category, rubric: question.rubric });
    if (!rubric)
      throw new UsageError(
        `no rubric for ${question.rubric ? `"${question.rubric}"` : `category "${question.category}"`}; pass --rubric ID`,
      );
  }
  return { question, rubric };
}

export function toJson(grade: Grade, question: { id?: string; prompt: string }) {
  return {
    grader: grade.grader,
    overall: grade.overall,
    dimensions: grade.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      score: d.score,
      ...(d.position === undefined ? {} : { position: d.position }),
      level: d.level,
      evidence: d.evidence,
      advice: d.advice,
    })),
    confidence: grade.confidence,
    notes: grade.notes,
    ...(grade.lookFor ? { lookFor: grade.lookFor } : {}),
    rubric: grade.rubric,
    provenance: grade.provenance,
    question: { ...(question.id ? { id: question.id } : {}), prompt: question.prompt },
  };
}

const LEVEL_WORD = { poor: "Poor", mixed: "Mixed", good: "Good", excellent: "Excellent" } as const;

/** A four-cell bar: ███░ for 3 of 4. */
export function bar(score: number): string {
  return "█".repeat(score) + "░".repeat(4 - score);
}

function printReport(ctx: Context, grade: Grade, question: { id?: string; prompt: string }): void {
  const s = ctx.out;
  const width = Math.min(100, ctx.stdout.columns ?? 100);
  const colour = (score: number) => (score >= 4 ? s.green : score === 3 ? s.cyan : score === 2 ? s.yellow : s.red);
  ctx.print(s.bold(question.id ? `${question.id}` : "Ad-hoc question"));
  ctx.print(s.dim(hanging(question.prompt, width, "", "")));
  ctx.print();
  ctx.print(
    `${s.bold("Overall")} ${colour(Math.round(grade.overall))(grade.overall.toFixed(2))} / 4  ${s.dim(`(rubric ${grade.rubric.id} v${grade.rubric.version}, ${grade.grader} grader ${grade.provenance.model ?? grade.provenance.version})`)}`,
  );
  if (grade.confidence === "low") ctx.print(s.yellow("Confidence: low"));
  for (const note of grade.notes) ctx.print(s.yellow(hanging(note, width, "! ", "  ")));
  for (const d of grade.dimensions) {
    ctx.print();
    const c = colour(d.score);
    const position = d.position === undefined ? "" : ` ${s.dim(d.position.toFixed(1))}`;
    ctx.print(`${c(bar(d.score))}  ${s.bold(d.title)}  ${c(LEVEL_WORD[d.level])}${position}`);
    for (const e of d.evidence) {
      const mark = e.effect === "+" ? s.green("+") : s.red("-");
      const quote = `“${truncate(e.quote.replace(/\s+/g, " "), 240)}”`;
      ctx.print(hanging(`${e.signal}: ${quote}`, width, `  ${mark} `, "    "));
    }
    ctx.print(hanging(d.advice, width, "  → ", "    "));
  }
  const { covered = [], missed = [] } = grade.lookFor ?? {};
  if (covered.length + missed.length > 0) {
    ctx.print();
    ctx.print(`${s.bold("Look-fors named")} ${covered.length} of ${covered.length + missed.length}`);
    for (const concept of covered) ctx.print(hanging(concept, width, `  ${s.green("✓")} `, "    "));
    for (const concept of missed) ctx.print(s.dim(hanging(concept, width, "  · ", "    ")));
  }
}

/** Wrap to the terminal with a first-line prefix and a hanging indent for the rest. */
function hanging(text: string, width: number, first: string, rest: string): string {
  const [head = "", ...tail] = wrapText(text, Math.max(20, width - rest.length));
  return [first + head, ...tail.map((l) => rest + l)].join("\n");
}
