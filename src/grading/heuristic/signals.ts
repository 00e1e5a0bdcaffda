// Sentence-level signals. A signal fires on a sentence only when its parts co-occur there (a mistake AND
// who made it, a decision AND its reason) and, for credit, only in a real sentence (subject + verb).
import {
  FAMILY_COUNT,
  FAMILY_IDS,
  type FamilyMatcher,
  familyRegex,
  type LiveGates,
  liveGates,
  ungatedRegex,
} from "./families.js";
import type { PatternName } from "./lexicon.js";
import { type AnalyzedAnswer, isVerb, negatedAt, type Sentence } from "./text.js";

/** A started or stopped routine: "I started holding…", "I stopped sending…". */
const STARTED_ROUTINE = /\bi (?:started|stopped|began|quit|switched to) \w+ing\b/;

/** First match index of a pattern in a sentence, or -1. */
export function find(name: PatternName, s: Sentence | string): number {
  if (typeof s !== "string") {
    // Scorers ask about neighbouring sentences too; each pattern runs once per sentence (-2: not run yet).
    let memo = s.memo;
    if (!memo) {
      memo = new Int32Array(FAMILY_COUNT).fill(-2);
      s.memo = memo;
    }
    const id = FAMILY_IDS.get(name) as number;
    const hit = memo[id] as number;
    if (hit !== -2) return hit;
    const re = familyRegex(name, s.whole);
    const at = firstMatch(re, s.lower, liveIn(re, s));
    memo[id] = at;
    return at;
  }
  // A plain string is a whole answer (instructions to the grader can span sentences): finding its gates would cost
  // more than they save.
  const re = familyRegex(name, s);
  return firstMatch(re.gated ? ungatedRegex(name) : re, s);
}

function firstMatch(re: FamilyMatcher, text: string, live?: LiveGates): number {
  re.lastIndex = 0;
  const m = re.exec(text, live);
  return m ? m.index : -1;
}

/** The sentence's live gates when `re` is gated, worked out the first time a gated family runs on the sentence. */
function liveIn(re: FamilyMatcher, s: Sentence): LiveGates | undefined {
  if (!re.gated) return undefined;
  let live = s.live;
  if (!live) {
    live = liveGates(s.lower);
    s.live = live;
  }
  return live;
}

export function has(name: PatternName, s: Sentence | string): boolean {
  return find(name, s) >= 0;
}

