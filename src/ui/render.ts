// Pure string renderers for grades and session summaries. They take a chalk instance so callers decide about
// colour (level 0 gives plain text) and never write to the terminal themselves.
import { Chalk, type ChalkInstance } from "chalk";
import { lookForConcept } from "../bank/format.js";
import type { LookFor } from "../bank/schema.js";
import type { FollowUpReading } from "../grading/follow-up.js";
import type { DimensionGrade, Evidence, Grade } from "../grading/grade.js";
import { truncate, wrapText } from "./text-layout.js";

const PLAIN = new Chalk({ level: 0 });

/** m:ss for a duration, rounded down to the second; minutes are not capped at 59. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const total = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${sign}${minutes}:${String(seconds).padStart(2, "0")}`;
}

const PARTIAL = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A four-cell bar for a 1–4 score; fractional scores get a partial block. */
export function scoreBar(score: number, cells = 4): string {
  const clamped = Math.max(0, Math.min(cells, score));
  const full = Math.floor(clamped);
  const eighths = Math.round((clamped - full) * 8);
  if (eighths === 8) return "█".repeat(full + 1) + "░".repeat(Math.max(0, cells - full - 1));
  const partial = PARTIAL[eighths] ?? "";
  return "█".repeat(full) + partial + "░".repeat(Math.max(0, cells - full - (partial ? 1 : 0)));
}

function scoreColor(style: ChalkInstance, score: number): ChalkInstance {
  if (score >= 3) return style.green;
  if (score >= 2) return style.yellow;
  return style.red;
}

function indentWrap(text: string, width: number, indent: string, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines = text
    .split("\n")
    .flatMap((paragraph) => (paragraph.trim() === "" ? [""] : wrapText(paragraph.trim(), width - indent.length)));
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncate(`${kept[maxLines - 1] ?? ""} …`, width - indent.length);
    return kept.map((line) => indent + line);
  }
  return lines.map((line) => (line ? indent + line : ""));
}

/** What to show under a dimension: the sentence that earned the score, or the advice that would raise it. */
/**
 * A quoted sentence with its mark. The phrasing model's quote says why: a plain sentence ("The client prefetches the
 * manifest…") marked ✗ with no reason reads as if the grader disliked the idea, when it only reads like weaker answers.
 */
function quoted(e: Evidence): string {
  const mark = e.effect === "+" ? "✓" : "✗";
  const why = e.signal.startsWith("wording-of-")
    ? `${e.effect === "+" ? "worded like stronger answers" : "worded like weaker answers"}: `
    : "";
  return `${mark} ${why}“${e.quote.trim()}”`;
}

function dimensionDetail(dimension: DimensionGrade, style: ChalkInstance, width: number): string[] {
  const plus = dimension.evidence.find((e) => e.effect === "+");
  const minus = dimension.evidence.find((e) => e.effect === "-");
  const lines: string[] = [];
  if (dimension.score >= 3 && plus) {
    lines.push(...indentWrap(quoted(plus), width, "    ", 3).map((l) => style.dim(l)));
    return lines;
  }
  if (minus) lines.push(...indentWrap(quoted(minus), width, "    ", 2).map((l) => style.dim(l)));
  if (dimension.advice.trim()) lines.push(...indentWrap(`→ ${dimension.advice.trim()}`, width, "    "));
  else if (plus) lines.push(...indentWrap(quoted(plus), width, "    ", 3).map((l) => style.dim(l)));
  return lines;
}

/** How the candidate's own rating compares with the rubric; calibration is itself a signal interviewers read. */
export function selfRatingGap(selfRating: number, overall: number): string {
  const rubric = overall.toFixed(1);
  const gap = selfRating - overall;
  if (gap >= 1) {
    return `You rated ${selfRating}, the rubric says ${rubric} — over-rating yourself is what the keeper test probes. Find the sentence you would cut if your manager read it back to you.`;
  }
  if (gap <= -1) {
    return `You rated ${selfRating}, the rubric says ${rubric} — you are harder on yourself than the rubric. Keep the honesty, but say the strong parts plainly.`;
  }
  return `You rated ${selfRating}, the rubric says ${rubric} — your read of your own answer is calibrated.`;
}

