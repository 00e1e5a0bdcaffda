// The interpretable inputs of the fitted grader: per model (a rubric dimension as scored in one category), a short
// list of named features, each a capped count of one signal or a simple share of the answer. The fitted weights
// live in model.generated.ts; scripts/fit-grader.mjs fits them against the labelled fixtures. Every feature has a
// sign constraint (credit can never count against an answer, a red flag can never help it) so a fit on a few
// hundred answers cannot learn that blame is candour.
import type { ScoringInput } from "./dimensions.js";
import { phrasingValue } from "./phrasing.js";
import type { SignalName } from "./signals.js";
import type { Sentence } from "./text.js";

export interface Feature {
  name: string;
  /** +1: weight fitted >= 0; -1: weight fitted <= 0. */
  sign: 1 | -1;
  /** Signals whose sentences the feature counts (and quotes as evidence). */
  signals?: SignalName[];
  /** Count cap for signal features: repeating a phrase stops paying. */
  cap?: number;
  /** Derived features (shares, breadth) compute their own value. */
  value?: (input: ScoringInput) => number;
  /** The phrasing feature's model key: its evidence is the sentence whose words moved it most. */
  phrasingKey?: string;
}

const sig = (name: SignalName, cap: number, sign: 1 | -1 = 1, extra: SignalName[] = []): Feature => ({
  name,
  sign,
  cap,
  signals: [name, ...extra],
});

const count = (i: ScoringInput, name: SignalName) => i.signals.get(name)?.length ?? 0;

/** Share of real sentences told as "I" among those told as "I" or "we" (0.5 when neither). */
const firstPersonShare: Feature = {
  name: "first-person-share",
  sign: 1,
  value: (i) => {
    let mine = 0;
    let ours = 0;
    for (const s of i.answer.sentences) {
      if (!s.valid) continue;
      if (s.firstPerson) mine++;
      else if (s.we) ours++;
    }
    return mine + ours ? mine / (mine + ours) : 0.5;
  },
};

/** Share of real sentences with a person acting ("I" or "we"): an answer told in the passive shows no one deciding. */
const actorShare: Feature = {
  name: "actor-share",
  sign: 1,
  value: (i) => {
    let valid = 0;
    let acted = 0;
    for (const s of i.answer.sentences) {
      if (!s.valid) continue;
      valid++;
      if (s.firstPerson || s.we) acted++;
    }
    return valid ? acted / valid : 0;
  },
};

/** Share of story sentences framed as "I would / I usually" rather than told in the past tense. */
const hypotheticalShare: Feature = {
  name: "hypothetical-share",
  sign: -1,
  value: (i) => {
    const h = count(i, "hypothetical");
    const n = count(i, "narrative");
    return h + n ? h / (h + n) : 0;
  },
};

/** ln(words / 40), clipped to 0–2.5: length helps specificity a little, and never without limit. */
const logWords: Feature = {
  name: "log-words",
  sign: 1,
  value: (i) => Math.min(2.5, Math.max(0, Math.log(i.answer.wordCount / 40))),
};

const lookForCoverage: Feature = {
  name: "lookfor-coverage",
  sign: 1,
  value: (i) => {
    const c = i.coverage;
    const total = c ? c.covered.length + c.missed.length : 0;
    return c && total ? c.covered.length / total : 0;
  },
};

/** Kinds of judgment shown (decision with reason, unknown, alternative, reversibility/cost, tripwire). */
const judgmentBreadth: Feature = {
  name: "judgment-breadth",
  sign: 1,
  value: (i) =>
    [
      count(i, "decision-with-reason") + count(i, "reasoned-action"),
      count(i, "stated-unknown"),
      count(i, "options-with-reason") + count(i, "option-named"),
      count(i, "reversibility") + count(i, "cost-of-being-wrong"),
      count(i, "tripwire"),
    ].filter((k) => k > 0).length,
};