/** Whether any match is not negated ("I didn't blame the vendor" is not blame). */
export function hasUnnegated(name: PatternName, s: Sentence): boolean {
  const re = familyRegex(name, s.whole);
  const live = liveIn(re, s);
  re.lastIndex = 0;
  for (let m = re.exec(s.lower, live); m; m = re.exec(s.lower, live)) {
    if (!negatedAt(s.lower, m.index)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

export function hasNegated(name: PatternName, s: Sentence): boolean {
  const re = familyRegex(name, s.whole);
  const live = liveIn(re, s);
  re.lastIndex = 0;
  for (let m = re.exec(s.lower, live); m; m = re.exec(s.lower, live)) {
    if (negatedAt(s.lower, m.index)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

export const SIGNALS = [
  "owns-mistake",
  "owns-mistake-with-cost",
  "denies-mistake",
  "spoke-up",
  "admission",
  "shared-mistake",
  "passive-mistake",
  "humble-brag",
  "justifies",
  "blame",
  "deflection",
  "stated-unknown",
  "options-with-reason",
  "option-named",
  "decision-with-reason",
  "reasoned-action",
  "reversibility",
  "cost-of-being-wrong",
  "tripwire",
  "authority-only",
  "judgment-jargon",
  "bounded-unknown",
  "causal-insight",
  "still-slips",
  "generic-lesson",
  "lesson-about-others",
  "change-that-stuck",
  "vague-change",
  "change-tested",
  "stated-lesson",
  "would-do-differently",
  "no-change",
  "real-weakness",
  "number",
  "result-with-number",
  "concrete-context",
  "named-detail",
  "hypothetical",
  "narrative",
  "scale-number",
  "estimate",
  "requirement",
  "assumption",
  "failure-with-mitigation",
  "failure-mode-only",
  "mitigation-only",
  "tradeoff-with-reason",
  "tradeoff-named",
  "design-weakness",
  "honest-reason",
  "former-employer-blame",
  "evasive",
  "netflix-specific",
  "motive-reason",
  "generic-flattery",
  "no-homework",
  "fit-concern",
  "wants-structure",
  "comp-number",
  "comp-terms",
  "market-data",
  "priority",
  "bluff",
  "instruction",
  "no-story",
] as const;
export type SignalName = (typeof SIGNALS)[number];

export type Signals = Map<SignalName, Sentence[]>;

/** Every signal on every sentence, computed once per answer and shared by all dimension scorers. */
/** Signal families beyond the behavioral core; each is only computed when a rubric needs it (speed). */
export interface SignalGroups {
  systemDesign?: boolean;
  recruiter?: boolean;
  compensation?: boolean;
  /** Behavioral: a story is told in the past, so "I would…" sentences are plans, not decisions made. */
  story?: boolean;
  /**
   * The story signals (ownership, lessons and changes, narrative, numbers) that the behavioral and recruiter scorers
   * read. A design rubric reads none of them, only the judgment subset below, so it can skip the rest (false).
   */
  core?: boolean;
}
const ALL_GROUPS: SignalGroups = { systemDesign: true, recruiter: true, compensation: true };

export function detectSignals(a: AnalyzedAnswer, groups: SignalGroups = ALL_GROUPS): Signals {
  const out: Signals = new Map();
  const add = (name: SignalName, s: Sentence) => {
    const list = out.get(name);
    if (list) list.push(s);
    else out.set(name, [s]);
  };
  const sents = a.sentences;
  let sinceWindow = 0;
  let changeAt = -1;
  // Where the speaker first states a lesson about themselves (a later application of it is a change).
  let lessonAt = -1;
  // Instructions to the grader can hide in fragments or span sentences, so check the whole text once.
  if (has("instruction", a.lower)) {
    const s = sents.find((x) => has("instruction", x)) ?? sents[0];
    if (s) add("instruction", s);
  }
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i] as Sentence;
    const next = sents[i + 1];
    const prev = sents[i - 1];
    const opensChange = has("sinceMarker", s);
    const inWindow = sinceWindow > 0;
    sinceWindow = opensChange ? 3 : Math.max(0, sinceWindow - 1);
    const core = groups.core !== false;
    if (core && has("noStory", s)) add("no-story", s);
    if (!s.valid) {
      // Fragments earn nothing, but an estimate line like "200M members x 10% = 20M streams" is still numbers.
      if (countMatches("scaleNumber", s) >= 2) {
        add("scale-number", s);
        if (has("estimateCalc", s)) add("estimate", s);
      }
      continue;
    }
    const lower = s.lower;
    if (!core) {
      // Only what the design scorers read: unknowns, alternatives, reversibility, cost, tripwires, slips.
      if ((s.firstPerson || s.we || UNKNOWN_SUBJECT.test(lower)) && has("statedUnknown", s)) add("stated-unknown", s);
      if (has("options", s)) {
        if (has("reason", s) || (next && /^(?:because|since|but|so)\b/.test(next.lower))) add("options-with-reason", s);
        else add("option-named", s);
      }
      if (hasUnnegated("reversibility", s)) add("reversibility", s);
      if (has("costOfWrong", s)) add("cost-of-being-wrong", s);
      if (has("tripwire", s)) add("tripwire", s);
      if (s.firstPerson && has("stillSlips", s)) add("still-slips", s);
      if (groups.systemDesign) systemDesign(s, prev, next, add);
      if (groups.recruiter) recruiter(s, add);
      if (groups.compensation) compensation(s, add);
      continue;
    }
    const hypo = has("hypothetical", s) && !has("counterfactual", s);
    if (hypo) add("hypothetical", s);
    const past = has("pastTense", s);
    if (past && (s.firstPerson || s.we) && !hypo) add("narrative", s);
    const number = has("number", s);

    // ---- candor ----
    // A plan ("I'd also want to understand why I missed it") owns nothing that happened.
    // Nor does the branch of an argument ("if I was wrong about keeping it, we lost $13k a month").
    const ifWrong = /\bif (?:i|we) (?:was|were|am|'m|turned out|proved)\b[^.;]{0,15}\bwrong\b/.test(lower);
    // Nor does a denial ("I wouldn't really say I sat on it") or a virtue dressed as the mistake ("that's on me: I
    // underestimated how good the product was").
    const owns =
      s.firstPerson &&
      !hypo &&
      !ifWrong &&
      has("ownsMistake", s) &&
      !hasNegatedOwnership(s) &&
      !has("deflection", s) &&
      !has("humbleBrag", s);
    if (owns) {
      add("owns-mistake", s);
      if (has("costNamed", s) || number || (next && (has("costNamed", next) || has("number", next))))
        add("owns-mistake-with-cost", s);
    } else if (has("sharedMistake", s)) add("shared-mistake", s);
    // Denial needs the speaker as the subject ("I didn't do anything wrong"), not a general claim
    // ("escalating isn't wrong").
    // "I'd rather never be wrong than be useful" names a motive, not a denial.
    if (!owns && hasNegated("mistakeNoun", s) && DENIAL.test(lower) && !/\brather\b/.test(lower))
      add("denies-mistake", s);
    if (s.firstPerson && has("spokeUp", s)) add("spoke-up", s);
    if (s.firstPerson && !owns && !ifWrong && has("admission", s)) add("admission", s);
    if (has("passiveMistake", s) && !owns) add("passive-mistake", s);
    const brags = has("humbleBrag", s);
    if (brags) add("humble-brag", s);
    if (s.firstPerson && has("justifies", s)) add("justifies", s);
    const deflects = has("deflection", s);
    if (deflects) add("deflection", s);
    else if (hasUnnegated("blame", s)) add("blame", s);

    // ---- judgment ----
    // In a story, "next time I would…" is a plan, not a decision made under uncertainty.
    const plan =
      groups.story === true &&
      (hypo || /\b(?:next time|i would|i'd (?!been|had|already|never|\w+ed\b)\w+|i will|i'll)\b/.test(lower));
    if ((s.firstPerson || s.we || UNKNOWN_SUBJECT.test(lower)) && has("statedUnknown", s)) add("stated-unknown", s);
    // "There was nothing more I could have done" names no option: it closes them all. Nor does a brag that
    // weighs two virtues ("I'd rather my team shine than take the credit").
    if (!plan && !deflects && !brags && has("options", s)) {
      if (has("reason", s) || (next && /^(?:because|since|but|so)\b/.test(next.lower))) add("options-with-reason", s);
      else add("option-named", s);
    }
    // A decision with its reason in the same sentence.
    if (plan) {
      // no decision credit for a plan
    } else if (
      has("decision", s) &&
      (has("reason", s) || (next && /^(?:because|since|given|the reason)\b/.test(next.lower)))
    )
      add("decision-with-reason", s);
    else if (s.firstPerson && REASON_HINT.test(lower) && has("reasonedAction", s)) add("reasoned-action", s);
    if (hasUnnegated("reversibility", s)) add("reversibility", s);
    if (has("costOfWrong", s)) add("cost-of-being-wrong", s);
    if (has("tripwire", s)) add("tripwire", s);
    if (has("authorityOnly", s)) add("authority-only", s);
    if (has("judgmentJargon", s)) add("judgment-jargon", s);
    if ((s.firstPerson || s.we) && has("boundedUnknown", s)) add("bounded-unknown", s);

    // ---- self-reflection ----
    const generic = has("lessonGeneric", s);
    const othersLesson =
      lower.includes("learn") || lower.includes("lesson") || lower.includes("took away") || lower.includes("reali")
        ? has("lessonAboutOthers", s) || lessonAboutOthers(lower)
        : false;
    if (s.firstPerson && !hypo && has("causalInsight", s) && !generic && !othersLesson) {
      add("causal-insight", s);
    }
    if (s.firstPerson && has("stillSlips", s)) add("still-slips", s);
    if (generic) add("generic-lesson", s);
    const aboutOthers = othersLesson;
    if (aboutOthers) add("lesson-about-others", s);
    if (s.firstPerson && !hypo && !generic && !aboutOthers && has("statedLesson", s)) {
      add("stated-lesson", s);
      if (lessonAt < 0) lessonAt = i;
    }
    // A change is a first-person habit tied to "after the story": a time marker or a "since then" stretch,
    // with a present-tense habitual verb ("I now write…", "I never cover…") or a started/stopped routine.
    // "I try to start specs with the problem now" is a (hedged) habit, not a plan.
    const triedNow = /^i try to\b[^.]*\bnow\b/.test(lower);
    // "What I'd change, and do now on our current migration, is…" is already a habit.
    const doingNow = /\band (?:do|am doing) now\b/.test(lower);
    // "…a timeout I would have shipped" is a counterfactual past, not a plan; "I would have a canary" is a plan.
    const future =
      !doingNow &&
      ((hypo && !triedNow) || /\bi (?:will|'ll|would|'d)\b(?! have \w+(?:ed|en|wn|ne|de|t)\b)/.test(lower));
    const later = has("laterInstance", s);
    let change = false;
    if (!s.firstPerson && !future && i > 0 && has("ruleChange", s)) change = true;
    else if (s.firstPerson && !future) {
      const marked = has("nowMarker", s) || inWindow;
      const routine = STARTED_ROUTINE.test(lower);
      change =
        has("changeStuck", s) ||
        (has("ruleChange", s) && i > 0) ||
        (marked && (presentHabit(s) || routine)) ||
        // "I started holding my comments until the end", then "Three months later one of them led a review…": the
        // routine is tied to after the story by the later time it was tested, not by a marker in its own sentence.
        (routine && next !== undefined && has("laterInstance", next)) ||
        // "In the next review I let others talk first": the change shown in a later instance.
        (changeAt < 0 && later && /\b(?:the next|in the next) \w+,? i \w+/.test(lower) && past) ||
        // A lesson about oneself, then a later time it was applied: "I tested that this spring…: I went to her directly".
        (changeAt < 0 && later && past && lessonAt >= 0 && lessonAt < i);
    }
    if (change) {
      const concrete = has("concreteChange", s) && !generic && !aboutOthers && !has("hedgedChange", s);
      add(concrete ? "change-that-stuck" : "vague-change", s);
    }
    // Evidence the change stuck: a later instance after the change (or "twice since" in the same sentence).
    if (later && (past || /\b(?:i've|we've|i have|we have)\b/.test(lower) || has("laterInstance", s))) {
      // The change's own sentence ("I've tried to be more proactive since then") is not its test, and a hedged
      // result ("I think it's made a difference, though it's hard to say") is no test either.
      const sameSentence = change && COUNT_SINCE.test(lower);
      const appliedLesson = change && changeAt < 0 && lessonAt >= 0 && lessonAt < i;
      const hedged = /\b(?:hard to say|i think it(?:'s| has) (?:made|helped)|hard to tell)\b/.test(lower);
      if (!hedged && ((changeAt >= 0 && changeAt < i && !change) || sameSentence || appliedLesson))
        add("change-tested", s);
    }
    if (change && changeAt < 0) changeAt = i;
    if (s.firstPerson && has("doDifferently", s)) add("would-do-differently", s);
    // "Nothing changed" early in the story is what happened next, not the speaker refusing to change.
    const earlyOutcome = i < (sents.length * 2) / 3 && /\bnothing (?:really )?changed\b/.test(lower);
    if (has("noChange", s) && !earlyOutcome) add("no-change", s);
    if (s.firstPerson && has("weakness", s) && !has("humbleBrag", s)) add("real-weakness", s);

    // ---- specificity ----
    if (number) {
      add("number", s);
      if (has("result", s) || (prev && has("result", prev) && !has("number", prev))) add("result-with-number", s);
    }
    if (has("concreteContext", s)) add("concrete-context", s);
    if (s.names > 0) add("named-detail", s);

    if (groups.systemDesign) systemDesign(s, prev, next, add);
    if (groups.recruiter) recruiter(s, add);
    if (groups.compensation) compensation(s, add);
  }
  return out;
}

type Add = (name: SignalName, s: Sentence) => void;

function systemDesign(s: Sentence, prev: Sentence | undefined, next: Sentence | undefined, add: Add): void {
  {
    if (has("scaleNumber", s)) {
      add("scale-number", s);
      if (has("estimateCalc", s)) add("estimate", s);
    }
    if (has("requirement", s)) add("requirement", s);
    if (has("assumption", s)) add("assumption", s);
    const failure = has("failureMode", s);
    const mitigation = has("mitigation", s);
    if (failure && (mitigation || (next?.valid && has("mitigation", next)))) add("failure-with-mitigation", s);
    else if (failure) add("failure-mode-only", s);
    else if (mitigation && !(prev && has("failureMode", prev))) add("mitigation-only", s);
    if (has("tradeoffAlt", s)) {
      // "Trade-off: X vs Y." followed by why is still a reasoned trade-off.
      if (has("reason", s) || (next?.valid && /\b(?:because|but|simpler|cheaper|faster|safer)\b/.test(next.lower)))
        add("tradeoff-with-reason", s);
      else add("tradeoff-named", s);
    }
    if (has("designWeakness", s)) add("design-weakness", s);
  }
}

function recruiter(s: Sentence, add: Add): void {
  const lower = s.lower;
  // "I was misled by the CV, which frankly overstated his role" is candour about someone else.
  if (s.firstPerson && has("honestReason", s) && !has("deflection", s) && !hasUnnegated("blame", s))
    add("honest-reason", s);
  if (has("formerEmployerBlame", s) && !/\bi (?:was|am|'m)\b/.test(lower)) add("former-employer-blame", s);
  if (has("evasive", s)) add("evasive", s);
  if (has("netflixSpecific", s)) add("netflix-specific", s);
  if (s.firstPerson && has("motiveReason", s)) add("motive-reason", s);
  if (has("genericFlattery", s)) add("generic-flattery", s);
  if (has("noHomework", s)) add("no-homework", s);
  // A two-sided fit: what would be hard for them here, the trade-off they accept, the question they still have.
  if (has("fitConcern", s) && (s.firstPerson || /\?/.test(s.text))) add("fit-concern", s);
  // Wanting what Netflix deliberately does not offer (ladders, weekly goals, close direction) as the reason to join.
  if (s.firstPerson && has("wantsStructure", s)) add("wants-structure", s);
}

function compensation(s: Sentence, add: Add): void {
  if (has("compNumber", s)) add("comp-number", s);
  if (has("compTerms", s)) add("comp-terms", s);
  if (has("marketData", s)) add("market-data", s);
  if (s.firstPerson && has("priority", s)) add("priority", s);
  if (has("bluff", s)) add("bluff", s);
}

/** "I never made a mistake there" matches the ownership list only by accident of word order; catch it. */
function hasNegatedOwnership(s: Sentence): boolean {
  return /\bi (?:never|didn't|did not|don't) (?:make|made|really make) (?:a |any |many )?mistakes?\b/.test(s.lower);
}

/**
 * "I learned that product managers will always underestimate": the lesson's own clause (up to the first
 * comma, semicolon or "so") is about a third party, with nothing in it about the speaker.
 */
function lessonAboutOthers(lower: string): boolean {
  const m = /\b(?:learned|learnt|took away|realised|realized|lesson (?:i took|was|is))\b[^.;]{0,25}?\bthat /.exec(
    lower,
  );
  if (!m) return false;
  // "What I learned from that is that sales will…": the lesson starts after the second "that".
  const rest = lower.slice(m.index + m[0].length).replace(/^(?:is|was) that /, "");
  const clause = rest.split(/[,;:]| so | and so /)[0] ?? "";
  if (
    /\b(?:i|i'm|i'd|i've|my|me|myself|we|our|us|it|it's|this|that|the (?:mistake|delay|problem|cost|call|decision))\b/.test(
      clause,
    )
  )
    return false;
  return /\b(?:will|would|always|never|don't|didn't|can't|won't|want|wanted|are|were|is|was)\b/.test(clause);
}

/** Who can not know something: the speaker, the team, or the data itself. */
const UNKNOWN_SUBJECT = /\b(?:nobody|no one|it was|the data|the numbers|the information)\b/;

/** Cheap pre-check before the backtracking-prone reasoned-action pattern. */
const REASON_HINT = /because|so i\b/;

const DENIAL =
  /\b(?:i|we|i'd|we'd|i've|we've)\b[^.;]{0,12}\b(?:didn't|did not|never|wasn't|was not|weren't|were not|haven't|hadn't|don't|do not|not)\b[^.;]{0,30}\b(?:mistakes?|errors?|wrong|my fault)\b/;
const COUNT_SINCE = /\b(?:once|twice|\w+ times|one more|two more|three more|another|\d+ more|\w+ more \w+) since\b/;
const SUBORDINATE = new Set([
  "when",
  "whenever",
  "time",
  "if",
  "before",
  "after",
  "until",
  "unless",
  "because",
  "since",
]);
const HABIT_SKIP = new Set([
  "now",
  "also",
  "always",
  "never",
  "still",
  "just",
  "usually",
  "actually",
  "deliberately",
  "explicitly",
  "first",
  "then",
  "simply",
  "personally",
  "routinely",
  "regularly",
  "automatically",
  "don't",
  "do",
  "not",
  "no",
  "longer",
]);
const NOT_HABIT = new Set([
  "would",
  "could",
  "should",
  "might",
  "will",
  "was",
  "were",
  "had",
  "did",
  "didn't",
  "wasn't",
  "think",
  "believe",
  "guess",
  "hope",
  "feel",
  "know",
  "mean",
  "suppose",
  "suspect",
  "assume",
  "reckon",
  "wonder",
  "doubt",
  "imagine",
  "expect",
  "agree",
  "disagree",
  "want",
  "need",
  "like",
  "love",
  "hate",
  "wish",
  "am",
  "can",
  "can't",
  "made",
  "took",
  "went",
  "said",
  "told",
  "knew",
  "thought",
  "built",
  "ran",
  "wrote",
  "got",
  "saw",
  "felt",
  "found",
  "left",
  "led",
  "sent",
  "spent",
  "became",
  "began",
  "brought",
  "chose",
  "came",
  "gave",
  "held",
  "kept",
  "lost",
  "meant",
  "met",
  "paid",
  "sat",
  "stood",
  "understood",
  "won",
  "broke",
  "caught",
  "fought",
  "learned",
  "learnt",
  "drew",
  "rebuilt",
  "rewrote",
  "reran",
  "woke",
  "withheld",
  "misread",
  "mislaid",
  "overran",
]);

/** "I (now/never/always…) write", "I'm much faster to…": a present-tense habit of the speaker's own. */
function presentHabit(s: Sentence): boolean {
  const w = s.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i];
    if (word === "i'm") {
      const next = w[i + 1] === "much" || w[i + 1] === "a" ? w[i + 2] : w[i + 1];
      if (next && /^(?:faster|quicker|slower|better|more|less|now|careful|explicit)$/.test(next)) return true;
      continue;
    }
    if (word !== "i") continue;
    // "every time I make…", "if I disagree…": a subordinate clause, not the habit itself.
    if (i > 0 && SUBORDINATE.has(w[i - 1] as string)) continue;
    let j = i + 1;
    while (j < w.length && HABIT_SKIP.has(w[j] as string)) j++;
    const verb = w[j];
    if (!verb || NOT_HABIT.has(verb) || verb.endsWith("ed") || verb.includes("'")) continue;
    if (isVerb(verb)) return true;
  }
  return false;
}

function countMatches(name: PatternName, s: Sentence): number {
  let n = 0;
  const re = familyRegex(name, s.whole);
  const live = liveIn(re, s);
  re.lastIndex = 0;
  for (let m = re.exec(s.lower, live); m && n < 5; m = re.exec(s.lower, live)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}
