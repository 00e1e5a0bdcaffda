// One scorer per known rubric dimension. Each turns the answer's signals into points with per-signal caps
// (so repeating a phrase stops paying), then points into a 1–4 score. Missing signals become advice.

import { anchorText } from "../../bank/format.js";
import type { Category, Dimension } from "../../bank/schema.js";
import type { Evidence } from "../grade.js";
import { FEATURES, type Feature, featureSentences, featureValue } from "./features.js";
import { STOPWORDS } from "./lexicon.js";
import { MODELS, type StoredModel } from "./model.generated.js";
import { phrasingSentence } from "./phrasing.js";
import type { SignalName, Signals } from "./signals.js";
import { type AnalyzedAnswer, stem, tokenize } from "./text.js";

export interface ScoringInput {
  answer: AnalyzedAnswer;
  signals: Signals;
  category: Category;
  /** Share of the question's lookFor concepts the answer covers (undefined when the question has none). */
  coverage?: { covered: string[]; missed: string[] };
  /** Share of words spent on situation / action / result / reflection. */
  star: { situation: number; action: number; result: number; reflection: number };
}

export interface DimensionScore {
  score: number;
  /** The hand-tuned points behind a hand-tuned score (kept for comparison and for dimensions without a model). */
  points: number;
  evidence: Evidence[];
  missing: string[];
  note?: string;
  /** The fitted model's expected level (1.0–4.0) before integrity caps; undefined without a model. */
  expected?: number;
}

/** Points needed for mixed, good and excellent. */
const THRESHOLDS = [0.75, 1.75, 2.75] as const;

export function pointsToScore(points: number): number {
  let score = 1;
  for (const t of THRESHOLDS) if (points >= t) score++;
  return score;
}

class Tally {
  points = 0;
  evidence: (Evidence & { at: number })[] = [];
  missing: string[] = [];
  private quoted = new Set<string>();
  constructor(private readonly signals: Signals) {}

  count(name: SignalName): number {
    return this.signals.get(name)?.length ?? 0;
  }

  /** Adds `weights[i]` for the i-th sentence carrying the signal; the list length is the cap. */
  credit(name: SignalName, weights: number[], effect: "+" | "-" = "+"): number {
    const hits = this.signals.get(name) ?? [];
    let added = 0;
    for (let i = 0; i < hits.length && i < weights.length; i++) {
      const w = weights[i] as number;
      added += w;
      const s = hits[i];
      const key = `${name}:${s?.index}`;
      if (s && !this.quoted.has(key)) {
        this.quoted.add(key);
        this.evidence.push({ quote: s.text, effect, signal: name, at: s.index });
      }
    }
    this.points += effect === "+" ? added : -added;
    return hits.length;
  }

  /** Records what was missing, for the advice line. */
  need(present: boolean, message: string): void {
    if (!present) this.missing.push(message);
  }

  result(maxPositive = 4): DimensionScore {
    const points = Math.min(this.points, maxPositive);
    // Evidence in answer order reads like the answer; cap it so the report stays scannable.
    // Penalties first (they explain a low score), then credit; each group in answer order.
    const evidence = [...this.evidence]
      .sort((a, b) => (a.effect === b.effect ? a.at - b.at : a.effect === "-" ? -1 : 1))
      .slice(0, 6)
      .map(({ quote, effect, signal }) => ({ quote, effect, signal }));
    return { score: pointsToScore(points), points, evidence, missing: this.missing };
  }
}

type Scorer = (input: ScoringInput, t: Tally) => void;

const behavioralCandor: Scorer = (_i, t) => {
  const owns = t.credit("owns-mistake", [1.5, 0.5]);
  // An unflattering truth admitted in the first person ("I haven't fixed it", "it was true") is candor too.
  const admits = t.credit("admission", owns ? [0.5] : [1, 0.5]);
  const cost = t.credit("owns-mistake-with-cost", owns ? [0.75] : []);
  if (owns || admits) t.credit("causal-insight", [0.5]);
  t.credit("still-slips", [0.5]);
  t.credit("spoke-up", owns ? [0.5] : [0.75, 0.5]);
  if (!owns) t.credit("shared-mistake", [0.75]);
  else t.credit("shared-mistake", [0.25], "-");
  t.credit("passive-mistake", [0.75, 0.75], "-");
  t.credit("humble-brag", [1.5, 0.5], "-");
  t.credit("blame", [1, 1], "-");
  t.credit("deflection", [1], "-");
  t.credit("denies-mistake", [1], "-");
  t.credit("justifies", [1], "-");
  t.need(owns > 0, 'You never owned a specific mistake in the first person ("I decided…, and it was wrong").');
  t.need(cost > 0, "You didn't say what the mistake cost or who it affected.");
  t.need(t.count("blame") === 0, "Blame landed on someone else; say what your part was.");
  t.need(t.count("passive-mistake") === 0, 'Passive voice ("mistakes were made") hides who made them.');
  t.need(t.count("humble-brag") === 0, "A strength dressed as a weakness reads as spin; pick a real one.");
};