/** A named cause in one's own behaviour AND a concrete change: the Good/Excellent reflection anchor. */
const insightAndChange: Feature = {
  name: "insight-and-change",
  sign: 1,
  value: (i) => (count(i, "causal-insight") > 0 && count(i, "change-that-stuck") > 0 ? 1 : 0),
};

/**
 * The structure of a reasoned choice: a decision made (with its reason) next to the alternative it beat and why
 * that lost, in the same or an adjacent sentence. Either half alone is common; together they are the Good anchor.
 */
const reasonedChoice: Feature = {
  name: "reasoned-choice",
  sign: 1,
  value: (i) => {
    const decided = [...(i.signals.get("decision-with-reason") ?? []), ...(i.signals.get("reasoned-action") ?? [])];
    const weighed = [...(i.signals.get("options-with-reason") ?? []), ...(i.signals.get("cost-of-being-wrong") ?? [])];
    return decided.some((d) => weighed.some((o) => Math.abs(o.index - d.index) <= 1)) ? 1 : 0;
  },
};

/** An unknown named and then bounded: a check made (within two sentences) before acting on it. */
const unknownBounded: Feature = {
  name: "unknown-bounded",
  sign: 1,
  value: (i) => {
    const unknowns = i.signals.get("stated-unknown") ?? [];
    return (i.signals.get("bounded-unknown") ?? []).some((b) => unknowns.some((u) => Math.abs(u.index - b.index) <= 2))
      ? 1
      : 0;
  },
};

const situationShare: Feature = { name: "situation-share", sign: -1, value: (i) => i.star.situation };

/** A Netflix-specific reason tied to the candidate's own motive in the same sentence. */
const linkedMotive: Feature = {
  name: "linked-motive",
  sign: 1,
  value: (i) => {
    const motives = new Set<Sentence>(i.signals.get("motive-reason") ?? []);
    return (i.signals.get("netflix-specific") ?? []).some((s) => motives.has(s)) ? 1 : 0;
  },
};

/** The answer's wording scored by the phrasing model fitted for this key (see phrasing.ts). */
const phrasing = (key: string): Feature => ({
  name: "phrasing",
  sign: 1,
  phrasingKey: key,
  value: (i) => phrasingValue(key, i.answer),
});

/** Every model also weighs the answer's wording (its last feature): the fit decides how much per key. */
const withPhrasing = (lists: Record<string, Feature[]>): Record<string, Feature[]> =>
  Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, [...list, phrasing(key)]]));

