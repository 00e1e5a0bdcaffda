// The end of a practice session: summary table, the panel's verdict, and where it was saved.
import type { Library } from "../bank/library.js";
import type { Context } from "../context.js";
import type { RunResult } from "../session/runner.js";
import { VERDICT_AVERAGES } from "../session/verdict.js";
import { formatClock, renderSummary, summaryRows } from "./render.js";
import { wrapText } from "./text-layout.js";

const VERDICT_WORDS = {
  "strong-hire": "Strong hire",
  hire: "Hire",
  "no-hire": "No hire",
  "strong-no-hire": "Strong no hire",
} as const;

export function printDebrief(ctx: Context, result: RunResult, where: { id: string; file: string; library: Library }) {
  const s = ctx.out;
  const state = result.state;
  const rows = summaryRows(
    state.questions.map((q) => ({
      question: where.library.question(q.questionId)?.prompt ?? q.questionId,
      answer: q.answers.at(-1),
      grade: q.grades.at(-1),
      followUps: q.followUps.map((f) => ({ prompt: f.prompt, answer: f.answers.at(-1), grade: f.grades.at(-1) })),
    })),
  );
  const answered = state.questions.filter((q) => q.answers.length > 0).length;
  const minutes = Math.round(state.totals.usedMs / 60_000);
  const date = (state.startedAt ?? new Date().toISOString()).slice(0, 16).replace("T", " ");
  const width = Math.min(100, ctx.stdout.columns ?? 80);

  ctx.print();
  ctx.print(s.bold(`Session ${date} · ${answered} of ${state.plan.length} answered · ${minutes} min`));
  if (rows.some((r) => r.grade)) ctx.print(renderSummary(rows, { width, style: s, ...VERDICT_AVERAGES }));
  const verdict = result.verdict;
  if (verdict) {
    const word = VERDICT_WORDS[verdict.level];
    const color = verdict.level.endsWith("hire") && !verdict.level.includes("no") ? s.green : s.red;
    const wrap = (text: string) => wrapText(text, width).join("\n");
    ctx.print(
      wrap(`Debrief: ${word} — ${verdict.reason}`).replace(
        `Debrief: ${word}`,
        `${s.bold("Debrief:")} ${color.bold(word)}`,
      ),
    );
    ctx.print(
      wrap(`What would change it: ${verdict.wouldChange}`).replace(
        "What would change it:",
        s.bold("What would change it:"),
      ),
    );
    if (verdict.confidence === "low") ctx.print(s.dim("(low confidence: too few answers for a panel to be sure)"));
  }
  if (state.totals.overrunMs > 0) ctx.print(s.yellow(`Over time by ${formatClock(state.totals.overrunMs)} in total.`));
  ctx.print(`${s.bold("Saved:")} ${where.file}`);
  // The summary calls a question with a saved draft "skip"; say the typing was kept and where it carries on.
  const drafted = state.questions.filter((q) => q.planned && q.answers.length === 0 && q.draft).map((q) => q.index + 1);
  if (result.reason === "completed" || state.nextIndex === null) {
    ctx.print(s.dim(`Next: netprep review ${where.id} · netprep practice --retry ${where.id}`));
  } else if (drafted.length > 0) {
    const which = drafted.length === 1 ? `question ${drafted[0]}` : `questions ${drafted.join(", ")}`;
    ctx.print(
      s.dim(`Your unfinished answer to ${which} is saved; netprep practice --resume ${where.id} carries on from it.`),
    );
  } else {
    ctx.print(s.dim(`Continue later: netprep practice --resume ${where.id}`));
  }
}