const judgment: Scorer = (_i, t) => {
  // Graded: a visible decision with a reason is Mixed on its own; an alternative weighed, an unknown named,
  // and reasoning about reversibility, cost or a stopping rule each add, with diminishing returns.
  const decided = t.credit("decision-with-reason", [0.75, 0.25]);
  const reasoned = decided ? 0 : t.credit("reasoned-action", [0.4]);
  // An unknown only shows judgment when something was decided in spite of it.
  const acted = decided + reasoned + t.count("options-with-reason") + t.count("option-named") + t.count("tripwire") > 0;
  const unknown = t.credit("stated-unknown", acted ? [0.75, 0.35] : [0.6]);
  // Bounding the unknown (a check made before acting) is the step past naming it.
  const bounded = t.credit("bounded-unknown", [0.5]);
  const options = t.credit("options-with-reason", decided ? [0.75, 0.35] : [1, 0.4]);
  if (!options) t.credit("option-named", [0.4]);
  const rev = t.credit("reversibility", [0.6, 0.25]);
  const cost = t.credit("cost-of-being-wrong", [0.6, 0.25]);
  const trip = t.credit("tripwire", [0.6, 0.2]);
  t.credit("authority-only", [1], "-");
  t.credit("judgment-jargon", [0.75, 0.5], "-");
  // Breadth beats repetition: reasoning that covers the unknown, the alternative, the cost or reversibility
  // and a stopping rule is the Excellent anchor, however it is worded.
  const kinds = [
    decided + t.count("reasoned-action"),
    unknown + bounded,
    options + t.count("option-named"),
    rev + cost,
    trip,
  ];
  const breadth = kinds.filter((k) => k > 0).length;
  if (breadth >= 4) t.points += 0.5;
  // The Good anchor needs a real alternative (or reasoning about undoing it or being wrong, which implies
  // one); a decision, a reason and an unknown alone read as Mixed however many times they recur.
  if (options + t.count("option-named") + rev + cost === 0) t.points = Math.min(t.points, THRESHOLDS[1] - 0.01);
  t.need(options + t.count("option-named") > 0, "You never named the alternative you rejected, or why it lost.");
  t.need(unknown > 0, "You didn't say what you didn't know when you decided.");
  t.need(rev + cost > 0, "Say whether the call was reversible and what being wrong would have cost.");
  t.need(trip > 0, "Name the signal that would have made you change course (a tripwire or kill criterion).");
};

const behavioralReflection: Scorer = (_i, t) => {
  // Graded evidence: a cause in your own behaviour, a concrete change tied to "since then / now", and a
  // later instance where it was tested each count; a vague change or a stated lesson counts for less.
  const insight = t.credit("causal-insight", [1, 0.4]);
  const change = t.credit("change-that-stuck", [1.25, 0.4]);
  const vague = t.credit("vague-change", change ? [0.2] : [0.8]);
  if (!insight) t.credit("stated-lesson", [0.75]);
  const tested = change + vague > 0 ? t.credit("change-tested", [0.75, 0.25]) : 0;
  const slips = t.credit("still-slips", [0.6]);
  const diff = t.credit("would-do-differently", change ? [0.25] : [0.5]);
  if (!insight && !change && !vague) t.credit("generic-lesson", [0.8]);
  // "I know why I do it; I haven't fixed it yet" is honest, and Mixed: insight without a change.
  t.credit("admission", [0.5]);
  t.credit("owns-mistake", [0.25]);
  t.credit("lesson-about-others", [1.5], "-");
  t.credit("no-change", [1.5], "-");
  t.credit("humble-brag", [1], "-");
  t.credit("justifies", [0.75], "-");
  t.need(insight > 0, "You didn't say what in your own behaviour caused it (the habit or blind spot).");
  t.need(change + vague + diff > 0, "You never said what you would do differently.");
  t.need(change > 0, 'Show a concrete change that stuck ("since then I…") and a time it was tested.');
  t.need(change === 0 || tested > 0, "Show one later moment where you did the new thing.");
  t.need(slips > 0 || insight === 0, "Say where the change still slips; it makes the rest believable.");
};

