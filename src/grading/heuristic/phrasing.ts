// The phrasing model: one linear score per model key over the plain words an answer uses, fitted by
// scripts/fit-grader.mjs (kernel ridge on the labelled fixtures, stored in primal form in phrasing.generated.ts).
// It catches what named signals miss, such as the everyday words people use when they reason or own something
// ("because", "instead", "I told"). It never scores alone: it is one sign-constrained feature of the fitted model,
// it only sees words the labelled answers used at least three times, and the integrity caps still apply.
import { PHRASING_WEIGHTS, PHRASING_WORDS } from "./phrasing.generated.js";
import type { AnalyzedAnswer, Sentence } from "./text.js";
import { normalize } from "./text.js";

const TOKEN = /[a-z']+|\d+/g;
/** Stored weights are whole thousandths. */
export const PHRASING_SCALE = 1000;

/** The distinct words (lower case, straight apostrophes, digit runs) of a text: the model's only input. */
export function phrasingWords(text: string): Set<string> {
  return new Set(normalize(text).match(TOKEN) ?? []);
}

interface Table {
  weights: Map<string, number>;
}
const tables = new Map<string, Table | null>();
function table(key: string): Table | null {
  let t = tables.get(key);
  if (t === undefined) {
    const stored = PHRASING_WEIGHTS[key];
    const words = PHRASING_WORDS[key.split(":")[0] as string]?.split(" ");
    t = null;
    if (stored && words) t = { weights: new Map(words.map((w, i) => [w, (stored[i] as number) / PHRASING_SCALE])) };
    tables.set(key, t);
  }
  return t;
}

// Each answer is scored on up to four keys; split it into words once.
const wordsOf = new WeakMap<AnalyzedAnswer, string[]>();
const sentenceWords = new WeakMap<AnalyzedAnswer, string[][]>();
function answerWords(answer: AnalyzedAnswer): string[] {
  let words = wordsOf.get(answer);
  if (!words) {
    words = [...phrasingWords(answer.text)];
    wordsOf.set(answer, words);
  }
  return words;
}

/**
 * How far the answer's wording sits above (+) or below (−) the average labelled answer on this key, in label
 * points. 0 when the key has no phrasing model or the answer uses no known word.
 */
export function phrasingValue(key: string, answer: AnalyzedAnswer): number {
  const t = table(key);
  if (!t) return 0;
  // The fit scales each answer to unit length over the words it knows, so only known words count toward the norm.
  let sum = 0;
  let n = 0;
  for (const w of answerWords(answer)) {
    const weight = t.weights.get(w);
    if (weight === undefined) continue;
    sum += weight;
    n++;
  }
  return n ? sum / Math.sqrt(n) : 0;
}

/**
 * The sentence whose words pushed the phrasing score furthest in the given direction (each word counted in the
 * first sentence that uses it), for quoting as evidence.
 */
export function phrasingSentence(key: string, answer: AnalyzedAnswer, direction: 1 | -1): Sentence | undefined {
  const t = table(key);
  if (!t) return undefined;
  let split = sentenceWords.get(answer);
  if (!split) {
    split = answer.sentences.map((s) => s.lower.match(TOKEN) ?? []);
    sentenceWords.set(answer, split);
  }
  const seen = new Set<string>();
  let best: Sentence | undefined;
  let bestSum = 0;
  for (const s of answer.sentences) {
    const words = split[s.index] ?? [];
    if (!s.valid) {
      for (const w of words) seen.add(w);
      continue;
    }
    let sum = 0;
    for (const w of words) {
      if (seen.has(w)) continue;
      seen.add(w);
      sum += t.weights.get(w) ?? 0;
    }
    if (sum * direction > bestSum) {
      bestSum = sum * direction;
      best = s;
    }
  }
  return best;
}
