import { describe, expect, it } from "vitest";
import {
  EVENT_VERSION,
  EventFormatError,
  MIGRATIONS,
  migrate,
  parseEvent,
  SessionEvent,
} from "../../src/session/events.js";
import { answered, drafted, grade, stamp, started } from "../support/session.js";

describe("SessionEvent", () => {
  it("accepts every event type", () => {
    const events = stamp([
      started(["a"], { retryOf: "deadbeef" }),
      { type: "question_shown", questionId: "a", index: 0 },
      { type: "question_shown", questionId: "a~f0", index: 0, followUp: { parentId: "a", prompt: "And then?" } },
      drafted("a", "Half an answer", { firstKeystrokeMs: null }),
      answered("a", { selfRating: null, firstKeystrokeMs: null }),
      { type: "graded", questionId: "a", grade: grade({ candor: 3 }) },
      { type: "session_resumed" },
      { type: "session_finished", reason: "quit" },
    ]);
    for (const e of events) expect(SessionEvent.safeParse(e).error?.issues).toBeUndefined();
  });

  it("rejects unknown types, unknown keys, bad ratings and non-ISO times", () => {
    const [ok] = stamp([answered("a")]);
    expect(SessionEvent.safeParse(ok).success).toBe(true);
    expect(SessionEvent.safeParse({ ...ok, type: "answer_deleted" }).success).toBe(false);
    expect(SessionEvent.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(SessionEvent.safeParse({ ...ok, selfRating: 5 }).success).toBe(false);
    expect(SessionEvent.safeParse({ ...ok, at: "yesterday" }).success).toBe(false);
    expect(SessionEvent.safeParse({ ...ok, v: 2 }).success).toBe(false);
  });
});

describe("answer_draft", () => {
  it("is a current-version event: text, time spent and first keystroke, nothing else", () => {
    const [ok] = stamp([drafted("a", "Half an answer")]);
    expect(parseEvent(ok)).toEqual({ ok: true, event: ok });
    expect(SessionEvent.safeParse({ ...ok, elapsedMs: -1 }).success).toBe(false);
    expect(SessionEvent.safeParse({ ...ok, usedMs: 1 }).success).toBe(false);
    expect(SessionEvent.safeParse({ ...ok, questionId: "" }).success).toBe(false);
    const { firstKeystrokeMs: _f, ...missing } = ok as Record<string, unknown>;
    expect(SessionEvent.safeParse(missing).success).toBe(false);
  });
});

describe("migrate", () => {
  // The synthetic v0 shape documented in events.ts: epoch `time`, `elapsedMs`, no `overrunMs`.
  const v0Answer = {
    v: 0,
    type: "answer_submitted",
    seq: 3,
    time: Date.parse("2024-12-31T23:59:00.000Z"),
    questionId: "a",
    text: "I shipped it late.",
    firstKeystrokeMs: 900,
    elapsedMs: 300_000,
    budgetMs: 240_000,
    timedOut: true,
    strict: false,
  };

  it("upgrades a v0 answer to a valid current event", () => {
    const up = migrate(v0Answer) as Record<string, unknown>;
    expect(up).toMatchObject({
      v: EVENT_VERSION,
      at: "2024-12-31T23:59:00.000Z",
      usedMs: 300_000,
      overrunMs: 60_000,
      seq: 3,
    });
    expect(up).not.toHaveProperty("time");
    expect(up).not.toHaveProperty("elapsedMs");
    const parsed = parseEvent(v0Answer);
    expect(parsed.ok).toBe(true);
  });

  it("upgrades other v0 events by their time field only", () => {
    const parsed = parseEvent({ v: 0, type: "session_resumed", seq: 4, time: 0 });
    expect(parsed).toEqual({
      ok: true,
      event: { v: 1, type: "session_resumed", seq: 4, at: "1970-01-01T00:00:00.000Z" },
    });
  });

  it("leaves current events alone", () => {
    const [e] = stamp([answered("a")]);
    expect(migrate(e)).toEqual(e);
  });

  it("refuses newer, unversioned, non-object and unbridgeable input", () => {
    expect(() => migrate({ v: EVENT_VERSION + 1, type: "graded" })).toThrow(/newer than this netprep/);
    expect(() => migrate({ type: "graded" })).toThrow(EventFormatError);
    expect(() => migrate([1])).toThrow(/not a JSON object/);
    expect(() => migrate({ v: -1 })).toThrow(/no upgrade from format version -1/);
    expect(parseEvent({ v: 9 })).toEqual({ ok: false, reason: expect.stringMatching(/newer/) });
  });

  it("has a step for every version below the current one", () => {
    for (let v = 0; v < EVENT_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe("function");
  });
});