/** Feature lists per model key `${category}:${dimension}`. Compensation has no labelled answers yet. */
export const FEATURES: Record<string, Feature[]> = withPhrasing({
  "behavioral:candor": [
    sig("owns-mistake", 2),
    sig("owns-mistake-with-cost", 1),
    sig("admission", 2),
    sig("spoke-up", 2),
    sig("still-slips", 1),
    sig("causal-insight", 1),
    sig("shared-mistake", 2, -1),
    sig("passive-mistake", 2, -1),
    sig("humble-brag", 1, -1),
    sig("blame", 2, -1, ["deflection"]),
    sig("denies-mistake", 1, -1),
    sig("justifies", 1, -1),
    firstPersonShare,
    hypotheticalShare,
  ],
  "behavioral:judgment": [
    sig("decision-with-reason", 2),
    sig("reasoned-action", 1),
    sig("stated-unknown", 2),
    sig("options-with-reason", 2),
    sig("option-named", 1),
    sig("reversibility", 2),
    sig("cost-of-being-wrong", 2),
    sig("tripwire", 2),
    sig("bounded-unknown", 1),
    reasonedChoice,
    unknownBounded,
    sig("authority-only", 1, -1),
    sig("judgment-jargon", 2, -1),
    judgmentBreadth,
    hypotheticalShare,
    actorShare,
  ],
  "behavioral:self-reflection": [
    sig("causal-insight", 2),
    sig("change-that-stuck", 2),
    sig("vague-change", 1),
    sig("change-tested", 2),
    sig("stated-lesson", 1),
    sig("would-do-differently", 1),
    sig("still-slips", 1),
    insightAndChange,
    sig("generic-lesson", 1, -1),
    sig("lesson-about-others", 1, -1),
    sig("no-change", 1, -1),
    sig("humble-brag", 1, -1),
    sig("justifies", 1, -1),
    hypotheticalShare,
  ],
  "behavioral:specificity": [
    sig("number", 4),
    sig("named-detail", 3),
    sig("result-with-number", 1),
    sig("concrete-context", 2),
    sig("narrative", 6),
    logWords,
    hypotheticalShare,
    situationShare,
  ],
  "system-design:candor": [sig("assumption", 3), sig("stated-unknown", 2), sig("design-weakness", 1), logWords],
  "system-design:judgment": [
    sig("tradeoff-with-reason", 3),
    sig("tradeoff-named", 2),
    sig("options-with-reason", 1),
    sig("reversibility", 1),
    sig("cost-of-being-wrong", 1),
    sig("tripwire", 1),
    lookForCoverage,
  ],
  "system-design:self-reflection": [
    sig("design-weakness", 3),
    sig("tradeoff-with-reason", 1),
    sig("stated-unknown", 1),
    sig("still-slips", 1),
  ],
  "system-design:requirements": [sig("scale-number", 4), sig("estimate", 2), sig("requirement", 2)],
  "system-design:failure-handling": [
    sig("failure-with-mitigation", 4),
    sig("failure-mode-only", 2),
    sig("mitigation-only", 2),
    lookForCoverage,
  ],
  "recruiter-screen:candor": [
    sig("honest-reason", 2),
    sig("owns-mistake", 1),
    sig("admission", 1),
    sig("real-weakness", 1),
    sig("still-slips", 1),
    sig("evasive", 2, -1),
    sig("humble-brag", 1, -1),
    sig("former-employer-blame", 2, -1),
    sig("blame", 1, -1),
    sig("generic-flattery", 1, -1),
  ],
  "recruiter-screen:self-reflection": [
    sig("real-weakness", 2),
    sig("causal-insight", 2),
    sig("change-that-stuck", 2),
    sig("still-slips", 1),
    sig("owns-mistake", 1),
    sig("generic-lesson", 1, -1),
    sig("humble-brag", 1, -1),
    sig("no-change", 1, -1),
  ],
  "recruiter-screen:specificity": [
    sig("number", 3),
    sig("result-with-number", 1),
    sig("concrete-context", 2),
    sig("netflix-specific", 2),
    sig("narrative", 4),
  ],
  "recruiter-screen:motivation": [
    sig("netflix-specific", 3),
    sig("motive-reason", 2),
    linkedMotive,
    sig("fit-concern", 2),
    // Not having looked is as generic a reason as fandom; one feature, so a fit on four such answers cannot split them.
    sig("generic-flattery", 2, -1, ["no-homework"]),
    sig("wants-structure", 1, -1),
    sig("evasive", 1, -1),
  ],
});

export function featureValue(f: Feature, input: ScoringInput): number {
  if (f.value) return f.value(input);
  let n = 0;
  for (const s of f.signals ?? []) n += input.signals.get(s)?.length ?? 0;
  return Math.min(n, f.cap ?? n);
}

export function featureVector(key: string, input: ScoringInput): number[] {
  return (FEATURES[key] ?? []).map((f) => featureValue(f, input));
}

/** The sentences a signal feature counted, in answer order, up to its cap (for quoting as evidence). */
export function featureSentences(f: Feature, input: ScoringInput): Sentence[] {
  if (!f.signals) return [];
  const all = f.signals.flatMap((s) => input.signals.get(s) ?? []).sort((a, b) => a.index - b.index);
  return [...new Set(all)].slice(0, f.cap ?? all.length);
}
