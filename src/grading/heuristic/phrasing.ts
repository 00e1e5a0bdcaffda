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
  /** Per model key of the category: weight per word index, in whole thousandths. */
  weights: Map<string, Int16Array>;
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
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
/** Stored weights are base64 of little-endian 16-bit integers (short strings parse far faster than number arrays). */
function unpack(packed: string): Int16Array {
  const bytes = Buffer.from(packed, "base64");
  if (!LITTLE_ENDIAN) bytes.swap16();
  // Copied into a fresh buffer: a pooled Buffer can start at an odd offset, which an Int16Array view cannot.
  const ints = new Int16Array(bytes.length / 2);
  new Uint8Array(ints.buffer).set(bytes);
  return ints;
}
/** A key's stored weights in whole thousandths. */
export function storedWeights(key: string): number[] | undefined {
  const packed = PHRASING_WEIGHTS[key];
  return packed === undefined ? undefined : Array.from(unpack(packed));
}
function weightsOf(key: string): { category: string; weights: Int16Array } | undefined {
  const category = key.split(":")[0] as string;
  const c = categoryOf(category);
  const packed = PHRASING_WEIGHTS[key];
  if (!c || packed === undefined) return undefined;
  let w = c.weights.get(key);
  if (!w) {
    w = unpack(packed);
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
    for (const i of sentence) sum += (m.weights[i] as number) / PHRASING_SCALE;
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
    // Scaled term by term, as the fit summed them, so near-ties between sentences break the same way.
    for (const i of split[s.index] ?? []) sum += (m.weights[i] as number) / PHRASING_SCALE;
    if (sum * direction > bestSum) {
      bestSum = sum * direction;
      best = s;
    }
  }
  return best;
}
