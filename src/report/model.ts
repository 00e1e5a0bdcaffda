// The data behind every view of one session (terminal, Markdown, HTML, JSON): built once from the replayed
// session, the banks and earlier attempts, so the views only format. Pure.
import type { LookFor, Question } from "../bank/schema.js";
import { type FollowUpReading, readFollowUp } from "../grading/follow-up.js";
import type { Grade } from "../grading/grade.js";
import type { SessionDigest } from "../session/progress.js";
import { compareGrades, type DimensionAverage, type DimensionChange } from "../session/progress.js";
import { type Answer, gradedAnswers, type SessionState } from "../session/replay.js";
import { computeVerdict, type Verdict } from "../session/verdict.js";
import { type WordDiff, wordDiff } from "./word-diff.js";

/** Bumped when the JSON export's shape changes incompatibly. */
export const REPORT_FORMAT = 1;

export interface ReportAnswer {
  text: string;
  selfRating: number | null;
  usedMs: number;
  overrunMs: number;
  budgetMs: number;
  timedOut: boolean;
  /** Earlier submissions of the same question in this session (after a resume), oldest first. */
  earlier: number;
}

export interface ReportFollowUp {
  questionId: string;
  prompt: string;
  dimension?: string;
  answer?: ReportAnswer;
  grade?: Grade;
  /** Grades replaced by a regrade, oldest first. */
  previousGrades: Grade[];
  /** What the reply changed, when its grade was made with the first answer and both are graded. */
  reading?: FollowUpReading;
}

/** An earlier attempt at the same question, found in another session. */
export interface PreviousAttempt {
  sessionId: string;
  startedAt?: string;
  /** "retry" when this session was started with --retry of that one; else an earlier session that asked it. */
  relation: "retry" | "earlier";
  text: string;
  grade?: Grade;
}

export interface AttemptComparison {
  sessionId: string;
  startedAt?: string;
  relation: "retry" | "earlier";
  diff: WordDiff;
  /** Present when both attempts were graded. */
  changes?: { dimensions: DimensionChange[]; overall: number; before: number; after: number };
}

export interface ReportQuestion {
  index: number;
  questionId: string;
  /** The prompt from the banks; undefined when the question is no longer in any bank. */
  prompt?: string;
  category?: string;
  values?: string[];
  /** What a strong answer shows, ticked from the grade as practice showed it (see lookForOf). */
  lookFor?: LookFor[];
  planned: boolean;
  answer?: ReportAnswer;
  grade?: Grade;
  previousGrades: Grade[];
  followUps: ReportFollowUp[];
  attempt?: AttemptComparison;
}

export interface SessionReport {
  format: number;
  id: string;
  startedAt?: string;
  finishedAt?: string;
  status: "complete" | "incomplete" | "damaged";
  finishReason?: "completed" | "quit";
  label: string;
  retryOf?: string;
  options?: SessionState["options"];
  rubricVersions: Record<string, number>;
  netprepVersion?: string;
  totals: SessionState["totals"];
  dimensions: DimensionAverage[];
  /** From the current grades, so it reflects a regrade. */
  verdict?: Verdict;
  /** The verdict written when the session finished, if it differs from the current one. */
  verdictAtFinish?: Verdict;
  questions: ReportQuestion[];
  problems: string[];
}

function reportAnswer(answers: readonly Answer[]): ReportAnswer | undefined {
  const a = answers.at(-1);
  if (!a) return undefined;
  return {
    text: a.text,
    selfRating: a.selfRating ?? null,
    usedMs: a.usedMs,
    overrunMs: a.overrunMs,
    budgetMs: a.budgetMs,
    timedOut: a.timedOut,
    earlier: answers.length - 1,
  };
}

export function compareAttempt(previous: PreviousAttempt, text: string, grade: Grade | undefined): AttemptComparison {
  const out: AttemptComparison = {
    sessionId: previous.sessionId,
    ...(previous.startedAt ? { startedAt: previous.startedAt } : {}),
    relation: previous.relation,
    diff: wordDiff(previous.text, text),
  };
  if (previous.grade && grade) {
    const c = compareGrades(previous.grade, grade);
    out.changes = { ...c, before: previous.grade.overall, after: grade.overall };
  }
  return out;
}

