// Fitting the phrasing model (see phrasing.ts): kernel ridge regression of each key's labels on the answers' word
// sets, scaled to unit length, then stored as one weight per word. Not used at grading time. Deterministic: fixed
// order, exact elimination, no randomness. Out-of-fold values leave out one labeller at a time, because the
// fitted model must learn how much to trust phrasing on answers written by somebody it has never read.
import { firstUses, PHRASING_SCALE } from "./phrasing.js";
import { analyze } from "./text.js";

export interface PhrasingAnswer {
  id: string;
  /** Model category of the answer's rubric (behavioral, system-design, recruiter-screen). */
  category: string;
  /** Who wrote and labelled it: the out-of-fold grouping. */
  labeller: string;
  adversarial: boolean;
  text: string;
  /** Label per model key `${category}:${dimension}`. */
  labels: Record<string, number>;
}

export interface PhrasingModel {
  /** The category's words in a fixed order (the same for every key of a category), and the weight of each. */
  words: string[];
  /** In thousandths (see PHRASING_SCALE): whole numbers keep the generated file small and quick to load. */
  weights: number[];
}

/** A word must appear in this many labelled answers of the category to carry weight (rarer words are noise). */
export const MIN_ANSWERS_PER_WORD = 3;
export const RIDGE_PENALTY = 1;

/** The labeller behind a fixture file: the first two labellers each wrote a pair of files. */
export function labellerOf(file: string): string {
  if (file === "dev" || file === "holdout") return "first";
  if (file === "dev2" || file === "holdout2") return "second";
  return file;
}

interface Prepared {
  answers: PhrasingAnswer[];
  vocabulary: string[];
  /** Per answer: indexes into vocabulary, sorted. */
  sets: number[][];
  kernel: Float64Array[];
}

function prepare(answers: PhrasingAnswer[]): Prepared {
  // Read exactly as the grader reads an answer: its sentences' words.
  const words = answers.map((a) => new Set(firstUses(analyze(a.text)).flat()));
  const df = new Map<string, number>();
  for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const vocabulary = [...df.keys()].filter((w) => (df.get(w) as number) >= MIN_ANSWERS_PER_WORD).sort();
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const sets = words.map((set) =>
    [...set]
      .map((w) => index.get(w))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b),
  );
  const n = answers.length;
  const kernel = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const a = sets[i] as number[];
      const b = sets[j] as number[];
      let shared = 0;
      for (let x = 0, y = 0; x < a.length && y < b.length; ) {
        if (a[x] === b[y]) {
          shared++;
          x++;
          y++;
        } else if ((a[x] as number) < (b[y] as number)) x++;
        else y++;
      }
      const k = a.length && b.length ? shared / Math.sqrt(a.length * b.length) : 0;
      (kernel[i] as Float64Array)[j] = k;
      (kernel[j] as Float64Array)[i] = k;
    }
  return { answers, vocabulary, sets, kernel };
}

/**
 * Lower Cholesky factor of K + λI over the training answers. The kernel is a cosine similarity (positive
 * semi-definite) and the ridge makes it positive definite, so no pivoting is needed; one factor serves every key
 * labelled on the same answers.
 */
function factor(p: Prepared, train: number[]): Float64Array[] {
  return cholesky(train.length, (i, j) => {
    const k = (p.kernel[train[i] as number] as Float64Array)[train[j] as number] as number;
    return k + (i === j ? RIDGE_PENALTY : 0);
  });
}

/** Lower Cholesky factor of the symmetric positive definite matrix whose lower triangle `entry` reads. */
function cholesky(n: number, entry: (i: number, j: number) => number): Float64Array[] {
  const low = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const li = low[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const lj = low[j] as Float64Array;
      let s = entry(i, j);
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
      li[j] = i === j ? Math.sqrt(s) : s / (lj[j] as number);
    }
  }
  return low;
}

/** Dual coefficients α for (K + λI) α = y − mean(y), by forward and back substitution on the factor. */
function solve(low: Float64Array[], y: number[]): number[] {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  return substitute(
    low,
    y.map((v) => v - mean),
  );
}

/** x with L Lᵀ x = b. */
function substitute(low: Float64Array[], b: number[]): number[] {
  const n = b.length;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const li = low[i] as Float64Array;
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (li[k] as number) * (z[k] as number);
    z[i] = s / (li[i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < n; k++) s -= ((low[k] as Float64Array)[i] as number) * (x[k] as number);
    x[i] = s / ((low[i] as Float64Array)[i] as number);
  }
  return [...x];
}

/** (K + λI)⁻¹ from its lower Cholesky factor: the columns of L⁻¹ by forward substitution, then L⁻ᵀL⁻¹. */
function invert(low: Float64Array[]): Float64Array[] {
  const n = low.length;
  // columns[j] is column j of L⁻¹ (zero above the diagonal), stored contiguously so both loops read rows.
  const columns = Array.from({ length: n }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const c = columns[j] as Float64Array;
    c[j] = 1 / ((low[j] as Float64Array)[j] as number);
    for (let i = j + 1; i < n; i++) {
      const li = low[i] as Float64Array;
      let s = 0;
      for (let k = j; k < i; k++) s -= (li[k] as number) * (c[k] as number);
      c[i] = s / (li[i] as number);
    }
  }
  const out = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const ci = columns[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const cj = columns[j] as Float64Array;
      let s = 0;
      for (let k = i; k < n; k++) s += (ci[k] as number) * (cj[k] as number);
      (out[i] as Float64Array)[j] = s;
      (out[j] as Float64Array)[i] = s;
    }
  }
  return out;
}