export interface GradeViewOptions {
  /** The candidate's own 1–4 rating, or null when they skipped it. */
  selfRating?: number | null;
  /** The question's lookFor list: what a strong answer shows. */
  lookFor?: readonly LookFor[];
  exemplar?: string;
  width?: number;
  style?: ChalkInstance;
  /** For a follow-up: what the reply changed, printed first, and the dimensions shown as "level unchanged". */
  reading?: FollowUpReading;
}

/**
 * Each look-for concept, in the list's order, with whether the grade found it named: true or false, or undefined for
 * a concept the grade did not assess (a grade without coverage, or a list that changed since). Shared by practice's
 * card, review and its exports, so they tick the same way.
 */
export function lookForMarks(lookFor: readonly LookFor[], grade: Grade): { concept: string; named?: boolean }[] {
  const covered = new Set(grade.lookFor?.covered);
  const missed = new Set(grade.lookFor?.missed);
  return lookFor.map((item) => {
    const { concept } = lookForConcept(item);
    return covered.has(concept)
      ? { concept, named: true }
      : missed.has(concept)
        ? { concept, named: false }
        : { concept };
  });
}

/** The grade of one answer: a line per dimension, the overall score, calibration, what good looks like. */
export function renderGrade(grade: Grade, options: GradeViewOptions = {}): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(40, Math.min(options.width ?? 80, 100));
  // Wide enough for "Judgment under uncertainty"; longer custom titles are cut.
  const titleWidth = Math.min(26, Math.max(7, ...grade.dimensions.map((d) => d.title.length)));
  const lines: string[] = [];
  if (options.reading?.effect) lines.push(style.bold(`  ${options.reading.effect}`));

  for (const dimension of grade.dimensions) {
    const title = truncate(dimension.title, titleWidth).padEnd(titleWidth);
    const color = scoreColor(style, dimension.score);
    const position = dimension.position === undefined ? "" : ` ${style.dim(dimension.position.toFixed(1))}`;
    const unchanged = options.reading?.unchanged.includes(dimension.id);
    const tail = unchanged ? `  ${style.dim("level unchanged")}` : "";
    lines.push(
      `  ${style.bold(title)}  ${color(scoreBar(dimension.score))}  ${color(dimension.level)}${position}${tail}`,
    );
    if (!unchanged) lines.push(...dimensionDetail(dimension, style, width));
  }

  const overall = grade.overall;
  const confidence = grade.confidence === "low" ? style.dim("  (low confidence)") : "";
  lines.push("");
  lines.push(
    `  ${style.bold("Overall".padEnd(titleWidth))}  ${scoreColor(style, overall)(scoreBar(overall))}  ${style.bold(overall.toFixed(1))} / 4${confidence}`,
  );
  for (const note of grade.notes) lines.push(...indentWrap(`Note: ${note}`, width, "  ").map((l) => style.yellow(l)));

  if (options.selfRating != null) {
    lines.push("");
    lines.push(...indentWrap(selfRatingGap(options.selfRating, overall), width, "  "));
  }

  const lookFor = options.lookFor ?? [];
  if (lookFor.length > 0) {
    // The grader's own reading of which concepts the answer named, so "what was missing" is a list, not a hunt.
    const covered = grade.lookFor?.covered.length ?? 0;
    const total = covered + (grade.lookFor?.missed.length ?? 0);
    const legend = grade.lookFor ? style.dim(` (${covered} of ${total} named: ✓)`) : "";
    lines.push("");
    lines.push(`  ${style.bold("What a strong answer shows")}${legend}`);
    for (const { concept, named } of lookForMarks(lookFor, grade)) {
      const mark = named === true ? style.green("✓") : named === false ? style.dim("·") : "•";
      const [first = "", ...rest] = wrapText(concept, width - 6);
      lines.push(`    ${mark} ${first}`, ...rest.map((line) => `      ${line}`));
    }
  }

  if (options.exemplar?.trim()) {
    lines.push("");
    lines.push(`  ${style.bold("One strong answer")}`);
    lines.push(...indentWrap(options.exemplar.trim(), width, "    ").map((l) => (l ? style.dim(l) : l)));
  }
  return lines.join("\n");
}

