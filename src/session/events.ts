// The session log format: one JSON event per line, appended as the interview happens. This schema is the
// contract between the practice command (writer), history/stats (readers) and older files on disk.
import { z } from "zod";
import { CATEGORIES, DIFFICULTIES, VALUES } from "../bank/format.js";
import { Grade } from "../grading/grade.js";
import { Verdict } from "./verdict.js";

// Built from the word lists, not bank/schema.ts: writing a session must not construct the bank schema.
const Category = z.enum(CATEGORIES);
const Difficulty = z.enum(DIFFICULTIES);
const Value = z.enum(VALUES);

/** Format version written by this netprep. Bump it and add a step to MIGRATIONS when an event shape changes. */
export const EVENT_VERSION = 1;

const id = z.string().min(1);
const isoTime = z.iso.datetime({ offset: true });
const ms = z.number().int().min(0);

/** Fields every event carries: format version, wall-clock time and its position in the file (0, 1, 2, …). */
const base = {
  v: z.literal(EVENT_VERSION),
  at: isoTime,
  seq: z.number().int().min(0),
};

/** What the candidate asked for; stored so `--retry` can run the same draw and history can show it. */
export const SessionOptions = z.strictObject({
  category: Category.optional(),
  values: z.array(Value).optional(),
  tags: z.array(z.string()).optional(),
  difficulty: z.array(Difficulty).optional(),
  questionIds: z.array(id).optional(),
  count: z.number().int().positive().optional(),
  loop: id.optional(),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Strict mode: the answer is cut off when the budget runs out instead of running into overtime. */
  strict: z.boolean(),
  /** Whether follow-ups are asked; absent means yes (files written before this field). */
  followUps: z.boolean().optional(),
  /** A `--time` override for every question's budget, in seconds. */
  timeOverride: z.number().int().positive().optional(),
});
export type SessionOptions = z.infer<typeof SessionOptions>;

export const SessionStarted = z.strictObject({
  ...base,
  type: z.literal("session_started"),
  id,
  options: SessionOptions,
  /** Question ids in the order they will be asked. */
  plan: z.array(id),
  /** Bank id → bank version, so an old session can be told apart after a bank changes. */
  bankVersions: z.record(z.string(), z.number().int()),
  /** Rubric id → rubric version used to grade this session. */
  rubricVersions: z.record(z.string(), z.number().int()),
  netprepVersion: z.string(),
  /** Session id this one retries (same questions asked again). */
  retryOf: id.optional(),
  /** Session id this one continues (reserved for a resume that starts a new file). */
  resumedFrom: id.optional(),
});

export const FollowUpShown = z.strictObject({
  parentId: id,
  prompt: z.string().min(1),
  dimension: z.string().optional(),
});

export const QuestionShown = z.strictObject({
  ...base,
  type: z.literal("question_shown"),
  /** For a follow-up: its derived id, see followUpId(). */
  questionId: id,
  /** Position in the plan; a follow-up carries its parent's index. */
  index: z.number().int().min(0),
  followUp: FollowUpShown.optional(),
});

export const AnswerSubmitted = z.strictObject({
  ...base,
  type: z.literal("answer_submitted"),
  questionId: id,
  /** Parent question id when this answers a follow-up. */
  followUpOf: id.optional(),
  text: z.string(),
  /** The candidate's own 1–4 rating before seeing the grade; null when skipped. */
  selfRating: z.number().int().min(1).max(4).nullable().optional(),
  /** Time to the first keystroke; null when nothing was typed. */
  firstKeystrokeMs: ms.nullable(),
  usedMs: ms,
  /** Time spent past the budget (0 when within it). */
  overrunMs: ms,
  budgetMs: ms,
  timedOut: z.boolean(),
  strict: z.boolean(),
});

/**
 * An answer being typed and not yet submitted, written every few seconds while the candidate types and when they
 * stop with Ctrl-C, so a stop or a crash loses nothing. Only the latest one per question counts, and a later
 * answer_submitted supersedes it. Added within format version 1: files without it are unchanged, so no
 * migration step; a netprep from before it reports these lines as invalid and skips them.
 */
export const AnswerDraft = z.strictObject({
  ...base,
  type: z.literal("answer_draft"),
  questionId: id,
  text: z.string(),
  /** Answer time spent so far: `--resume` starts the clock from here. */
  elapsedMs: ms,
  firstKeystrokeMs: ms.nullable(),
});

