// Builders for session tests: grades, questions and event sequences with sensible defaults.
import type { Question } from "../../src/bank/schema.js";
import type { Grade } from "../../src/grading/grade.js";
import { EVENT_VERSION, type SessionEvent, type SessionOptions } from "../../src/session/events.js";

const LEVEL = ["poor", "mixed", "good", "excellent"] as const;

/** A grade with the given per-dimension scores; overall is their mean unless given. */
export function grade(
  scores: Record<string, number>,
  overall?: number,
  confidence: "low" | "normal" = "normal",
): Grade {
  const entries = Object.entries(scores);
  const mean = entries.reduce((s, [, v]) => s + v, 0) / entries.length;
  return {
    grader: "heuristic",
    rubric: { id: "behavioral", version: 1 },
    overall: overall ?? Math.round(mean * 100) / 100,
    dimensions: entries.map(([id, score]) => ({
      id,
      title: id[0]?.toUpperCase() + id.slice(1),
      score,
      level: LEVEL[score - 1] ?? "poor",
      evidence: [],
      advice: `advice for ${id}`,
    })),
    confidence,
    notes: [],
    provenance: { grader: "heuristic", version: "test" },
  };
}

export function question(id: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    category: "behavioral",
    prompt: `Tell me about ${id.replaceAll("-", " ")}.`,
    time: "4m",
    ...extra,
  };
}

export const OPTIONS: SessionOptions = { seed: 7, strict: false };

/** Stamps v/seq/at onto event bodies in order, one second apart from a fixed start. */
export function stamp(
  bodies: Record<string, unknown>[],
  start = Date.parse("2025-03-01T10:00:00.000Z"),
): SessionEvent[] {
  return bodies.map(
    (b, seq) => ({ v: EVENT_VERSION, seq, at: new Date(start + seq * 1000).toISOString(), ...b }) as SessionEvent,
  );
}

export function started(plan: string[], extra: Record<string, unknown> = {}) {
  return {
    type: "session_started",
    id: "abcd1234",
    options: OPTIONS,
    plan,
    bankVersions: { core: 1 },
    rubricVersions: { behavioral: 1 },
    netprepVersion: "0.1.0",
    ...extra,
  };
}

export function answered(questionId: string, extra: Record<string, unknown> = {}) {
  return {
    type: "answer_submitted",
    questionId,
    text: `My answer to ${questionId}.`,
    selfRating: 3,
    firstKeystrokeMs: 1500,
    usedMs: 60_000,
    overrunMs: 0,
    budgetMs: 240_000,
    timedOut: false,
    strict: false,
    ...extra,
  };
}

/** A clock that starts at `iso` and ticks one second per call, for SessionWriter's `now`. */
export function clock(iso: string): () => Date {
  let t = Date.parse(iso);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

export function drafted(questionId: string, text: string, extra: Record<string, unknown> = {}) {
  return { type: "answer_draft", questionId, text, elapsedMs: 30_000, firstKeystrokeMs: 1200, ...extra };
}
