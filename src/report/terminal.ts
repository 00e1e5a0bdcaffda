// Terminal views for `netprep review`: the session list, one session question by question, and progress
// sparklines. Pure string builders over a chalk instance (level 0 gives plain text), like src/ui/render.ts.
import { Chalk, type ChalkInstance } from "chalk";
import type { LookFor } from "../bank/schema.js";
import type { FollowUpReading } from "../grading/follow-up.js";
import type { Grade } from "../grading/grade.js";
import type { Progress, SessionDigest } from "../session/progress.js";
import { compareDimensionIds } from "../session/progress.js";
import { VERDICT_AVERAGES } from "../session/verdict.js";
import { formatClock, renderGrade, renderSummary, SHORT_LABELS, summaryRows } from "../ui/render.js";
import { truncate, wrapText } from "../ui/text-layout.js";
import {
  type AttemptComparison,
  formatWhen,
  type ReportAnswer,
  type ReportQuestion,
  reportStatus,
  type SessionReport,
  statusLabel,
  VERDICT_LABEL,
} from "./model.js";
import { plainWordDiff } from "./word-diff.js";

const PLAIN = new Chalk({ level: 0 });

const short = (id: string, title?: string) => SHORT_LABELS[id] ?? (title ?? id).slice(0, 4);

function scoreColor(style: ChalkInstance, score: number): ChalkInstance {
  if (score >= 3) return style.green;
  if (score >= 2) return style.yellow;
  return style.red;
}

function verdictColor(style: ChalkInstance, level: string | undefined): ChalkInstance {
  if (level === "strong-hire" || level === "hire") return style.green;
  if (level === "no-hire") return style.yellow;
  if (level === "strong-no-hire") return style.red;
  return style.dim;
}

function indent(text: string, width: number, prefix = "  "): string[] {
  return text
    .split("\n")
    .flatMap((p) => (p.trim() === "" ? [""] : wrapText(p, width - prefix.length).map((l) => prefix + l)));
}

// ---------------------------------------------------------------------------------------------------------
// The list.
// ---------------------------------------------------------------------------------------------------------

