import { describe, expect, it } from "vitest";
import { followUpId, SessionEvent } from "../../src/session/events.js";
import { gradedAnswers, replay } from "../../src/session/replay.js";
import { answered, drafted, grade, stamp, started } from "../support/session.js";

const g3 = grade({ candor: 3, judgment: 3 });
const g2 = grade({ candor: 2, judgment: 2 });

describe("replay", () => {
  it("folds a complete session: questions in plan order, answers, grades, totals", () => {
    const events = stamp([
      started(["a", "b"]),
      { type: "question_shown", questionId: "a", index: 0 },
      answered("a", { usedMs: 200_000, overrunMs: 0 }),
      { type: "graded", questionId: "a", grade: g3 },
      { type: "question_shown", questionId: "b", index: 1 },
      answered("b", { usedMs: 300_000, overrunMs: 60_000, timedOut: true }),
      { type: "graded", questionId: "b", grade: g2 },
      { type: "session_finished", reason: "completed" },
    ]);
    // The builders must produce events the real schema accepts, or these tests prove nothing.
    for (const e of events) expect(SessionEvent.safeParse(e).success).toBe(true);
    const s = replay(events);
    expect(s.status).toBe("complete");
    expect(s.finishReason).toBe("completed");
    expect(s.id).toBe("abcd1234");
    expect(s.questions.map((q) => [q.questionId, q.index])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
    expect(s.questions[0]?.answers[0]?.text).toBe("My answer to a.");
    expect(s.questions[1]?.grades).toEqual([g2]);
    expect(s.nextIndex).toBeNull();
    expect(s.totals).toEqual({
      answered: 2,
      followUpsAnswered: 0,
      graded: 2,
      usedMs: 500_000,
      overrunMs: 60_000,
      timedOut: 1,
    });
    expect(s.anomalies).toEqual([]);
  });

  it("is incomplete without session_finished and resumes at the first unanswered question", () => {
    const s = replay(
      stamp([
        started(["a", "b", "c"]),
        { type: "question_shown", questionId: "a", index: 0 },
        answered("a"),
        { type: "graded", questionId: "a", grade: g3 },
        { type: "question_shown", questionId: "b", index: 1 },
      ]),
    );
    expect(s.status).toBe("incomplete");
    expect(s.finishReason).toBeUndefined();
    // b was shown but not answered: resume asks it again.
    expect(s.nextIndex).toBe(1);
    expect(s.questions[1]?.shownAt).toBeDefined();
  });

  it("resume index skips answered questions even when answered out of order", () => {
    const s = replay(stamp([started(["a", "b", "c"]), answered("b"), answered("a")]));
    expect(s.nextIndex).toBe(2);
  });

  it("attaches follow-ups to their parent with their own answers and grades", () => {
    const fid = followUpId("a", 0);
    const s = replay(
      stamp([
        started(["a", "b"]),
        { type: "question_shown", questionId: "a", index: 0 },
        answered("a"),
        { type: "graded", questionId: "a", grade: g2 },
        {
          type: "question_shown",
          questionId: fid,
          index: 0,
          followUp: { parentId: "a", prompt: "What did you tell your manager?", dimension: "candor" },
        },
        answered(fid, { followUpOf: "a", usedMs: 30_000 }),
        { type: "graded", questionId: fid, followUpOf: "a", grade: g3 },
      ]),
    );
    const a = s.questions[0];
    expect(a?.followUps).toHaveLength(1);
    expect(a?.followUps[0]).toMatchObject({ questionId: fid, parentId: "a", dimension: "candor", grades: [g3] });
    expect(a?.followUps[0]?.answers[0]?.usedMs).toBe(30_000);
    // The follow-up is not a plan question: it neither shifts the plan nor counts as a main answer.
    expect(s.questions.map((q) => q.questionId)).toEqual(["a", "b"]);
    expect(s.totals.answered).toBe(1);
    expect(s.totals.followUpsAnswered).toBe(1);
    expect(s.totals.usedMs).toBe(90_000);
    expect(s.nextIndex).toBe(1);
    expect(gradedAnswers(s).map((x) => [x.questionId, x.followUp])).toEqual([
      ["a", false],
      [fid, true],
    ]);
  });

  it("appends regrades instead of replacing, and the verdict input uses the latest", () => {
    const s = replay(
      stamp([
        started(["a"]),
        answered("a"),
        { type: "graded", questionId: "a", grade: g2 },
        { type: "session_finished", reason: "completed" },
        { type: "graded", questionId: "a", grade: g3 },
      ]),
    );
    expect(s.questions[0]?.grades).toEqual([g2, g3]);
    expect(s.totals.graded).toBe(1);
    expect(gradedAnswers(s)[0]?.grade).toBe(g3);
    expect(s.status).toBe("complete");
  });

  it("a resume after a quit reopens the session", () => {
    const s = replay(
      stamp([
        started(["a", "b"]),
        answered("a"),
        { type: "session_finished", reason: "quit" },
        { type: "session_resumed" },
      ]),
    );
    expect(s.status).toBe("incomplete");
    expect(s.finishReason).toBeUndefined();
    expect(s.resumes).toHaveLength(1);
    expect(s.nextIndex).toBe(1);
  });

  it("notes anomalies instead of throwing: events before start, unplanned questions", () => {
    const events = stamp([answered("x"), started(["a"]), answered("zzz")]);
    const s = replay(events);
    expect(s.anomalies.some((a) => a.includes("before session_started"))).toBe(true);
    expect(s.anomalies.some((a) => a.includes("zzz is not in the plan"))).toBe(true);
    expect(s.questions.find((q) => q.questionId === "zzz")?.planned).toBe(false);
    expect(s.nextIndex).toBe(0);
  });

  it("keeps the latest unsubmitted draft per question, for --resume to carry on from", () => {
    const events = stamp([
      started(["a", "b"]),
      { type: "question_shown", questionId: "a", index: 0 },
      drafted("a", "I told the VP", { elapsedMs: 10_000 }),
      drafted("a", "I told the VP I did not know.", { elapsedMs: 15_000 }),
      { type: "session_finished", reason: "quit" },
    ]);
    for (const e of events) expect(SessionEvent.safeParse(e).success).toBe(true);
    const s = replay(events);
    expect(s.questions[0]?.draft).toEqual({
      at: events[3]?.at,
      text: "I told the VP I did not know.",
      elapsedMs: 15_000,
      firstKeystrokeMs: 1200,
    });
    expect(s.questions[1]?.draft).toBeUndefined();
    // A draft is not an answer: nothing counted, and the question is still the one to resume at.
    expect(s.questions[0]?.answers).toEqual([]);
    expect(s.totals).toEqual({ answered: 0, followUpsAnswered: 0, graded: 0, usedMs: 0, overrunMs: 0, timedOut: 0 });
    expect(s.nextIndex).toBe(0);
    expect(s.anomalies).toEqual([]);
  });

  it("drops a draft once its question is answered, or when its text was deleted", () => {
    const events = stamp([
      started(["a", "b"]),
      drafted("a", "Half an answer"),
      drafted("b", "Another half"),
      answered("a"),
      drafted("b", "  "),
    ]);
    const answeredA = replay(events.slice(0, 4));
    expect(answeredA.questions[0]?.draft).toBeUndefined();
    expect(answeredA.questions[0]?.answers).toHaveLength(1);
    expect(answeredA.questions[1]?.draft?.text).toBe("Another half");
    expect(replay(events).questions[1]?.draft).toBeUndefined();
  });

  it("an empty event list is an incomplete session with nothing to resume", () => {
    const s = replay([]);
    expect(s.status).toBe("incomplete");
    expect(s.nextIndex).toBeNull();
    expect(s.questions).toEqual([]);
  });
});