export interface SummaryRow {
  question: string;
  usedMs: number;
  overrunMs?: number;
  /** The candidate skipped the question or quit before answering it. */
  skipped?: boolean;
  grade?: Grade | null;
  /** A follow-up to the row above: unnumbered, and weighted in the average row by `followUpWeight`. */
  followUp?: boolean;
}

interface Timed {
  usedMs: number;
  overrunMs?: number;
}
/** One asked question as the summary needs it, whether from a live session or a stored report. */
export interface SummaryQuestion {
  question: string;
  answer?: Timed;
  grade?: Grade | null;
  followUps: readonly { prompt: string; answer?: Timed; grade?: Grade | null }[];
}

/** The summary's rows: each question, then its answered follow-ups under it. */
export function summaryRows(questions: readonly SummaryQuestion[]): SummaryRow[] {
  return questions.flatMap((q) => [
    {
      question: q.question,
      usedMs: q.answer?.usedMs ?? 0,
      overrunMs: q.answer?.overrunMs,
      skipped: !q.answer,
      grade: q.grade ?? null,
    },
    ...q.followUps.flatMap((f) =>
      f.answer
        ? [
            {
              question: `↳ ${f.prompt}`,
              usedMs: f.answer.usedMs,
              overrunMs: f.answer.overrunMs,
              grade: f.grade ?? null,
              followUp: true,
            },
          ]
        : [],
    ),
  ]);
}

/** Four-letter column heads for the built-in dimensions. */
export const SHORT_LABELS: Record<string, string> = {
  candor: "Cand",
  judgment: "Judg",
  "self-reflection": "Refl",
  specificity: "Spec",
  requirements: "Reqs",
  "failure-handling": "Fail",
  motivation: "Motv",
};

interface Column {
  header: string;
  width: number;
  align: "left" | "right";
}

function pad(text: string, width: number, align: "left" | "right"): string {
  return align === "left" ? text.padEnd(width) : text.padStart(width);
}