/**
 * The system without the held rows, solved through the whole system's inverse B: (A_RR)⁻¹ = B_RR − B_RH (B_HH)⁻¹ B_HR
 * (the Schur complement). One labeller holds a few dozen rows, so each refit costs a small factor and two
 * matrix-vector products instead of a new factor of the whole system: the same coefficients up to rounding.
 */
function heldOut(inverse: Float64Array[], held: number[]): { rest: number[]; solve: (y: number[]) => number[] } {
  const n = inverse.length;
  const heldSet = new Set(held);
  const rest = Array.from({ length: n }, (_, r) => r).filter((r) => !heldSet.has(r));
  const block = held.map((h) => Float64Array.from(held, (g) => (inverse[h] as Float64Array)[g] as number));
  const blockFactor = held.length ? cholesky(held.length, (i, j) => (block[i] as Float64Array)[j] as number) : [];
  return {
    rest,
    solve: (y) => {
      // Centre on the remaining rows' mean, as solve() does for a system built without the held rows.
      const mean = rest.reduce((s, r) => s + (y[r] as number), 0) / rest.length;
      const u = new Float64Array(n);
      for (const r of rest) u[r] = (y[r] as number) - mean;
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const bi = inverse[i] as Float64Array;
        let s = 0;
        for (let r = 0; r < n; r++) s += (bi[r] as number) * (u[r] as number);
        w[i] = s;
      }
      const z = held.length
        ? substitute(
            blockFactor,
            held.map((h) => w[h] as number),
          )
        : [];
      return rest.map((r) => {
        const br = inverse[r] as Float64Array;
        let s = w[r] as number;
        held.forEach((h, k) => {
          s -= (br[h] as number) * (z[k] as number);
        });
        return s;
      });
    },
  };
}

/** Genuine answers carrying a label for the key: gaming answers are the integrity rules' job, not phrasing's. */
function trainingOf(p: Prepared, key: string, exclude?: string): number[] {
  return p.answers
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => !a.adversarial && a.labels[key] !== undefined && a.labeller !== exclude)
    .map(({ i }) => i);
}

/** Per key: the stored model (all answers) and each answer's value from a model fitted without its labeller. */
export function fitPhrasing(
  answers: PhrasingAnswer[],
  keys: readonly string[],
): { models: Record<string, PhrasingModel>; outOfFold: Map<string, Map<string, number>> } {
  const models: Record<string, PhrasingModel> = {};
  const outOfFold = new Map<string, Map<string, number>>();
  const byCategory = new Map<string, PhrasingAnswer[]>();
  for (const a of answers) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a]);
  for (const [category, list] of [...byCategory].sort(([x], [y]) => x.localeCompare(y))) {
    const p = prepare(list);
    // Keys labelled on the same answers share their factors (a behavioral answer carries all four labels).
    const groups = new Map<string, { train: number[]; keys: string[] }>();
    for (const key of keys.filter((k) => k.startsWith(`${category}:`))) {
      const train = trainingOf(p, key);
      if (train.length === 0) continue;
      const group = groups.get(train.join(",")) ?? { train, keys: [] };
      group.keys.push(key);
      groups.set(train.join(","), group);
    }
    const labelsOf = (rows: number[], key: string) =>
      rows.map((i) => (p.answers[i] as PhrasingAnswer).labels[key] as number);
    for (const { train, keys: shared } of groups.values()) {
      const whole = factor(p, train);
      for (const key of shared) {
        const alpha = solve(whole, labelsOf(train, key));
        // Primal form: weight of a word = Σ α_i / |answer i| over the training answers that use it.
        const weights = new Float64Array(p.vocabulary.length);
        train.forEach((i, r) => {
          const set = p.sets[i] as number[];
          for (const w of set) weights[w] = (weights[w] as number) + (alpha[r] as number) / Math.sqrt(set.length);
        });
        models[key] = {
          words: p.vocabulary,
          weights: [...weights].map((w) => Math.round(w * PHRASING_SCALE) + 0),
        };
      }
      // Each labeller's refit comes from the one inverse of the whole system (see withoutGroup), not a new factor.
      const inverse = invert(whole);
      for (const labeller of [...new Set(p.answers.map((a) => a.labeller))].sort()) {
        const held = train.flatMap((i, r) => ((p.answers[i] as PhrasingAnswer).labeller === labeller ? [r] : []));
        const without = heldOut(inverse, held);
        const rest = without.rest.map((r) => train[r] as number);
        for (const key of shared) {
          const a = without.solve(labelsOf(train, key));
          p.answers.forEach((answer, j) => {
            if (answer.labeller !== labeller) return;
            let v = 0;
            rest.forEach((i, r) => {
              v += (a[r] as number) * ((p.kernel[i] as Float64Array)[j] as number);
            });
            const values = outOfFold.get(answer.id) ?? new Map<string, number>();
            values.set(key, v);
            outOfFold.set(answer.id, values);
          });
        }
      }
    }
  }
  return { models, outOfFold };
}

/** The phrasing model's view of labelled rows: one entry per answer, its label per model key. */
export function phrasingAnswersOf(
  rows: readonly { id: string; key: string; label: number; adversarial: boolean }[],
  textOf: (id: string) => string,
  labellerOfAnswer: (id: string) => string,
): PhrasingAnswer[] {
  const byId = new Map<string, PhrasingAnswer>();
  for (const r of rows) {
    let a = byId.get(r.id);
    if (!a) {
      a = {
        id: r.id,
        category: r.key.split(":")[0] as string,
        labeller: labellerOfAnswer(r.id),
        adversarial: r.adversarial,
        text: textOf(r.id),
        labels: {},
      };
      byId.set(r.id, a);
    }
    a.labels[r.key] = r.label;
  }
  return [...byId.values()];
}