export const Graded = z.strictObject({
  ...base,
  type: z.literal("graded"),
  questionId: id,
  followUpOf: id.optional(),
  grade: Grade,
  /**
   * A follow-up graded together with the answer it probes, as the story so far (see grading/follow-up.ts). Absent:
   * graded on its own, as a blank reply is and as every follow-up was in files written before this field.
   */
  withAnswer: z.literal(true).optional(),
});

export const SessionFinished = z.strictObject({
  ...base,
  type: z.literal("session_finished"),
  reason: z.enum(["completed", "quit"]),
  verdict: Verdict.optional(),
});

export const SessionResumed = z.strictObject({
  ...base,
  type: z.literal("session_resumed"),
});

export const SessionEvent = z.discriminatedUnion("type", [
  SessionStarted,
  QuestionShown,
  AnswerSubmitted,
  AnswerDraft,
  Graded,
  SessionFinished,
  SessionResumed,
]);
export type SessionEvent = z.infer<typeof SessionEvent>;
export type SessionStarted = z.infer<typeof SessionStarted>;
export type QuestionShown = z.infer<typeof QuestionShown>;
export type AnswerSubmitted = z.infer<typeof AnswerSubmitted>;
export type AnswerDraft = z.infer<typeof AnswerDraft>;
export type Graded = z.infer<typeof Graded>;
export type SessionFinished = z.infer<typeof SessionFinished>;
export type SessionResumed = z.infer<typeof SessionResumed>;
export type EventType = SessionEvent["type"];

/** An event as the caller builds it; the writer stamps `v`, `seq` and (unless given) `at`. */
export type NewEvent = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, "v" | "seq" | "at"> & { at?: string }
    : never
  : never;

/** Follow-ups have no id of their own in the bank; this derives a stable one from the parent and position. */
export function followUpId(parentId: string, n: number): string {
  return `${parentId}~f${n}`;
}

// ---------------------------------------------------------------------------------------------------------
// Migration. Each step upgrades an event from version n to n+1; migrate() chains them up to EVENT_VERSION.
//
// Version 0 is SYNTHETIC: no netprep release ever wrote it. It exists so the upgrade path is exercised by
// tests before a real v2 is needed. Its documented shape, a plausible draft of this format:
//   { v: 0, type, seq, time: <epoch milliseconds>, ... }   (`time` instead of the ISO `at`)
//   answer_submitted: `elapsedMs` instead of `usedMs`, and no `overrunMs` (derived as usedMs − budgetMs).
// ---------------------------------------------------------------------------------------------------------

type Raw = Record<string, unknown>;

export const MIGRATIONS: Record<number, (event: Raw) => Raw> = {
  0: (event) => {
    const { time, elapsedMs, ...rest } = event;
    const out: Raw = { ...rest, v: 1, at: new Date(Number(time)).toISOString() };
    if (event.type === "answer_submitted") {
      const used = Number(elapsedMs ?? 0);
      out.usedMs = used;
      out.overrunMs = Math.max(0, used - Number(event.budgetMs ?? 0));
    }
    return out;
  },
};

export class EventFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EventFormatError";
  }
}

/** Upgrade a raw parsed line to the current format version. Throws EventFormatError when it cannot. */
export function migrate(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new EventFormatError("not a JSON object");
  let event = raw as Raw;
  if (typeof event.v !== "number" || !Number.isInteger(event.v)) {
    throw new EventFormatError("no format version (v)");
  }
  if (event.v > EVENT_VERSION) {
    throw new EventFormatError(`format version ${event.v} is newer than this netprep understands (${EVENT_VERSION})`);
  }
  while ((event.v as number) < EVENT_VERSION) {
    const step = MIGRATIONS[event.v as number];
    if (!step) throw new EventFormatError(`no upgrade from format version ${event.v}`);
    event = step(event);
  }
  return event;
}

export type ParsedEvent = { ok: true; event: SessionEvent } | { ok: false; reason: string };

/** Migrate and validate one raw event; the reason names the first problem in terms a bug report can use. */
export function parseEvent(raw: unknown): ParsedEvent {
  let upgraded: unknown;
  try {
    upgraded = migrate(raw);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  const result = SessionEvent.safeParse(upgraded);
  if (result.success) return { ok: true, event: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, reason: `invalid event: ${where}${issue?.message ?? "unknown problem"}` };
}