/** A box-drawn table of a session: question, time, each dimension's score and the overall, plus an average row. */
export function renderSummary(
  rows: readonly SummaryRow[],
  options: {
    width?: number;
    style?: ChalkInstance;
    followUpWeight?: number;
    /** How the average row shows a mean and a dimension average; one decimal unless given. */
    figures?: { mean(value: number): string; dimension(value: number): string };
  } = {},
): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(40, options.width ?? 80);
  // The debrief's verdict weighs follow-ups less; the average row weighs them the same way, so the two agree.
  const weightOf = (row: SummaryRow) => (row.followUp ? (options.followUpWeight ?? 1) : 1);

  // Dimension columns in the order they first appear, so mixed loops still line up.
  const dimensions: { id: string; title: string }[] = [];
  for (const row of rows) {
    for (const d of row.grade?.dimensions ?? []) {
      if (!dimensions.some((known) => known.id === d.id)) dimensions.push({ id: d.id, title: d.title });
    }
  }
  const label = (d: { id: string; title: string }) => SHORT_LABELS[d.id] ?? d.title.slice(0, 4);

  const timeCell = (row: SummaryRow) => `${formatClock(row.usedMs)}${(row.overrunMs ?? 0) > 0 ? "+" : ""}`;
  const overallCell = (row: SummaryRow) => (row.grade ? row.grade.overall.toFixed(1) : row.skipped ? "skip" : "—");
  const dimensionCell = (row: SummaryRow, id: string) => {
    const found = row.grade?.dimensions.find((d) => d.id === id);
    return found ? String(found.score) : "·";
  };

  const graded = rows.filter((row) => row.grade);
  const mean = (values: { value: number; weight: number }[]) => {
    const weight = values.reduce((a, v) => a + v.weight, 0);
    return weight > 0 ? values.reduce((a, v) => a + v.value * v.weight, 0) / weight : undefined;
  };
  const showAverage = graded.length > 1;
  const averageDimension = (id: string) => {
    const m = mean(
      graded.flatMap((row) =>
        (row.grade?.dimensions ?? [])
          .filter((d) => d.id === id)
          .map((d) => ({ value: d.score, weight: weightOf(row) })),
      ),
    );
    return m === undefined ? "·" : (options.figures?.dimension(m) ?? m.toFixed(1));
  };
  const averageOverall = mean(graded.map((row) => ({ value: row.grade?.overall ?? 0, weight: weightOf(row) })));
  const weighted = graded.some((row) => weightOf(row) !== 1);
  const totalTime = formatClock(rows.reduce((sum, row) => sum + row.usedMs, 0));

  const number: Column = { header: "#", width: Math.max(1, String(rows.length).length), align: "right" };
  const time: Column = {
    header: "Time",
    width: Math.max(4, totalTime.length, ...rows.map((row) => timeCell(row).length)),
    align: "right",
  };
  const dims: Column[] = dimensions.map((d) => ({
    header: label(d),
    width: Math.max(3, label(d).length),
    align: "right",
  }));
  const overall: Column = { header: "Overall", width: 7, align: "right" };
  const fixed = [number, time, ...dims, overall];

  // Padding of one space per side when the question column can still be readable; otherwise drop it.
  let padding = 1;
  const questionWidth = (p: number) => width - 1 - fixed.reduce((sum, c) => sum + c.width + 2 * p + 1, 0) - 2 * p - 1;
  if (questionWidth(1) < 16) padding = 0;
  const question: Column = {
    header: "Question",
    width: Math.max(8, Math.min(questionWidth(padding), Math.max(8, ...rows.map((r) => r.question.length)))),
    align: "left",
  };
  const columns = [number, question, time, ...dims, overall];
  const space = " ".repeat(padding);

  const rule = (left: string, mid: string, right: string) =>
    style.dim(left + columns.map((c) => "─".repeat(c.width + 2 * padding)).join(mid) + right);
  const bar = style.dim("│");
  const line = (cells: string[], colors: (ChalkInstance | undefined)[] = []) =>
    bar +
    columns
      .map((c, i) => {
        const text = pad(truncate(cells[i] ?? "", c.width), c.width, c.align);
        const color = colors[i];
        return space + (color ? color(text) : text) + space;
      })
      .join(bar) +
    bar;

  const out: string[] = [];
  out.push(rule("┌", "┬", "┐"));
  out.push(
    line(
      columns.map((c) => c.header),
      columns.map(() => style.bold),
    ),
  );
  out.push(rule("├", "┼", "┤"));
  let numbered = 0;
  rows.forEach((row) => {
    const cells = [
      row.followUp ? "" : String(++numbered),
      row.question.replace(/\s+/g, " ").trim(),
      timeCell(row),
      ...dimensions.map((d) => dimensionCell(row, d.id)),
      overallCell(row),
    ];
    const colors: (ChalkInstance | undefined)[] = [
      style.dim,
      undefined,
      (row.overrunMs ?? 0) > 0 ? style.yellow : undefined,
      ...dimensions.map((d) => {
        const found = row.grade?.dimensions.find((g) => g.id === d.id);
        return found ? scoreColor(style, found.score) : style.dim;
      }),
      row.grade ? scoreColor(style, row.grade.overall).bold : style.dim,
    ];
    out.push(line(cells, colors));
  });
  if (showAverage) {
    out.push(rule("├", "┼", "┤"));
    out.push(
      line(
        [
          "",
          weighted ? "Average (follow-ups at half weight)" : "Average",
          totalTime,
          ...dimensions.map((d) => averageDimension(d.id)),
          averageOverall === undefined ? "—" : (options.figures?.mean(averageOverall) ?? averageOverall.toFixed(1)),
        ],
        [undefined, style.bold, undefined, ...dimensions.map(() => undefined), style.bold],
      ),
    );
  }
  out.push(rule("└", "┴", "┘"));

  const legend: string[] = [];
  const abbreviated = dimensions.filter((d) => label(d).toLowerCase() !== d.title.toLowerCase());
  if (abbreviated.length) legend.push(abbreviated.map((d) => `${label(d)} ${d.title.toLowerCase()}`).join(" · "));
  if (rows.some((row) => (row.overrunMs ?? 0) > 0)) legend.push("+ ran over the time budget");
  for (const entry of legend) out.push(...wrapText(entry, width).map((l) => style.dim(l)));
  return out.join("\n");
}
