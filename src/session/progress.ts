// Statistics over sessions for `netprep review`: one digest per session (what the listing shows), the trend of
// each rubric dimension across sessions, the culture values never practised, what to practise next, and how
// two attempts at the same question compare. Pure: callers read the files and pass the replayed states in.

import type { Grade } from "../grading/grade.js";
import type { SessionOptions } from "./events.js";
import { gradedAnswers, type SessionState } from "./replay.js";
import { computeVerdict, THRESHOLDS, type VerdictLevel } from "./verdict.js";

/** The order dimensions are shown in: the culture dimensions first, then the category-specific ones. */
export const DIMENSION_ORDER = [
  "candor",
  "judgment",
  "self-reflection",
  "specificity",
  "requirements",
  "failure-handling",
  "motivation",
] as const;

export function compareDimensionIds(a: string, b: string): number {
  const ia = DIMENSION_ORDER.indexOf(a as (typeof DIMENSION_ORDER)[number]);
  const ib = DIMENSION_ORDER.indexOf(b as (typeof DIMENSION_ORDER)[number]);
  if (ia !== ib) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}

export interface DimensionAverage {
  id: string;
  title: string;
  average: number;
  /** Grades the average rests on (a follow-up counts as one here, at half weight in the average). */
  count: number;
}

/** One line of the listing, small enough to cache: everything `review` and `review --progress` need. */
export interface SessionDigest {
  id: string;
  file: string;
  startedAt?: string;
  status: "complete" | "incomplete" | "damaged";
  finishReason?: "completed" | "quit";
  /** The loop or the filters the session was drawn with, as a short label. */
  label: string;
  loop?: string;
  retryOf?: string;
  planned: number;
  answered: number;
  followUpsAnswered: number;
  usedMs: number;
  overrunMs: number;
  dimensions: DimensionAverage[];
  overall?: number;
  verdict?: VerdictLevel;
  verdictConfidence?: "low" | "normal";
  /** Main questions answered, in the order asked; attempts and value coverage are found through these. */
  questionIds: string[];
  /** What was wrong with the file, one reason per problem; empty for a clean file. */
  problems: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** "loop team-interview", "behavioral · candor, judgment · 3 questions", or "any" when nothing was chosen. */
export function optionsLabel(options: SessionOptions | undefined): string {
  if (!options) return "—";
  if (options.loop) return `loop ${options.loop}`;
  const parts: string[] = [];
  if (options.category) parts.push(options.category);
  if (options.values?.length) parts.push(options.values.join(", "));
  if (options.tags?.length) parts.push(options.tags.map((t) => `#${t}`).join(" "));
  if (options.difficulty?.length) parts.push(options.difficulty.join("/"));
  if (options.questionIds?.length) {
    parts.push(
      options.questionIds.length === 1 ? (options.questionIds[0] as string) : `${options.questionIds.length} chosen`,
    );
  }
  return parts.length ? parts.join(" · ") : "any";
}

/** Per-dimension averages of the current grades; follow-ups at the verdict's half weight so both agree. */
export function dimensionAverages(state: SessionState): DimensionAverage[] {
  const acc = new Map<string, { title: string; sum: number; weight: number; count: number }>();
  for (const a of gradedAnswers(state)) {
    const w = a.followUp ? THRESHOLDS.followUpWeight : 1;
    for (const d of a.grade.dimensions) {
      const e = acc.get(d.id) ?? { title: d.title, sum: 0, weight: 0, count: 0 };
      e.sum += d.score * w;
      e.weight += w;
      e.count += 1;
      acc.set(d.id, e);
    }
  }
  return [...acc.entries()]
    .map(([id, e]) => ({ id, title: e.title, average: round2(e.sum / e.weight), count: e.count }))
    .sort((a, b) => compareDimensionIds(a.id, b.id));
}

/**
 * The digest of one replayed session. The verdict is recomputed from the current grades rather than taken from
 * session_finished, so a regrade shows up in the listing and an unfinished session still gets a provisional call.
 */
export function digestSession(
  state: SessionState,
  file: { id: string; file: string; problems: string[]; damaged: boolean },
): SessionDigest {
  const answers = gradedAnswers(state);
  const verdict = computeVerdict(answers);
  const main = answers.filter((a) => !a.followUp);
  return {
    id: state.id ?? file.id,
    file: file.file,
    ...(state.startedAt ? { startedAt: state.startedAt } : {}),
    status: file.damaged ? "damaged" : state.status,
    ...(state.finishReason ? { finishReason: state.finishReason } : {}),
    label: file.damaged ? "—" : optionsLabel(state.options),
    ...(state.options?.loop ? { loop: state.options.loop } : {}),
    ...(state.retryOf ? { retryOf: state.retryOf } : {}),
    planned: state.plan.length,
    answered: state.totals.answered,
    followUpsAnswered: state.totals.followUpsAnswered,
    usedMs: state.totals.usedMs,
    overrunMs: state.totals.overrunMs,
    dimensions: dimensionAverages(state),
    ...(main.length ? { overall: round2(main.reduce((s, a) => s + a.grade.overall, 0) / main.length) } : {}),
    ...(verdict ? { verdict: verdict.level, verdictConfidence: verdict.confidence } : {}),
    questionIds: state.questions.filter((q) => q.answers.length > 0).map((q) => q.questionId),
    problems: file.problems,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Progress across sessions.
// ---------------------------------------------------------------------------------------------------------

/** How many of the latest sessions count as "recent form" for the weakest dimension and the trend. */
export const RECENT_SESSIONS = 5;

export interface ProgressPoint {
  sessionId: string;
  startedAt?: string;
  average: number;
}

export interface DimensionProgress {
  id: string;
  title: string;
  /** One point per session that graded this dimension, oldest first. */
  points: ProgressPoint[];
  /** Mean of the last RECENT_SESSIONS points (fewer, at most half, for a short history). */
  recent: number;
  /** Mean of as many of the first points. */
  early: number;
  /** recent − early: positive means improving. */
  change: number;
}

export interface Suggestion {
  command: string;
  why: string;
}

export interface Progress {
  sessions: number;
  gradedSessions: number;
  dimensions: DimensionProgress[];
  weakest?: { id: string; title: string; recent: number };
  /** Values the banks probe that no answered question has touched yet. */
  valuesNeverPractised: string[];
  /** Answered questions per value. */
  valuesPractised: Record<string, number>;
  suggestions: Suggestion[];
}

/** How to practise a dimension; practice filters by value, tag or category, so each maps to the closest one. */
const PRACTISE_DIMENSION: Record<string, string> = {
  candor: "--value candor",
  judgment: "--value judgment",
  "self-reflection": "--tag self-awareness",
  specificity: "--category behavioral",
  requirements: "--category system-design",
  "failure-handling": "--category system-design",
  motivation: "--category recruiter-screen",
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Trends, weakest dimension, value coverage and suggestions. `digests` may be in any order (sorted here by start
 * time); `valuesOf` gives a question's values from the banks (undefined when the question is gone), and
 * `bankValues` every value the banks can ask about.
 */
export function computeProgress(
  digests: readonly SessionDigest[],
  valuesOf: (questionId: string) => readonly string[] | undefined,
  bankValues: readonly string[],
): Progress {
  const sessions = [...digests]
    .filter((d) => d.status !== "damaged")
    .sort((a, b) => (a.startedAt ?? "").localeCompare(b.startedAt ?? "") || a.id.localeCompare(b.id));
  const byDim = new Map<string, { title: string; points: ProgressPoint[] }>();
  let graded = 0;
  for (const s of sessions) {
    if (s.dimensions.length) graded += 1;
    for (const d of s.dimensions) {
      const e = byDim.get(d.id) ?? { title: d.title, points: [] };
      e.points.push({ sessionId: s.id, ...(s.startedAt ? { startedAt: s.startedAt } : {}), average: d.average });
      byDim.set(d.id, e);
    }
  }
  const dimensions: DimensionProgress[] = [...byDim.entries()]
    .map(([id, e]) => {
      const values = e.points.map((p) => p.average);
      // The two windows never overlap, so a short history still shows its change (and one session shows none).
      const window = Math.min(RECENT_SESSIONS, Math.max(1, Math.floor(values.length / 2)));
      const recent = round2(mean(values.slice(-window)));
      const early = round2(mean(values.slice(0, window)));
      return { id, title: e.title, points: e.points, recent, early, change: round2(recent - early) };
    })
    .sort((a, b) => compareDimensionIds(a.id, b.id));

  const weakestDim = [...dimensions].sort((a, b) => a.recent - b.recent || compareDimensionIds(a.id, b.id))[0];

  const valuesPractised: Record<string, number> = {};
  for (const s of sessions) {
    for (const q of s.questionIds) {
      for (const v of valuesOf(q) ?? []) valuesPractised[v] = (valuesPractised[v] ?? 0) + 1;
    }
  }
  const valuesNeverPractised = bankValues.filter((v) => !valuesPractised[v]);

  const suggestions: Suggestion[] = [];
  if (weakestDim) {
    const flag = PRACTISE_DIMENSION[weakestDim.id];
    if (flag) {
      suggestions.push({
        command: `netprep practice ${flag} --count 3`,
        why: `${weakestDim.title} is your weakest dimension lately (${weakestDim.recent.toFixed(1)} on average in your latest sessions).`,
      });
    }
  }
  const unpractised = valuesNeverPractised[0];
  if (unpractised) {
    suggestions.push({
      command: `netprep practice --value ${unpractised} --count 3`,
      why: `You have never answered a question on ${unpractised}; interviewers probe every value.`,
    });
  }
  if (sessions.length === 0) {
    suggestions.push({ command: "netprep practice --count 3", why: "No sessions yet: start with three questions." });
  }

  return {
    sessions: sessions.length,
    gradedSessions: graded,
    dimensions,
    ...(weakestDim ? { weakest: { id: weakestDim.id, title: weakestDim.title, recent: weakestDim.recent } } : {}),
    valuesNeverPractised,
    valuesPractised,
    suggestions,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Attempts at the same question.
// ---------------------------------------------------------------------------------------------------------

export interface DimensionChange {
  id: string;
  title: string;
  before?: number;
  after?: number;
  /** after − before; undefined when the dimension was graded only once. */
  delta?: number;
}

/** Dimension by dimension, how a later grade differs from an earlier one; overall included. */
export function compareGrades(before: Grade, after: Grade): { dimensions: DimensionChange[]; overall: number } {
  const ids = new Set([...before.dimensions.map((d) => d.id), ...after.dimensions.map((d) => d.id)]);
  const dimensions = [...ids].sort(compareDimensionIds).map((id) => {
    const b = before.dimensions.find((d) => d.id === id);
    const a = after.dimensions.find((d) => d.id === id);
    return {
      id,
      title: a?.title ?? b?.title ?? id,
      ...(b ? { before: b.score } : {}),
      ...(a ? { after: a.score } : {}),
      ...(a && b ? { delta: a.score - b.score } : {}),
    };
  });
  return { dimensions, overall: round2(after.overall - before.overall) };
}

/** Parse `--since`: an ISO date (YYYY-MM-DD, UTC midnight) or a relative "7d"/"2w"; undefined when malformed. */
export function parseSince(text: string, now: Date): Date | undefined {
  const rel = /^(\d+)([dw])$/.exec(text.trim());
  if (rel) {
    const days = Number(rel[1]) * (rel[2] === "w" ? 7 : 1);
    return new Date(now.getTime() - days * 86_400_000);
  }
  const abs = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!abs) return undefined;
  const d = new Date(`${text.trim()}T00:00:00.000Z`);
  // Reject dates that roll over (2025-02-30 → March).
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text.trim() ? undefined : d;
}
