// `review --replay`: turns a session's events into a script of steps (print, type, pause) that the command plays
// at a readable pace. Pure, so the pacing rules are testable without a terminal or a clock.
import type { ChalkInstance } from "chalk";
import type { Question } from "../bank/schema.js";
import { readFollowUp } from "../grading/follow-up.js";
import type { Grade } from "../grading/grade.js";
import type { SessionEvent } from "../session/events.js";
import { formatClock, renderGrade } from "../ui/render.js";
import { wrapText } from "../ui/text-layout.js";
import { formatWhen, lookForOf, VERDICT_LABEL } from "./model.js";

export type Step =
  | { kind: "print"; text: string }
  | { kind: "type"; text: string; charsPerSecond: number }
  | { kind: "pause"; ms: number };

/** Typing speed of the replay, and the longest any one answer takes to type out (faster for long answers). */
export const TYPE_CHARS_PER_SECOND = 40;
export const TYPE_CAP_MS = 12_000;
export const PAUSE_AFTER_QUESTION_MS = 1_200;
export const PAUSE_AFTER_GRADE_MS = 2_000;

export function typingRate(length: number): number {
  return Math.max(TYPE_CHARS_PER_SECOND, Math.ceil(length / (TYPE_CAP_MS / 1000)));
}

/** How long a script takes to play without skips, in ms. */
export function scriptDuration(steps: readonly Step[]): number {
  return steps.reduce(
    (ms, s) => ms + (s.kind === "pause" ? s.ms : s.kind === "type" ? (s.text.length / s.charsPerSecond) * 1000 : 0),
    0,
  );
}

export function playbackScript(
  events: readonly SessionEvent[],
  lookup: (questionId: string) => Question | undefined,
  options: { style: ChalkInstance; width: number },
): Step[] {
  const { style, width } = options;
  const wrap = (text: string, prefix = "  ") =>
    text
      .split("\n")
      .flatMap((p) => (p.trim() ? wrapText(p, width - prefix.length).map((l) => prefix + l) : [""]))
      .join("\n");
  const steps: Step[] = [];
  const selfRatings = new Map<string, number | null>();
  // A follow-up's card is read against its first answer's latest grade, as practice showed it.
  const latest = new Map<string, Grade>();
  const probes = new Map<string, string | undefined>();
  let planSize = 0;
  for (const e of events) {
    switch (e.type) {
      case "session_started":
        planSize = e.plan.length;
        steps.push({
          kind: "print",
          text: style.bold(
            `Session ${e.id} · ${formatWhen(e.at)} · ${e.plan.length} question${e.plan.length === 1 ? "" : "s"}`,
          ),
        });
        break;
      case "session_resumed":
        steps.push({ kind: "print", text: style.dim(`(resumed ${formatWhen(e.at)})`) });
        break;
      case "question_shown": {
        if (e.followUp) {
          probes.set(e.questionId, e.followUp.dimension);
          steps.push({ kind: "print", text: `\n  ${style.bold("Follow-up:")} ${e.followUp.prompt}` });
        } else {
          const q = lookup(e.questionId);
          steps.push({ kind: "print", text: `\n${style.bold(`── ${e.index + 1}/${planSize}  ${e.questionId}`)}` });
          steps.push({
            kind: "print",
            text: q ? wrap(q.prompt) : style.yellow("  (this question is no longer in your banks)"),
          });
        }
        steps.push({ kind: "pause", ms: PAUSE_AFTER_QUESTION_MS });
        break;
      }
      case "answer_submitted": {
        const over = e.overrunMs > 0 ? `, ${formatClock(e.overrunMs)} over` : "";
        steps.push({
          kind: "print",
          text: style.dim(`  answer · ${formatClock(e.usedMs)} of ${formatClock(e.budgetMs)}${over}`),
        });
        const text = wrap(e.text.trim() || "(empty)", "  │ ");
        steps.push({ kind: "type", text, charsPerSecond: typingRate(text.length) });
        selfRatings.set(e.questionId, e.selfRating ?? null);
        break;
      }
      case "graded": {
        const first = e.followUpOf && e.withAnswer ? latest.get(e.followUpOf) : undefined;
        const reading = first ? readFollowUp(first, e.grade, probes.get(e.questionId)) : undefined;
        if (!e.followUpOf) latest.set(e.questionId, e.grade);
        steps.push({ kind: "print", text: "" });
        steps.push({
          kind: "print",
          text: renderGrade(e.grade, {
            selfRating: selfRatings.get(e.questionId) ?? null,
            // As practice showed it: the look-for list under a first answer's grade, not under a follow-up's.
            ...(e.followUpOf ? {} : { lookFor: lookForOf(lookup(e.questionId), e.grade) }),
            width,
            style,
            reading,
          }),
        });
        steps.push({ kind: "pause", ms: PAUSE_AFTER_GRADE_MS });
        break;
      }
      case "session_finished":
        steps.push({
          kind: "print",
          text: e.verdict
            ? `\n${style.bold("Verdict:")} ${VERDICT_LABEL[e.verdict.level] ?? e.verdict.level}\n${wrap(e.verdict.reason)}`
            : `\n${style.dim(`Session ${e.reason === "quit" ? "quit" : "finished"}.`)}`,
        });
        break;
    }
  }
  return steps;
}
