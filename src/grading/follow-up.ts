// A follow-up is graded the way a panel interviewer scores it: as the story told so far. The reply alone is
// short by design ("what did you change afterwards?"), so grading it as a whole answer reads every follow-up as
// Poor and tells the candidate real answers run 200–500 words. Grading the first answer and the reply together
// credits a reply that supplies what was missing and leaves a dodged one where the first answer stood.
import { LEVELS } from "../bank/format.js";
import type { Question, Rubric } from "../bank/schema.js";
import type { Grade, GradeRequest } from "./grade.js";
import { normalizeForMatch, quoteOccurs } from "./llm/quotes.js";

export interface FollowUpAsked {
  /** The question and answer the follow-up probes. */
  parent: { question: Question; answer: string };
  prompt: string;
  reply: string;
  rubric: Rubric;
}

/**
 * The request that grades a follow-up reply. A blank reply is graded on its own, so a skipped follow-up counts
 * against the candidate instead of repeating the first answer's grade.
 */
export function followUpRequest({ parent, prompt, reply, rubric }: FollowUpAsked): GradeRequest {
  const question = { ...parent.question, exemplar: undefined, weakExample: undefined };
  if (!reply.trim() || !parent.answer.trim()) return { answer: reply, question: { ...question, prompt }, rubric };
  return { answer: `${parent.answer.trim()}\n\n${reply.trim()}`, question, rubric, followUp: { prompt, reply } };
}

/**
 * A follow-up's grade shows only evidence from the reply: the first answer's sentences were quoted on its own card,
 * and the review highlights quotes inside the reply's text.
 */
export function focusOnReply(grade: Grade, request: GradeRequest): Grade {
  if (!request.followUp) return grade;
  const { reply } = request.followUp;
  const inReply = (quote: string) =>
    quoteOccurs(quote, reply) || normalizeForMatch(reply).includes(normalizeForMatch(quote));
  return {
    ...grade,
    dimensions: grade.dimensions.map((d) => ({ ...d, evidence: d.evidence.filter((e) => inReply(e.quote)) })),
  };
}

/**
 * The dimension a follow-up probes: the one it names, else the first answer's weakest (the one an interviewer's
 * untied follow-up goes after).
 */
export function probedDimension(before: Grade, dimension: string | undefined): string | undefined {
  return (
    dimension ??
    before.dimensions.reduce<Grade["dimensions"][number] | undefined>(
      (low, d) => (!low || d.score < low.score ? d : low),
      undefined,
    )?.id
  );
}

/**
 * What the follow-up changed on the dimension it probed, for the candidate: "With your reply, self-reflection
 * went from Mixed to Good." Undefined when the grades do not share that dimension.
 */
export function followUpEffect(before: Grade, after: Grade, dimension: string | undefined): string | undefined {
  const id = probedDimension(before, dimension);
  const was = before.dimensions.find((d) => d.id === id);
  const now = after.dimensions.find((d) => d.id === id);
  if (!was || !now) return undefined;
  const name = now.title.charAt(0).toLowerCase() + now.title.slice(1);
  const level = (score: number) => capital(LEVELS[score - 1] ?? "poor");
  if (now.score > was.score) return `With your reply, ${name} went from ${level(was.score)} to ${level(now.score)}.`;
  if (now.score < was.score)
    return `With your reply, ${name} fell from ${level(was.score)} to ${level(now.score)}: the reply cost more than it added.`;
  return `Your reply left ${name} at ${level(now.score)}: it did not add what the first answer was missing.`;
}

/** What a follow-up's card says against the first answer's grade. */
export interface FollowUpReading {
  /** One line on the probed dimension: "With your reply, self-reflection went from Mixed to Good." */
  effect?: string;
  /**
   * Dimensions the reply did not probe and whose level held. The story is graded whole, so their advice would only
   * repeat the first card's; the card says "level unchanged" and keeps the candidate's eye on what moved.
   */
  unchanged: string[];
}

/**
 * Read a follow-up's grade (made with the first answer, see followUpRequest) against the first answer's grade.
 * Undefined when different graders made the two, which cannot be read against each other.
 */
export function readFollowUp(before: Grade, after: Grade, dimension: string | undefined): FollowUpReading | undefined {
  if (before.grader !== after.grader) return undefined;
  const probed = probedDimension(before, dimension);
  const unchanged = after.dimensions
    .filter((d) => d.id !== probed && before.dimensions.find((b) => b.id === d.id)?.score === d.score)
    .map((d) => d.id);
  const effect = followUpEffect(before, after, dimension);
  return { ...(effect ? { effect } : {}), unchanged };
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
