// Fitting the grader's per-dimension ordinal models: a cumulative-logit (proportional odds) model over a few named
// features, fitted by plain full-batch gradient descent with an L2 penalty and sign constraints. No randomness: the
// start point, the order of rows and the number of steps are fixed, so the same rows always give the same model.
// Not used at grading time; scripts/fit-grader.mjs and the agreement test call it.
import { type Agreement, agreement, type LabelledGrade } from "../agreement.js";

export interface TrainingRow {
  id: string;
  /** Model key `${category}:${dimension}`. */
  key: string;
  /** Question id: cross-validation folds never split a question. */
  question: string;
  /** Rubric id, the group pairs are compared within. */
  group: string;
  dimension: string;
  adversarial: boolean;
  label: number;
  x: number[];
  /** The highest score the integrity rules allow on this dimension (4 when uncapped). */
  cap: number;
  /** The hand-tuned scorer's points and score (before caps), for comparison. */
  handPoints: number;
  handScore: number;
}

export interface OrdinalModel {
  weights: number[];
  /** Linear-score thresholds for Mixed, Good and Excellent. */
  cuts: [number, number, number];
}

export interface FitOptions {
  lambda: number;
  signs: number[];
  steps?: number;
  /**
   * Shrink toward this model instead of toward zero, in raw feature units (no standardising). Used to re-draw
   * the hand-tuned thresholds where few answers are labelled: the less data, the closer to the hand mapping.
   */
  prior?: OrdinalModel;
}

/** The hand-tuned mapping as a model over its own points: weight 1, the old thresholds as cut-points. */
export const HAND_PRIOR: OrdinalModel = { weights: [1], cuts: [0.75, 1.75, 2.75] };

const STEPS = 1500;
const RATE = 0.5;
const sigmoid = (z: number) => {
  // One exp per call: the fit calls this millions of times, and the value is the same as exp(z) / (1 + exp(z)).
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};

/** Rows the model learns from: answers a rule caps at Mixed or below are decided by the rule, not the model. */
export const trainable = (r: TrainingRow) => r.cap >= 3;

export function predict(model: OrdinalModel, x: readonly number[]): number {
  let eta = 0;
  for (let j = 0; j < x.length; j++) eta += (model.weights[j] ?? 0) * (x[j] as number);
  let score = 1;
  for (const c of model.cuts) if (eta >= c) score++;
  return score;
}

/** Mean negative log-likelihood of labels under the cumulative-logit model (for choosing the penalty). */
export function logLoss(model: OrdinalModel, rows: readonly { x: number[]; label: number }[]): number {
  let sum = 0;
  for (const r of rows) {
    let eta = 0;
    for (let j = 0; j < r.x.length; j++) eta += (model.weights[j] ?? 0) * (r.x[j] as number);
    sum -= Math.log(Math.max(1e-12, classProbability(model.cuts, eta, r.label)));
  }
  return rows.length ? sum / rows.length : 0;
}

function classProbability(cuts: readonly number[], eta: number, label: number): number {
  const upper = label >= 4 ? 1 : sigmoid((cuts[label - 1] as number) - eta);
  const lower = label <= 1 ? 0 : sigmoid((cuts[label - 2] as number) - eta);
  return upper - lower;
}