/**
 * The look-for list to show under a grade: the bank's, in the bank's order, or, when the question has left the banks,
 * the concepts the grade itself recorded (named first), so a replay still says what was missing.
 */
export function lookForOf(question: Question | undefined, grade: Grade): LookFor[] {
  if (question?.lookFor?.length) return [...question.lookFor];
  return grade.lookFor ? [...grade.lookFor.covered, ...grade.lookFor.missed] : [];
}

export function buildSessionReport(
  state: SessionState,
  digest: SessionDigest,
  lookup: (questionId: string) => Question | undefined,
  attempts: ReadonlyMap<string, PreviousAttempt> = new Map(),
): SessionReport {
  const verdict = computeVerdict(gradedAnswers(state));
  const questions: ReportQuestion[] = state.questions.map((q) => {
    const bank = lookup(q.questionId);
    const answer = reportAnswer(q.answers);
    const grade = q.grades.at(-1);
    const previous = attempts.get(q.questionId);
    const lookFor = grade ? lookForOf(bank, grade) : [];
    return {
      index: q.index,
      questionId: q.questionId,
      ...(bank ? { prompt: bank.prompt, category: bank.category } : {}),
      ...(bank?.values ? { values: [...bank.values] } : {}),
      ...(lookFor.length ? { lookFor } : {}),
      planned: q.planned,
      ...(answer ? { answer } : {}),
      ...(grade ? { grade } : {}),
      previousGrades: q.grades.slice(0, -1),
      followUps: q.followUps.map((f) => {
        const fa = reportAnswer(f.answers);
        const fg = f.grades.at(-1);
        const reading = fg && grade && f.gradedWithAnswer ? readFollowUp(grade, fg, f.dimension) : undefined;
        return {
          questionId: f.questionId,
          prompt: f.prompt,
          ...(f.dimension ? { dimension: f.dimension } : {}),
          ...(fa ? { answer: fa } : {}),
          ...(fg ? { grade: fg } : {}),
          previousGrades: f.grades.slice(0, -1),
          ...(reading ? { reading } : {}),
        };
      }),
      ...(previous && answer ? { attempt: compareAttempt(previous, answer.text, grade) } : {}),
    };
  });
  const changed = state.verdict && verdict && state.verdict.level !== verdict.level;
  return {
    format: REPORT_FORMAT,
    id: digest.id,
    ...(state.startedAt ? { startedAt: state.startedAt } : {}),
    ...(state.finishedAt ? { finishedAt: state.finishedAt } : {}),
    status: digest.status,
    ...(state.finishReason ? { finishReason: state.finishReason } : {}),
    label: digest.label,
    ...(state.retryOf ? { retryOf: state.retryOf } : {}),
    ...(state.options ? { options: state.options } : {}),
    rubricVersions: state.rubricVersions,
    ...(state.netprepVersion ? { netprepVersion: state.netprepVersion } : {}),
    totals: state.totals,
    dimensions: digest.dimensions,
    ...(verdict ? { verdict } : {}),
    ...(changed && state.verdict ? { verdictAtFinish: state.verdict } : {}),
    questions,
    problems: digest.problems,
  };
}

/** "2025-03-01 10:00 UTC" — sessions are named in UTC, so reports say so rather than guess a time zone. */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return "—";
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The status a candidate reads. A session the candidate stopped ("save and stop") is finished, so it is not offered
 * for resume, but "complete" beside 1/3 answered reads as a miscount; it shows as "stopped" instead.
 */
export function statusLabel(s: {
  status: "complete" | "incomplete" | "damaged";
  finishReason?: "completed" | "quit";
  answered: number;
  planned: number;
}): string {
  return s.status === "complete" && s.finishReason === "quit" && s.answered < s.planned ? "stopped" : s.status;
}

export function reportStatus(report: SessionReport): string {
  const planned = report.questions.filter((q) => q.planned).length;
  return statusLabel({ ...report, answered: report.totals.answered, planned });
}

export const VERDICT_LABEL: Record<string, string> = {
  "strong-no-hire": "strong no hire",
  "no-hire": "no hire",
  hire: "hire",
  "strong-hire": "strong hire",
};
