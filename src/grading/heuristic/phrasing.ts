// The phrasing model: one linear score per model key over the plain words an answer uses, fitted by
// scripts/fit-grader.mjs (kernel ridge on the labelled fixtures, stored in primal form in phrasing.generated.ts).
// It catches what named signals miss, such as the everyday words people use when they reason or own something
// ("because", "instead", "I told"). It never scores alone: it is one sign-constrained feature of the fitted model,
// it only sees words the labelled answers used at least three times, and the integrity caps still apply.
import { PHRASING_WEIGHTS, PHRASING_WORDS } from "./phrasing.generated.js";
import type { AnalyzedAnswer, Sentence } from "./text.js";

const TOKEN = /[a-z']+|\d+/g;
/** Stored weights are whole thousandths. */
export const PHRASING_SCALE = 1000;

/**
 * Per sentence, the words (lower case, straight apostrophes, digit runs) it is the first to use. Together they are
 * the answer's distinct words, the model's only input; the fit reads answers through this same function.
 */
export function firstUses(answer: AnalyzedAnswer): string[][] {
  const seen = new Set<string>();
  return answer.sentences.map((s) => {
    const fresh: string[] = [];
    for (const w of s.lower.match(TOKEN) ?? []) {
      if (seen.has(w)) continue;
      seen.add(w);
      fresh.push(w);
    }
    return fresh;
  });
}

interface Category {
  index: Map<string, number>;
  /** Per model key of the category: weight per word index. */
  weights: Map<string, Float64Array>;
}
const categories = new Map<string, Category | null>();
function categoryOf(name: string): Category | null {
  let c = categories.get(name);
  if (c === undefined) {
    const words = PHRASING_WORDS[name]?.split(" ");
    c = words ? { index: new Map(words.map((w, i) => [w, i])), weights: new Map() } : null;
    categories.set(name, c);
  }
  return c;
}
function weightsOf(key: string): { category: string; weights: Float64Array } | undefined {
  const category = key.split(":")[0] as string;
  const c = categoryOf(category);
  const stored = PHRASING_WEIGHTS[key];
  if (!c || !stored) return undefined;
  let w = c.weights.get(key);
  if (!w) {
    w = Float64Array.from(stored, (v) => v / PHRASING_SCALE);
    c.weights.set(key, w);
  }
  return { category, weights: w };
}

/** An answer's known words as vocabulary indexes, per sentence (first uses only), cached per answer and category. */
const indexed = new WeakMap<AnalyzedAnswer, Map<string, Int32Array[]>>();
function indexesOf(answer: AnalyzedAnswer, category: string): Int32Array[] {
  let byCategory = indexed.get(answer);
  if (!byCategory) {
    byCategory = new Map();
    indexed.set(answer, byCategory);
  }
  let split = byCategory.get(category);
  if (!split) {
    const index = (categoryOf(category) as Category).index;
    split = firstUses(answer).map((words) => {
      const out: number[] = [];
      for (const w of words) {
        const i = index.get(w);
        if (i !== undefined) out.push(i);
      }
      return Int32Array.from(out);
    });
    byCategory.set(category, split);
  }
  return split;
}

/**
 * How far the answer's wording sits above (+) or below (−) the average labelled answer on this key, in label
 * points. 0 when the key has no phrasing model or the answer uses no known word.
 */
export function phrasingValue(key: string, answer: AnalyzedAnswer): number {
  const m = weightsOf(key);
  if (!m) return 0;
  // The fit scales each answer to unit length over the words it knows, so only known words count toward the norm.
  let sum = 0;
  let n = 0;
  for (const sentence of indexesOf(answer, m.category)) {
    for (const i of sentence) sum += m.weights[i] as number;
    n += sentence.length;
  }
  return n ? sum / Math.sqrt(n) : 0;
}

/**
 * The sentence whose words pushed the phrasing score furthest in the given direction (each word counted in the
 * first sentence that uses it), for quoting as evidence.
 */
export function phrasingSentence(key: string, answer: AnalyzedAnswer, direction: 1 | -1): Sentence | undefined {
  const m = weightsOf(key);
  if (!m) return undefined;
  const split = indexesOf(answer, m.category);
  let best: Sentence | undefined;
  let bestSum = 0;
  for (const s of answer.sentences) {
    if (!s.valid) continue;
    let sum = 0;
    for (const i of split[s.index] ?? []) sum += m.weights[i] as number;
    if (sum * direction > bestSum) {
      bestSum = sum * direction;
      best = s;
    }
  }
  return best;
}