export function fitOrdinal(rows: readonly { x: number[]; label: number }[], options: FitOptions): OrdinalModel {
  const n = rows.length;
  const d = options.signs.length;
  if (n === 0) return { weights: new Array(d).fill(0), cuts: [0.5, 1.5, 2.5] };
  // Standardise so one step size suits every feature; the penalty applies to standardised weights.
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (r.x[j] as number) / n;
  for (const r of rows)
    for (let j = 0; j < d; j++) sd[j] = (sd[j] as number) + ((r.x[j] as number) - (mean[j] as number)) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] as number);
  const prior = options.prior;
  let rate = RATE;
  if (prior) {
    // Raw units, so the prior keeps its meaning; the step shrinks with the features' scale to stay stable.
    let scale = 1;
    for (let j = 0; j < d; j++) {
      const m2 = rows.reduce((s, r) => s + (r.x[j] as number) ** 2, 0) / n;
      scale = Math.max(scale, d * m2);
    }
    rate = RATE / scale;
    mean.fill(0);
    sd.fill(1);
  }
  const z = rows.map((r) =>
    r.x.map((v, j) => ((sd[j] as number) > 1e-9 ? (v - (mean[j] as number)) / (sd[j] as number) : 0)),
  );
  const y = rows.map((r) => r.label);

  // Start the cut-points at the logits of the cumulative label shares (smoothed), with every weight at zero.
  const w = prior ? [...prior.weights] : new Array<number>(d).fill(0);
  const cuts = prior
    ? [...prior.cuts]
    : [1, 2, 3].map((k) => {
        const p = (y.filter((l) => l <= k).length + 0.5) / (n + 1);
        return Math.log(p / (1 - p));
      });
  const w0 = prior ? prior.weights : new Array<number>(d).fill(0);
  const c0 = prior ? prior.cuts : [0, 0, 0];
  // Cut-points are penalised only toward a prior; without one a tiny penalty keeps an unused one finite.
  const cutPenalty = prior ? options.lambda : 1e-3;
  const gw = new Array<number>(d);
  const gc = [0, 0, 0];
  const steps = options.steps ?? STEPS;
  for (let step = 0; step < steps; step++) {
    gw.fill(0);
    gc.fill(0);
    for (let i = 0; i < n; i++) {
      const zi = z[i] as number[];
      let eta = 0;
      for (let j = 0; j < d; j++) eta += (w[j] as number) * (zi[j] as number);
      const label = y[i] as number;
      // P(label) = σ(cut above − η) − σ(cut below − η); the top and bottom levels have only one cut.
      const sa = label >= 4 ? 1 : sigmoid((cuts[label - 1] as number) - eta);
      const sb = label <= 1 ? 0 : sigmoid((cuts[label - 2] as number) - eta);
      const fa = label >= 4 ? 0 : sa * (1 - sa);
      const fb = label <= 1 ? 0 : sb * (1 - sb);
      const p = Math.max(1e-12, sa - sb);
      const dEta = (fa - fb) / p;
      for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + (dEta * (zi[j] as number)) / n;
      if (label <= 3) gc[label - 1] = (gc[label - 1] as number) - fa / p / n;
      if (label >= 2) gc[label - 2] = (gc[label - 2] as number) + fb / p / n;
    }
    for (let j = 0; j < d; j++) {
      let next =
        (w[j] as number) - rate * ((gw[j] as number) + options.lambda * ((w[j] as number) - (w0[j] as number)));
      // Project onto the sign constraint.
      if ((options.signs[j] as number) > 0) next = Math.max(0, next);
      else if ((options.signs[j] as number) < 0) next = Math.min(0, next);
      w[j] = next;
    }
    for (let k = 0; k < 3; k++)
      cuts[k] =
        (cuts[k] as number) - rate * ((gc[k] as number) + cutPenalty * ((cuts[k] as number) - (c0[k] as number)));
    for (let k = 1; k < 3; k++) cuts[k] = Math.max(cuts[k] as number, (cuts[k - 1] as number) + 1e-3);
  }
  // Back to raw feature units: eta_raw = sum(w/sd * x), and the centring moves into the cut-points.
  const weights = w.map((v, j) => ((sd[j] as number) > 1e-9 ? v / (sd[j] as number) : 0));
  const shift = weights.reduce((s, v, j) => s + v * (mean[j] as number), 0);
  return { weights, cuts: cuts.map((c) => c + shift) as [number, number, number] };
}

/** Rounds a model to the precision it is stored at, so a stored and a re-fitted model compare exactly. */
export function rounded(model: OrdinalModel, places = 4): OrdinalModel {
  const r = (v: number) => {
    const x = Number(v.toFixed(places));
    return Object.is(x, -0) ? 0 : x;
  };
  return { weights: model.weights.map(r), cuts: model.cuts.map(r) as [number, number, number] };
}

export interface KeySpec {
  signs: number[];
  prior?: OrdinalModel;
}

/** Fits one model per key on the trainable rows, with the key's penalty. */
export function fitAll(
  rows: readonly TrainingRow[],
  specs: Record<string, KeySpec>,
  lambdas: Record<string, number>,
): Record<string, OrdinalModel> {
  const out: Record<string, OrdinalModel> = {};
  for (const key of Object.keys(specs).sort()) {
    const train = rows.filter((r) => r.key === key && trainable(r));
    if (train.length === 0) continue;
    const spec = specs[key] as KeySpec;
    out[key] = rounded(fitOrdinal(train, { lambda: lambdas[key] as number, signs: spec.signs, prior: spec.prior }));
  }
  return out;
}