export function renderSessionList(
  digests: readonly SessionDigest[],
  options: { style?: ChalkInstance; width?: number; total?: number } = {},
): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(60, options.width ?? 100);
  if (digests.length === 0) return "No sessions yet. Start one with `netprep practice`.";
  const dims: { id: string; title: string }[] = [];
  for (const d of digests) {
    for (const x of d.dimensions) if (!dims.some((k) => k.id === x.id)) dims.push({ id: x.id, title: x.title });
  }
  dims.sort((a, b) => compareDimensionIds(a.id, b.id));

  const headers = ["Date", "ID", "Session", "Q", ...dims.map((d) => short(d.id, d.title)), "Verdict", "Status"];
  const rows = digests.map((d) => [
    d.startedAt ? `${d.startedAt.slice(0, 10)} ${d.startedAt.slice(11, 16)}` : "—",
    d.id,
    d.label,
    d.status === "damaged" ? "—" : `${d.answered}/${d.planned}`,
    ...dims.map((k) => d.dimensions.find((x) => x.id === k.id)?.average.toFixed(1) ?? "·"),
    d.verdict ? (VERDICT_LABEL[d.verdict] ?? d.verdict) : "—",
    statusLabel(d),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  // The label column gives way when the terminal is narrow.
  const others = widths.reduce((s, w, i) => (i === 2 ? s : s + w + 2), 0);
  widths[2] = Math.max(8, Math.min(widths[2] ?? 8, width - others - 2));
  const numeric = (i: number) => i === 3 || (i >= 4 && i < 4 + dims.length);
  const cell = (text: string, i: number) => {
    const w = widths[i] ?? 0;
    const t = truncate(text, w);
    return numeric(i) ? t.padStart(w) : t.padEnd(w);
  };
  const out = [style.bold(headers.map(cell).join("  ").trimEnd())];
  digests.forEach((d, r) => {
    const cells = (rows[r] ?? []).map((text, i) => {
      const c = cell(text, i);
      if (i === 1) return style.cyan(c);
      if (i >= 4 && i < 4 + dims.length) {
        const v = d.dimensions.find((x) => x.id === dims[i - 4]?.id)?.average;
        return v === undefined ? style.dim(c) : scoreColor(style, v)(c);
      }
      if (i === 4 + dims.length) return verdictColor(style, d.verdict)(c);
      if (i === 5 + dims.length && statusLabel(d) !== "complete") return style.yellow(c);
      return c;
    });
    out.push(cells.join("  ").trimEnd());
  });
  // Titles differ between rubrics (candor is "assumptions and unknowns" in system design), so the legend uses ids.
  const legend = dims.filter((k) => short(k.id, k.title).toLowerCase() !== k.id);
  if (legend.length)
    out.push(style.dim(legend.map((k) => `${short(k.id, k.title)} ${k.id.replace(/-/g, " ")}`).join(" · ")));
  if (options.total !== undefined && options.total > digests.length) {
    out.push(style.dim(`Showing ${digests.length} of ${options.total}; use --limit or --since to see others.`));
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// One session.
// ---------------------------------------------------------------------------------------------------------

function answerTiming(a: ReportAnswer): string {
  const over = a.overrunMs > 0 ? `, ${formatClock(a.overrunMs)} over` : "";
  const cut = a.timedOut ? ", cut off at the limit" : "";
  return `${formatClock(a.usedMs)} of ${formatClock(a.budgetMs)}${over}${cut}`;
}

export function renderAttempt(
  attempt: AttemptComparison,
  options: { style?: ChalkInstance; width?: number } = {},
): string[] {
  const style = options.style ?? PLAIN;
  const width = options.width ?? 80;
  const what = attempt.relation === "retry" ? "the session this one retries" : "your previous attempt";
  const lines = [
    `  ${style.bold("Compared with")} ${what} (${attempt.sessionId}, ${formatWhen(attempt.startedAt)}): ` +
      `${style.green(`+${attempt.diff.addedWords}`)} / ${style.red(`-${attempt.diff.removedWords}`)} words`,
  ];
  if (attempt.changes) {
    const parts = attempt.changes.dimensions
      .filter((d) => d.before !== undefined || d.after !== undefined)
      .map((d) => {
        const delta =
          d.delta === undefined ? "" : d.delta > 0 ? ` (+${d.delta})` : d.delta < 0 ? ` (${d.delta})` : " (=)";
        const text = `${d.title} ${d.before ?? "·"}→${d.after ?? "·"}${delta}`;
        return d.delta === undefined || d.delta === 0 ? text : d.delta > 0 ? style.green(text) : style.red(text);
      });
    const o = attempt.changes.overall;
    parts.push(
      `overall ${attempt.changes.before.toFixed(1)}→${attempt.changes.after.toFixed(1)}${o > 0 ? ` (+${o.toFixed(1)})` : o < 0 ? ` (${o.toFixed(1)})` : " (=)"}`,
    );
    lines.push(...indent(parts.join(" · "), width, "    "));
  }
  if (attempt.diff.addedWords === 0 && attempt.diff.removedWords === 0) {
    lines.push(style.dim("    (the same answer, word for word)"));
  } else if (style.level > 0) {
    const text = attempt.diff.segments
      .map((s) =>
        s.op === "=" ? s.text : s.op === "+" ? style.green.underline(s.text) : style.red.strikethrough(s.text),
      )
      .join("");
    lines.push(...text.split("\n").map((l) => `    ${l}`));
  } else {
    lines.push(...indent(plainWordDiff(attempt.diff), width, "    "));
  }
  return lines;
}

function renderGradedAnswer(
  answer: ReportAnswer | undefined,
  grade: Grade | undefined,
  previousGrades: readonly Grade[],
  style: ChalkInstance,
  width: number,
  reading?: FollowUpReading,
  lookFor?: readonly LookFor[],
): string[] {
  if (!answer) return [style.dim("  (not answered)")];
  const lines: string[] = [];
  lines.push(`  ${style.bold("Your answer")} ${style.dim(`(${answerTiming(answer)})`)}`);
  lines.push(...indent(answer.text.trim() || "(empty)", width, "  │ ").map((l) => style.dim("  │ ") + l.slice(4)));
  lines.push("");
  if (grade) {
    lines.push(...renderGrade(grade, { selfRating: answer.selfRating, width, style, reading, lookFor }).split("\n"));
    if (previousGrades.length) {
      const history = [...previousGrades, grade].map(
        (g) => `${g.overall.toFixed(1)} (${g.provenance.grader} ${g.provenance.version})`,
      );
      lines.push(style.dim(`  Regraded: ${history.join(" → ")}`));
    }
  } else {
    lines.push(style.dim("  (not graded)"));
    if (answer.selfRating != null) lines.push(`  You rated it ${answer.selfRating}/4.`);
  }
  return lines;
}

function renderQuestion(q: ReportQuestion, total: number, style: ChalkInstance, width: number): string[] {
  const head = `── ${q.index + 1}/${total}  ${q.questionId} `;
  const lines = [style.bold(head + "─".repeat(Math.max(0, Math.min(width, 80) - head.length)))];
  if (q.prompt) lines.push(...indent(q.prompt, width));
  else lines.push(style.yellow("  (this question is no longer in your banks)"));
  lines.push("");
  lines.push(...renderGradedAnswer(q.answer, q.grade, q.previousGrades, style, width, undefined, q.lookFor));
  for (const f of q.followUps) {
    lines.push("");
    // Wrapped as plain text (the "(probes …)" note kept on one line), then styled, so a long prompt fits the width.
    const probes = f.dimension ? `(probes ${f.dimension})` : "";
    const head = indent(`Follow-up: ${f.prompt} ${probes.replace(" ", "\u00a0")}`.trimEnd(), width).map((l) =>
      l.replace("\u00a0", " "),
    );
    lines.push(
      ...head.map((l, i) => {
        const styled = i === 0 ? l.replace("Follow-up:", style.bold("Follow-up:")) : l;
        return probes && i === head.length - 1 ? styled.replace(probes, style.dim(probes)) : styled;
      }),
    );
    lines.push(
      ...renderGradedAnswer(f.answer, f.grade, f.previousGrades, style, width - 2, f.reading).map((l) =>
        l ? `  ${l}` : l,
      ),
    );
  }
  if (q.attempt) {
    lines.push("");
    lines.push(...renderAttempt(q.attempt, { style, width }));
  }
  return lines;
}

export function renderSessionReport(
  report: SessionReport,
  options: { style?: ChalkInstance; width?: number } = {},
): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(50, Math.min(options.width ?? 80, 110));
  const out: string[] = [];
  const status = reportStatus(report);
  out.push(
    `${style.bold(`Session ${report.id}`)} · ${formatWhen(report.startedAt)} · ${report.label} · ${
      status === "complete" ? status : style.yellow(status)
    }${report.retryOf ? ` · retry of ${report.retryOf}` : ""}`,
  );
  if (report.verdict) {
    const v = report.verdict;
    out.push(
      `${style.bold("Verdict:")} ${verdictColor(style, v.level).bold(VERDICT_LABEL[v.level] ?? v.level)}` +
        `${report.status === "complete" ? "" : style.dim(" (provisional: the session is unfinished)")}` +
        `${v.confidence === "low" ? style.dim(" · low confidence") : ""}`,
    );
    out.push(...indent(v.reason, width));
    if (v.wouldChange) out.push(...indent(`What would change it: ${v.wouldChange}`, width));
    if (report.verdictAtFinish) {
      out.push(
        style.dim(
          `  At the end of the session the call was ${VERDICT_LABEL[report.verdictAtFinish.level]}; regrading changed it.`,
        ),
      );
    }
  }
  // The same table as the debrief at the end of practice, so the average agrees with the verdict above it.
  const rows = summaryRows(report.questions.map((q) => ({ ...q, question: q.questionId })));
  if (rows.length) {
    out.push("");
    out.push(renderSummary(rows, { width, style, ...VERDICT_AVERAGES }));
  }
  for (const q of report.questions) {
    out.push("");
    out.push(...renderQuestion(q, report.questions.length, style, width));
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// Progress.
// ---------------------------------------------------------------------------------------------------------

const SPARKS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/** Reduce a series to at most `n` points by averaging consecutive runs, so long histories still fit a line. */
export function bucket(values: readonly number[], n: number): number[] {
  if (values.length <= n) return [...values];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.floor((i * values.length) / n);
    const to = Math.floor(((i + 1) * values.length) / n);
    const slice = values.slice(from, Math.max(to, from + 1));
    out.push(slice.reduce((a, b) => a + b, 0) / slice.length);
  }
  return out;
}

/** A sparkline on the fixed 1–4 rubric scale, so lines for different dimensions compare at a glance. */
export function sparkline(values: readonly number[], width = 40, min = 1, max = 4): string {
  return bucket(values, width)
    .map((v) => {
      const t = Math.max(0, Math.min(1, (v - min) / (max - min)));
      return SPARKS[Math.round(t * (SPARKS.length - 1))];
    })
    .join("");
}

export function renderProgress(progress: Progress, options: { style?: ChalkInstance; width?: number } = {}): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(60, Math.min(options.width ?? 80, 120));
  const out: string[] = [];
  if (progress.gradedSessions === 0) {
    out.push("No graded sessions yet, so there is no trend to show.");
  } else {
    out.push(
      style.bold(`Progress over ${progress.gradedSessions} graded session${progress.gradedSessions === 1 ? "" : "s"}`) +
        style.dim(" (each mark is one session, scale 1–4, oldest left)"),
    );
    out.push("");
    const titleW = Math.max(...progress.dimensions.map((d) => d.title.length), 8);
    const sparkW = Math.max(10, Math.min(60, width - titleW - 34));
    const lineW = Math.min(sparkW, Math.max(...progress.dimensions.map((d) => d.points.length)));
    for (const d of progress.dimensions) {
      const values = d.points.map((p) => p.average);
      const arrow =
        d.change > 0.05
          ? style.green(`▲ +${d.change.toFixed(1)}`)
          : d.change < -0.05
            ? style.red(`▼ ${d.change.toFixed(1)}`)
            : style.dim("= 0.0");
      out.push(
        `  ${d.title.padEnd(titleW)}  ${scoreColor(style, d.recent)(sparkline(values, sparkW).padEnd(lineW))}  ` +
          `${d.early.toFixed(1)} → ${style.bold(d.recent.toFixed(1))}  ${arrow}  ${style.dim(`n=${values.length}`)}`,
      );
    }
  }
  out.push("");
  if (progress.weakest) {
    out.push(`${style.bold("Weakest lately:")} ${progress.weakest.title} (${progress.weakest.recent.toFixed(1)})`);
  }
  if (progress.valuesNeverPractised.length) {
    out.push(`${style.bold("Values never practised:")} ${progress.valuesNeverPractised.join(", ")}`);
  } else if (progress.sessions > 0) {
    out.push(`${style.bold("Values:")} every value in your banks has been practised at least once.`);
  }
  if (progress.suggestions.length) {
    out.push("");
    out.push(style.bold("Practise next:"));
    for (const s of progress.suggestions) {
      out.push(`  $ ${style.cyan(s.command)}`);
      out.push(...indent(s.why, width, "    ").map((l) => style.dim(l)));
    }
  }
  return out.join("\n");
}
