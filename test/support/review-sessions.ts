// Writes realistic session files for review tests through the real SessionWriter, graded by the real heuristic
// grader against the real built-in banks, the way `netprep practice` records an interview.

import { join } from "node:path";
import { loadLibrary } from "../../src/bank/library.js";
import type { Question, Rubric } from "../../src/bank/schema.js";
import { focusOnReply, followUpRequest } from "../../src/grading/follow-up.js";
import { gradeHeuristic } from "../../src/grading/heuristic/index.js";
import { followUpId, type NewEvent, type SessionOptions } from "../../src/session/events.js";
import { gradedAnswers, replay } from "../../src/session/replay.js";
import { readSession, SessionWriter } from "../../src/session/store.js";
import { computeVerdict } from "../../src/session/verdict.js";
import { clock } from "./session.js";

export const STRONG_ANSWER = `Last quarter I pushed a schema migration for our billing service on a Friday afternoon because I wanted it off my plate before a week of leave. I skipped the dry run against a production snapshot; that was my call, nobody asked me to rush. The migration locked a table for 38 minutes and about 4,200 renewals failed and had to be retried by hand, which cost two engineers most of a Saturday.

I did not know how large the invoices table had grown since the last migration, and I assumed the lock would be brief. I should have checked, and the rollback would have been cheap if I had staged it. I told my manager and the on-call engineer what I got wrong in the incident channel that evening, in the first person.

Since then I run every migration against a snapshot first and I never ship schema changes before a weekend; I have done that on the last six migrations, and one of them caught a lock that would have been worse. I also wrote a checklist the team now uses, and in the last review my manager said the change was visible.`;

export const WEAK_ANSWER = `We had a migration that went badly because the timeline from product was unrealistic. The team worked hard and we communicated a lot. In hindsight we could have communicated earlier, and I think we all learned to plan better.`;

export const FOLLOW_UP_ANSWER = `I first knew at 16:10 when the lock alert fired. I paged the on-call engineer within five minutes and I decided not to kill the migration because a half-applied change was harder to reverse than waiting; I was not sure, and I said so in the channel.`;

/** Graded the way practice grades a follow-up: with the first answer, evidence from the reply only. */
function followUpGrade(q: Question, rubric: Rubric, first: string, prompt: string) {
  const request = followUpRequest({ parent: { question: q, answer: first }, prompt, reply: FOLLOW_UP_ANSWER, rubric });
  return focusOnReply(gradeHeuristic(request), request);
}

export interface SessionSpec {
  id: string;
  /** ISO start time; events follow one second apart. */
  start: string;
  /** Question ids to ask, from the built-in banks. */
  questions: string[];
  /** Answer text per question (default STRONG_ANSWER). */
  answers?: Record<string, string>;
  /** Answer and grade a follow-up on the first question. */
  followUp?: boolean;
  /** Stop after this many answers without session_finished. */
  stopAfter?: number;
  options?: Partial<SessionOptions>;
  retryOf?: string;
  selfRating?: number | null;
  overrunMs?: number;
}

type Lib = Awaited<ReturnType<typeof loadLibrary>>;
let library: Lib | undefined;
export async function builtinLibrary(): Promise<Lib> {
  library ??= await loadLibrary();
  return library;
}

/** Write one session under `<home>/data/sessions` and return its file. */
export async function writeSession(home: string, spec: SessionSpec): Promise<string> {
  const lib = await builtinLibrary();
  const dir = join(home, "data", "sessions");
  const w = SessionWriter.create(dir, { now: clock(spec.start), randomId: () => spec.id });
  const questions = spec.questions.map((id) => {
    const q = lib.question(id);
    if (!q) throw new Error(`no question ${id} in the built-in banks`);
    return q;
  });
  const rubricFor = (q: Question): Rubric => {
    const r = lib.rubricFor(q);
    if (!r) throw new Error(`no rubric for ${q.id}`);
    return r;
  };
  const bankVersions: Record<string, number> = {};
  const rubricVersions: Record<string, number> = {};
  for (const q of questions) {
    const b = lib.bankOf(q.id);
    if (b) bankVersions[b.bank] = b.version ?? 1;
    const r = rubricFor(q);
    rubricVersions[r.id] = r.version;
  }
  const append = (e: NewEvent) => w.append(e);
  append({
    type: "session_started",
    id: spec.id,
    options: { seed: 42, strict: false, count: questions.length, ...spec.options },
    plan: questions.map((q) => q.id),
    bankVersions,
    rubricVersions,
    netprepVersion: "0.1.0",
    ...(spec.retryOf ? { retryOf: spec.retryOf } : {}),
  });
  let answered = 0;
  for (const [index, q] of questions.entries()) {
    if (spec.stopAfter !== undefined && answered >= spec.stopAfter) break;
    append({ type: "question_shown", questionId: q.id, index });
    const text = spec.answers?.[q.id] ?? STRONG_ANSWER;
    const budgetMs = 240_000;
    const overrunMs = spec.overrunMs ?? 0;
    append({
      type: "answer_submitted",
      questionId: q.id,
      text,
      selfRating: spec.selfRating === undefined ? 3 : spec.selfRating,
      firstKeystrokeMs: 4_000,
      usedMs: 150_000 + overrunMs,
      overrunMs,
      budgetMs,
      timedOut: false,
      strict: false,
    });
    append({
      type: "graded",
      questionId: q.id,
      grade: gradeHeuristic({ answer: text, question: q, rubric: rubricFor(q) }),
    });
    answered += 1;
    if (spec.followUp && index === 0) {
      const fu = q.followUps?.[0];
      const prompt = typeof fu === "string" ? fu : (fu?.prompt ?? "What did you know when you decided?");
      const fid = followUpId(q.id, 0);
      append({
        type: "question_shown",
        questionId: fid,
        index,
        followUp: { parentId: q.id, prompt, dimension: "judgment" },
      });
      append({
        type: "answer_submitted",
        questionId: fid,
        followUpOf: q.id,
        text: FOLLOW_UP_ANSWER,
        selfRating: null,
        firstKeystrokeMs: 2_000,
        usedMs: 55_000,
        overrunMs: 0,
        budgetMs: 60_000,
        timedOut: false,
        strict: false,
      });
      append({
        type: "graded",
        questionId: fid,
        followUpOf: q.id,
        grade: followUpGrade(q, rubricFor(q), text, prompt),
        withAnswer: true,
      });
    }
  }
  if (spec.stopAfter === undefined) {
    const verdict = computeVerdict(gradedAnswers(replay(readSession(w.file).events)));
    append({ type: "session_finished", reason: "completed", ...(verdict ? { verdict } : {}) });
  }
  w.close();
  return w.file;
}
