// The offline grader: deterministic, no I/O. Scores each rubric dimension 1–4 from sentence-level signals,
// then applies whole-answer caps so keyword piles, pasted rubrics, instructions to the grader, echoes of
// the question, off-topic text and one-liners cannot score above Mixed.
import { LEVELS, lookForConcept } from "../../bank/format.js";
import type { Category, Rubric } from "../../bank/schema.js";
import type { DimensionGrade, Grade, GradeRequest, Grader } from "../grade.js";
import { type ScoringInput, scoreDimension, scorerCategory } from "./dimensions.js";
import { fingerprint, topLevelBranches } from "./families.js";
import { STORY_GATES } from "./gates.generated.js";
import {
  DESIGN_BUZZWORDS,
  DESIGN_OPENING,
  DOMAIN_WORDS,
  JARGON,
  LEXICON_VERSION,
  STOPWORDS,
  STORY_KINDS,
  STORY_POINTER,
} from "./lexicon.js";
import { MODEL_VERSION } from "./model.generated.js";
import { detectSignals, has, type SignalName, type Signals } from "./signals.js";
import { type AnalyzedAnswer, analyze, normalize, stem, tokenize } from "./text.js";

export { LEXICON_VERSION } from "./lexicon.js";
export { MODEL_VERSION } from "./model.generated.js";

/** Below this many words the grade says confidence is low. */
export const SHORT_ANSWER_WORDS = 60;

const STOP = new Set(STOPWORDS);
const JARGON_RES = JARGON.map((src) => new RegExp(src, "g"));
const DOMAIN = new Set(DOMAIN_WORDS.map(stem));

export interface Integrity {
  /** Highest score any dimension may get, and why. */
  cap: number;
  notes: string[];
  /** Caps that apply only to story-based dimensions (hypothetical framing). */
  storyCap?: number;
  /** Cap on what owning it shows (candor, judgment, self-reflection): blame or a virtue offered as the mistake. */
  ownershipCap?: number;
  /**
   * Advice for every dimension the cap lowered, in place of the rubric's advice for the capped level: an owned outage
   * told to a feedback question should hear "answer the question asked", not "pick a failure that was yours".
   */
  capAdvice?: string;
}

export function gradeHeuristic(request: GradeRequest): Grade {
  const { rubric } = request;
  const { input, integrity } = prepareGrade(request);

  const notes = [...integrity.notes];
  const dimensions: DimensionGrade[] = rubric.dimensions.map((dim) => {
    const r = scoreDimension(dim, input);
    if (r.note) notes.push(r.note);
    // The integrity rules sit outside the fitted model: no feature value can lift a capped answer.
    const cap = dimensionCap(integrity, dim.id);
    const score = Math.min(r.score, cap);
    const level = LEVELS[score - 1] ?? "poor";
    const rubricAdvice = integrity.capAdvice && r.score > cap ? integrity.capAdvice : dim.advice?.[level];
    // At Excellent the rubric's own advice is enough; below it, name the specific gaps.
    const specific = r.missing
      .filter((line) => !rubricAdvice || !repeats(rubricAdvice, line))
      .slice(0, score === 4 && rubricAdvice ? 0 : 2)
      .join(" ");
    const advice =
      [rubricAdvice, specific].filter(Boolean).join(" ") ||
      (score === 4 ? "Strong on this dimension; keep it this plain." : "Add more concrete detail here.");
    const position = positionInLevel(score, r.expected, r.score > cap);
    return {
      id: dim.id,
      title: dim.title,
      score,
      ...(position === undefined ? {} : { position }),
      level,
      evidence: r.evidence,
      advice,
    };
  });

  // A sentence credited anywhere in the grade (a named signal, or strong wording on another dimension) is not also
  // quoted as "worded like weaker answers": one sentence under both ✓ and ✗ reads as a contradiction, and in a short
  // answer the wording model's weakest sentence can be its best one, merely the longest.
  const credited = new Set(dimensions.flatMap((d) => d.evidence.filter((e) => e.effect === "+").map((e) => e.quote)));
  for (const d of dimensions)
    d.evidence = d.evidence.filter((e) => e.signal !== "wording-of-weak-answers" || !credited.has(e.quote));

  const totalWeight = rubric.dimensions.reduce((sum, d) => sum + (d.weight ?? 1), 0) || 1;
  const weighted = dimensions.reduce((sum, d, i) => sum + d.score * (rubric.dimensions[i]?.weight ?? 1), 0);
  const overall = Math.round((weighted / totalWeight) * 100) / 100;

  const confidence = input.answer.wordCount < SHORT_ANSWER_WORDS ? "low" : "normal";
  // An empty answer already says so; "only 0 words" would say it twice.
  if (confidence === "low" && input.answer.wordCount > 0)
    notes.unshift(
      `Only ${input.answer.wordCount} words: too short to judge reliably, so confidence is low. Real answers run 200–500 words.`,
    );
  return {
    grader: "heuristic",
    rubric: { id: rubric.id, version: rubric.version },
    overall: Math.min(4, Math.max(1, overall)),
    dimensions,
    confidence,
    notes: [...new Set(notes)],
    ...(input.coverage ? { lookFor: input.coverage } : {}),
    provenance: { grader: "heuristic", version: GRADER_VERSION },
  };
}

