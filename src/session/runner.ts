// The interview loop: show a question, take the answer, grade it, maybe follow up, and write every
// step to the session file before moving on. All terminal work goes through `Interviewer`, so the
// same loop runs a live mock interview, a scripted `--answers` run and the tests.
import { durationSeconds, followUpParts } from "../bank/format.js";
import type { Question, Rubric } from "../bank/schema.js";
import { type FollowUpReading, focusOnReply, followUpRequest, readFollowUp } from "../grading/follow-up.js";
import type { Grade, Grader } from "../grading/grade.js";
import { followUpId, type NewEvent, type SessionEvent } from "./events.js";
import { type Draft, gradedAnswers, replay, type SessionState } from "./replay.js";
import { computeVerdict, type Verdict } from "./verdict.js";

/** How a grade is shown: a follow-up's card is read against the first answer's. */
export interface GradeView {
  selfRating: number | null;
  question: Question;
  followUp: boolean;
  /** A follow-up's grade read against the first answer's: what the reply changed. */
  reading?: FollowUpReading;
}

/** What the candidate did with one question. */
export interface AnswerTaken {
  text: string;
  firstKeystrokeMs: number | null;
  usedMs: number;
  overrunMs: number;
  timedOut: boolean;
}

/** An answer typed but not submitted: its text and the clock as they were. */
export type DraftTaken = Omit<Draft, "at">;

export interface Ask {
  questionId: string;
  /** "question 2 of 4 · behavioral · values: judgment, candor" */
  position: string;
  prompt: string;
  budgetMs: number;
  strict: boolean;
  followUp?: { dimension?: string };
  /** A draft saved before a stop or a crash, to carry on from. */
  draft?: DraftTaken;
  /**
   * Writes the answer so far to the session file; the interviewer decides how often. Absent for follow-ups,
   * which `--resume` does not ask again.
   */
  saveDraft?: (draft: DraftTaken) => void;
}

/** The candidate asked to stop (Ctrl-C). `now` means: don't ask, quit at once. */
export class Interrupted extends Error {
  constructor(readonly now = false) {
    super("interrupted");
    this.name = "Interrupted";
  }
}

export interface Interviewer {
  /** Throws Interrupted when the candidate presses Ctrl-C. */
  answer(ask: Ask): Promise<AnswerTaken>;
  /** 1–4, or null when skipped. */
  selfRate(): Promise<number | null>;
  grading(label: string, work: () => Promise<Grade>): Promise<Grade>;
  showGrade(grade: Grade, view: GradeView): void;
  /** After Ctrl-C: true to save and quit, false to carry on. Throws Interrupted(true) on a second Ctrl-C. */
  confirmQuit(): Promise<boolean>;
  note(text: string): void;
}

export interface SessionSink {
  append(event: NewEvent): SessionEvent;
}

export interface RunDeps {
  questions: readonly Question[];
  rubricFor(q: Question): Rubric;
  grader: Grader;
  interviewer: Interviewer;
  sink: SessionSink;
  /** Events already on disk (resume); the loop continues where they stop. */
  events: SessionEvent[];
  timeOverrideMs?: number;
  strict: boolean;
  /** Ask follow-ups when a tied dimension comes out Poor or Mixed (off for scripted runs). */
  followUps: boolean;
  selfRating: boolean;
}

export interface RunResult {
  state: SessionState;
  verdict?: Verdict;
  reason: "completed" | "quit" | "interrupted";
}

/** Below this a follow-up's budget is too short to say anything. */
const MIN_FOLLOW_UP_MS = 60_000;

export async function runSession(deps: RunDeps): Promise<RunResult> {
  const events = deps.events;
  const record = (e: NewEvent) => {
    events.push(deps.sink.append(e));
  };
  const byId = new Map(deps.questions.map((q) => [q.id, q]));

  try {
    let state = replay(events);
    // A crash between answer and grade leaves answers to grade before anything new is asked.
    for (const q of state.questions) {
      const question = byId.get(q.questionId);
      if (question && q.answers.length > q.grades.length) {
        const answer = q.answers[q.answers.length - 1];
        if (answer) await gradeAndShow(deps, record, question, answer.text, answer.selfRating ?? null);
      }
    }
    state = replay(events);

    for (let index = state.nextIndex ?? state.plan.length; index < state.plan.length; index++) {
      const question = byId.get(state.plan[index] as string);
      if (!question) {
        deps.interviewer.note(`skipped ${state.plan[index]}: no longer in any loaded bank`);
        continue;
      }
      const saved = state.questions.find((q) => q.planned && q.questionId === question.id)?.draft;
      await askQuestion(deps, record, question, index, state.plan.length, saved);
    }
    return finish(deps, record, "completed");
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    if (!error.now) {
      let quit: boolean;
      try {
        quit = await deps.interviewer.confirmQuit();
      } catch (again) {
        if (again instanceof Interrupted) return { state: replay(events), reason: "interrupted" };
        throw again;
      }
      if (!quit) return runSession(deps);
    } else {
      return { state: replay(events), reason: "interrupted" };
    }
    return finish(deps, record, "quit");
  }
}

