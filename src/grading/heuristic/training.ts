// Turns a labelled answer into one training row per labelled dimension: the model key, the feature vector, the
// integrity cap and the hand-tuned score, all computed exactly as the grader computes them.
import type { Category } from "../../bank/schema.js";
import type { GradeRequest } from "../grade.js";
import { handScore, scorerCategory } from "./dimensions.js";
import { FEATURES, featureValue } from "./features.js";
import { HAND_PRIOR, type KeySpec, type TrainingRow } from "./fit.js";
import { dimensionCap, prepareGrade } from "./index.js";

export interface LabelledAnswer {
  id: string;
  question: string;
  adversarial: boolean;
  labels: Record<string, number>;
  request: GradeRequest;
}

export function trainingRows(item: LabelledAnswer): TrainingRow[] {
  const { input, integrity } = prepareGrade(item.request);
  const rows: TrainingRow[] = [];
  for (const dim of item.request.rubric.dimensions) {
    const label = item.labels[dim.id];
    const c = scorerCategory(dim.id, item.request.question.category as Category);
    const key = c && `${c}:${dim.id}`;
    if (label === undefined || !key || !FEATURES[key]) continue;
    const hand = handScore(dim, input);
    rows.push({
      id: item.id,
      key,
      question: item.question,
      group: item.request.rubric.id,
      dimension: dim.id,
      adversarial: item.adversarial,
      label,
      x: (FEATURES[key] ?? []).map((f) => featureValue(f, input)),
      cap: dimensionCap(integrity, dim.id),
      handPoints: hand.points,
      handScore: hand.score,
    });
  }
  return rows;
}

/** Feature names and sign constraints per model key. */
export function featureSpecs(): Record<string, KeySpec & { features: string[] }> {
  return Object.fromEntries(
    Object.entries(FEATURES).map(([key, fs]) => [
      key,
      { features: fs.map((f) => f.name), signs: fs.map((f) => f.sign) },
    ]),
  );
}

/**
 * A model either weighs the named features ("features") or, where too few answers are labelled to fit several
 * weights, rescales the hand-tuned scorer's points with fitted cut-points ("points": one weight, three cuts).
 */
export type ModelKind = "features" | "points";
export const HAND_POINTS = "hand-points";

export function modelRows(rows: readonly TrainingRow[], kinds: Record<string, ModelKind>): TrainingRow[] {
  return rows.map((r) => (kinds[r.key] === "points" ? { ...r, x: [r.handPoints] } : r));
}

export function modelSpecs(kinds: Record<string, ModelKind>): Record<string, KeySpec & { features: string[] }> {
  const specs = featureSpecs();
  for (const key of Object.keys(specs))
    if (kinds[key] === "points") specs[key] = { features: [HAND_POINTS], signs: [1], prior: HAND_PRIOR };
  return specs;
}

/**
 * Rows whose phrasing feature holds the out-of-fold value (a phrasing model fitted without the answer's labeller),
 * so the fitted weight reflects how far phrasing generalises, not how well it memorised its own answers.
 */
export function withOutOfFoldPhrasing(
  rows: readonly TrainingRow[],
  outOfFold: ReadonlyMap<string, ReadonlyMap<string, number>>,
): TrainingRow[] {
  return rows.map((r) => {
    const j = (FEATURES[r.key] ?? []).findIndex((f) => f.phrasingKey);
    if (j < 0) return r;
    const x = [...r.x];
    x[j] = outOfFold.get(r.id)?.get(r.key) ?? 0;
    return { ...r, x };
  });
}
