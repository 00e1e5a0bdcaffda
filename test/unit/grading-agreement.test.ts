// Agreement between the offline grader and independent human labels (test/fixtures/graded/*.yaml).
// The grader's per-dimension models are fitted on all four labelled files (dev, holdout, dev2, holdout2), so the
// figures on them are in-sample; the honest figure is leave-one-question-out cross-validation, where each question's
// answers are scored by a model fitted without that question. Floors are what each figure actually reached,
// rounded down, so a regression fails the build; the figures print on every run. Only the four files below are
// read: other files in that folder are held out for the lead's evaluation.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BankFile, type Category, type Rubric } from "../../src/bank/schema.js";
import { type Agreement, agreement, type LabelledGrade } from "../../src/grading/agreement.js";
import { FEATURES } from "../../src/grading/heuristic/features.js";
import { agreementOf, crossValidate, fitAll, type TrainingRow } from "../../src/grading/heuristic/fit.js";
import { gradeHeuristic } from "../../src/grading/heuristic/index.js";
import { MODELS, TRAINING_SET } from "../../src/grading/heuristic/model.generated.js";
import {
  HAND_POINTS,
  type ModelKind,
  modelRows,
  modelSpecs,
  trainingRows,
} from "../../src/grading/heuristic/training.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface FixtureQuestion {
  id: string;
  category: Category;
  rubric: string;
  prompt: string;
  lookFor?: (string | { concept: string; synonyms?: string[] })[];
}
interface FixtureAnswer {
  id: string;
  question: string;
  kind: "genuine" | "adversarial";
  tactic: string | null;
  labels: Record<string, number>;
  answer: string | null;
}

const bank = BankFile.parse(parse(readFileSync(`${root}questions/rubrics.yaml`, "utf8")));
const rubrics = new Map<string, Rubric>((bank.rubrics ?? []).map((r) => [r.id, r]));

const TRAINING_FILES = ["dev", "holdout", "dev2", "holdout2"] as const;
/**
 * Labelled by two further labellers after the fit, and graded once when the model was frozen (the figures
 * below are from that run). Never fitted on: scripts/fit-grader.mjs reads only TRAINING_FILES.
 */
const UNSEEN_FILES = ["holdout3a", "holdout3b"] as const;
const SPLITS = { fitted: TRAINING_FILES, unseen: UNSEEN_FILES } as const;
type Split = keyof typeof SPLITS;

function gradeFixture(split: Split): { items: LabelledGrade[]; result: Agreement; misquoted: string[] } {
  const items: LabelledGrade[] = [];
  const misquoted: string[] = [];
  for (const file of SPLITS[split]) {
    const graded = gradeFile(file);
    items.push(...graded.items);
    misquoted.push(...graded.misquoted);
  }
  return { items, result: agreement(items), misquoted };
}

function loadFixture(name: string) {
  return parse(readFileSync(`${root}test/fixtures/graded/${name}.yaml`, "utf8")) as {
    questions: FixtureQuestion[];
    answers: FixtureAnswer[];
  };
}

function requestOf(q: FixtureQuestion, a: FixtureAnswer, file: string) {
  const rubric = rubrics.get(q.rubric);
  if (!rubric) throw new Error(`${file}: question ${q.id} names unknown rubric ${q.rubric}`);
  const lookFor = q.lookFor?.map((l) =>
    typeof l === "string" ? l : { concept: l.concept, synonyms: l.synonyms ?? [] },
  );
  return { answer: a.answer ?? "", question: { prompt: q.prompt, category: q.category, lookFor }, rubric };
}

/** The same rows scripts/fit-grader.mjs fits on, in the same order. */
function allTrainingRows(): TrainingRow[] {
  return TRAINING_FILES.flatMap((file) => {
    const fixture = loadFixture(file);
    const questions = new Map(fixture.questions.map((q) => [q.id, q]));
    return fixture.answers.flatMap((a) =>
      trainingRows({
        id: a.id,
        question: a.question,
        adversarial: a.kind === "adversarial",
        labels: a.labels,
        request: requestOf(questions.get(a.question) as FixtureQuestion, a, file),
      }),
    );
  });
}

