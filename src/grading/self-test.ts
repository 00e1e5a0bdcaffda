// Bank self-test: a question's exemplar must out-score its weak example by a clear margin, otherwise either
// the content or the grader is wrong and a candidate would learn the wrong lesson from it.
import type { Question, Rubric } from "../bank/schema.js";
import { gradeHeuristic } from "./heuristic/index.js";

/**
 * Minimum overall-score gap (on the 1–4 scale) between exemplar and weak example. 0.75 is three quarters
 * of a level: enough that the two cannot be confused in a report, small enough that a Good exemplar
 * against a Mixed weak example passes.
 */
export const EXEMPLAR_MARGIN = 0.75;

export interface ExemplarCheck {
  id: string;
  exemplarOverall: number;
  weakOverall: number;
  ok: boolean;
  reason?: string;
}

export function checkExemplarPairs(items: { question: Question; rubric: Rubric }[]): ExemplarCheck[] {
  const out: ExemplarCheck[] = [];
  for (const { question, rubric } of items) {
    if (!question.exemplar || !question.weakExample) continue;
    const strong = gradeHeuristic({ answer: question.exemplar, question, rubric });
    const weak = gradeHeuristic({ answer: question.weakExample, question, rubric });
    const gap = strong.overall - weak.overall;
    const ok = gap >= EXEMPLAR_MARGIN;
    let reason: string | undefined;
    if (!ok) {
      // Name the dimensions that failed to separate, so the author knows what to strengthen.
      const flat = strong.dimensions
        .filter((d, i) => d.score <= (weak.dimensions[i]?.score ?? 0))
        .map((d) => d.id)
        .join(", ");
      reason =
        gap < 0
          ? `the weak example scores higher (by ${(-gap).toFixed(2)})`
          : `the gap is ${gap.toFixed(2)}, below the required ${EXEMPLAR_MARGIN}`;
      if (flat) reason += `; no separation on ${flat}`;
    }
    out.push({ id: question.id, exemplarOverall: strong.overall, weakOverall: weak.overall, ok, reason });
  }
  return out;
}