/**
 * Where in its level an answer sits, to one decimal, always rounding to the level (Mixed is 1.5–2.4): the model's
 * expected level held inside the level's band. A capped answer sits at the cap itself, not near the next level up,
 * because the cap, not the wording, decided it.
 */
export function positionInLevel(score: number, expected: number | undefined, capped: boolean): number | undefined {
  if (expected === undefined) return undefined;
  if (capped) return score;
  const tenths = Math.round(expected * 10) / 10;
  return Math.min(4, Math.max(1, score - 0.5, Math.min(score + 0.4, tenths)));
}

/** Lexicon and fitted model together decide a grade, so provenance names both. */
export const GRADER_VERSION = `${LEXICON_VERSION}+${MODEL_VERSION}`;

/** Everything the dimension scorers read, plus the integrity caps; shared by the grader and the model fitter. */
export function prepareGrade(request: GradeRequest): { input: ScoringInput; integrity: Integrity } {
  const { rubric, question } = request;
  const category = question.category as Category;
  const answer = analyze(request.answer);
  const ids = new Set(rubric.dimensions.map((d) => d.id));
  // Every dimension scored by a design scorer: the story signals would be computed for nothing.
  const core = !rubric.dimensions.every((d) => scorerCategory(d.id, category) === "system-design");
  const signals = detectSignals(answer, {
    systemDesign: category === "system-design" || ids.has("requirements") || ids.has("failure-handling"),
    recruiter: category === "recruiter-screen" || ids.has("motivation"),
    compensation: category === "compensation" || category === "recruiter-screen",
    story: category === "behavioral",
    core,
  });
  const coverage = lookForCoverage(request, answer);
  // STAR shares are read only by the behavioral specificity scorer; a design rubric never needs them.
  const star = core ? starShares(answer, signals) : { situation: 0, action: 0, result: 0, reflection: 0 };
  const input: ScoringInput = { answer, signals, category, coverage, star };
  return { input, integrity: checkIntegrity(request, answer, signals, coverage) };
}

/** The highest score the integrity rules allow on one dimension. */
export function dimensionCap(integrity: Integrity, dimension: string): number {
  const cap =
    integrity.ownershipCap !== undefined && OWNERSHIP_DIMENSIONS.has(dimension)
      ? Math.min(integrity.cap, integrity.ownershipCap)
      : integrity.cap;
  if (integrity.storyCap === undefined) return cap;
  if (STORY_DIMENSIONS.has(dimension)) return Math.min(cap, integrity.storyCap);
  // A method with no story behind it shows some judgment, never Good judgment: the labels agree (25 of 26).
  if (dimension === "judgment") return Math.min(cap, 2);
  return cap;
}

export class HeuristicGrader implements Grader {
  readonly name = "heuristic" as const;
  async grade(request: GradeRequest): Promise<Grade> {
    return gradeHeuristic(request);
  }
}

/** The rubric's advice already says it: most of the line's longer words are in it ("Show one later moment…"). */
function repeats(advice: string, line: string): boolean {
  const said = new Set(tokenize(normalize(advice)));
  const words = tokenize(normalize(line)).filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => said.has(w)).length / words.length >= 0.4;
}

/** Dimensions that need a real story; a hypothetical "I would…" answer cannot earn Good on them. */
const STORY_DIMENSIONS = new Set(["candor", "self-reflection", "specificity"]);
/**
 * What an answer that blames others, or offers a virtue as its mistake, cannot show at all. Of the labelled answers
 * those two rules cap, 41 of 44 are rated Poor on candor, 40 of 44 on self-reflection and 32 of 34 on judgment
 * (blame); 27 of 28, 27 of 28 and 22 of 23 (virtue). Their specificity and motivation vary, so those stay at Mixed.
 */