function gradeFile(name: string): { items: LabelledGrade[]; misquoted: string[] } {
  const fixture = parse(readFileSync(`${root}test/fixtures/graded/${name}.yaml`, "utf8")) as {
    questions: FixtureQuestion[];
    answers: FixtureAnswer[];
  };
  const questions = new Map(fixture.questions.map((q) => [q.id, q]));
  const misquoted: string[] = [];
  const items: LabelledGrade[] = fixture.answers.map((a) => {
    const q = questions.get(a.question);
    if (!q) throw new Error(`${name}: answer ${a.id} names unknown question ${a.question}`);
    const grade = gradeHeuristic(requestOf(q, a, name));
    for (const d of grade.dimensions)
      for (const e of d.evidence) if (!(a.answer ?? "").includes(e.quote)) misquoted.push(`${a.id}: ${e.quote}`);
    return {
      id: a.id,
      group: q.rubric,
      adversarial: a.kind === "adversarial",
      labels: a.labels,
      scores: Object.fromEntries(grade.dimensions.map((d) => [d.id, d.score])),
    };
  });
  return { items, misquoted };
}

function table(name: string, r: Agreement): string {
  const fmt = (x: number) => (Number.isNaN(x) ? "  n/a" : x.toFixed(2).padStart(5));
  const lines = [
    `${name}: dimension          n   rho  rho(genuine)  pairs ordered  ±1`,
    ...r.dimensions.map(
      (d) =>
        `  ${d.dimension.padEnd(22)} ${String(d.n).padStart(3)} ${fmt(d.spearman)}  ${fmt(d.spearmanGenuine)}        ${String(d.pairs.ordered).padStart(4)}/${String(d.pairs.pairs).padEnd(4)} ${fmt(d.withinOne)}`,
    ),
    `  pairs ordered overall: ${r.pairs.ordered}/${r.pairs.pairs} = ${(100 * r.pairs.accuracy).toFixed(1)}% (ties ${r.pairs.ties})`,
    `  adversarial ceiling: ${r.adversarialCeiling.score} (${r.adversarialCeiling.id ?? "-"} on ${r.adversarialCeiling.dimension ?? "-"})`,
  ];
  return lines.join("\n");
}

/**
 * Committed floors, rounded down to two places from what was reached with lexicon heuristic-2026.11.3 and the model
 * in model.generated.ts. Spearman is over all answers (genuine and adversarial) per dimension; pairs are answers
 * under the same rubric whose labels differ by >= 2 on a dimension, a tie counting as a miss. "fitted" grades every
 * labelled answer through gradeHeuristic (in-sample); "cv" is leave-one-question-out cross-validation with the
 * stored penalties. Both fall short of the 0.75 / 95% goal on some dimensions; the floors record what is reached,
 * not the goal. Raise them when the grader improves; never lower them to pass.
 * (Lowered once, on purpose: the cap for design answers to a different question closed a gaming hole and took
 * three design answers out of fitting, moving failure-handling 0.81 -> 0.79 and judgment 0.76 -> 0.75 in-sample.)
 */
const THRESHOLDS: Record<
  "fitted" | "cv" | "unseen",
  { spearman: Record<string, number>; pairs: number; ceiling: number }
> = {
  // Far below the 0.75 / 95% goal: this is the honest figure for answers the grader was not fitted on.
  unseen: {
    spearman: {
      candor: 0.56,
      judgment: 0.59,
      "self-reflection": 0.6,
      specificity: 0.82,
      requirements: 0.76,
      "failure-handling": 0.63,
      motivation: 0.56,
    },
    pairs: 0.81,
    ceiling: 2,
  },
  fitted: {
    spearman: {
      candor: 0.79,
      judgment: 0.75,
      "self-reflection": 0.77,
      specificity: 0.85,
      requirements: 0.89,
      "failure-handling": 0.79,
      motivation: 0.77,
    },
    pairs: 0.91,
    ceiling: 2,
  },
  cv: {
    spearman: {
      candor: 0.79,
      judgment: 0.72,
      "self-reflection": 0.74,
      specificity: 0.83,
      requirements: 0.83,
      "failure-handling": 0.77,
      motivation: 0.77,
    },
    pairs: 0.9,
    ceiling: 2,
  },
};

