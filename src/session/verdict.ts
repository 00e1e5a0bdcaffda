// The debrief: turns a session's grades into the call a hiring panel would make, with the reason and what
// would change it. Pure; the thresholds below are the whole policy.
import { z } from "zod";
import type { Grade } from "../grading/grade.js";

export const VERDICT_LEVELS = ["strong-no-hire", "no-hire", "hire", "strong-hire"] as const;
export type VerdictLevel = (typeof VERDICT_LEVELS)[number];

export const Verdict = z.strictObject({
  level: z.enum(VERDICT_LEVELS),
  reason: z.string(),
  wouldChange: z.string(),
  /** Weighted mean of overall scores, 1–4. */
  meanOverall: z.number(),
  /** Graded main-question answers the verdict rests on. */
  answers: z.number().int().min(0),
  weakestDimension: z.strictObject({ id: z.string(), title: z.string(), average: z.number() }).optional(),
  confidence: z.enum(["low", "normal"]),
});
export type Verdict = z.infer<typeof Verdict>;

/** One graded answer: the latest grade of a question or follow-up. */
export interface GradedAnswer {
  questionId: string;
  followUp: boolean;
  grade: Grade;
}

/**
 * Thresholds, on the 1–4 rubric scale (1 poor, 2 mixed, 3 good, 4 excellent):
 * - strong no hire: mean < 2.0, or candor averages < 1.75 — repeated deflection is disqualifying on its own
 *   in a culture that runs on candor, however polished the rest is. Design answers are left out of that candor
 *   average: their "candor" is stating assumptions, and a design that skips them is weak, not evasive.
 * - strong hire: mean ≥ 3.4, every dimension averages ≥ 3.0 (good everywhere) and at least 2 main answers.
 *   One answer is not enough evidence for the strongest call.
 * - hire: mean ≥ 2.75 and no dimension averages below 2.0 (nothing consistently poor).
 * - no hire: everything else.
 * Follow-up answers count at half weight: they show recovery on a weak dimension, but the first answer is
 * what the interviewer writes down. Confidence is low with fewer than 2 main answers or when most grades
 * are low-confidence (very short answers, for instance).
 */
export const THRESHOLDS = {
  strongNoHireMean: 2.0,
  strongNoHireCandor: 1.75,
  strongHireMean: 3.4,
  strongHireDimensionFloor: 3.0,
  strongHireMinAnswers: 2,
  hireMean: 2.75,
  hireDimensionFloor: 2.0,
  followUpWeight: 0.5,
} as const;

/**
 * What a better answer shows on each dimension of each shipped rubric, in the words a debrief would use. Keyed by
 * rubric as well as dimension: the design rubric reuses the culture ids (candor is "assumptions and unknowns" there),
 * and "say what you got wrong and what you told the people affected" is no advice for a design.
 */
export const DIMENSION_SHOWS: Record<string, Record<string, string>> = {
  behavioral: {
    candor:
      "A stronger answer says the uncomfortable part plainly: what you got wrong, in the first person, and what you told the people affected.",
    judgment:
      "A stronger answer names the option you rejected, why, how reversible the choice was and what being wrong would have cost.",
    "self-reflection":
      "A stronger answer says what you would do differently and shows it: a habit or process you actually changed afterwards.",
    specificity:
      "A stronger answer gives one real situation with names of roles, numbers and dates instead of what you usually do.",
  },
  "system-design": {
    candor:
      "A stronger design says its assumptions out loud as it makes them, and names what it does not know and how it would find out.",
    judgment:
      "A stronger design names each trade-off with the alternative it turned down, how hard the choice is to undo and what being wrong would cost.",
    "self-reflection":
      "A stronger design names its own weakest point before the interviewer does: where it breaks first, and what you would revisit with more time or data.",
    requirements:
      "A stronger design pins down requirements first and estimates scale with numbers and units (requests per second, storage, bandwidth) that change a decision.",
    "failure-handling":
      "A stronger design walks through what breaks (a region, a dependency, a hot key) and how the system degrades for the member instead of failing.",
  },
  "recruiter-screen": {
    candor:
      "A stronger answer answers the question asked, plainly, including the uncomfortable part: why you are leaving, a gap, a concern.",
    "self-reflection":
      "A stronger answer names a real weakness or preference and shows with one example how it plays out at work.",
    specificity:
      "A stronger answer gives concrete facts: your scope, what you changed, the numbers, and what you want next.",
    motivation:
      "A stronger answer ties why this team and this role to something specific you have done, not to the brand.",
  },
  compensation: {
    candor: "A stronger answer states a number, a preference or the competing offer directly instead of deflecting.",
    judgment:
      "A stronger answer reasons from your own circumstances: how much risk you can carry, cash against stock, and why.",
    specificity: "A stronger answer gives numbers and ranges and says where they came from.",
  },
};