const specificity: Scorer = (i, t) => {
  const numbers = t.credit("number", [0.5, 0.5, 0.5, 0.25]);
  t.credit("named-detail", [0.25, 0.25]);
  const result = t.credit("result-with-number", [0.75]);
  const context = t.credit("concrete-context", [0.5, 0.25]);
  const narrative = t.count("narrative");
  const hypo = t.count("hypothetical");
  if (narrative >= 3) t.points += 0.5;
  if (narrative >= 6) t.points += 0.5;
  if (hypo >= 2 && hypo >= narrative) t.credit("hypothetical", [1, 0.5], "-");
  if (i.star.situation > 0.6 && i.answer.wordCount > 80) t.points -= 0.5;
  t.need(narrative >= 3, 'Tell one real story in the past tense ("I did…"), not what you would or usually do.');
  t.need(numbers > 0, "No numbers: give sizes, durations, dates or percentages.");
  t.need(result > 0, "You didn't give the result with a number.");
  t.need(context > 0, "Name the roles, team and timeline so the story is checkable.");
  t.need(
    !(i.star.situation > 0.6 && i.answer.wordCount > 80),
    "Most of your words went to the situation; spend them on what you did and what happened.",
  );
};

const sdCandor: Scorer = (_i, t) => {
  const assume = t.credit("assumption", [1, 0.5, 0.5]);
  const unknown = t.credit("stated-unknown", [0.5, 0.25]);
  t.credit("design-weakness", [0.25]);
  t.need(assume > 0, "State your assumptions out loud (traffic, read/write mix, what you'd ask the interviewer).");
  t.need(unknown + assume > 1, "Say what you don't know and how you would find out.");
};

const sdJudgment: Scorer = (i, t) => {
  const trade = t.credit("tradeoff-with-reason", [1.25, 0.75, 0.5]);
  if (!trade) t.credit("tradeoff-named", [0.5, 0.25]);
  t.credit("options-with-reason", [0.5]);
  const rev = t.credit("reversibility", [0.5]);
  const cost = t.credit("cost-of-being-wrong", [0.5]);
  t.credit("tripwire", [0.5]);
  if (i.coverage) {
    const total = i.coverage.covered.length + i.coverage.missed.length;
    if (total > 0) t.points += Math.min(1, (1.25 * i.coverage.covered.length) / total);
  }
  t.need(trade > 0, 'Name each choice with its alternative and reason ("X instead of Y because…").');
  t.need(rev + cost > 0, "Say which choices are hard to reverse and what being wrong would cost.");
  if (i.coverage && i.coverage.missed.length > 0)
    t.missing.push(`Not covered: ${i.coverage.missed.slice(0, 4).join(", ")}.`);
};

const sdReflection: Scorer = (_i, t) => {
  const weak = t.credit("design-weakness", [1.25, 0.75, 0.5]);
  t.credit("tradeoff-with-reason", [0.25]);
  t.credit("stated-unknown", [0.25]);
  t.credit("still-slips", [0.25]);
  t.need(weak > 0, "Name the weakest part of your own design and when it breaks.");
  t.need(weak > 1, "Say what you would revisit first with more time or data.");
};

const sdRequirements: Scorer = (_i, t) => {
  const scale = t.credit("scale-number", [0.75, 0.5, 0.5, 0.25]);
  const est = t.credit("estimate", [0.75, 0.5]);
  const req = t.credit("requirement", [0.5, 0.25]);
  t.need(scale > 0, "Put numbers with units on the scale (members, QPS, GB, ms).");
  t.need(est > 0, "Show the estimate: how you got from users to requests per second or storage.");
  t.need(req > 0, "State the functional and non-functional requirements (latency, availability) first.");
};

const sdFailure: Scorer = (_i, t) => {
  const fm = t.credit("failure-with-mitigation", [1.25, 0.75, 0.5, 0.25]);
  t.credit("failure-mode-only", [0.25, 0.25]);
  t.credit("mitigation-only", [0.25, 0.25]);
  t.need(fm > 0, "Walk through what fails (a region, a cache, a dependency) and what the system does then.");
  t.need(fm > 2, "Cover graceful degradation: what members still get when a dependency is down.");
};