function checkFloors(name: "fitted" | "cv" | "unseen", result: Agreement) {
  it.each(result.dimensions.map((d) => [d.dimension, d] as const))("ranks answers like the labels on %s", (_, d) => {
    const floor = THRESHOLDS[name].spearman[d.dimension];
    if (floor === undefined) throw new Error(`no committed threshold for dimension ${d.dimension}`);
    expect(d.spearman).toBeGreaterThanOrEqual(floor);
  });

  it("orders clearly different answers the same way as the labels", () => {
    expect(result.pairs.accuracy).toBeGreaterThanOrEqual(THRESHOLDS[name].pairs);
  });

  it("never lets an adversarial answer above Mixed", () => {
    expect(result.adversarialCeiling.score).toBeLessThanOrEqual(THRESHOLDS[name].ceiling);
  });
}

describe("agreement with human labels (fitted: all labelled answers, in-sample)", () => {
  const { items, result, misquoted } = gradeFixture("fitted");
  console.log(table("fitted", result));

  it("has labelled answers for every rubric dimension it grades", () => {
    expect(items.length).toBeGreaterThan(200);
    expect(items.some((i) => i.adversarial)).toBe(true);
  });

  it("quotes evidence exactly as the candidate typed it", () => {
    expect(misquoted).toEqual([]);
  });

  checkFloors("fitted", result);
});

describe("agreement with human labels on answers never fitted on (holdout3a, holdout3b)", () => {
  const { items, result, misquoted } = gradeFixture("unseen");
  console.log(table("unseen", result));

  it("has a fresh set from other labellers", () => {
    expect(items.length).toBeGreaterThan(100);
  });

  it("quotes evidence exactly as the candidate typed it", () => {
    expect(misquoted).toEqual([]);
  });

  checkFloors("unseen", result);
});

// The stored kind (named features, or the hand-tuned points re-cut) and penalty of each model, as the fitter chose them.
const kinds: Record<string, ModelKind> = Object.fromEntries(
  Object.entries(MODELS).map(([key, m]) => [key, m.weights[HAND_POINTS] === undefined ? "features" : "points"]),
);
const rows = modelRows(allTrainingRows(), kinds);
const specs = modelSpecs(kinds);
const lambdas = Object.fromEntries(Object.entries(MODELS).map(([key, m]) => [key, m.lambda]));

describe("agreement under leave-one-question-out cross-validation", () => {
  const predicted = crossValidate(rows, specs, { fixed: lambdas });
  const result = agreementOf(rows, (r) => predicted.get(r) as number);
  console.log(table("cv", result));

  it("scores every labelled row from a model that never saw its question", () => {
    expect(predicted.size).toBe(rows.length);
  });

  checkFloors("cv", result);
});

describe("model.generated.ts", () => {
  it("was fitted on the labelled files as they are now", () => {
    const hash = createHash("sha256");
    for (const name of TRAINING_SET.files)
      hash.update(`${name}\n${readFileSync(`${root}test/fixtures/graded/${name}.yaml`, "utf8")}\n`);
    expect(TRAINING_SET.files).toEqual([...TRAINING_FILES]);
    expect(TRAINING_SET.sha256).toBe(hash.digest("hex"));
  });

  it("names the features the grader computes, in order", () => {
    for (const [key, m] of Object.entries(MODELS))
      if (kinds[key] === "features") expect(Object.keys(m.weights)).toEqual(FEATURES[key]?.map((f) => f.name));
      else expect(Object.keys(m.weights)).toEqual([HAND_POINTS]);
  });

  it("is what a deterministic re-fit gives today (run scripts/fit-grader.mjs if not)", () => {
    const refit = fitAll(rows, specs, lambdas);
    expect(Object.keys(refit).sort()).toEqual(Object.keys(MODELS).sort());
    for (const [key, m] of Object.entries(MODELS)) {
      expect(refit[key]?.weights, key).toEqual(Object.values(m.weights));
      expect(refit[key]?.cuts, key).toEqual(m.cuts);
    }
  });

  it("respects every feature's sign: credit never counts against an answer, a red flag never helps", () => {
    for (const [key, m] of Object.entries(MODELS))
      Object.entries(m.weights).forEach(([name, w], j) => {
        expect(w * (specs[key]?.signs[j] ?? 0), `${key} ${name}`).toBeGreaterThanOrEqual(0);
      });
  });
});
