// Folds a session's events into its state: what was asked, answered and graded, and where to resume.
// Pure and tolerant: events that do not fit are noted in `anomalies` rather than thrown, because the input
// may come from a file damaged by a crash.
import type { Grade } from "../grading/grade.js";
import type { AnswerDraft, AnswerSubmitted, SessionEvent, SessionOptions, SessionStarted } from "./events.js";
import type { GradedAnswer, Verdict } from "./verdict.js";

export type Answer = Omit<AnswerSubmitted, "type" | "v" | "seq" | "followUpOf" | "questionId">;
/** An answer typed but not submitted, as last saved. */
export type Draft = Omit<AnswerDraft, "type" | "v" | "seq" | "questionId">;

export interface FollowUpState {
  questionId: string;
  parentId: string;
  prompt: string;
  dimension?: string;
  shownAt?: string;
  answers: Answer[];
  /** Every grade in order; a regrade appends, the last one is current. */
  grades: Grade[];
  /** The current grade was made with the first answer (Graded.withAnswer), so it can be read against its grade. */
  gradedWithAnswer?: boolean;
}

export interface QuestionState {
  questionId: string;
  index: number;
  /** False for a question that was shown without being in the plan (an anomaly, kept so nothing is lost). */
  planned: boolean;
  shownAt?: string;
  answers: Answer[];
  grades: Grade[];
  followUps: FollowUpState[];
  /** The latest draft not yet superseded by an answer: `--resume` fills the answer box with it. */
  draft?: Draft;
}

export interface SessionState {
  id?: string;
  startedAt?: string;
  options?: SessionOptions;
  plan: string[];
  bankVersions: Record<string, number>;
  rubricVersions: Record<string, number>;
  netprepVersion?: string;
  retryOf?: string;
  resumedFrom?: string;
  status: "complete" | "incomplete";
  finishReason?: "completed" | "quit";
  finishedAt?: string;
  verdict?: Verdict;
  questions: QuestionState[];
  /** Times the session was resumed. */
  resumes: string[];
  /** First plan index without an answer: where `--resume` continues; null when every question is answered. */
  nextIndex: number | null;
  totals: {
    answered: number;
    followUpsAnswered: number;
    graded: number;
    /** Time spent answering, follow-ups included. */
    usedMs: number;
    overrunMs: number;
    timedOut: number;
  };
  /** Time of the last event. */
  lastAt?: string;
  anomalies: string[];
}

function emptyState(): SessionState {
  return {
    plan: [],
    bankVersions: {},
    rubricVersions: {},
    status: "incomplete",
    questions: [],
    resumes: [],
    nextIndex: null,
    totals: { answered: 0, followUpsAnswered: 0, graded: 0, usedMs: 0, overrunMs: 0, timedOut: 0 },
    anomalies: [],
  };
}

function answerOf(e: AnswerSubmitted): Answer {
  const { type: _t, v: _v, seq: _s, followUpOf: _f, questionId: _q, ...rest } = e;
  return rest;
}