const recruiterCandor: Scorer = (_i, t) => {
  const honest = t.credit("honest-reason", [1, 0.5]);
  t.credit("owns-mistake", [0.75]);
  t.credit("admission", [0.5]);
  t.credit("real-weakness", [0.75]);
  t.credit("still-slips", [0.5]);
  t.credit("evasive", [1, 0.5], "-");
  t.credit("humble-brag", [1.5], "-");
  t.credit("former-employer-blame", [1, 0.5], "-");
  t.credit("blame", [0.75], "-");
  t.credit("generic-flattery", [0.25], "-");
  t.need(honest > 0, "Say the real reason plainly (why you're leaving, what you want, other processes).");
  t.need(t.count("evasive") === 0, 'Vague answers ("new challenges", "I\'m flexible") read as hiding something.');
  t.need(t.count("former-employer-blame") === 0, "Criticising a former employer costs more than it explains.");
};

const recruiterReflection: Scorer = (_i, t) => {
  const weak = t.credit("real-weakness", [1, 0.5]);
  const insight = t.credit("causal-insight", [1, 0.5]);
  const change = t.credit("change-that-stuck", [1, 0.5]);
  t.credit("still-slips", [0.5]);
  t.credit("owns-mistake", [0.5]);
  if (!insight && !change) t.credit("generic-lesson", [0.25]);
  t.credit("humble-brag", [1.5], "-");
  t.credit("no-change", [1], "-");
  t.need(weak + insight > 0, "Name a real weakness or what you learned about yourself, not a strength in disguise.");
  t.need(change > 0, "Say what you now do differently because of it.");
};

const recruiterSpecificity: Scorer = (_i, t) => {
  const numbers = t.credit("number", [0.5, 0.5, 0.25]);
  t.credit("result-with-number", [0.5]);
  const context = t.credit("concrete-context", [0.5, 0.25]);
  t.credit("netflix-specific", [0.25, 0.25]);
  if (t.count("narrative") >= 2) t.points += 0.5;
  t.need(numbers > 0, "Give numbers: team size, scale, years, results.");
  t.need(context > 0, "Name the role, team and what you owned.");
};

const motivation: Scorer = (i, t) => {
  const specific = t.credit("netflix-specific", [0.75, 0.5, 0.25]);
  const reason = t.credit("motive-reason", [0.5, 0.5]);
  const linked = (i.signals.get("netflix-specific") ?? []).some((s) =>
    (i.signals.get("motive-reason") ?? []).includes(s),
  );
  if (linked) t.points += 0.75;
  // Knowing what would be hard here is what separates a considered move from a fan's.
  const concern = t.credit("fit-concern", [0.75, 0.25]);
  t.credit("generic-flattery", [0.75, 0.5], "-");
  t.credit("no-homework", [0.75], "-");
  t.credit("wants-structure", [1], "-");
  t.credit("evasive", [0.75], "-");
  // Said first when it applies: an admitted gap has one obvious fix.
  t.need(
    t.count("no-homework") === 0,
    "Do the homework before the screen: read the culture memo and something about this team's work, then say what you found.",
  );
  t.need(specific > 0, "Name what specifically about Netflix (the work, the culture memo, a team) draws you.");
  t.need(reason > 0 && linked, "Connect it to your own experience: what you've done that makes this the next step.");
  t.need(
    t.count("generic-flattery") === 0,
    `"Great company" or "I love the shows" could be said of anywhere: show what you know about how Netflix works.`,
  );
  t.need(
    concern > 0,
    "Say what would be hard for you here, or the trade-off you are accepting: it shows you know the place.",
  );
  t.need(
    t.count("wants-structure") === 0,
    "Netflix gives context rather than ladders and weekly goals; wanting those is a reason this may not fit.",
  );
};

const compCandor: Scorer = (_i, t) => {
  const num = t.credit("comp-number", [1.25, 0.5]);
  const market = t.credit("market-data", [0.75]);
  t.credit("honest-reason", [0.5]);
  t.credit("priority", [0.5]);
  t.credit("evasive", [1.25, 0.75], "-");
  t.credit("bluff", [2], "-");
  t.need(num > 0, "Say a number or range out loud; dodging reads as either unprepared or playing games.");
  t.need(market > 0, "Be straight about where you are now (current pay, other offers) without inflating it.");
  t.need(t.count("bluff") === 0, "Bluffing about offers is a candor failure, and recruiters compare notes.");
};