/**
 * Fold labels: leave one question out, so no fold sees the question it is scored on. Only with a single question
 * (inside a nested fold of a two-question category) does it fall back to five folds by answer.
 */
function folds(rows: readonly TrainingRow[]): string[] {
  const questions = [...new Set(rows.map((r) => r.question))].sort();
  if (questions.length >= 2) return rows.map((r) => r.question);
  return rows.map((_, i) => `fold-${i % 5}`);
}

/** Out-of-fold log-loss of each penalty on one key's rows (grouped folds). */
export function penaltyLoss(rows: readonly TrainingRow[], spec: KeySpec, lambda: number): number {
  const train = rows.filter(trainable);
  const fold = folds(train);
  let loss = 0;
  for (const f of [...new Set(fold)].sort()) {
    const inFold = train.filter((_, i) => fold[i] === f);
    const model = fitOrdinal(
      train.filter((_, i) => fold[i] !== f),
      { lambda, signs: spec.signs, prior: spec.prior },
    );
    loss += logLoss(model, inFold) * inFold.length;
  }
  return train.length ? loss / train.length : 0;
}

export function choosePenalty(rows: readonly TrainingRow[], spec: KeySpec, grid: readonly number[]): number {
  return penaltySearch(rows, spec, grid).lambda;
}

/** The chosen penalty and its own out-of-fold loss, so a caller that needs the loss too never refits for it. */
export function penaltySearch(
  rows: readonly TrainingRow[],
  spec: KeySpec,
  grid: readonly number[],
): { lambda: number; loss: number } {
  let best = grid[0] as number;
  let chosenLoss = Number.NaN;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const lambda of grid) {
    const loss = penaltyLoss(rows, spec, lambda);
    // Ties within a hair go to the stronger penalty (the simpler model); the grid runs weak to strong.
    if (loss <= bestLoss + 1e-4) {
      if (loss < bestLoss - 1e-4 || lambda > best) {
        best = lambda;
        chosenLoss = loss;
      }
      bestLoss = Math.min(bestLoss, loss);
    }
  }
  return { lambda: best, loss: chosenLoss };
}

/**
 * Leave-one-question-out predictions for every row (capped as the grader caps them). With `grid`, the penalty
 * is chosen inside each training fold (nested), so the held-out question never influences its own model.
 */
export function crossValidate(
  rows: readonly TrainingRow[],
  specs: Record<string, KeySpec>,
  penalty: { fixed: Record<string, number> } | { grid: readonly number[] },
): Map<TrainingRow, number> {
  const out = new Map<TrainingRow, number>();
  for (const key of Object.keys(specs).sort()) {
    const keyRows = rows.filter((r) => r.key === key);
    const spec = specs[key] as KeySpec;
    for (const q of [...new Set(keyRows.map((r) => r.question))].sort()) {
      const rest = keyRows.filter((r) => r.question !== q);
      const lambda = "grid" in penalty ? choosePenalty(rest, spec, penalty.grid) : (penalty.fixed[key] as number);
      const model = rounded(fitOrdinal(rest.filter(trainable), { lambda, signs: spec.signs, prior: spec.prior }));
      for (const r of keyRows) if (r.question === q) out.set(r, Math.min(r.cap, predict(model, r.x)));
    }
  }
  return out;
}

/** Agreement of any per-row scoring with the labels, answers regrouped from their rows. */
export function agreementOf(rows: readonly TrainingRow[], scoreOf: (row: TrainingRow) => number): Agreement {
  const byAnswer = new Map<string, LabelledGrade>();
  for (const r of rows) {
    let item = byAnswer.get(r.id);
    if (!item) {
      item = { id: r.id, group: r.group, adversarial: r.adversarial, labels: {}, scores: {} };
      byAnswer.set(r.id, item);
    }
    item.labels[r.dimension] = r.label;
    item.scores[r.dimension] = scoreOf(r);
  }
  return agreement([...byAnswer.values()]);
}