/** Fold events (in file order) into a session state. */
export function replay(events: readonly SessionEvent[]): SessionState {
  const s = emptyState();
  const byId = new Map<string, QuestionState>();
  const followUps = new Map<string, FollowUpState>();

  const question = (questionId: string, seq: number, index?: number): QuestionState => {
    let q = byId.get(questionId);
    if (!q) {
      s.anomalies.push(`seq ${seq}: question ${questionId} is not in the plan`);
      q = {
        questionId,
        index: index ?? s.questions.length,
        planned: false,
        answers: [],
        grades: [],
        followUps: [],
      };
      byId.set(questionId, q);
      s.questions.push(q);
    }
    return q;
  };

  const followUp = (questionId: string, parentId: string, seq: number): FollowUpState => {
    let f = followUps.get(questionId);
    if (!f) {
      s.anomalies.push(`seq ${seq}: follow-up ${questionId} answered before it was shown`);
      f = { questionId, parentId, prompt: "", answers: [], grades: [] };
      followUps.set(questionId, f);
      question(parentId, seq).followUps.push(f);
    }
    return f;
  };

  let started = false;
  for (const e of events) {
    s.lastAt = e.at;
    if (!started && e.type !== "session_started") {
      s.anomalies.push(`seq ${e.seq}: ${e.type} before session_started`);
    }
    switch (e.type) {
      case "session_started":
        if (started) {
          s.anomalies.push(`seq ${e.seq}: second session_started ignored`);
          break;
        }
        started = true;
        start(s, e, byId);
        break;
      case "question_shown":
        if (e.followUp) {
          const parent = question(e.followUp.parentId, e.seq, e.index);
          const existing = followUps.get(e.questionId);
          if (existing) {
            existing.shownAt ??= e.at;
            break;
          }
          const f: FollowUpState = {
            questionId: e.questionId,
            parentId: e.followUp.parentId,
            prompt: e.followUp.prompt,
            ...(e.followUp.dimension ? { dimension: e.followUp.dimension } : {}),
            shownAt: e.at,
            answers: [],
            grades: [],
          };
          followUps.set(e.questionId, f);
          parent.followUps.push(f);
        } else {
          const q = question(e.questionId, e.seq, e.index);
          q.shownAt ??= e.at;
        }
        break;
      case "answer_submitted": {
        const target = e.followUpOf ? followUp(e.questionId, e.followUpOf, e.seq) : question(e.questionId, e.seq);
        target.answers.push(answerOf(e));
        if (!("parentId" in target)) delete target.draft;
        if (e.followUpOf) s.totals.followUpsAnswered += target.answers.length === 1 ? 1 : 0;
        else s.totals.answered += target.answers.length === 1 ? 1 : 0;
        s.totals.usedMs += e.usedMs;
        s.totals.overrunMs += e.overrunMs;
        if (e.timedOut) s.totals.timedOut += 1;
        break;
      }
      case "answer_draft": {
        // Drafts count for nothing (totals, grades, where to resume); only the latest is kept, to carry on from.
        const q = question(e.questionId, e.seq);
        const { type: _t, v: _v, seq: _s, questionId: _q, ...draft } = e;
        // A blank draft means the text was deleted: nothing left to carry on from.
        if (draft.text.trim() === "") delete q.draft;
        else q.draft = draft;
        break;
      }
      case "graded": {
        const target = e.followUpOf ? followUp(e.questionId, e.followUpOf, e.seq) : question(e.questionId, e.seq);
        if (target.grades.length === 0) s.totals.graded += 1;
        target.grades.push(e.grade);
        if ("parentId" in target) target.gradedWithAnswer = e.withAnswer === true;
        break;
      }
      case "session_finished":
        s.status = "complete";
        s.finishReason = e.reason;
        s.finishedAt = e.at;
        if (e.verdict) s.verdict = e.verdict;
        break;
      case "session_resumed":
        // A resume reopens a session that was quit; only a later session_finished closes it again.
        s.resumes.push(e.at);
        s.status = "incomplete";
        delete s.finishReason;
        delete s.finishedAt;
        delete s.verdict;
        break;
    }
  }

  const next = s.questions.find((q) => q.planned && q.answers.length === 0);
  s.nextIndex = next ? next.index : null;
  return s;
}

function start(s: SessionState, e: SessionStarted, byId: Map<string, QuestionState>): void {
  s.id = e.id;
  s.startedAt = e.at;
  s.options = e.options;
  s.plan = [...e.plan];
  s.bankVersions = { ...e.bankVersions };
  s.rubricVersions = { ...e.rubricVersions };
  s.netprepVersion = e.netprepVersion;
  if (e.retryOf) s.retryOf = e.retryOf;
  if (e.resumedFrom) s.resumedFrom = e.resumedFrom;
  e.plan.forEach((questionId, index) => {
    if (byId.has(questionId)) {
      s.anomalies.push(`seq ${e.seq}: question ${questionId} appears twice in the plan`);
      return;
    }
    const q: QuestionState = { questionId, index, planned: true, answers: [], grades: [], followUps: [] };
    byId.set(questionId, q);
    s.questions.push(q);
  });
}

/** The current (latest) grade of every graded question and follow-up, in the order asked: the verdict's input. */
export function gradedAnswers(state: SessionState): GradedAnswer[] {
  const out: GradedAnswer[] = [];
  for (const q of state.questions) {
    const g = q.grades.at(-1);
    if (g) out.push({ questionId: q.questionId, followUp: false, grade: g });
    for (const f of q.followUps) {
      const fg = f.grades.at(-1);
      if (fg) out.push({ questionId: f.questionId, followUp: true, grade: fg });
    }
  }
  return out;
}
