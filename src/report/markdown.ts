// A session as Markdown, for pasting into notes or sending to a mentor. Candidate text is quoted in blocks and
// has Markdown/HTML control characters neutralised so an answer cannot reshape the document.
import type { LookFor } from "../bank/schema.js";
import type { Grade } from "../grading/grade.js";
import { formatClock, lookForMarks, selfRatingGap } from "../ui/render.js";
import { formatWhen, type ReportAnswer, type SessionReport, VERDICT_LABEL } from "./model.js";
import { mark, type WordDiff } from "./word-diff.js";

/** Escape inline text: HTML tags and the Markdown characters that would change its structure. */
export function mdEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]#|~])/g, "\\$1");
}

/** Candidate text as a block quote, paragraph breaks kept. */
function quote(text: string): string {
  const body = text.trim() || "(empty)";
  return body
    .split("\n")
    .map((l) => `> ${mdEscape(l)}`.trimEnd())
    .join("\n");
}

/** The word diff as a block quote: each segment escaped first, then marked line by line so markers never span a paragraph. */
function diffQuote(diff: WordDiff): string {
  const text = diff.segments
    .map((s, i) => {
      const escaped = mdEscape(s.text);
      if (s.op === "=") return escaped;
      // A replacement reads as "~~old~~ **new**", not glued together.
      const gap = s.op === "-" && diff.segments[i + 1]?.op === "+" && !/\s$/.test(s.text) ? " " : "";
      const markers: [string, string] = s.op === "+" ? ["**", "**"] : ["~~", "~~"];
      return (
        escaped
          .split("\n")
          .map((line) => mark(line, markers))
          .join("\n") + gap
      );
    })
    .join("");
  return text
    .split("\n")
    .map((l) => `> ${l}`.trimEnd())
    .join("\n");
}

/** The distinct pieces of evidence: a grader may cite one sentence for several signals. */
export function distinctEvidence(grade: Grade["dimensions"][number]): Grade["dimensions"][number]["evidence"] {
  const seen = new Set<string>();
  return grade.evidence.filter((e) => {
    const key = `${e.effect}${e.quote.trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function gradeTable(grade: Grade): string[] {
  const lines = ["| Dimension | Score | Evidence | Advice |", "| --- | --- | --- | --- |"];
  for (const d of grade.dimensions) {
    const ev =
      distinctEvidence(d)
        .map((e) => `${e.effect} “${mdEscape(e.quote.trim())}”`)
        .join("<br>") || "—";
    lines.push(
      `| ${mdEscape(d.title)} | ${d.score} ${d.level} | ${ev.replace(/\n/g, " ")} | ${mdEscape(d.advice).replace(/\n/g, " ")} |`,
    );
  }
  lines.push(
    `| **Overall** | **${grade.overall.toFixed(1)}** | | ${grade.confidence === "low" ? "low confidence" : ""} |`,
  );
  return lines;
}

function answerBlock(
  answer: ReportAnswer | undefined,
  grade: Grade | undefined,
  lookFor: readonly LookFor[] = [],
): string[] {
  if (!answer) return ["_Not answered._"];
  const over = answer.overrunMs > 0 ? `, ${formatClock(answer.overrunMs)} over` : "";
  const lines = [
    `Answer (${formatClock(answer.usedMs)} of ${formatClock(answer.budgetMs)}${over}):`,
    "",
    quote(answer.text),
    "",
  ];
  if (grade) {
    lines.push(...gradeTable(grade), "");
    for (const note of grade.notes) lines.push(`- Note: ${mdEscape(note)}`);
    if (answer.selfRating != null) lines.push(`- ${mdEscape(selfRatingGap(answer.selfRating, grade.overall))}`);
    if (grade.notes.length || answer.selfRating != null) lines.push("");
    if (lookFor.length) {
      lines.push(`What a strong answer shows${grade.lookFor ? " (✓ named in this answer)" : ""}:`, "");
      for (const { concept, named } of lookForMarks(lookFor, grade))
        lines.push(`- ${named ? "✓ " : ""}${mdEscape(concept)}`);
      lines.push("");
    }
  } else {
    lines.push("_Not graded._", "");
  }
  return lines;
}

export function renderSessionMarkdown(report: SessionReport): string {
  const out: string[] = [];
  out.push(`# netprep session ${report.id}`, "");
  out.push(`- When: ${formatWhen(report.startedAt)}`);
  out.push(`- Session: ${mdEscape(report.label)}`);
  out.push(`- Status: ${report.status}${report.finishReason ? ` (${report.finishReason})` : ""}`);
  out.push(`- Answered: ${report.totals.answered} of ${report.questions.length}`);
  if (report.retryOf) out.push(`- Retry of: ${report.retryOf}`);
  if (report.verdict) {
    out.push(
      `- Verdict: **${VERDICT_LABEL[report.verdict.level] ?? report.verdict.level}**${report.status === "complete" ? "" : " (provisional)"}`,
    );
    out.push("", mdEscape(report.verdict.reason), "");
    if (report.verdict.wouldChange) out.push(`What would change it: ${mdEscape(report.verdict.wouldChange)}`, "");
  }
  if (report.dimensions.length) {
    out.push("| Dimension | Average |", "| --- | --- |");
    for (const d of report.dimensions) out.push(`| ${mdEscape(d.title)} | ${d.average.toFixed(1)} |`);
    out.push("");
  }
  for (const q of report.questions) {
    out.push(`## ${q.index + 1}. ${mdEscape(q.questionId)}`, "");
    out.push(q.prompt ? mdEscape(q.prompt) : "_This question is no longer in the banks._", "");
    out.push(...answerBlock(q.answer, q.grade, q.lookFor));
    for (const f of q.followUps) {
      out.push(`### Follow-up: ${mdEscape(f.prompt)}`, "");
      if (f.reading?.effect) out.push(`**${mdEscape(f.reading.effect)}**`, "");
      out.push(...answerBlock(f.answer, f.grade));
    }
    if (q.attempt) {
      const a = q.attempt;
      out.push(
        `### Compared with ${a.relation === "retry" ? "the retried session" : "the previous attempt"} (${a.sessionId})`,
        "",
      );
      if (a.changes) {
        out.push(
          a.changes.dimensions
            .map(
              (d) =>
                `${mdEscape(d.title)} ${d.before ?? "·"}→${d.after ?? "·"}${d.delta ? ` (${d.delta > 0 ? "+" : ""}${d.delta})` : ""}`,
            )
            .join(" · "),
          "",
        );
      }
      out.push("Changes (~~removed~~, **added**):", "", diffQuote(a.diff), "");
    }
  }
  if (report.problems.length) {
    out.push("## Problems reading this session", "");
    for (const p of report.problems) out.push(`- ${mdEscape(p)}`);
    out.push("");
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
