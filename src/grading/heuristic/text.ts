// Splits an answer into sentences once and precomputes what every signal needs, so grading stays fast.
// compromise supplies the abbreviation-aware sentence splitter (its light `one` build) and, through
// verbs.generated.ts, its lexicon's verbs (for "is there a verb"). Its full parse is ~100 docs/s on 500
// words and loading the full lexicon costs ~200 ms, so neither happens at run time.
import nlp from "compromise/one";
import { EXTRA_VERBS, FIRST_PERSON, NEGATORS, STOPWORDS, SUBJECT_WORDS, VERB_SUFFIXES, WE } from "./lexicon.js";
import { NON_VERB_LOOKALIKES, VERB_WORDS } from "./verbs.generated.js";

export interface Sentence {
  /** Exactly as typed (trimmed): always a substring of the answer. */
  text: string;
  start: number;
  /** Lower-cased with straight quotes; same length as text so indexes line up. */
  lower: string;
  /** The whole answer, normalized, that `lower` is a slice of (pattern families are narrowed to it). */
  whole: string;
  words: string[];
  firstPerson: boolean;
  we: boolean;
  hasVerb: boolean;
  /** Has a verb and something that can be its subject, and is long enough to say anything. */
  valid: boolean;
  index: number;
  /** Capitalised words after the first one (names, products, teams), "I" excluded. */
  names: number;
  /** Pattern results by pattern number, filled in lazily by the signal detector (-2: not run yet). */
  memo?: Int32Array;
  /** Which gated family parts could match in `lower` (see liveGates), worked out when a gated family first runs. */
  live?: number[];
}

export interface AnalyzedAnswer {
  text: string;
  /** The whole answer normalized (see `normalize`) with soft line breaks read as spaces; same length as text. */
  lower: string;
  sentences: Sentence[];
  words: string[];
  wordCount: number;
  contentWords: Set<string>;
}

type World = {
  methods: { one: { tokenize: { splitSentences: (text: string, world: World) => string[] } } };
};
const world = (nlp as unknown as { world(): World }).world();
const splitSentences = world.methods.one.tokenize.splitSentences;
const LEXICON_VERBS = new Set(VERB_WORDS.split(" "));
const LOOKALIKES = new Set(NON_VERB_LOOKALIKES.split(" "));

const FIRST = new Set(FIRST_PERSON);
const WES = new Set(WE);
const SUBJECTS = new Set(SUBJECT_WORDS);
const STOP = new Set(STOPWORDS);
const NEG = new Set(NEGATORS);
const VERBS = new Set(EXTRA_VERBS);

