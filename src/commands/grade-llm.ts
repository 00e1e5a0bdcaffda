// The LLM-related part of `netprep grade`: its flags, the side-by-side view for `--grader both` and the
// JSON shape for both grades. grade.ts keeps the single-grade report.
import { type Command, Option } from "commander";
import type { Context } from "../context.js";
import type { GradeOutcome } from "../grading/choose.js";
import type { Grade } from "../grading/grade.js";

/** Adds --grader, --model, --timeout, --no-cache, --dry-run and --redact to a command. */
export function addGradeLlmOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option(
        "--grader <kind>",
        "heuristic (offline), llm, or both side by side (default: config.yaml, else heuristic)",
      ).choices(["heuristic", "llm", "both"]),
    )
    .option("--model <name>", "LLM model (overrides NETPREP_MODEL and config.yaml)")
    .option("--timeout <seconds>", "give up on the LLM after this long and show the heuristic grade")
    .option("--no-cache", "ask the LLM again even if this exact answer was graded before")
    .option("--dry-run", "print the exact request body the LLM would get, and send nothing")
    .option("--redact", "replace emails, phone numbers and the names in config.yaml before sending");
}

type ToJson = (grade: Grade, question: { id?: string; prompt: string }) => unknown;

/** `--json`: the primary grade as before; with `both`, the LLM grade and the disagreements next to it. */
export function outcomeJson(outcome: GradeOutcome, question: { id?: string; prompt: string }, toJson: ToJson) {
  const primary = toJson(outcome.primary, question) as Record<string, unknown>;
  if (!outcome.secondary) return primary;
  return {
    ...primary,
    secondary: toJson(outcome.secondary, question),
    disagreements: outcome.disagreements,
  };
}

const LEVEL_WORD = { poor: "Poor", mixed: "Mixed", good: "Good", excellent: "Excellent" } as const;
const bar = (score: number) => "█".repeat(score) + "░".repeat(4 - score);

/** For `--grader both`: one row per dimension, heuristic next to LLM, big gaps marked. */
export function printComparison(ctx: Pick<Context, "print" | "out">, outcome: GradeOutcome): void {
  const { primary: h, secondary: l } = outcome;
  if (!l) return;
  const s = ctx.out;
  const flagged = new Set(outcome.disagreements.map((d) => d.dimension));
  const cell = (g: Grade, id: string) => {
    const d = g.dimensions.find((x) => x.id === id);
    return d ? `${bar(d.score)} ${LEVEL_WORD[d.level]}` : "—";
  };
  const titleWidth = Math.max(9, ...h.dimensions.map((d) => d.title.length)) + 2;
  ctx.print();
  ctx.print(s.bold(`${"Dimension".padEnd(titleWidth)}${"Heuristic".padEnd(16)}LLM (${l.provenance.model ?? "?"})`));
  for (const d of h.dimensions) {
    const mark = flagged.has(d.id) ? s.yellow("  ← 2+ levels apart") : "";
    ctx.print(`${d.title.padEnd(titleWidth)}${cell(h, d.id).padEnd(16)}${cell(l, d.id)}${mark}`);
  }
  ctx.print(`${"Overall".padEnd(titleWidth)}${h.overall.toFixed(2).padEnd(16)}${l.overall.toFixed(2)}`);
  if (outcome.disagreements.length > 0)
    ctx.print(
      s.yellow(
        `The graders disagree by two levels or more on ${outcome.disagreements.map((d) => d.dimension).join(", ")}; read the evidence before trusting either.`,
      ),
    );
  ctx.print();
  ctx.print(s.bold(`LLM grade (${l.provenance.model}, prompt ${l.provenance.promptVersion})`));
  if (l.confidence === "low") ctx.print(s.yellow("Confidence: low"));
  for (const note of l.notes) ctx.print(s.yellow(`! ${note}`));
  for (const d of l.dimensions) {
    ctx.print(`${bar(d.score)}  ${s.bold(d.title)}  ${LEVEL_WORD[d.level]}`);
    for (const e of d.evidence) ctx.print(`  ${e.effect} “${e.quote.replace(/\s+/g, " ")}”`);
    ctx.print(`  → ${d.advice}`);
  }
}