const compJudgment: Scorer = (_i, t) => {
  const prio = t.credit("priority", [1, 0.5]);
  const trade = t.credit("tradeoff-with-reason", [1, 0.5]);
  if (!trade) t.credit("options-with-reason", [0.75]);
  t.credit("market-data", [0.5]);
  t.credit("cost-of-being-wrong", [0.5]);
  t.credit("stated-unknown", [0.5]);
  t.credit("decision-with-reason", [0.5]);
  t.credit("bluff", [1.5], "-");
  t.credit("evasive", [0.5], "-");
  t.need(prio > 0, "Say what matters most to you and where your floor is.");
  t.need(trade > 0, "Reason through the trade-off (cash vs. stock, base vs. level) and why you'd choose it.");
};

const compSpecificity: Scorer = (_i, t) => {
  const num = t.credit("comp-number", [0.75, 0.75, 0.5]);
  const terms = t.credit("comp-terms", [0.25, 0.25, 0.25]);
  t.credit("market-data", [0.5]);
  t.credit("number", [0.25]);
  t.need(num > 0, "Use real figures: base, total, your range.");
  t.need(terms > 1, "Name the components (base, stock options, sign-on) rather than 'compensation'.");
};

const SCORERS: Record<string, Partial<Record<Category, Scorer>>> = {
  candor: {
    behavioral: behavioralCandor,
    "system-design": sdCandor,
    "recruiter-screen": recruiterCandor,
    compensation: compCandor,
  },
  judgment: { behavioral: judgment, "system-design": sdJudgment, compensation: compJudgment },
  "self-reflection": {
    behavioral: behavioralReflection,
    "system-design": sdReflection,
    "recruiter-screen": recruiterReflection,
  },
  specificity: { behavioral: specificity, "recruiter-screen": recruiterSpecificity, compensation: compSpecificity },
  requirements: { "system-design": sdRequirements },
  "failure-handling": { "system-design": sdFailure },
  motivation: { "recruiter-screen": motivation },
};

/** The category whose scorer (and fitted model) handles dimension `id` for a question of `category`. */
export function scorerCategory(id: string, category: Category): Category | undefined {
  const byCategory = SCORERS[id];
  if (!byCategory) return undefined;
  if (byCategory[category]) return category;
  if (byCategory.behavioral) return "behavioral";
  return Object.keys(byCategory)[0] as Category | undefined;
}

/** The fitted model's key for a dimension, or undefined when it has no model (then the hand-tuned points decide). */
export function modelKeyFor(id: string, category: Category): string | undefined {
  const c = scorerCategory(id, category);
  const key = c && `${c}:${id}`;
  return key && MODELS[key] && FEATURES[key] ? key : undefined;
}

/** The hand-tuned scorer alone: its evidence and advice always, its score when no model is fitted. */
export function handScore(dim: Dimension, input: ScoringInput): DimensionScore {
  const t = new Tally(input.signals);
  const c = scorerCategory(dim.id, input.category);
  const scorer = c ? SCORERS[dim.id]?.[c] : undefined;
  if (scorer) {
    scorer(input, t);
    return t.result();
  }
  genericScorer(dim, input, t);
  const r = t.result();
  r.note = `Dimension "${dim.id}" has no dedicated heuristic; it was scored by overlap with its title and anchor words, so treat its score as rough.`;
  return r;
}

export function scoreDimension(dim: Dimension, input: ScoringInput): DimensionScore {
  const hand = handScore(dim, input);
  const key = modelKeyFor(dim.id, input.category);
  if (!key) return hand;
  const model = MODELS[key] as StoredModel;
  const weights = weightList(key, model);
  // A "points" model only re-draws the hand-tuned score's thresholds; its evidence is the scorer's own.
  if (model.weights["hand-points"] !== undefined) {
    const eta = (weights[0] as number) * hand.points;
    return { ...hand, score: cutScore(model, eta), expected: expectedLevel(model, eta) };
  }
  return { ...hand, ...modelScore(key, model, weights, input) };
}

/**
 * The expected level under the cumulative-logit model: 1 + sum over cuts of P(level above that cut). It rises with
 * the same linear score the level is cut from, so it never contradicts the level's order; it only says where in
 * a level an answer sits, which the level alone cannot (two Mixed answers, one nearly Good).
 */
function expectedLevel(model: StoredModel, eta: number): number {
  let expected = 1;
  for (const cut of model.cuts) expected += 1 / (1 + Math.exp(cut - eta));
  return expected;
}