const OWNERSHIP_DIMENSIONS = new Set(["candor", "judgment", "self-reflection"]);
const STORY_CATEGORIES = new Set<Category>(["behavioral"]);
/** A sentence that opens with a short label and a colon ("Root cause: …", "The mistake: mine."). */
const HEADING = /^[A-Za-z][\w' -]{0,30}:\s/;
const PITCH =
  /\b(?:my (?:greatest|biggest|key|main) strengths?|what sets me apart|team player|(?:fast|quick) learner|passion for|i'm (?:really |very )?passionate|self-starter|results-driven|hard-working|go-getter)\b/g;

const POINTER = new RegExp(STORY_POINTER);
const STORY_KIND_RES = STORY_KINDS.map((k) => ({
  label: k.label,
  opening: new RegExp(k.opening.join("|")),
  openingLiterals: storyLiterals(k.label, k.opening),
  asked: new RegExp(k.asked),
  reply: k.reply && { setup: new RegExp(k.reply.setup), reply: new RegExp(k.reply.reply) },
}));

/**
 * Text one of which every match of the kind's opening contains (gates.generated.ts), or undefined when some branch
 * promises none or the gates are stale. Compiling an opening regex costs about a millisecond, which a one-shot
 * `netprep grade` would otherwise pay for every kind to test a single line.
 */
function storyLiterals(label: string, opening: readonly string[]): readonly string[] | undefined {
  const gate = STORY_GATES[label];
  if (!gate || gate.fingerprint !== fingerprint(opening)) return undefined;
  if (gate.branches.length !== opening.flatMap(topLevelBranches).length) return undefined;
  const literals: string[] = [];
  for (const branch of gate.branches) {
    if (branch === null) return undefined;
    literals.push(...branch);
  }
  return literals;
}

/**
 * The first sentences of four or more words, whitespace collapsed: "Sure." or "Good question." does not hide the
 * opening. The second is for kinds a reply frames (see StoryKind.reply).
 */
function openingsOf(answer: AnalyzedAnswer): string[] {
  const out: string[] = [];
  for (const s of answer.sentences) {
    if (s.words.length <= 3) continue;
    out.push(s.lower.replace(/\s+/g, " ").trim());
    if (out.length === 2) break;
  }
  return out;
}

const openingOf = (answer: AnalyzedAnswer): string | undefined => openingsOf(answer)[0];

/** A sentence that asks: a question, or an imperative ask ("Tell me about…", "Walk me through…"). */
const ASKS = /\?\s*$|\b(?:tell|walk|talk|give) (?:me|us)\b|\bdescribe\b/;

/**
 * The question up to its first ask, preamble included: "We lead with context… Tell me about a time…". A compound
 * question's later asks ("…and how does that square with why you're looking at Netflix?") are what an answer gets
 * to after the main one, not what it may open with instead.
 */
function mainAsk(prompt: string): string {
  const sentences = normalize(prompt).split(/(?<=[.?!])\s+/);
  const at = sentences.findIndex((s) => ASKS.test(s));
  return at < 0 ? sentences.join(" ") : sentences.slice(0, at + 1).join(" ");
}

/**
 * The kind of story the answer's opening names when the question's main ask is not for that kind ("The hardest
 * feedback I've had…" to a question about a hiring call): a rehearsed answer to a different question. `later` when
 * a later part of the question does ask for it: a why-Netflix pitch to "what do people rely on you for? … and how
 * does that square with why you're looking at Netflix?" answers the afterthought and skips the question.
 */
function anotherStory(answer: AnalyzedAnswer, prompt: string): { label: string; later: boolean } | undefined {
  const [opening, reply] = openingsOf(answer);
  if (!opening) return undefined;
  const opens = (k: (typeof STORY_KIND_RES)[number], sentence: string) =>
    (k.openingLiterals?.some((l) => sentence.includes(l)) ?? true) && k.opening.test(sentence);
  // "The clearest example is the portal launch. I had committed to…": the second sentence tells the kind.
  const pointed = reply !== undefined && POINTER.test(opening) ? reply : undefined;
  const framed = (k: (typeof STORY_KIND_RES)[number]) =>
    opens(k, opening) ||
    (pointed !== undefined && opens(k, pointed)) ||
    (reply !== undefined && k.reply !== undefined && k.reply.setup.test(opening) && k.reply.reply.test(reply));
  const framedKinds = STORY_KIND_RES.filter(framed);
  if (framedKinds.length === 0) return undefined;
  // A question worded like the opening asks for that story: "Tell me about a 360 or peer review that stung" wants
  // "The review that stung most was my 360", whatever the kind's list of asks says.
  const asks = (k: (typeof STORY_KIND_RES)[number], text: string) => k.asked.test(text) || k.opening.test(text);
  const main = mainAsk(prompt);
  const kind = framedKinds.find((k) => !asks(k, main));
  return kind && { label: kind.label, later: asks(kind, normalize(prompt)) };
}

const DESIGN_OPENING_RES = DESIGN_OPENING.map((source) => new RegExp(source));
const BUZZWORDS = new RegExp(DESIGN_BUZZWORDS, "g");

/** The system a design answer opens by naming, when none of its words is in the prompt or the look-fors. */
function anotherDesign(request: GradeRequest, answer: AnalyzedAnswer): string | undefined {
  const opening = openingOf(answer);
  if (!opening) return undefined;
  const named = DESIGN_OPENING_RES.map((re) => re.exec(opening)?.[1]).find((x) => x !== undefined);
  if (!named) return undefined;
  const words = tokenize(named).filter((w) => w.length > 2 && !STOP.has(w));
  if (words.length === 0) return undefined;
  const askedWords = new Set(
    tokenize(normalize(`${request.question.prompt} \n ${lookForText(request.question)}`)).map(stem),
  );
  return words.some((w) => askedWords.has(stem(w))) ? undefined : named.replace(/["“”]/g, "");
}

/** Only keyword-like look-fors are checkable by matching; descriptive ones ("Names the cost…") are for humans. */
const checkableLookFors = (request: GradeRequest) =>
  (request.question.lookFor ?? []).filter((item) => typeof item !== "string" || tokenize(normalize(item)).length <= 4);

/**
 * The longest run of consecutive sentences that each name the next look-for in the question's own order: the
 * look-for list read back one concept a sentence. In the ninety-two training files no genuine design runs past four;
 * 30 of the 92 pasted look-for lists run five or more.
 */
function lookForRun(request: GradeRequest, answer: AnalyzedAnswer): number {
  const items = checkableLookFors(request).map((item) => {
    const { concept, synonyms } = lookForConcept(item);
    return [concept, ...synonyms].map(termRegex);
  });
  let best = 0;
  let run = 0;
  let previous = -2;
  for (const s of answer.sentences) {
    const at = items.findIndex((terms) => terms.some((re) => re.test(s.lower)));
    run = at >= 0 && at === previous + 1 ? run + 1 : at >= 0 ? 1 : 0;
    previous = at >= 0 ? at : -2;
    best = Math.max(best, run);
  }
  return best;
}

function lookForCoverage(request: GradeRequest, answer: AnalyzedAnswer): ScoringInput["coverage"] {
  const items = checkableLookFors(request);
  if (items.length === 0) return undefined;
  const lower = answer.lower;
  const covered: string[] = [];
  const missed: string[] = [];
  for (const item of items) {
    const { concept, synonyms } = lookForConcept(item);
    const hit = [concept, ...synonyms].some((term) => termRegex(term).test(lower));
    (hit ? covered : missed).push(concept);
  }
  return { covered, missed };
}

const termCache = new Map<string, RegExp>();
/** Word-boundary, plural-tolerant, hyphen/space-tolerant match for a concept or synonym. */
export function termRegex(term: string): RegExp {
  let re = termCache.get(term);
  if (!re) {
    const words = tokenize(normalize(term)).map((w) => stem(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const body = words.map((w, i) => (i === words.length - 1 ? `${w}(?:s|es|'s)?` : `${w}(?:s|es)?`)).join("[\\s-]*");
    re = new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`);
    termCache.set(term, re);
  }
  return re;
}

function starShares(answer: AnalyzedAnswer, signals: Signals): ScoringInput["star"] {
  const inSet = (name: Parameters<Signals["get"]>[0]) => new Set(signals.get(name) ?? []);
  const result = inSet("result-with-number");
  const reflection = new Set([
    ...inSet("causal-insight"),
    ...inSet("change-that-stuck"),
    ...inSet("would-do-differently"),
  ]);
  const shares = { situation: 0, action: 0, result: 0, reflection: 0 };
  let seenAction = false;
  for (const s of answer.sentences) {
    const n = s.words.length;
    if (reflection.has(s)) shares.reflection += n;
    else if (result.has(s) || (has("result", s) && seenAction)) shares.result += n;
    else if (has("action", s)) {
      shares.action += n;
      seenAction = true;
    } else if (!seenAction) shares.situation += n;
    else shares.action += n;
  }
  const total = answer.wordCount || 1;
  return {
    situation: shares.situation / total,
    action: shares.action / total,
    result: shares.result / total,
    reflection: shares.reflection / total,
  };
}

/** Word trigrams as nested maps (first word → second word → third words), so lookups build no strings. */
type Trigrams = Map<string, Map<string, Set<string>>>;

function trigrams(words: readonly string[]): Trigrams {
  const out: Trigrams = new Map();
  for (let i = 0; i + 2 < words.length; i++) {
    const a = words[i] as string;
    const b = words[i + 1] as string;
    let second = out.get(a);
    if (!second) {
      second = new Map();
      out.set(a, second);
    }
    let third = second.get(b);
    if (!third) {
      third = new Set();
      second.set(b, third);
    }
    third.add(words[i + 2] as string);
  }
  return out;
}

// Pasted rubric text comes back with its pronouns turned round ("why it was theirs to give" -> "why it was mine to
// give"), so trigrams are compared with every person pronoun folded into one token.
const PERSONS = new Set(
  "i me my mine myself we us our ours ourselves you your yours yourself they them their theirs themselves he him his she her hers".split(
    " ",
  ),
);
function foldPersons(words: readonly string[]): string[] {
  return words.map((w) => {
    const cut = w.indexOf("'");
    const head = cut < 0 ? w : w.slice(0, cut);
    return PERSONS.has(head) ? `_person_${cut < 0 ? "" : w.slice(cut)}` : w;
  });
}

/** Share of the answer's word trigrams found in each reference set (one pass, no intermediate set). */
function containment(words: readonly string[], ...refs: Trigrams[]): number[] {
  const hits = refs.map(() => 0);
  const total = words.length - 2;
  if (total <= 0) return hits;
  for (let i = 0; i < total; i++) {
    const a = words[i] as string;
    for (let r = 0; r < refs.length; r++) {
      const second = refs[r]?.get(a);
      if (second?.get(words[i + 1] as string)?.has(words[i + 2] as string)) hits[r] = (hits[r] ?? 0) + 1;
    }
  }
  return hits.map((h) => h / total);
}

function rubricText(rubric: Rubric): string {
  const parts: string[] = [rubric.title];
  for (const d of rubric.dimensions) {
    parts.push(d.title, d.description ?? "");
    for (const l of LEVELS) {
      const a = d.levels[l];
      if (typeof a === "string") parts.push(a);
      else parts.push(a.anchor, ...(a.examples ?? []));
      parts.push(d.advice?.[l] ?? "");
    }
  }
  return parts.join(" \n ");
}

const rubricVocabCache = new WeakMap<Rubric, { trigrams: Trigrams }>();
function rubricVocab(rubric: Rubric) {
  let v = rubricVocabCache.get(rubric);
  if (!v) {
    const words = foldPersons(tokenize(normalize(rubricText(rubric))));
    v = { trigrams: trigrams(words) };
    rubricVocabCache.set(rubric, v);
  }
  return v;
}

const lookForCache = new WeakMap<object, Trigrams>();
/** The question's own lookFor list is rubric material too; pasting it back is the same move as pasting the rubric. */
/** Every look-for concept and synonym as one text, items kept apart by line breaks. */
function lookForText(question: GradeRequest["question"]): string {
  return (question.lookFor ?? [])
    .map((l) => (typeof l === "string" ? l : [l.concept, ...(l.synonyms ?? [])].join(" ")))
    .join(" \n ");
}

function lookForTrigrams(question: GradeRequest["question"]): Trigrams {
  let set = lookForCache.get(question);
  if (!set) {
    set = trigrams(foldPersons(tokenize(normalize(lookForText(question)))));
    lookForCache.set(question, set);
  }
  return set;
}

export function checkIntegrity(
  request: GradeRequest,
  answer: AnalyzedAnswer,
  signals: Signals,
  coverage: ScoringInput["coverage"],
): Integrity {
  const notes: string[] = [];
  let cap = 4;
  let storyCap: number | undefined;
  let ownershipCap: number | undefined;
  let capAdvice: string | undefined;
  // A cap may carry its own advice; the advice shown is the binding cap's, so a later, lower cap without advice
  // (keyword stuffing under a different-question story) does not leave the first one's advice behind.
  const limit = (to: number, note: string, advice?: string) => {
    if (to < cap) capAdvice = advice;
    else if (to === cap) capAdvice ??= advice;
    cap = Math.min(cap, to);
    notes.push(note);
  };
  const words = answer.wordCount;
  const category = request.question.category as Category;

  if (words === 0) return { cap: 1, notes: ["The answer is empty."] };
  if (words < 15) limit(1, "A one-line answer cannot show candor, judgment or reflection; capped at Poor.");
  else if (words < 40) limit(2, "Under 40 words, no dimension can reach Good.");

  if (signals.has("instruction"))
    limit(
      1,
      "The answer addresses the grader instead of the interviewer; instructions to the grader are ignored and cap every score at Poor.",
    );

  // Real sentences carry the story; bullet fragments and keyword lists do not.
  // Systems-design notes like "3M events/s x 1 KB = 3 GB/s" are terse but real; they count as sentences.
  const estimates = new Set(category === "system-design" ? (signals.get("scale-number") ?? []) : []);
  const validWords = answer.sentences
    .filter((s) => s.valid || estimates.has(s))
    .reduce((n, s) => n + s.words.length, 0);
  const validShare = validWords / words;
  if (words >= 15 && validShare < 0.3)
    limit(1, "Mostly fragments or a list, not sentences; lists of keywords earn no credit.");
  else if (words >= 15 && validShare < 0.55)
    limit(2, "Much of the answer is list-like fragments; only full sentences earn credit.");

  // Sentences of four or more comma- or semicolon-separated items, split once for the two list rules below.
  const commaItems = answer.sentences
    .map((s) => ({ s, items: s.lower.split(/[,;]/).filter((item) => item.trim()) }))
    .filter(({ items }) => items.length >= 4);

  // Comma lists of terms ("threshold, pre-registered metric, sample size, holdout.") read as sentences but say
  // nothing happened. Two or more, carrying a quarter of the words: 23 labelled gaming answers, no genuine one.
  const listed = commaItems.filter(({ s, items }) => s.words.length / items.length <= 3).map(({ s }) => s);
  const listedShare = listed.reduce((n, s) => n + s.words.length, 0) / Math.max(1, words);
  if (words >= 15 && listed.length >= 2 && listedShare >= 0.25)
    limit(
      listedShare >= 0.45 ? 1 : 2,
      "Much of the answer is comma lists of terms; only sentences about what happened earn credit.",
    );

  // Rubric phrases strung on commas ("my mistake, I own it, the cost was churn, reversible versus irreversible, what
  // I didn't know") pass as long sentences, so the list rule above misses them. In stories, eight or more short
  // pieces (four words or fewer, in sentences of four or more pieces) carrying a quarter of the words appear only in
  // gaming answers: 53 labelled, no genuine one (genuine answers reach 0.21 at most).
  if (STORY_CATEGORIES.has(category) || category === "recruiter-screen") {
    let pieces = 0;
    let pieceWords = 0;
    for (const { items } of commaItems) {
      for (const item of items) {
        const n = tokenize(item).length;
        if (n > 0 && n <= 4) {
          pieces++;
          pieceWords += n;
        }
      }
    }
    const pieceShare = pieceWords / Math.max(1, words);
    if (pieces >= 8 && pieceShare >= 0.25)
      limit(
        pieceShare >= 0.3 ? 1 : 2,
        "Strings rubric phrases together with commas instead of telling what happened; phrases earn no credit.",
      );
  }

  // Pasting the rubric (or its examples) back is not an answer.
  const lowerAnswer = answer.lower;
  const answerWords = answer.words;
  const rv = rubricVocab(request.rubric);
  const promptWords = tokenize(normalize(request.question.prompt));
  const [rubricPasted = 0, echo = 0, lookForPasted = 0] = containment(
    foldPersons(answerWords),
    rv.trigrams,
    trigrams(foldPersons(promptWords)),
    lookForTrigrams(request.question),
  );
  const pasted = Math.max(rubricPasted, lookForPasted);
  if (pasted > 0.35) limit(1, "Large parts of the answer repeat the rubric's own wording; that is not evidence.");
  else if (pasted > 0.2) limit(2, "Several phrases are lifted from the rubric; only your own story counts.");

  // Rubric meta-vocabulary and STAR labels instead of events.
  let jargon = 0;
  for (const re of JARGON_RES) jargon += (lowerAnswer.match(re) ?? []).length;
  if (jargon >= 6 || (jargon >= 4 && jargon / words > 0.04))
    limit(1, `Keyword stuffing: ${jargon} rubric terms (candor, trade-offs, "Situation:", …) stand in for a story.`);
  else if (jargon >= 3 && jargon / words > 0.02)
    limit(2, `Leans on rubric vocabulary (${jargon} terms); name what happened instead of the quality it shows.`);

  // Echoing the question back.
  const promptSet = new Set(promptWords.filter((w) => !STOP.has(w)).map(stem));
  const novel = [...answer.contentWords].filter((w) => !promptSet.has(w)).length;
  // Also the reshuffled echo ("A time I disagreed with my manager… I disagreed with my manager…"): most of its
  // words are the question's. Words match on their first five letters, so "handled" echoes "handle": in every
  // labelled set echoes sit at 54% or more but one, and real answers at 34% or less.
  const contentTokens = answer.words.filter((w) => !STOP.has(w)).map(stem);
  const promptKeys = new Set([...promptSet].map((w) => w.slice(0, 5)));
  const fromPrompt =
    contentTokens.filter((w) => promptKeys.has(w.slice(0, 5))).length / Math.max(1, contentTokens.length);
  if (echo > 0.5 || novel < 6 || (contentTokens.length >= 15 && fromPrompt >= 0.45))
    limit(1, "The answer mostly restates the question.");

  // Off topic: few sentences touch work, the interview domain or the question's own words.
  // Checked against the three sets in turn rather than copying the domain list into a new set on every grade.
  const coveredWords = new Set<string>();
  for (const c of coverage?.covered ?? []) for (const w of tokenize(normalize(c))) coveredWords.add(stem(w));
  const topical = (w: string) => DOMAIN.has(w) || promptSet.has(w) || coveredWords.has(w);
  const valid = answer.sentences.filter((s) => s.valid);
  if (valid.length >= 3) {
    // In a story-based answer, a sentence telling what the candidate did ("I replaced the textbook for all five
    // sections") is on topic whatever the trade: a teacher's or a warehouse lead's work words are not in the domain
    // list. Recipes, plot summaries and filler are not first-person past-tense stories, so they still fail.
    const told = new Set(
      STORY_CATEGORIES.has(category) || category === "recruiter-screen" ? (signals.get("narrative") ?? []) : [],
    );
    // A sentence made only of the question's own words ("Would I cut it again?") echoes it; it is not on topic.
    const onTopic =
      valid.filter((s) => {
        if (told.has(s)) return true;
        const content = s.words.filter((w) => w.length > 2 && !STOP.has(w)).map(stem);
        return content.some(topical) && content.some((w) => !promptSet.has(w));
      }).length / valid.length;
    // Only the clear case is a rule. A 0.2–0.4 band capped eight good, genuine answers (their work words, like
    // "PRs" or "SMS reminders", are not in the domain list) for one adversarial answer; the model scores the rest.
    if (onTopic < 0.2) limit(1, "The answer is off topic: almost nothing in it relates to the question.");
  }
  // A design in two sentences, or in three carried by one long sentence ("My design covers: snapshots; time zones;
  // fail closed…"), is a list of claims, not a design. In the ninety-two training files this fires on 35 answers,
  // all gaming (pasted look-fors, buzzwords) and labelled Poor on every dimension, and on none of the 770 genuine
  // designs. Capped at Mixed, 20 of their dimension scores sat at 2; Poor is what the labellers gave every one.
  if (category === "system-design") {
    if (words >= 40 && answer.sentences.length <= 3) {
      const longest = Math.max(...answer.sentences.map((s) => s.words.length));
      if (answer.sentences.length <= 2 || longest / words >= 0.65)
        limit(1, "A design needs more than a few sentences of claims: say how it works, with numbers and what fails.");
    }
    // Five or more distinct buzzwords at six or more per hundred words: in the ninety-two training files every one of
    // the 86 buzzword-only designs is at 8.8 or more, and no genuine design above 3.2.
    const buzz = new Set(lowerAnswer.match(BUZZWORDS) ?? []);
    if (buzz.size >= 5 && (buzz.size / words) * 100 >= 6)
      limit(
        1,
        `Strings buzzwords together (${[...buzz].slice(0, 3).join(", ")}, …) instead of saying how it works, at what scale and what fails; buzzwords earn nothing.`,
      );
    if (lookForRun(request, answer) >= 5)
      limit(
        1,
        "It reads the question's look-for list back, one concept a sentence in the list's own order; naming the concepts is not designing.",
      );
    // Poor for the same reason as a story told to another question (below).
    const other = anotherDesign(request, answer);
    if (other)
      limit(
        1,
        `It designs "${other}", which is not what this question asks for; a design for another system scores Poor here, however sound.`,
        `Design the system this question asks for, not "${other}"; until then nothing here can be judged on this dimension.`,
      );
  }
  if (coverage) {
    const total = coverage.covered.length + coverage.missed.length;
    if (total >= 4 && coverage.covered.length === 0 && words >= 40)
      limit(1, "None of the concepts this question looks for came up; this does not answer the question asked.");
    else if (total >= 3 && coverage.covered.length === 0 && words >= 40)
      limit(2, "None of the concepts this question looks for came up.");
    // A design answer that covers a quarter or less of the concepts and shares almost no words with the
    // prompt is an answer to another question: it cannot show good design for this one, however sound.
    else if (category === "system-design" && total >= 6 && coverage.covered.length / total <= 0.25 && words >= 40) {
      let shared = 0;
      for (const w of promptSet) if (answer.contentWords.has(w)) shared++;
      if (promptSet.size > 0 && shared / promptSet.size <= 0.2)
        limit(
          2,
          "Covers almost none of what this design needs and little of the question's own words; it reads like an answer to a different question.",
        );
    }
  }

  if (STORY_CATEGORIES.has(category) || category === "recruiter-screen") {
    // Nobody acts in it: no sentence told as "I" or "we". Recipes, pasted anchors and fully passive accounts
    // ("an error was introduced") land here; no labelled answer without a teller was rated above Mixed but one.
    if (words >= 15 && !answer.sentences.some((s) => s.firstPerson || s.we))
      limit(2, 'Nobody in this answer does anything: tell it as what you did ("I …"), not as what happened.');
    // Evasion by blame: at least two sentences putting it on others, and more blaming than owning. (One is not
    // enough: a genuine answer can say what someone else got wrong before owning its own part.)
    const count = (name: SignalName) => signals.get(name)?.length ?? 0;
    // An admission whose reason is a virtue ("I'm the last to know, because I'm so heads-down") owns nothing, and
    // neither does one inside a sentence that blames ("it failed exactly as I said").
    const disowned = new Set(
      (["humble-brag", "blame", "deflection", "former-employer-blame"] as const).flatMap((n) => signals.get(n) ?? []),
    );
    const ownedIn = (name: SignalName) => (signals.get(name) ?? []).filter((s) => !disowned.has(s)).length;
    // The note names the dimensions this rubric has of those the ownership cap lowers ("candor and self-reflection").
    const ownership = request.rubric.dimensions.filter((d) => OWNERSHIP_DIMENSIONS.has(d.id)).map((d) => d.id);
    const owning =
      ownership.length > 1
        ? `${ownership.slice(0, -1).join(", ")} and ${ownership.at(-1)}`
        : (ownership[0] ?? "these dimensions");
    const owningVerb = ownership.length === 1 ? "scores" : "score";
    const blamed = count("blame") + count("deflection") + count("former-employer-blame");
    const owned =
      ownedIn("owns-mistake") +
      ownedIn("admission") +
      ownedIn("honest-reason") +
      ownedIn("real-weakness") +
      ownedIn("spoke-up");
    if (blamed >= 2 && blamed > owned) {
      limit(
        2,
        `Puts more of it on other people than it owns, so ${owning} ${owningVerb} Poor; say what your part was.`,
      );
      ownershipCap = 1;
    }
    // A "mistake" that is a virtue, with no real one owned beside it: told twice anywhere, or once in a story
    // (of fourteen labelled story answers like that, one was rated above Mixed on anything). Bragged more often
    // than owned is the same evasion with a token admission beside it ("my mistake was pricing it too low", then
    // three sentences on how popular it was).
    const humbleBrags = count("humble-brag");
    const ownedMistakes = ownedIn("owns-mistake") + ownedIn("admission");
    if (
      ((humbleBrags >= 2 || (humbleBrags === 1 && STORY_CATEGORIES.has(category))) && ownedMistakes === 0) ||
      (humbleBrags >= 2 && humbleBrags > ownedMistakes)
    ) {
      limit(
        2,
        `The only mistake offered is a strength ("I care too much"), so ${owning} ${owningVerb} Poor; name one that cost something.`,
      );
      ownershipCap = 1;
    }
    // A story told as a form ("Root cause: … Evidence: … Cost: …") is a template filled with claims, not events.
    const headed = answer.sentences.filter((s) => {
      const m = HEADING.exec(s.text);
      if (!m) return false;
      // A labelled section counts as a heading only when what follows is a fragment or a list, not a sentence.
      const body = s.text.slice(m[0].length);
      const n = tokenize(normalize(body)).length;
      const seps = (body.match(/[,;]/g) ?? []).length;
      return n < 6 || (seps >= 2 && n / (seps + 1) < 4);
    }).length;
    if (headed >= 4 && headed >= 0.4 * answer.sentences.length)
      limit(2, `Written as ${headed} labelled headings rather than a story; headings earn nothing on their own.`);
    // A rehearsed story told to the wrong question: in the eighty-eight training files this caught 72 of the 88
    // answers to a different question and none of the 3,250 genuine story and screen answers (nor any of round 26's
    // 150). It capped at Mixed at first, for fear of misreading a genuine answer; but the labellers rate every
    // answer to another question Poor on every dimension, and at Mixed 272 of their dimension scores sat at 2.
    const other = anotherStory(answer, request.question.prompt);
    // Only a later ask wants the kind. That ask may be an afterthought ("…and why Netflix?") or only loosely related
    // ("What did you get wrong?" after a question about context), so the note claims no more than that.
    if (other?.later)
      limit(
        1,
        `It opens with ${other.label}, which is not what this question's main ask is about (at most a later part of it); an answer that starts there scores Poor here, so answer the main question first.`,
        `Answer the main question first; opening with ${other.label} reads as a rehearsed answer.`,
      );
    else if (other)
      limit(
        1,
        `It opens with ${other.label}, which is not what this question asks about; a rehearsed answer to another question scores Poor here, so answer the one asked.`,
        `Tell a story about what this question asks, not ${other.label}; however well told, another question's story scores Poor here.`,
      );
    // Self-promotion ("my greatest strength", "team player") answers a different question than the one asked.
    const pitch = new Set(lowerAnswer.match(PITCH) ?? []).size;
    if (pitch >= 2) limit(2, "Reads as a pitch about your strengths rather than an answer to this question.");
  }

  // Hypothetical framing: "I would…" instead of a real story.
  const hypo = signals.get("hypothetical")?.length ?? 0;
  const narrative = signals.get("narrative")?.length ?? 0;
  if (STORY_CATEGORIES.has(category) && signals.has("no-story")) {
    limit(2, "There is no real story here: the answer says what you would do, or that it never happened.");
    storyCap = 1;
  } else if (STORY_CATEGORIES.has(category) && hypo >= 2 && hypo > narrative) {
    storyCap = 2;
    notes.push(
      'Framed hypothetically ("I would…", "I usually…") instead of a real story; story-based dimensions capped at Mixed.',
    );
  } else if (category === "recruiter-screen" && hypo >= 3 && narrative === 0) {
    // A screen answer made only of what you would do, with nothing that happened, shows no candor to credit.
    // Genuine screen answers with two "I would" sentences were rated up to Good; none with three and no story was.
    storyCap = 2;
    notes.push(
      'Only what you would do ("I would…"), nothing that happened; candor, self-reflection and specificity capped at Mixed.',
    );
  }
  return { cap, notes, storyCap, ownershipCap, ...(capAdvice ? { capAdvice } : {}) };
}