/**
 * Why a candor average under the floor ends the loop, per rubric. A design that never states its assumptions is weak,
 * not evasive, so design answers do not count towards this veto (see THRESHOLDS).
 */
const CANDOR_VETO: Record<string, string> = {
  behavioral: "the answers kept the mistakes at arm's length, which this panel does not get past.",
  "recruiter-screen": "the answers stepped around what was asked, which this panel does not get past.",
  compensation: "the answers deflected instead of saying a number or a preference, which this panel does not get past.",
};
const NO_CANDOR_VETO = new Set(["system-design"]);

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A figure to one decimal, or two when one would put it on the other side of a threshold it is judged against:
 * "mean score 2.0 … a mean of 2.0 moves this to no hire" for a 1.97 reads as a contradiction.
 */
function figure(value: number, thresholds: readonly number[]): string {
  const shown = Number(value.toFixed(1));
  return thresholds.some((t) => value < t !== shown < t) ? value.toFixed(2) : value.toFixed(1);
}
const MEAN_THRESHOLDS = [THRESHOLDS.strongNoHireMean, THRESHOLDS.hireMean, THRESHOLDS.strongHireMean];
const DIMENSION_THRESHOLDS = [
  THRESHOLDS.strongNoHireCandor,
  THRESHOLDS.hireDimensionFloor,
  THRESHOLDS.strongHireDimensionFloor,
];

/**
 * How the verdict weighs and shows averages, for a summary table printed beside it: follow-ups at half weight, and
 * the verdict's figures, so a table never says 2.0 beside a 1.97.
 */
export const VERDICT_AVERAGES = {
  followUpWeight: THRESHOLDS.followUpWeight,
  figures: {
    mean: (value: number) => figure(value, MEAN_THRESHOLDS),
    dimension: (value: number) => figure(value, DIMENSION_THRESHOLDS),
  },
};

interface DimensionAverage {
  id: string;
  title: string;
  average: number;
  /** The rubric whose answers average lowest on this dimension: its title and advice are the ones shown. */
  rubric: string;
}

/**
 * Averages per dimension id, follow-ups at half weight. A loop that mixes stories and designs averages "candor" over
 * both (the design rubric maps its dimensions onto the culture ones); the title and advice come from whichever
 * rubric's answers are weakest on it, since that is where the score was lost.
 */
function dimensionAverages(answers: GradedAnswer[], include = (_: GradedAnswer) => true): DimensionAverage[] {
  type Sum = { sum: number; weight: number };
  const acc = new Map<string, Sum & { byRubric: Map<string, Sum & { title: string }> }>();
  for (const a of answers) {
    if (!include(a)) continue;
    const w = a.followUp ? THRESHOLDS.followUpWeight : 1;
    for (const d of a.grade.dimensions) {
      const entry = acc.get(d.id) ?? { sum: 0, weight: 0, byRubric: new Map() };
      entry.sum += d.score * w;
      entry.weight += w;
      const part = entry.byRubric.get(a.grade.rubric.id) ?? { title: d.title, sum: 0, weight: 0 };
      part.sum += d.score * w;
      part.weight += w;
      entry.byRubric.set(a.grade.rubric.id, part);
      acc.set(d.id, entry);
    }
  }
  return [...acc.entries()]
    .map(([id, e]) => {
      const [rubric, worst] = [...e.byRubric].reduce((a, b) =>
        b[1].sum / b[1].weight < a[1].sum / a[1].weight ? b : a,
      );
      return { id, title: worst.title, average: round2(e.sum / e.weight), rubric };
    })
    .sort((a, b) => a.average - b.average || a.id.localeCompare(b.id));
}

function shows(dim: DimensionAverage): string {
  return (
    DIMENSION_SHOWS[dim.rubric]?.[dim.id] ?? `A stronger answer scores at least good on ${dim.title.toLowerCase()}.`
  );
}