const weightLists = new Map<string, number[]>();
/** The stored weights in feature order (checked once against the feature list, so a stale model fails loudly). */
function weightList(key: string, model: StoredModel): number[] {
  let list = weightLists.get(key);
  if (!list) {
    const names = Object.keys(model.weights);
    const expected = model.weights["hand-points"] !== undefined ? ["hand-points"] : FEATURES[key]?.map((f) => f.name);
    if (names.join() !== expected?.join())
      throw new Error(`model.generated.ts is stale for ${key}; re-run scripts/fit-grader.mjs`);
    list = Object.values(model.weights);
    weightLists.set(key, list);
  }
  return list;
}

function cutScore(model: StoredModel, eta: number): number {
  let score = 1;
  for (const cut of model.cuts) if (eta >= cut) score++;
  return score;
}

/** Score and evidence from the fitted model: the features that moved the score most choose the quotes. */
function modelScore(
  key: string,
  model: StoredModel,
  weights: number[],
  input: ScoringInput,
): { score: number; expected: number; evidence: Evidence[] } {
  const features = FEATURES[key] as Feature[];
  let eta = 0;
  const contributions: { feature: Feature; contribution: number }[] = [];
  for (let j = 0; j < features.length; j++) {
    const f = features[j] as Feature;
    const c = (weights[j] as number) * featureValue(f, input);
    eta += c;
    if (c !== 0 && (f.signals || f.phrasingKey)) contributions.push({ feature: f, contribution: c });
  }
  const score = cutScore(model, eta);
  // Named signals claim their sentences before the wording quote does: when both point at "Since then I never…",
  // the candidate should read "change-that-stuck", not "wording of strong answers".
  const wording = (c: { feature: Feature }) => (c.feature.phrasingKey ? 1 : 0);
  contributions.sort((a, b) => wording(a) - wording(b) || Math.abs(b.contribution) - Math.abs(a.contribution));
  const picked: Evidence[] = [];
  const seen = new Set<number>();
  for (const { feature, contribution } of contributions) {
    if (picked.length >= 6) break;
    const quoted = feature.phrasingKey
      ? [phrasingSentence(feature.phrasingKey, input.answer, contribution > 0 ? 1 : -1)].filter((s) => s !== undefined)
      : featureSentences(feature, input);
    for (const s of quoted) {
      if (picked.length >= 6 || seen.has(s.index)) continue;
      seen.add(s.index);
      // The phrasing feature is named for what the candidate can act on: which of their sentences read like it.
      // A feature that pools signals ("blame" with "deflection") is quoted under the one the sentence carries.
      const signal = feature.phrasingKey
        ? `wording-of-${contribution > 0 ? "strong" : "weak"}-answers`
        : (feature.signals?.find((n) => input.signals.get(n)?.includes(s)) ?? feature.name);
      picked.push({ quote: s.text, effect: contribution > 0 ? "+" : "-", signal });
    }
  }
  // Penalties first (they explain a low score), then credit. Within each, named signals before the wording quote
  // (a named signal says what to keep or fix), each by how far it moved the score: a one-line view (practice's
  // grade screen) shows only the first of each.
  const rank = (e: Evidence) => (e.effect === "-" ? 0 : 2) + (e.signal.startsWith("wording-of-") ? 1 : 0);
  const evidence = picked.sort((a, b) => rank(a) - rank(b));
  return { score, expected: expectedLevel(model, eta), evidence };
}

const STOP = new Set(STOPWORDS);

/** For user rubrics: credit real sentences that use the dimension's own vocabulary, plus concreteness. */
function genericScorer(dim: Dimension, input: ScoringInput, t: Tally): void {
  const source = [
    dim.title,
    dim.description ?? "",
    anchorText(dim.levels.good).anchor,
    anchorText(dim.levels.excellent).anchor,
  ]
    .join(" ")
    .toLowerCase();
  const cues = new Set(
    tokenize(source)
      .filter((w) => w.length > 4 && !STOP.has(w))
      .map(stem),
  );
  let hits = 0;
  for (const s of input.answer.sentences) {
    if (!s.valid || hits >= 4) continue;
    if (s.words.some((w) => cues.has(stem(w)))) {
      hits++;
      t.points += 0.5;
      t.evidence.push({ quote: s.text, effect: "+", signal: `mentions-${dim.id}`, at: s.index });
    }
  }
  t.credit("number", [0.25, 0.25]);
  if (t.count("narrative") >= 3) t.points += 0.5;
  t.credit("humble-brag", [1], "-");
  t.credit("blame", [0.5], "-");
  t.need(hits > 0, `Nothing in the answer spoke to ${dim.title.toLowerCase()}.`);
}