const WORD = /[a-z0-9$][a-z0-9'$%&./-]*[a-z0-9%]|[a-z0-9$]/g;

export function normalize(text: string): string {
  // One-for-one replacements keep offsets identical to the original text.
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

export function tokenize(lower: string): string[] {
  return lower.match(WORD) ?? [];
}

const verbCache = new Map<string, boolean>();
export function isVerb(word: string): boolean {
  const cached = verbCache.get(word);
  if (cached !== undefined) return cached;
  let result = VERBS.has(word) || VERB_SUFFIXES.test(word);
  if (!result) {
    if (LEXICON_VERBS.has(word)) result = true;
    // Regular past tense and gerunds compromise derives by rule rather than storing; words the
    // lexicon knows as something else ("bed", "ceiling") are not verbs.
    else if (!LOOKALIKES.has(word)) result = /^[a-z]{3,}(?:ed|ing)$/.test(word);
  }
  if (verbCache.size < 50_000) verbCache.set(word, result);
  return result;
}

/**
 * A line break inside a sentence of hard-wrapped text (pasted from an editor or an email), such as "which I\nstill
 * think", as opposed to one that ends a line on purpose. The line before ends mid-sentence (a letter, digit, comma,
 * semicolon, colon, dash, or a possessive apostrophe: "the partners'\nexecution") and the next one carries on: lower
 * case, "I", or, after a line of 30 characters or more that is not a list item, any word, number or sum ("£27,000").
 * Never a blank line, a list marker, a "Label:" line (or a role such as "system:"), an HTML comment or a bracketed
 * note.
 */
// The leading lookahead changes no match: it only spares the line-long lookbehind at every position that is not a
// line break, which made this regex a few percent of grading time.
const SOFT_BREAK =
  /(?=[ \t]*\r?\n)(?<=(?:^|\n)([^\n]*)(\p{L}['\u2019]|[\p{L}\d,;:\u2013\u2014]))[ \t]*\r?\n[ \t]*(?![-*\u2022+#>|<[]|\d+[.)]\s|[A-Za-z][.)]\s|(?:[A-Z][\w' -]{0,29}|system|assistant|user|human|grader|evaluator|model|note):(?:\s|$))(?=\p{Ll}|I[\s'\u2019]|[\p{Lu}\d"'\u201c(£$€])/gu;

const LIST_ITEM = /^\s*(?:[-*\u2022+]|\d+[.)])\s/;

/** The answer with soft line breaks turned into spaces, character for character, so indexes still line up. */
export function unwrap(answer: string): string {
  if (!answer.includes("\n")) return answer;
  return answer.replace(SOFT_BREAK, (brk, line: string, last: string, at: number, all: string) => {
    const next = all.slice(at + brk.length, at + brk.length + 2);
    const lower = /^\p{Ll}/u.test(next);
    // After a colon only lower case carries on ("two options:\nwait a quarter"); "Options:\nRoll back" is a list.
    if (last === ":") return lower ? " ".repeat(brk.length) : brk;
    // Upper case or a digit after a short line, or after a list item, is more likely a new item than a wrap.
    const carriesOn = lower || /^I[\s'\u2019]/.test(next);
    const wrapped = line.length >= 30 && !LIST_ITEM.test(line);
    return carriesOn || wrapped ? " ".repeat(brk.length) : brk;
  });
}

export function analyze(answer: string): AnalyzedAnswer {
  // Hard-wrapped text reads as one sentence per line otherwise, so it is split and matched as if it flowed; quotes
  // still come from the answer as typed (same length, so every index lines up).
  const flowing = unwrap(answer);
  const lowerAll = normalize(flowing);
  const sentences: Sentence[] = [];
  let cursor = 0;
  const pieces = flowing.trim() === "" ? [] : splitSentences(flowing, world);
  for (const piece of pieces) {
    // Lists and line breaks are sentence boundaries too, even when the splitter disagrees.
    for (const part of piece.split(/\n+/)) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      const start = flowing.indexOf(trimmed, cursor);
      if (start < 0) continue;
      cursor = start + trimmed.length;
      const lower = lowerAll.slice(start, start + trimmed.length);
      const words = tokenize(lower);
      let firstPerson = false;
      let we = false;
      let hasVerb = false;
      let hasSubject = false;
      for (const w of words) {
        if (FIRST.has(w)) firstPerson = true;
        else if (WES.has(w)) we = true;
        if (SUBJECTS.has(w)) hasSubject = true;
        if (!hasVerb && isVerb(w)) hasVerb = true;
      }
      sentences.push({
        text: flowing === answer ? trimmed : answer.slice(start, start + trimmed.length),
        start,
        lower,
        whole: lowerAll,
        words,
        firstPerson,
        we,
        hasVerb,
        // A comma-separated run of two-word items is a list, whatever verbs it contains.
        // Three words are enough for a plain sentence ("I stayed quiet.", "It was true.").
        valid: hasVerb && hasSubject && words.length >= 3 && !isList(trimmed, words.length),
        index: sentences.length,
        names: countNames(trimmed),
      });
    }
  }
  // Plain loops: this runs on every grade, and flatMap was a measurable share of it.
  const words: string[] = [];
  const contentWords = new Set<string>();
  for (const s of sentences)
    for (const w of s.words) {
      words.push(w);
      if (w.length > 2 && !STOP.has(w)) contentWords.add(stem(w));
    }
  return { text: answer, lower: lowerAll, sentences, words, wordCount: words.length, contentWords };
}

/** Crude plural/verb-form folding, enough for topic overlap and concept matching. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("es") && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** True when a negator sits within the few words before `index` in the same clause of `lower`. */
export function negatedAt(lower: string, index: number): boolean {
  let from = index - 40;
  if (from < 0) from = 0;
  let before = lower.slice(from, index);
  const clauseBreak = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf(":"),
    before.lastIndexOf(" but "),
    before.lastIndexOf(" and "),
  );
  if (clauseBreak >= 0) before = before.slice(clauseBreak + 1);
  const words = tokenize(before).slice(-4);
  return words.some((w) => NEG.has(w) || w.endsWith("n't"));
}

function isList(text: string, wordCount: number): boolean {
  const commas = (text.match(/[,;]/g) ?? []).length;
  return commas >= 4 && wordCount / (commas + 1) < 3.5;
}

const NAME = /(?<=[a-z0-9,;:)"'\u201d] )(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]?)\b/g;
const NOT_NAMES = new Set(["I", "I'm", "I'd", "I've", "I'll", "OK"]);
function countNames(text: string): number {
  let n = 0;
  for (const m of text.match(NAME) ?? []) if (!NOT_NAMES.has(m)) n++;
  return n;
}