/** The panel's call from a session's graded answers; undefined when nothing was graded. */
export function computeVerdict(answers: GradedAnswer[]): Verdict | undefined {
  const main = answers.filter((a) => !a.followUp);
  if (main.length === 0) return undefined;
  const T = THRESHOLDS;

  let sum = 0;
  let weight = 0;
  for (const a of answers) {
    const w = a.followUp ? T.followUpWeight : 1;
    sum += a.grade.overall * w;
    weight += w;
  }
  const mean = round2(sum / weight);
  const dims = dimensionAverages(answers);
  const weakest = dims[0];
  const candor = dimensionAverages(answers, (a) => !NO_CANDOR_VETO.has(a.grade.rubric.id)).find(
    (d) => d.id === "candor",
  );
  const lowGrades = answers.filter((a) => a.grade.confidence === "low").length;
  const confidence = main.length < 2 || lowGrades * 2 > answers.length ? "low" : "normal";

  const n = main.length;
  // Name the follow-ups and their weight: the debrief table lists each score, and "averaged 1.7 over 1 answer"
  // beside a 2 and a 1 reads as an arithmetic slip unless the half weight is said.
  const followUps = answers.length - n;
  const over =
    `${n} answer${n === 1 ? "" : "s"}` +
    (followUps > 0 ? ` and ${followUps} follow-up${followUps === 1 ? "" : "s"} at half weight` : "");
  const meanText = figure(mean, MEAN_THRESHOLDS);
  const weakestText = weakest
    ? `${weakest.title.toLowerCase()} averaged ${figure(weakest.average, DIMENSION_THRESHOLDS)}`
    : "";
  const below = (floor: number) => dims.filter((d) => d.average < floor);

  let level: VerdictLevel;
  let reason: string;
  let wouldChange: string;

  if (mean < T.strongNoHireMean || (candor && candor.average < T.strongNoHireCandor)) {
    level = "strong-no-hire";
    if (candor && candor.average < T.strongNoHireCandor) {
      const title = candor.title.charAt(0).toUpperCase() + candor.title.slice(1);
      reason = `${title} averaged ${figure(candor.average, DIMENSION_THRESHOLDS)} over ${over}: ${CANDOR_VETO[candor.rubric] ?? CANDOR_VETO.behavioral}`;
      wouldChange = `${title} at ${T.strongNoHireCandor} or better moves this to no hire. ${shows(candor)}`;
    } else {
      reason = `Mean score ${meanText} over ${over}; ${weakestText}. Most answers stayed at poor.`;
      wouldChange =
        `A mean of ${T.strongNoHireMean.toFixed(1)} (mixed) moves this to no hire; start with ${weakest?.title.toLowerCase()}. ${weakest ? shows(weakest) : ""}`.trim();
    }
  } else if (
    mean >= T.strongHireMean &&
    below(T.strongHireDimensionFloor).length === 0 &&
    n >= T.strongHireMinAnswers
  ) {
    level = "strong-hire";
    reason = `Mean score ${meanText} over ${over}, good or better on every dimension; ${weakestText}.`;
    wouldChange = weakest
      ? `It would drop to hire if ${weakest.title.toLowerCase()} slipped below ${T.strongHireDimensionFloor.toFixed(1)}. ${shows(weakest)}`
      : "";
  } else if (mean >= T.hireMean && below(T.hireDimensionFloor).length === 0) {
    level = "hire";
    const blockers = below(T.strongHireDimensionFloor);
    reason = `Mean score ${meanText} over ${over} with no dimension consistently poor; ${weakestText}.`;
    if (n < T.strongHireMinAnswers && blockers.length === 0 && mean >= T.strongHireMean) {
      wouldChange = `One answer is too little evidence for strong hire; a second answer at this level would be.`;
    } else if (blockers.length > 0 && weakest) {
      wouldChange = `Strong hire needs every dimension at ${T.strongHireDimensionFloor.toFixed(1)}+ and a mean of ${T.strongHireMean}; ${weakestText}. ${shows(weakest)}`;
    } else {
      wouldChange =
        `Strong hire needs a mean of ${T.strongHireMean} (now ${meanText}). ${weakest ? shows(weakest) : ""}`.trim();
    }
  } else {
    level = "no-hire";
    const poor = below(T.hireDimensionFloor);
    if (poor.length > 0 && weakest) {
      reason = `Mean score ${meanText} over ${over}, but ${weakestText}: consistently poor on it.`;
      const meanGap = mean < T.hireMean ? ` and a mean of ${T.hireMean} (now ${meanText})` : "";
      wouldChange = `Hire needs ${weakest.title.toLowerCase()} at ${T.hireDimensionFloor.toFixed(1)}+${meanGap}. ${shows(weakest)}`;
    } else {
      reason = `Mean score ${meanText} over ${over}: mixed answers, nothing the panel could point to as strong; ${weakestText}.`;
      wouldChange = `Hire needs a mean of ${T.hireMean} (now ${meanText}). ${weakest ? shows(weakest) : ""}`.trim();
    }
  }

  return {
    level,
    reason,
    wouldChange,
    meanOverall: mean,
    answers: n,
    ...(weakest ? { weakestDimension: { id: weakest.id, title: weakest.title, average: weakest.average } } : {}),
    confidence,
  };
}
