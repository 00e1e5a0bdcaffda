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
 * labelled on the same answers, which is what makes the per-labeller refits affordable.
 */
function factor(p: Prepared, train: number[]): Float64Array[] {
  const n = train.length;
  const low = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const li = low[i] as Float64Array;
    const ki = p.kernel[train[i] as number] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const lj = low[j] as Float64Array;
      let s = (ki[train[j] as number] as number) + (i === j ? RIDGE_PENALTY : 0);
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
      li[j] = i === j ? Math.sqrt(s) : s / (lj[j] as number);
    }
  }
  return low;
}

/** Dual coefficients α for (K + λI) α = y − mean(y), by forward and back substitution on the factor. */
function solve(low: Float64Array[], y: number[]): number[] {
  const n = y.length;
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const li = low[i] as Float64Array;
    let s = (y[i] as number) - mean;
    for (let k = 0; k < i; k++) s -= (li[k] as number) * (z[k] as number);
    z[i] = s / (li[i] as number);
  }
  const alpha = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < n; k++) s -= ((low[k] as Float64Array)[i] as number) * (alpha[k] as number);
    alpha[i] = s / ((low[i] as Float64Array)[i] as number);
  }
  return [...alpha];
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
      for (const labeller of [...new Set(p.answers.map((a) => a.labeller))].sort()) {
        const rest = trainingOf(p, shared[0] as string, labeller);
        const without = factor(p, rest);
        for (const key of shared) {
          const a = solve(without, labelsOf(rest, key));
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