async function askQuestion(
  deps: RunDeps,
  record: (e: NewEvent) => void,
  question: Question,
  index: number,
  total: number,
  saved: Draft | undefined,
): Promise<void> {
  record({ type: "question_shown", questionId: question.id, index });
  const budgetMs = deps.timeOverrideMs ?? durationSeconds(question.time) * 1000;
  const values = question.values?.length ? ` · values: ${question.values.join(", ")}` : "";
  const saveDraft = (draft: DraftTaken) => record({ type: "answer_draft", questionId: question.id, ...draft });
  const taken = await deps.interviewer.answer({
    questionId: question.id,
    position: `question ${index + 1} of ${total} · ${question.category}${values}`,
    prompt: question.prompt,
    budgetMs,
    strict: deps.strict,
    ...(saved ? { draft: saved } : {}),
    saveDraft,
  });
  let selfRating: number | null = null;
  try {
    if (deps.selfRating) selfRating = await deps.interviewer.selfRate();
  } catch (error) {
    // The answer is recorded only with its rating: stopping at the rating keeps it as a draft to carry on from.
    if (error instanceof Interrupted && taken.text.trim() !== "")
      saveDraft({ text: taken.text, elapsedMs: taken.usedMs, firstKeystrokeMs: taken.firstKeystrokeMs });
    throw error;
  }
  record({ type: "answer_submitted", questionId: question.id, ...taken, selfRating, budgetMs, strict: deps.strict });
  const grade = await gradeAndShow(deps, record, question, taken.text, selfRating);

  if (!deps.followUps) return;
  const followUp = pickFollowUp(question, grade);
  if (!followUp) return;
  const id = followUpId(question.id, followUp.n);
  record({
    type: "question_shown",
    questionId: id,
    index,
    followUp: {
      parentId: question.id,
      prompt: followUp.prompt,
      ...(followUp.dimension ? { dimension: followUp.dimension } : {}),
    },
  });
  const followBudget =
    deps.timeOverrideMs ??
    (followUp.time ? durationSeconds(followUp.time) * 1000 : Math.max(MIN_FOLLOW_UP_MS, budgetMs / 4));
  const answer = await deps.interviewer.answer({
    questionId: id,
    position: `follow-up${followUp.dimension ? ` (${followUp.dimension})` : ""} · question ${index + 1} of ${total}`,
    prompt: followUp.prompt,
    budgetMs: followBudget,
    strict: deps.strict,
    followUp: { dimension: followUp.dimension },
  });
  record({
    type: "answer_submitted",
    questionId: id,
    followUpOf: question.id,
    ...answer,
    selfRating: null,
    budgetMs: followBudget,
    strict: deps.strict,
  });
  const followQuestion: Question = {
    ...question,
    id,
    prompt: followUp.prompt,
    exemplar: undefined,
    weakExample: undefined,
  };
  const request = followUpRequest({
    parent: { question, answer: taken.text },
    prompt: followUp.prompt,
    reply: answer.text,
    rubric: deps.rubricFor(question),
  });
  const followGrade = focusOnReply(
    await deps.interviewer.grading("Grading the follow-up with your first answer", () => deps.grader.grade(request)),
    request,
  );
  record({
    type: "graded",
    questionId: id,
    followUpOf: question.id,
    grade: followGrade,
    ...(request.followUp ? { withAnswer: true as const } : {}),
  });
  deps.interviewer.showGrade(followGrade, {
    selfRating: null,
    question: followQuestion,
    followUp: true,
    reading: request.followUp ? readFollowUp(grade, followGrade, followUp.dimension) : undefined,
  });
}

async function gradeAndShow(
  deps: RunDeps,
  record: (e: NewEvent) => void,
  question: Question,
  text: string,
  selfRating: number | null,
): Promise<Grade> {
  const rubric = deps.rubricFor(question);
  const grade = await deps.interviewer.grading(`Grading against rubric ${rubric.id} v${rubric.version}`, () =>
    deps.grader.grade({ answer: text, question, rubric }),
  );
  record({ type: "graded", questionId: question.id, grade });
  deps.interviewer.showGrade(grade, { selfRating, question, followUp: false });
  return grade;
}

/**
 * The follow-up an interviewer would ask: one tied to the weakest dimension that came out Poor or
 * Mixed. Untied follow-ups are not asked automatically: they need an interviewer's judgment.
 */
export function pickFollowUp(question: Question, grade: Grade) {
  const weak = grade.dimensions.filter((d) => d.score <= 2).sort((a, b) => a.score - b.score);
  const followUps = (question.followUps ?? []).map((f, n) => ({ ...followUpParts(f), n: n + 1 }));
  for (const d of weak) {
    const match = followUps.find((f) => f.dimension === d.id);
    if (match) return match;
  }
  return undefined;
}

function finish(deps: RunDeps, record: (e: NewEvent) => void, reason: "completed" | "quit"): RunResult {
  const state = replay(deps.events);
  const verdict = computeVerdict(gradedAnswers(state));
  record({ type: "session_finished", reason, ...(verdict ? { verdict } : {}) });
  return { state: replay(deps.events), verdict, reason };
}
