// Agreement between the offline grader and independent human labels (test/fixtures/graded/*.yaml).
// The grader's per-dimension models are fitted on a hundred and fifty-two labelled files (dev, holdout, dev2, holdout2,
// holdout3a/b to holdout76a/b; a hundred and fifty labellers), so the figures on them are in-sample; the honest figures are
// leave-one-question-out cross-validation (each question's answers scored by a model fitted without that question,
// with phrasing values from a phrasing model fitted without the answer's labeller) and the unseen files at the end.
// Floors are what each figure actually reached, rounded down, so a regression fails the build; the figures print on
// every run.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BankFile, type Category, type Rubric } from "../../src/bank/schema.js";
import { type Agreement, agreement, type LabelledGrade } from "../../src/grading/agreement.js";
import { FEATURES } from "../../src/grading/heuristic/features.js";
import { agreementOf, crossValidate, fitAll, type KeySpec, type TrainingRow } from "../../src/grading/heuristic/fit.js";
import { gradeHeuristic } from "../../src/grading/heuristic/index.js";
import { MODELS, TRAINING_SET } from "../../src/grading/heuristic/model.generated.js";
import { PHRASING_WEIGHTS, PHRASING_WORDS } from "../../src/grading/heuristic/phrasing.generated.js";
import { storedWeights } from "../../src/grading/heuristic/phrasing.js";
import { fitPhrasing, labellerOf, phrasingAnswersOf } from "../../src/grading/heuristic/phrasing-fit.js";
import {
  HAND_POINTS,
  type ModelKind,
  modelRows,
  modelSpecs,
  trainingRows,
  withOutOfFoldPhrasing,
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

// holdout3a/holdout3b were graded once as unseen answers (candor 0.57, judgment 0.60, self-reflection 0.61,
// specificity 0.83, requirements 0.77, failure-handling 0.64, motivation 0.57, pairs 81.7%), then spent: their
// error analysis shaped lexicon heuristic-2026.11.4. holdout4a/holdout4b were graded once unseen with that lexicon
// (candor 0.62, judgment 0.68, self-reflection 0.63, specificity 0.75, requirements 0.80, failure-handling 0.89,
// motivation 0.52, pairs 81.8%), then spent: their error analysis shaped heuristic-2026.11.5. holdout5a/holdout5b
// were graded once unseen with that lexicon (candor 0.76, judgment 0.66, self-reflection 0.61, specificity 0.78,
// requirements 0.82, failure-handling 0.76, motivation 0.55, pairs 83.4%), then spent: their error analysis shaped
// heuristic-2026.11.6. holdout6a/holdout6b were graded once unseen with that lexicon (candor 0.71, judgment 0.63,
// self-reflection 0.69, specificity 0.85, requirements 0.68, failure-handling 0.88, motivation 0.54, pairs 88.4%),
// then spent. holdout7a/holdout7b were graded once unseen by round 5 (lexicon heuristic-2026.11.7; candor 0.79,
// judgment 0.77, self-reflection 0.79, specificity 0.83, requirements 0.77, failure-handling 0.92, motivation 0.67,
// pairs 92.7%), then spent: their motivation misses shaped heuristic-2026.11.8. holdout8a/holdout8b were graded once
// unseen by round 6 (candor 0.80, judgment 0.65, self-reflection 0.78, specificity 0.82, requirements 0.87,
// failure-handling 0.94, motivation 0.71, pairs 93.6%), then spent: two gaming answers shaped heuristic-2026.11.9.
// holdout9a/holdout9b were graded once unseen by round 7 (candor 0.78, judgment 0.68, self-reflection 0.79,
// specificity 0.72, requirements 0.88, failure-handling 0.85, motivation 0.86, pairs 88.1%), then spent: a false
// instruction match and two gaming answers shaped heuristic-2026.11.10. holdout10a/holdout10b were graded once unseen
// by round 8 (candor 0.70, judgment 0.72, self-reflection 0.69, specificity 0.76, requirements 0.69, failure-handling
// 0.78, motivation 0.82, pairs 86.1%), then spent: six gaming answers shaped heuristic-2026.11.11. holdout11a/b and
// holdout12a/b were graded once unseen by round 9 (candor 0.85, judgment 0.78, self-reflection 0.79, specificity 0.85,
// requirements 0.93, failure-handling 0.87, motivation 0.79, pairs 94.3%), then spent: three gaming answers shaped
// heuristic-2026.11.12. holdout13a/b and holdout14a/b were graded once unseen by round 10 (candor 0.79, judgment 0.71,
// self-reflection 0.76, specificity 0.81, requirements 0.84, failure-handling 0.82, motivation 0.74, pairs 90.9%), then
// spent: six gaming answers shaped heuristic-2026.11.13. holdout15a/b and holdout16a/b were graded once unseen by
// round 11 (candor 0.85, judgment 0.76, self-reflection 0.83, specificity 0.85, requirements 0.84, failure-handling
// 0.88, motivation 0.85, pairs 94.2%), then spent: four gaming answers shaped heuristic-2026.11.14. holdout17a/b and
// holdout18a/b were graded once unseen by round 12 (candor 0.82, judgment 0.747, self-reflection 0.82, specificity 0.80,
// requirements 0.77, failure-handling 0.90, motivation 0.94, pairs 92.6%), then spent: six gaming answers shaped
// heuristic-2026.11.15. holdout19a/b and holdout20a/b were graded once unseen by round 13 (candor 0.82, judgment 0.71,
// self-reflection 0.80, specificity 0.82, requirements 0.84, failure-handling 0.91, motivation 0.83, pairs 93.7%, or
// 97.0% by position within the level), then spent: seven gaming answers shaped heuristic-2026.11.17. holdout21a/b and
// holdout22a/b were graded once unseen by round 14 (candor 0.78, judgment 0.77, self-reflection 0.80, specificity 0.80,
// requirements 0.91, failure-handling 0.88, motivation 0.745, pairs 92.0%, or 95.8% by position), then spent: three
// gaming answers shaped heuristic-2026.11.18. holdout23a/b and holdout24a/b were graded once unseen by round 15
// (candor 0.84, judgment 0.74, self-reflection 0.82, specificity 0.82, requirements 0.88, failure-handling 0.93,
// motivation 0.77, pairs 92.5%, or 96.5% by position), then spent: six gaming answers shaped heuristic-2026.11.22.
// holdout25a/b and holdout26a/b were graded once unseen by round 16 (candor 0.81, judgment 0.72, self-reflection 0.83,
// specificity 0.84, requirements 0.84, failure-handling 0.88, motivation 0.60, pairs 93.6%, or 96.5% by position),
// then spent: five gaming answers shaped heuristic-2026.11.22b. holdout27a/b and holdout28a/b were graded once unseen
// by round 17 (candor 0.85, judgment 0.74, self-reflection 0.81, specificity 0.84, requirements 0.89, failure-handling
// 0.88, motivation 0.66, pairs 95.6%, or 97.8% by position), then spent: three gaming answers shaped
// heuristic-2026.11.22c. holdout29a/b and holdout30a/b were graded once unseen by round 18 (candor 0.83, judgment 0.70,
// self-reflection 0.85, specificity 0.83, requirements 0.87, failure-handling 0.87, motivation 0.83, pairs 94.9%, or
// 97.7% by position), then spent: two gaming answers shaped heuristic-2026.11.22d. holdout31a/b and holdout32a/b were
// graded once unseen by round 19 (candor 0.83, judgment 0.71, self-reflection 0.82, specificity 0.85, requirements
// 0.83, failure-handling 0.87, motivation 0.89, pairs 93.1%, or 96.8% by position), then spent: four gaming answers
// shaped heuristic-2026.11.22e. holdout33a/b and holdout34a/b were graded once unseen by round 20 (candor 0.85,
// judgment 0.74, self-reflection 0.85, specificity 0.79, requirements 0.80, failure-handling 0.79, motivation 0.97,
// pairs 92.7%, or 96.3% by position), then spent: six gaming answers shaped heuristic-2026.11.22f. holdout35a/b and
// holdout36a/b were graded once unseen by round 21 (candor 0.84, judgment 0.78, self-reflection 0.82, specificity 0.84,
// requirements 0.79, failure-handling 0.82, motivation 0.85, pairs 93.2%, or 96.7% by position), then spent: five
// gaming answers shaped heuristic-2026.11.22h. holdout37a/b and holdout38a/b were graded once unseen by round 22 (candor
// 0.85, judgment 0.74, self-reflection 0.79, specificity 0.84, requirements 0.92, failure-handling 0.90, motivation
// 0.78, pairs 92.1%, or 96.5% by position), then spent: five gaming answers shaped heuristic-2026.11.22j. holdout39a/b
// and holdout40a/b were graded once unseen by round 23 (candor 0.87, judgment 0.73, self-reflection 0.79, specificity
// 0.84, requirements 0.83, failure-handling 0.89, motivation 0.83, pairs 94.7%, or 97.2% by position), then spent: two
// gaming answers shaped heuristic-2026.11.22k. holdout41a/b and holdout42a/b were graded once unseen by round 24 (candor
// 0.82, judgment 0.76, self-reflection 0.76, specificity 0.83, requirements 0.90, failure-handling 0.93, motivation
// 0.91, pairs 91.5%, or 95.3% by position), then spent: six gaming answers shaped heuristic-2026.11.22l. holdout43a/b
// and holdout44a/b were graded once unseen by round 25 (candor 0.81, judgment 0.78, self-reflection 0.82, specificity
// 0.84, requirements 0.86, failure-handling 0.85, motivation 0.75, pairs 93.9%, or 97.4% by position), then spent: they
// were hard-wrapped, which shaped the line-break handling, and six gaming answers shaped heuristic-2026.11.22m.
// holdout45a/b and holdout46a/b were graded once unseen by round 26 (candor 0.83, judgment 0.75, self-reflection 0.82,
// specificity 0.88, requirements 0.80, failure-handling 0.746, motivation 0.78, pairs 96.1%, or 98.3% by position),
// then spent: five gaming answers shaped heuristic-2026.11.22o. holdout47a/b and holdout48a/b were graded once unseen
// by round 27 (candor 0.88, judgment 0.82, self-reflection 0.87, specificity 0.91, requirements 0.87, failure-handling
// 0.82, motivation 0.737, pairs 97.1%, or 99.2% by position), then spent: five gaming answers shaped
// heuristic-2026.11.22q. holdout49a/b and holdout50a/b were graded once unseen by round 28 (candor 0.84, judgment 0.74,
// self-reflection 0.82, specificity 0.88, requirements 0.79, failure-handling 0.71, motivation 0.81, pairs 94.65%, or
// 96.7% by position; the round-27 grader scored them about the same, so the set was harder), then spent: five gaming
// answers shaped heuristic-2026.11.22t. holdout51a/b and holdout52a/b were graded once unseen by round 29 (candor 0.84,
// judgment 0.82, self-reflection 0.83, specificity 0.87, requirements 0.90, failure-handling 0.94, motivation 0.88,
// pairs 96.9%, or 99.0% by position; the round-28 grader scored them within 0.02, so the set was easier), then spent:
// four gaming answers shaped heuristic-2026.11.22w. holdout53a/b and holdout54a/b were graded once unseen by round 30
// (candor 0.82, judgment 0.83, self-reflection 0.86, specificity 0.90, requirements 0.91, failure-handling 0.88,
// motivation 0.88, pairs 96.1%, or 98.4% by position; the round-29 grader within 0.01), then spent: five gaming answers
// shaped heuristic-2026.11.23a. holdout55a/b and holdout56a/b were graded once unseen by round 31 (candor 0.88, judgment
// 0.79, self-reflection 0.86, specificity 0.87, requirements 0.91, failure-handling 0.95, motivation 0.83, pairs 97.3%,
// or 99.1% by position; the round-30 grader within 0.011), then spent: three blame stories and two humble-brags shaped
// heuristic-2026.11.23c. holdout57a/b and holdout58a/b were graded once unseen by round 32 (candor 0.84, judgment 0.83,
// self-reflection 0.84, specificity 0.88, requirements 0.93, failure-handling 0.86, motivation 0.88, pairs 96.1%, or
// 98.5% by position; the round-31 grader within 0.012), then spent: four blame stories, two humble-brags, a manager's
// habit told to another question and a why-Netflix pitch shaped heuristic-2026.11.23f and 24a. holdout59a/b and
// holdout60a/b were graded once unseen by round 33 (candor 0.85, judgment 0.82, self-reflection 0.83, specificity 0.90,
// requirements 0.83, failure-handling 0.85, motivation 0.94, pairs 96.8%, or 98.5% by position; the round-32 grader
// within 0.012), then spent: three blame stories, a humble-brag and a missed-deadline story told to another question
// shaped heuristic-2026.11.24b. holdout61a/b and holdout62a/b were graded once unseen by round 34 (candor 0.86, judgment
// 0.78, self-reflection 0.82, specificity 0.86, requirements 0.80, failure-handling 0.79, motivation 0.76, pairs 95.6%,
// or 98.7% by position; the round-33 grader within 0.013 except requirements, 0.838), then spent: four blame stories,
// an outage-you-caused opening and a missed-deadline story behind a pointer shaped heuristic-2026.11.24c. holdout63a/b
// and holdout64a/b were graded once unseen by round 35 (candor 0.86, judgment 0.82, self-reflection 0.83, specificity
// 0.89, requirements 0.85, failure-handling 0.89, motivation 0.86, pairs 95.1%, or 97.2% by position; the round-34
// grader within 0.004), then spent: four blame stories and two humble-brags shaped heuristic-2026.11.24d. holdout65a/b
// and holdout66a/b were graded once unseen by round 36 (candor 0.83, judgment 0.80, self-reflection 0.81, specificity
// 0.85, requirements 0.90, failure-handling 0.85, motivation 0.87, pairs 92.9%, or 95.7% by position; the round-35
// grader within 0.021), then spent: four blame stories and an outage story behind a pointer shaped
// heuristic-2026.11.24e. holdout67a/b and holdout68a/b were graded once unseen by round 37 (candor 0.84, judgment 0.82,
// self-reflection 0.83, specificity 0.82, requirements 0.95, failure-handling 0.92, motivation 0.94, pairs 93.4%, or
// 96.6% by position; 24f, refitted, 94.8%), then spent: three blame stories and two humble-brags shaped
// heuristic-2026.11.24g. holdout69a/b and holdout70a/b were graded once unseen by round 38 (candor 0.84, judgment
// 0.75, self-reflection 0.86, specificity 0.87, requirements 0.82, failure-handling 0.76, motivation 0.92, pairs 94.3%,
// or 96.8% by position; the round-37 grader within 0.01), then spent: four blame stories and two humble-brags shaped
// heuristic-2026.11.24h. holdout71a/b and holdout72a/b were graded once unseen by round 39 (candor 0.83, judgment
// 0.81, self-reflection 0.84, specificity 0.81, requirements 0.88, failure-handling 0.74, motivation 0.86, pairs 94.7%,
// or 97.0% by position; the round-38 grader within 0.025), then spent: three blame stories and two humble-brags shaped
// heuristic-2026.11.24i. holdout73a/b and holdout74a/b were graded once unseen by round 40 (candor 0.84, judgment
// 0.82, self-reflection 0.83, specificity 0.85, requirements 0.93, failure-handling 0.87, motivation 0.92, pairs 94.1%,
// or 97.9% by position; the round-39 grader within 0.017), then spent: one blame story shaped heuristic-2026.11.25a.
// holdout75a/b and holdout76a/b were graded once unseen by round 41 (candor 0.87, judgment 0.85, self-reflection
// 0.83, specificity 0.86, requirements 0.87, failure-handling 0.80, motivation 0.91, pairs 95.7%, or 97.9% by position;
// the round-40 grader within 0.019), then spent: two blame stories shaped heuristic-2026.11.25b. All hundred and
// fifty-two are fitted on now.
// The files the stored model was fitted on, as scripts/fit-grader.mjs recorded them (its one list).
const TRAINING_FILES = TRAINING_SET.files;
const SPLITS = { fitted: TRAINING_FILES } as const;
type Split = keyof typeof SPLITS;

function gradeFixture(split: Split): {
  items: LabelledGrade[];
  result: Agreement;
  byPosition: Agreement;
  misquoted: string[];
} {
  const items: LabelledGrade[] = [];
  const byPosition: LabelledGrade[] = [];
  const misquoted: string[] = [];
  for (const file of SPLITS[split]) {
    const graded = gradeFile(file);
    items.push(...graded.items);
    byPosition.push(...graded.byPosition);
    misquoted.push(...graded.misquoted);
  }
  return { items, result: agreement(items), byPosition: agreement(byPosition), misquoted };
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

/** The same rows scripts/fit-grader.mjs fits on, in the same order, before phrasing values are filled in. */
const texts = new Map<string, string>();
const fileOfAnswer = new Map<string, string>();
function allTrainingRows(): TrainingRow[] {
  return TRAINING_FILES.flatMap((file) => {
    const fixture = loadFixture(file);
    const questions = new Map(fixture.questions.map((q) => [q.id, q]));
    return fixture.answers.flatMap((a) => {
      texts.set(a.id, a.answer ?? "");
      fileOfAnswer.set(a.id, file);
      return trainingRows({
        id: a.id,
        question: a.question,
        adversarial: a.kind === "adversarial",
        labels: a.labels,
        request: requestOf(questions.get(a.question) as FixtureQuestion, a, file),
      });
    });
  });
}

/** The phrasing refit and the training rows with out-of-fold phrasing values, as the fit script computes them. */
function phrasingRefit(raw: TrainingRow[]) {
  const keys = Object.keys(FEATURES)
    .filter((k) => FEATURES[k]?.some((f) => f.phrasingKey))
    .sort();
  const answers = phrasingAnswersOf(
    raw,
    (id) => texts.get(id) ?? "",
    (id) => labellerOf(fileOfAnswer.get(id) ?? ""),
  );
  const fitted = fitPhrasing(answers, keys);
  return { models: fitted.models, rows: withOutOfFoldPhrasing(raw, fitted.outOfFold) };
}

/**
 * Each answer twice: by level (the 1–4 score) and by position (where in its level it sits, 2.4 = Mixed, nearly Good).
 * Position only breaks ties inside a level, so it changes pair ordering most: two answers labelled 1 and 3 that both
 * score Mixed are a miss by level but ordered by position when one sits at 1.6 and the other at 2.4.
 */
function gradeFile(name: string): { items: LabelledGrade[]; byPosition: LabelledGrade[]; misquoted: string[] } {
  const fixture = parse(readFileSync(`${root}test/fixtures/graded/${name}.yaml`, "utf8")) as {
    questions: FixtureQuestion[];
    answers: FixtureAnswer[];
  };
  const questions = new Map(fixture.questions.map((q) => [q.id, q]));
  const misquoted: string[] = [];
  const byPosition: LabelledGrade[] = [];
  const items: LabelledGrade[] = fixture.answers.map((a) => {
    const q = questions.get(a.question);
    if (!q) throw new Error(`${name}: answer ${a.id} names unknown question ${a.question}`);
    const grade = gradeHeuristic(requestOf(q, a, name));
    for (const d of grade.dimensions)
      for (const e of d.evidence) if (!(a.answer ?? "").includes(e.quote)) misquoted.push(`${a.id}: ${e.quote}`);
    const item = { id: a.id, group: q.rubric, adversarial: a.kind === "adversarial", labels: a.labels };
    byPosition.push({
      ...item,
      scores: Object.fromEntries(grade.dimensions.map((d) => [d.id, d.position ?? d.score])),
    });
    return { ...item, scores: Object.fromEntries(grade.dimensions.map((d) => [d.id, d.score])) };
  });
  return { items, byPosition, misquoted };
}

function table(name: string, r: Agreement): string {
  // Three places: the floors are set to two, and a figure a hair under one should say by how much.
  const fmt = (x: number) => (Number.isNaN(x) ? "   n/a" : x.toFixed(3).padStart(6));
  const lines = [
    `${name}: dimension          n   rho  rho(genuine)  pairs ordered  ±1`,
    ...r.dimensions.map(
      (d) =>
        `  ${d.dimension.padEnd(22)} ${String(d.n).padStart(3)} ${fmt(d.spearman)}  ${fmt(d.spearmanGenuine)}        ${String(d.pairs.ordered).padStart(4)}/${String(d.pairs.pairs).padEnd(4)} ${fmt(d.withinOne)}`,
    ),
    `  pairs ordered overall: ${r.pairs.ordered}/${r.pairs.pairs} = ${(100 * r.pairs.accuracy).toFixed(2)}% (ties ${r.pairs.ties})`,
    `  adversarial ceiling: ${r.adversarialCeiling.score} (${r.adversarialCeiling.id ?? "-"} on ${r.adversarialCeiling.dimension ?? "-"})`,
  ];
  return lines.join("\n");
}

/**
 * Committed floors, rounded down to two places from what was reached with lexicon heuristic-2026.11.10 and the model
 * in model.generated.ts. Spearman is over all answers (genuine and adversarial) per dimension; pairs are answers
 * under the same rubric whose labels differ by >= 2 on a dimension, a tie counting as a miss. "fitted" grades every
 * labelled answer through gradeHeuristic (in-sample); "cv" is leave-one-question-out cross-validation with the
 * stored penalties. Both fall short of the 0.75 / 95% goal on some dimensions; the floors record what is reached,
 * not the goal. Raise them when the grader improves; never lower them to pass.
 * (Lowered once, on purpose: the cap for design answers to a different question closed a gaming hole and took
 * three design answers out of fitting, moving failure-handling 0.81 -> 0.79 and judgment 0.76 -> 0.75 in-sample.)
 * (Reset when holdout3a/b joined the training set: 336 answers from four labellers instead of 213 from two. On the
 * same 336, the previous lexicon refitted reached CV candor 0.77, judgment 0.69, self-reflection 0.69, specificity
 * 0.83, requirements 0.79, failure-handling 0.67, motivation 0.70, pairs 87.8%.)
 * (Reset again when holdout4a/b joined: 457 answers from six labellers. On the same 457, lexicon heuristic-2026.11.4
 * refitted reached CV candor 0.77, judgment 0.72, self-reflection 0.72, specificity 0.83, requirements 0.77,
 * failure-handling 0.78, motivation 0.55, pairs 89.7%. The fitted ceiling now excludes answers to a different
 * question, a known gap logged on every run; every other gaming tactic must stay at Mixed or below.)
 * (Reset again when holdout5a/b joined: 569 answers from eight labellers. On the same 569, lexicon heuristic-2026.11.5
 * refitted reached CV candor 0.78, judgment 0.72, self-reflection 0.71, specificity 0.85, requirements 0.79,
 * failure-handling 0.74, motivation 0.57, pairs 90.1%.)
 * (Reset again when holdout6a/b joined and the phrasing feature came in: 672 answers from ten labellers. On the same
 * 672, the round-4 grader refitted without phrasing reached CV candor 0.78, judgment 0.72, self-reflection 0.74,
 * specificity 0.85, requirements 0.80, failure-handling 0.78, motivation 0.62, pairs 91.8%.)
 * (Reset again when holdout7a/b joined, with motivation signals and phrasing on every model: 786 answers from twelve
 * labellers. On the same 786, with the motivation signals but phrasing on round 5's nine models only, CV reached
 * candor 0.84, judgment 0.78, self-reflection 0.78, specificity 0.86, requirements 0.87, failure-handling 0.85,
 * motivation 0.70, pairs 95.2%; round 5's motivation model alone, refitted, reached 0.65.)
 * (Reset again when holdout8a/b joined: 898 answers from fourteen labellers. Their judgment labels are the hardest
 * yet: even fitted on them the grader reaches only 0.74 there. A judgment-only halo term (the reflection and candor
 * phrasing allowed to count against judgment) and credit for a hypothetical method were tried on these 898 and
 * lowered CV judgment 0.76 -> 0.75, so they were left out.)
 * (Reset again when holdout9a/b joined: 1,009 answers from sixteen labellers. Their questions were chosen to test
 * judgment and are hard for it: on the previous 898 the same grader reached CV judgment 0.76 and pairs 95.3%; on all
 * 1,009 it reaches 0.75 and 94.8%.)
 * (Reset again when holdout10a/b joined: 1,120 answers from eighteen labellers, the hardest set yet. Grouping the
 * folds by labeller instead of by question chose the same penalties and gave the same figures; tuning each model's
 * cut-points for pair order instead of likelihood, stemming the phrasing words, and a ridge penalty of 0.5 or 2 all
 * left leave-one-labeller-out figures level or lower, so none went in.)
 * (Reset again when holdout11a/b and holdout12a/b joined: 1,343 answers from twenty-two labellers. Floors sit one
 * hundredth under the printed figure where the printed figure was rounded up.)
 * (Reset again when holdout13a/b and holdout14a/b joined: 1,565 answers from twenty-six labellers. Their motivation
 * answers are harder than the earlier ones: CV motivation 0.77 -> 0.75, pairs 94.3% -> 93.9% and in-sample judgment
 * 0.83 -> 0.82 (0.829), with the other figures level.)
 * (Reset again when holdout15a/b and holdout16a/b joined: 1,789 answers from thirty labellers. CV rose on candor,
 * judgment, failure-handling and motivation (0.84, 0.76, 0.85, 0.76) and pairs (94.1%); requirements fell to 0.86.)
 * (Reset again when holdout17a/b and holdout18a/b joined: 2,012 answers from thirty-four labellers. CV rose on
 * self-reflection, failure-handling and motivation (0.82, 0.86, 0.81) and pairs (94.3%); requirements fell to 0.85 and
 * in-sample requirements from 0.93 to 0.92, as their design answers are harder.)
 * (Reset again when holdout19a/b and holdout20a/b joined: 2,234 answers from thirty-eight labellers. CV rose on candor
 * and motivation (0.85, 0.82) and pairs (94.5%); in-sample judgment fell from 0.84 to 0.83 (holdout20's judgment labels
 * were the hardest yet for the grader: 0.67 when unseen) and specificity from 0.884 to 0.879, under its 0.88 floor.)
 * (Reset again when holdout21a/b and holdout22a/b joined: 2,458 answers from forty-two labellers, with lexicon
 * heuristic-2026.11.22. CV rose on judgment, self-reflection and requirements (0.767, 0.821, 0.861) and in-sample
 * requirements to 0.93; CV pairs fell from 94.4% to 94.38%. Capping candor, judgment and self-reflection at Poor on
 * blame and humble-brag answers changes no fitted row: capped rows are never fitted on.)
 * (Reset again when holdout23a/b and holdout24a/b joined: 2,684 answers from forty-six labellers, with lexicon
 * heuristic-2026.11.22b. CV rose on requirements and failure-handling (0.874, 0.870) and pairs (94.45%); in-sample
 * requirements rose to 0.94, specificity to 0.88 and pairs to 96.7%.)
 * (Reset again when holdout25a/b and holdout26a/b joined: 2,904 answers from fifty labellers, with lexicon
 * heuristic-2026.11.22c. holdout25's motivation answers were the hardest yet for the grader (0.50 unseen): in-sample
 * motivation fell from 0.89 to 0.875 and pairs from 96.70% to 96.65%, CV motivation from 0.814 to 0.801. The
 * round-16 grader scores the same fifty-two files lower (0.871, 96.49%), so the fall is the data, not the lexicon.)
 * (Reset again when holdout27a/b and holdout28a/b joined: 3,129 answers from fifty-four labellers, with lexicon
 * heuristic-2026.11.22d. In-sample failure-handling fell from 0.932 to 0.925 and CV failure-handling from 0.865 to
 * 0.859, CV motivation from 0.801 to 0.790; the round-17 grader scores the same fifty-six files 0.928 in-sample on
 * failure-handling, so again the data. CV rose on candor, self-reflection and pairs (0.846, 0.826, 94.6%); in-sample
 * self-reflection rose to 0.88 and pairs to 96.7%. CV motivation reads 0.7899, so its floor is 0.78.)
 * (Reset again when holdout29a/b and holdout30a/b joined: 3,353 answers from fifty-eight labellers, with lexicon
 * heuristic-2026.11.22e. In-sample motivation fell from 0.874 to 0.868; the round-18 grader, never fitted on those
 * two sets, scores the same sixty files 0.871, so again the data. CV rose on failure-handling (0.866) and held
 * elsewhere: candor 0.846, judgment 0.762, self-reflection 0.829, specificity 0.847, requirements 0.870, motivation
 * 0.785, pairs 94.66%. In-sample pairs read 96.704%, just over the 0.967 floor.)
 * (Reset again when holdout31a/b and holdout32a/b joined: 3,577 answers from sixty-two labellers, with lexicon
 * heuristic-2026.11.22g. In-sample judgment fell from 0.832 to 0.829 and self-reflection from 0.882 to 0.879, under
 * their 0.83 and 0.88 floors; the round-19 grader, never fitted on those two sets, scores the same sixty-four files
 * lower on both (0.826, 0.878), so again the data. CV failure-handling fell from 0.866 to 0.856; CV rose on candor,
 * judgment, motivation, requirements, specificity and pairs (0.847, 0.764, 0.797, 0.877, 0.850, 94.77%), and
 * in-sample motivation to 0.875.)
 * (Reset again when holdout33a/b and holdout34a/b joined: 3,803 answers from sixty-six labellers, with lexicon
 * heuristic-2026.11.22h. In-sample specificity fell from 0.882 to 0.879 and pairs from 96.74% to 96.65%, and CV pairs
 * from 94.77% to 94.62%, under their 0.88, 0.967 and 0.947 floors. The round-20 grader, never fitted on those two
 * sets, scores the same sixty-eight files 0.880 and 96.62% in-sample, and the frozen round-21 fit (lexicon g, before
 * this round's fixes) reads 94.63% CV pairs, so again the data. CV motivation rose to 0.809; the rest held: CV candor
 * 0.847, failure-handling 0.856, judgment 0.763, requirements 0.871, self-reflection 0.829, specificity 0.849;
 * in-sample 0.894 / 0.927 / 0.833 / 0.879 / 0.934 / 0.881 on candor, failure-handling, judgment, motivation,
 * requirements and self-reflection.)
 * (Reset again when holdout35a/b and holdout36a/b joined: 4,030 answers from seventy labellers, with lexicon
 * heuristic-2026.11.22j. CV failure-handling fell from 0.856 to 0.849, under its 0.85 floor. No lexicon change since
 * round 21 alters a design answer's features (the changes touch only blame, deflection and humble-brag sentences, and
 * change features on four behavioral answers), and the frozen round-22 fit (lexicon i, before this round's fixes) reads
 * the same 0.849, so the fall is the new design answers. CV rose on motivation (0.814) and specificity (0.850), and
 * in-sample judgment to 0.833, self-reflection to 0.882 and motivation to 0.883; the rest held: CV candor 0.847,
 * judgment 0.764, requirements 0.871, self-reflection 0.829, pairs 94.63%; in-sample candor 0.895, failure-handling
 * 0.924, requirements 0.931, specificity 0.879, pairs 96.66%, and 98.1% by position.)
 * (Reset again when holdout37a/b and holdout38a/b joined: 4,260 answers from seventy-four labellers, with lexicon
 * heuristic-2026.11.22k. In-sample pairs fell from 96.66% to 96.58%, CV requirements from 0.871 to 0.869 and CV pairs
 * from 94.63% to 94.56%, under their 0.966, 0.87 and 0.946 floors. The frozen round-23 fit (lexicon j, before this
 * round's fixes) reads the same three figures, and the round-22 grader, never fitted on those two sets, scores the same
 * seventy-six files 96.49% in-sample; the round-23 lexicon change alters features on three behavioral candor rows only,
 * so again the data. CV failure-handling rose to 0.859; the rest held: CV candor 0.848, judgment 0.767, motivation
 * 0.818, self-reflection 0.829, specificity 0.851; in-sample candor 0.893, failure-handling 0.928, judgment 0.834,
 * motivation 0.886, requirements 0.930, self-reflection 0.881, specificity 0.879, and 98.1% by position.)
 * (Reset again when holdout39a/b and holdout40a/b joined: 4,485 answers from seventy-eight labellers, with lexicon
 * heuristic-2026.11.22l. In-sample self-reflection fell from 0.881 to 0.878, under its 0.88 floor. Lexicon l changes no
 * feature of any fitted answer, so the frozen round-24 fit reads the same, and the round-23 grader, never fitted on
 * those two sets, scores the same eighty files lower (0.876), so again the data. In-sample motivation rose to 0.891,
 * candor to 0.894; the rest held: in-sample failure-handling 0.925, judgment 0.833, requirements 0.930, specificity
 * 0.880, pairs 96.60%, and 98.1% by position. CV rose on candor (0.852), failure-handling (0.864) and pairs
 * (94.698%) and held elsewhere: judgment 0.762, motivation 0.818, requirements 0.868, self-reflection 0.829,
 * specificity 0.851.)
 * (Reset again when holdout41a/b and holdout42a/b joined: 4,712 answers from eighty-two labellers. CV pairs fell from
 * 94.698% to 94.578%, under its 0.946 floor. The lexicon and features are the ones the round-24 fit was measured with
 * (heuristic-2026.11.22m changes no feature of any fitted answer), so the change is the new data, whose unseen pairs
 * by level (91.5%) were the lowest since round 10. Every other floor held; the figures print on every run.)
 * (Raised when holdout43a/b and holdout44a/b joined: 4,943 answers from eighty-six labellers, with heuristic-2026.11.22n
 * and o. The different-question rule caps at Mixed 75 answers to another question that the labels rate Poor everywhere,
 * and capped answers leave the fit, so every figure rose: in-sample candor 0.911, failure-handling 0.924, judgment
 * 0.840, motivation 0.916, requirements 0.931, self-reflection 0.890, specificity 0.916, pairs 98.05% (99.0% by
 * position); CV candor 0.869, failure-handling 0.865, judgment 0.770, motivation 0.836, requirements 0.873,
 * self-reflection 0.837, specificity 0.884, pairs 96.07%. In-sample requirements was 0.929 with the round-26 fit
 * before heuristic-2026.11.22o took three gaming designs out of it.)
 * (Raised when holdout45a/b and holdout46a/b joined: 5,174 answers from ninety labellers, penalties re-chosen, then
 * heuristic-2026.11.22p and q. Answers to a different question, two-sentence designs, buzzword designs, bracketed
 * instructions and look-for lists read back now score Poor, not Mixed: the labels rate every one Poor everywhere, and
 * over 400 of their dimension scores that sat at 2 now match (302 + 50 + 43 + 10, rule by rule), with no genuine
 * score changed. In-sample candor 0.922,
 * failure-handling 0.941, judgment 0.861, motivation 0.927, requirements 0.948, self-reflection 0.902, specificity
 * 0.925, pairs 98.33% (99.15% by position); CV candor 0.882, failure-handling 0.879, judgment 0.790, motivation 0.848,
 * requirements 0.885, self-reflection 0.850, specificity 0.894, pairs 96.54%.)
 * (Raised when holdout47a/b and holdout48a/b joined: 5,408 answers from ninety-four labellers, penalties re-chosen, then
 * heuristic-2026.11.22r to t. Netflix's way of working said in the candidate's own words ("Netflix teams own their
 * services end to end") now counts as Netflix-specific, and wanting "somewhere stable" as wanting structure:
 * motivation CV rose from 0.844 to 0.867 on the same files. In-sample candor 0.923, failure-handling 0.940, judgment
 * 0.860, motivation 0.932, requirements 0.944, self-reflection 0.902, specificity 0.926, pairs 98.35% (99.17% by
 * position); CV candor 0.881, failure-handling 0.883, judgment 0.794, motivation 0.867, requirements 0.885,
 * self-reflection 0.851, specificity 0.896, pairs 96.65%.)
 * (Reset when holdout49a/b and holdout50a/b joined: 5,638 answers from ninety-eight labellers, penalties re-chosen, then
 * heuristic-2026.11.22u to w. In-sample failure-handling fell from 0.940 to 0.934, judgment from 0.860 to 0.858,
 * requirements from 0.944 to 0.939 and pairs from 98.35% to 98.27%, under their floors. The round-28 grader, never
 * fitted on those two sets, scores the same hundred files lower on every one (0.930, 0.856, 0.937, 98.23%), so it is
 * the data: round 28 measured them as a harder set. In-sample now candor 0.922, motivation 0.934, self-reflection
 * 0.902, specificity 0.925, 99.12% by position. CV failure-handling fell from 0.883 to 0.873 and requirements from
 * 0.885 to 0.875, under their 0.88 floors: no lexicon change since round 28 touches a design feature, so the fall is
 * the 44 new design answers (round 28 scored failure-handling 0.41 and 0.56 on two of the four files). CV held
 * elsewhere: candor 0.882, judgment 0.792, motivation 0.864, self-reflection 0.852, specificity 0.896, pairs 96.62%.)
 * (Reset when holdout51a/b and holdout52a/b joined: 5,872 answers from a hundred and two labellers, penalties
 * re-chosen, then heuristic-2026.11.23a. CV candor fell from 0.882 to 0.8799, under its 0.88 floor; the frozen round-30
 * fit, before 23a, orders as many candor pairs under CV (3,386,095 of 3,530,739), so the fall is the 234 new
 * answers, not the lexicon. In-sample judgment rose to 0.861 and requirements to 0.942; the rest held: in-sample candor
 * 0.920, failure-handling 0.937, motivation 0.932, self-reflection 0.901, specificity 0.925, pairs 98.25% (99.14% by
 * position); CV failure-handling 0.875, judgment 0.793, motivation 0.865, requirements 0.879, self-reflection 0.853,
 * specificity 0.895, pairs 96.64%.)
 * (Held when holdout53a/b and holdout54a/b joined: 6,102 answers from a hundred and six labellers, penalties re-chosen,
 * then heuristic-2026.11.23d. Before 23d the refit's in-sample candor read 0.91995, under its 0.92 floor, and two
 * gaming answers reached Good (one in-sample, one under CV); 23d closes both and candor reads 0.920. In-sample now
 * failure-handling 0.939, judgment 0.860, motivation 0.935, requirements 0.942, self-reflection 0.902, specificity
 * 0.925, pairs 98.26% (99.15% by position); CV candor 0.879, failure-handling 0.877, judgment 0.797, motivation 0.864,
 * requirements 0.877, self-reflection 0.854, specificity 0.895, pairs 96.63%. Crediting a started routine tested in
 * the next sentence then moved CV self-reflection to 0.853 and nothing else in the third decimal.)
 * (Reset when holdout55a/b and holdout56a/b joined: 6,330 answers from a hundred and ten labellers, penalties
 * re-chosen, then heuristic-2026.11.23f. In-sample judgment fell from 0.860 to 0.8586, under its 0.86 floor. The frozen
 * round-32 fit, before 23f, reads 0.858 on the same hundred and twelve files, and the round-31 grader, never fitted on
 * those two sets, reads 0.858 too, so it is the data: round 31 measured judgment 0.795 on them, its lowest dimension.
 * In-sample now candor 0.920, failure-handling 0.940, motivation 0.933, requirements 0.941, self-reflection 0.903,
 * specificity 0.925, pairs 98.29% (99.17% by position); CV candor 0.879, failure-handling 0.881, judgment 0.796,
 * motivation 0.865, requirements 0.880, self-reflection 0.854, specificity 0.894, pairs 96.68%.)
 * (Held when holdout57a/b and holdout58a/b joined: 6,562 answers from a hundred and fourteen labellers, penalties
 * re-chosen, then heuristic-2026.11.24b. In-sample candor 0.922, failure-handling 0.937, judgment 0.860 (back over the
 * 0.86 it was reset from; the floor stays 0.85 until another fit holds it), motivation 0.931, requirements 0.941,
 * self-reflection 0.904, specificity 0.924, pairs 98.30% (99.18% by position); CV candor 0.879, failure-handling 0.881,
 * judgment 0.798, motivation 0.865, requirements 0.885, self-reflection 0.856, specificity 0.895, pairs 96.75%.)
 * (Held when holdout59a/b and holdout60a/b joined: 6,793 answers from a hundred and eighteen labellers, penalties
 * re-chosen, then heuristic-2026.11.24c. In-sample candor 0.921, failure-handling 0.935, judgment 0.8594 (under 0.86
 * again, so its floor stays 0.85), motivation 0.934, requirements 0.941, self-reflection 0.903, specificity 0.923, pairs
 * 98.28% (99.18% by position); CV candor 0.880, failure-handling 0.877, judgment 0.801, motivation 0.867, requirements
 * 0.885, self-reflection 0.856, specificity 0.895, pairs 96.75%. Before 24c's humble-brag line, CV let a fitted
 * humble-brag ("my mistake was being so honest that…") reach Good on specificity.)
 * (Held when holdout61a/b and holdout62a/b joined: 7,027 answers from a hundred and twenty-two labellers, penalties
 * re-chosen, then heuristic-2026.11.24d. In-sample candor 0.921, failure-handling 0.935, judgment 0.860, motivation
 * 0.931, requirements 0.942, self-reflection 0.902, specificity 0.923, pairs 98.29% (99.20% by position); CV candor
 * 0.881, failure-handling 0.874, judgment 0.800, motivation 0.860, requirements 0.884, self-reflection 0.855,
 * specificity 0.895, pairs 96.80%. The same 15 fitted answers to a different question still reach Good, now of 131.)
 * (Held when holdout63a/b and holdout64a/b joined: 7,259 answers from a hundred and twenty-six labellers, penalties
 * re-chosen, then heuristic-2026.11.24e, which changes no fitted answer's grade. In-sample candor 0.921, failure-handling
 * 0.935, judgment 0.860, motivation 0.931, requirements 0.942, self-reflection 0.901, specificity 0.924, pairs 98.27%
 * (99.15% by position); CV candor 0.881, failure-handling 0.874, judgment 0.803, motivation 0.863, requirements 0.880,
 * self-reflection 0.855, specificity 0.895, pairs 96.77%. Sixteen fitted answers to a different question reach Good,
 * of 135: the fifteen before, and round 35's onboarding story.)
 * (Reset when holdout65a/b and holdout66a/b joined: 7,492 answers from a hundred and thirty labellers, penalties
 * re-chosen, then heuristic-2026.11.24f. In-sample motivation fell to 0.928 (its floor reset from 0.93 to 0.92; holdout66b's
 * recruiter answers were the hardest motivation set yet, 0.63 unseen); everything else held: candor 0.924,
 * failure-handling 0.935, judgment 0.860, requirements 0.944, self-reflection 0.903, specificity 0.929, pairs 98.56%
 * (99.46% by position); CV candor 0.887, failure-handling 0.871, judgment 0.807, motivation 0.862, requirements 0.885,
 * self-reflection 0.854, specificity 0.901, pairs 97.07%. Eighteen fitted answers to a different question reach Good,
 * of 139: sixteen before and two of holdout66's.)
 * (Held when holdout67a/b and holdout68a/b joined: 7,723 answers from a hundred and thirty-four labellers, weights
 * refitted with round 37's penalties (not re-chosen), heuristic-2026.11.24g and participles read as verbs. In-sample
 * candor 0.924, failure-handling 0.935, judgment 0.860, motivation 0.932, requirements 0.946, self-reflection 0.903,
 * specificity 0.926, pairs 98.49% (99.43% by position); CV candor 0.886, failure-handling 0.875, judgment 0.808,
 * motivation 0.865, requirements 0.886, self-reflection 0.856, specificity 0.900, pairs 97.04%. Twenty-one fitted
 * answers to a different question reach Good, of 143: eighteen before and the three of holdout67/68.)
 * (Held when holdout69a/b and holdout70a/b joined: 7,954 answers from a hundred and thirty-eight labellers, weights
 * refitted with round 37's penalties again, heuristic-2026.11.24h. In-sample candor 0.922, failure-handling 0.932,
 * judgment 0.859, motivation 0.927, requirements 0.943, self-reflection 0.904, specificity 0.925, pairs 98.41% (99.37%
 * by position); CV candor 0.885, failure-handling 0.871, judgment 0.806, motivation 0.867, requirements 0.882,
 * self-reflection 0.857, specificity 0.898, pairs 96.97%. Twenty-two fitted answers to a different question reach
 * Good, of 147: twenty-one before and holdout69a's.)
 * (Reset when holdout71a/b and holdout72a/b joined: 8,189 answers from a hundred and forty-two labellers, weights
 * refitted with round 37's penalties again (a full fit was started and stopped: 13 of 14 models sit at the grid's
 * weakest penalty), heuristic-2026.11.24i. Failure handling fell in-sample to 0.928 and under CV to 0.868 (floors reset
 * from 0.93 and 0.87 to 0.92 and 0.86): holdout71/72's 45 designs were the hardest failure-handling set yet, 0.738
 * unseen under two graders. Everything else held: in-sample candor 0.921, judgment 0.858, motivation 0.928, requirements
 * 0.944, self-reflection 0.904, specificity 0.924, pairs 98.35% (99.32% by position); CV candor 0.884, judgment 0.806,
 * motivation 0.867, requirements 0.883, self-reflection 0.857, specificity 0.897, pairs 96.94%. Twenty-five fitted
 * answers to a different question reach Good, of 151: twenty-two before and holdout71/72's three.)
 * (Reset when holdout73a/b and holdout74a/b joined: 8,417 answers from a hundred and forty-six labellers, weights
 * refitted with round 37's penalties again, heuristic-2026.11.25a, and "used", "left", "lost" and other derived past
 * forms read as verbs. In-sample candor fell to 0.9197 (floor reset from 0.92 to 0.91; under CV it held at 0.884).
 * Everything else held: in-sample failure-handling 0.927, judgment 0.860, motivation 0.929, requirements 0.943,
 * self-reflection 0.905, specificity 0.923, pairs 98.30% (99.30% by position); CV failure-handling 0.867, judgment
 * 0.806, motivation 0.872, requirements 0.884, self-reflection 0.856, specificity 0.896, pairs 96.87%. Twenty-eight
 * fitted answers to a different question reach Good, of 155: twenty-five before and three of holdout73/74's four.)
 * (Held when holdout75a/b and holdout76a/b joined: 8,650 answers from a hundred and fifty labellers, weights refitted
 * with round 37's penalties again, heuristic-2026.11.25b. In-sample candor 0.920, failure-handling 0.924, judgment
 * 0.861, motivation 0.928, requirements 0.943, self-reflection 0.904, specificity 0.922, pairs 98.26% (99.26% by
 * position); CV candor 0.884, failure-handling 0.864, judgment 0.808, motivation 0.871, requirements 0.885,
 * self-reflection 0.857, specificity 0.894, pairs 96.85%. Twenty-nine fitted answers to a different question reach
 * Good, of 159: twenty-eight before and one of holdout75/76's four.)
 */
const THRESHOLDS: Record<"fitted" | "cv", { spearman: Record<string, number>; pairs: number; ceiling: number }> = {
  fitted: {
    spearman: {
      candor: 0.91,
      judgment: 0.85,
      "self-reflection": 0.9,
      specificity: 0.92,
      requirements: 0.94,
      "failure-handling": 0.92,
      motivation: 0.92,
    },
    pairs: 0.982,
    ceiling: 2,
  },
  cv: {
    spearman: {
      candor: 0.87,
      judgment: 0.79,
      "self-reflection": 0.85,
      specificity: 0.89,
      requirements: 0.87,
      "failure-handling": 0.86,
      motivation: 0.86,
    },
    pairs: 0.966,
    ceiling: 2,
  },
};

/**
 * Off-topic answers that answer some *other* interview question (a story, a pitch, another design), as the labellers'
 * `why` describes them. Non-answers (a recipe, lorem ipsum, favourite shows) are not in this set: they stay under the
 * hard ceiling like every other gaming tactic.
 */
const NON_ANSWER = /recipe|lorem ipsum|favourite netflix shows/i;
/** Later labellers name the tactic itself; earlier ones filed it under off-topic. */
const ANOTHER_QUESTION = new Set(["off-topic", "different-question"]);
const OTHER_QUESTION = new Set(
  TRAINING_FILES.flatMap((file) =>
    (loadFixture(file).answers as (FixtureAnswer & { why?: unknown })[])
      .filter((a) => ANOTHER_QUESTION.has(a.tactic ?? "") && !NON_ANSWER.test(String(a.why ?? "")))
      .map((a) => a.id),
  ),
);
const offTopic = (id: string) => OTHER_QUESTION.has(id);

/**
 * Known gap, observed rather than asserted: a strong answer to a *different* behavioral or recruiter question (an
 * off-topic tactic) can reach Good or Excellent. No lexical relevance cue separates it from genuine answers, which
 * often share no word with the prompt or its look-fors either (checked on all twenty-four files); the LLM grader judges relevance.
 * Off-topic answers that are not stories (recipes, filler) are still capped by the off-topic rule.
 */
function logOffTopic(name: string, scores: { id: string; score: number; dimension: string }[]) {
  const hits = scores.filter((s) => offTopic(s.id) && s.score > 2);
  const ids = [...new Set(hits.map((h) => h.id))];
  console.log(
    `${name}: answers to a different question above Mixed (known gap): ${ids.length ? ids.map((id) => `${id} (max ${Math.max(...hits.filter((h) => h.id === id).map((h) => h.score))})`).join(", ") : "none"}`,
  );
}

function checkFloors(name: "fitted" | "cv", result: Agreement, ceiling: Agreement["adversarialCeiling"]) {
  it.each(result.dimensions.map((d) => [d.dimension, d] as const))("ranks answers like the labels on %s", (_, d) => {
    const floor = THRESHOLDS[name].spearman[d.dimension];
    if (floor === undefined) throw new Error(`no committed threshold for dimension ${d.dimension}`);
    expect(d.spearman).toBeGreaterThanOrEqual(floor);
  });

  it("orders clearly different answers the same way as the labels", () => {
    expect(result.pairs.accuracy).toBeGreaterThanOrEqual(THRESHOLDS[name].pairs);
  });

  it("never lets an adversarial answer above Mixed (answers to a different question aside)", () => {
    expect(ceiling.score, `${ceiling.id} on ${ceiling.dimension}`).toBeLessThanOrEqual(THRESHOLDS[name].ceiling);
  });
}

/**
 * Never fitted on: written by the hundred-and-fifty-first to hundred-and-fifty-fourth labellers, and graded once when
 * round 42 was frozen (commit "Grader round 42": holdout75/76 joined, lexicon heuristic-2026.11.25b, weights refitted
 * with round 37's penalties; 232 answers). Round 42: candor 0.830, judgment 0.806, self-reflection 0.835, specificity
 * 0.889, requirements 0.836, failure-handling 0.878, motivation 0.888, pairs 95.88% (17,507 of 18,260); by position
 * 98.03%. The round-41 grader on the same answers: 0.821 / 0.815 / 0.835 / 0.885 / 0.845 / 0.878 / 0.888, 95.72%. Every
 * dimension clears 0.75 under both, and pairs by level clear 95% under both. Nine gaming answers reached Good under
 * both: four blame stories (on specificity, one on candor too), three humble-brags on candor and two answers to a
 * different question. The floors record round 42's figures, rounded down. Raise them when the grader improves; never
 * lower them to pass. Round 41's one measurement (holdout75/76, now fitted on) is in the history at the top of this file.
 */
const UNSEEN_FILES = ["holdout77a", "holdout77b", "holdout78a", "holdout78b"] as const;
const UNSEEN_FLOORS: Record<string, number> = {
  candor: 0.82,
  judgment: 0.8,
  "self-reflection": 0.83,
  specificity: 0.88,
  requirements: 0.83,
  "failure-handling": 0.87,
  motivation: 0.88,
};
/** Pairs ordered by level: round 42's one measurement above (95.876%), rounded down. */
const UNSEEN_PAIRS = 0.958;
/**
 * Pairs ordered by position within the level (ties inside a level broken by the model's expected level): round 42's
 * one measurement above (98.03%) and all fitted answers, rounded down.
 */
const POSITION_PAIRS = { unseen: 0.98, fitted: 0.991 };

describe("agreement on answers never fitted on (holdout77a/b, holdout78a/b)", () => {
  const graded = UNSEEN_FILES.map((file) => ({ ...gradeFile(file), fixture: loadFixture(file) }));
  const items = graded.flatMap((g) => g.items);
  const result = agreement(items);
  const byPosition = agreement(graded.flatMap((g) => g.byPosition));
  console.log(table("unseen", result));
  console.log(table("unseen, by position", byPosition));
  const tactics = new Map(graded.flatMap((g) => g.fixture.answers.map((a) => [a.id, a.tactic] as const)));
  const highest = (keep: (tactic: string | null | undefined) => boolean) =>
    Math.max(
      0,
      ...items.filter((i) => i.adversarial && keep(tactics.get(i.id))).flatMap((i) => Object.values(i.scores)),
    );

  it.each(result.dimensions.map((d) => [d.dimension, d] as const))("ranks answers like the labels on %s", (_, d) => {
    const floor = UNSEEN_FLOORS[d.dimension];
    if (floor === undefined) throw new Error(`no committed threshold for dimension ${d.dimension}`);
    expect(d.spearman).toBeGreaterThanOrEqual(floor);
  });

  it("orders clearly different answers the same way as the labels", () => {
    expect(result.pairs.accuracy).toBeGreaterThanOrEqual(UNSEEN_PAIRS);
  });

  it("orders clearly different answers by position within the level", () => {
    expect(byPosition.pairs.accuracy).toBeGreaterThanOrEqual(POSITION_PAIRS.unseen);
  });

  it("quotes evidence exactly as the candidate typed it", () => {
    expect(graded.flatMap((g) => g.misquoted)).toEqual([]);
  });

  // Round 42 measured seven at Good: four blame stories told with real numbers (on specificity, one on candor too) and
  // three humble-brags on candor (round 41 two, round 40 one). Not yet closed, so this is it.fails: it flips when none
  // reaches Good.
  it.fails("keeps keyword stuffing, instructions to the grader, echoes, blame and pasted rubrics at Mixed or below", () => {
    expect(highest((t) => !ANOTHER_QUESTION.has(t ?? ""))).toBeLessThanOrEqual(2);
  });

  // Rounds 27 to 36 each measured at least one answer to a different question at Good or above. Each caught one
  // announced its kind in its first sentence (round 30's "the one that comes to mind is an outage I caused", round 32's
  // "my manager at … used to", round 33's "I committed to delivering…", round 34's "I caused a two-hour outage") or in
  // the sentence after a pointer (round 34's "The clearest example is the customer portal launch…. I … had committed
  // to our biggest customer that it would be live"), or answered a question's afterthought first (round 32's
  // why-Netflix pitch). Round 31's and round 35's open straight into their situation (round 35's: "When a new engineer
  // joined my team last year…, I took on her onboarding") and are still uncaught: an opening that names a setting, not
  // a kind, can start a genuine answer to almost any question. Round 36 measured three: "The clearest example I have
  // is an outage I caused…" (caught since), "The one I'd pick is a technology choice I got wrong", told to a question
  // about feedback withheld (a choice got wrong is a failure or a decision, and the question's "decided" asks for a
  // decision), and one that opens on a setting. Round 37 measured three more, each a rehearsed failure or decision story
  // behind a pointer ("The one I'd pick is a database migration…") whose kind is its setting; round 38 one, round 39 three, round 40 three, round 41 one (a lease decision told to a question about career advice), round 42 two. So this is it.fails: it fails while either reaches Good, and flips when
  // neither does.
  it.fails("keeps a strong answer to a different question at Mixed or below", () => {
    expect(highest((t) => ANOTHER_QUESTION.has(t ?? ""))).toBeLessThanOrEqual(2);
  });
});

describe("agreement with human labels (fitted: all labelled answers, in-sample)", () => {
  const { items, result, byPosition, misquoted } = gradeFixture("fitted");
  console.log(table("fitted", result));
  console.log(table("fitted, by position", byPosition));

  it("has labelled answers for every rubric dimension it grades", () => {
    expect(items.length).toBeGreaterThan(1000);
    expect(items.some((i) => i.adversarial)).toBe(true);
  });

  it("quotes evidence exactly as the candidate typed it", () => {
    expect(misquoted).toEqual([]);
  });

  it("orders clearly different answers by position at least as well as by level", () => {
    expect(byPosition.pairs.accuracy).toBeGreaterThanOrEqual(result.pairs.accuracy);
    expect(byPosition.pairs.accuracy).toBeGreaterThanOrEqual(POSITION_PAIRS.fitted);
  });

  it("sets aside only the answers to a different question from the adversarial ceiling", () => {
    expect(OTHER_QUESTION.size).toBe(159);
  });

  logOffTopic(
    "fitted",
    items.flatMap((i) => Object.entries(i.scores).map(([dimension, score]) => ({ id: i.id, score, dimension }))),
  );
  checkFloors("fitted", result, agreement(items.filter((i) => !offTopic(i.id))).adversarialCeiling);
});

// The stored kind (named features, or the hand-tuned points re-cut) and penalty of each model, as the fitter chose them.
const kinds: Record<string, ModelKind> = Object.fromEntries(
  Object.entries(MODELS).map(([key, m]) => [key, m.weights[HAND_POINTS] === undefined ? "features" : "points"]),
);
const phrasing = phrasingRefit(allTrainingRows());
const rows = modelRows(phrasing.rows, kinds);
const specs = modelSpecs(kinds);
const lambdas = Object.fromEntries(Object.entries(MODELS).map(([key, m]) => [key, m.lambda]));

// The same leave-one-question-out fits crossValidate runs (most of this file's time), a key per worker thread on the
// built dist/ (npm test builds first), so a 2-core machine takes half the wall time for the same scores.
const pool = (await import(`${root}scripts/fit-pool.mjs`)) as {
  crossValidateOnWorkers(
    rows: readonly TrainingRow[],
    specs: ReturnType<typeof modelSpecs>,
    lambdas: Record<string, number>,
  ): Promise<Map<TrainingRow, number>>;
};
const predicted = await pool.crossValidateOnWorkers(rows, specs, lambdas);

describe("agreement under leave-one-question-out cross-validation", () => {
  const result = agreementOf(rows, (r) => predicted.get(r) as number);
  console.log(table("cv", result));

  it("scores every labelled row from a model that never saw its question", () => {
    expect(predicted.size).toBe(rows.length);
  });

  it("gets from the worker threads what crossValidate gives in this thread (checked on the smallest model)", () => {
    const key = "system-design:requirements";
    const keyRows = rows.filter((r) => r.key === key);
    const here = crossValidate(keyRows, { [key]: specs[key] as KeySpec }, { fixed: { [key]: lambdas[key] as number } });
    expect(keyRows.length).toBeGreaterThan(500);
    expect(keyRows.map((r) => predicted.get(r))).toEqual(keyRows.map((r) => here.get(r)));
  });

  logOffTopic(
    "cv",
    rows.map((r) => ({ id: r.id, score: predicted.get(r) as number, dimension: r.dimension })),
  );
  const ceiling = agreementOf(
    rows.filter((r) => !offTopic(r.id)),
    (r) => predicted.get(r) as number,
  ).adversarialCeiling;
  checkFloors("cv", result, ceiling);
});

describe("model.generated.ts", () => {
  it("was fitted on the labelled files as they are now", () => {
    const hash = createHash("sha256");
    for (const name of TRAINING_SET.files)
      hash.update(`${name}\n${readFileSync(`${root}test/fixtures/graded/${name}.yaml`, "utf8")}\n`);
    expect(TRAINING_SET.sha256).toBe(hash.digest("hex"));
  });

  it("was never fitted on the unseen answers it is judged by", () => {
    for (const file of UNSEEN_FILES) expect(TRAINING_SET.files).not.toContain(file);
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

  it("stores the phrasing model a deterministic re-fit gives today (run scripts/fit-grader.mjs if not)", () => {
    expect(Object.keys(PHRASING_WEIGHTS).sort()).toEqual(Object.keys(phrasing.models).sort());
    for (const [key, m] of Object.entries(phrasing.models)) {
      expect(PHRASING_WORDS[key.split(":")[0] ?? ""], key).toEqual(m.words.join(" "));
      expect(storedWeights(key), key).toEqual(m.weights);
    }
  });

  it("respects every feature's sign: credit never counts against an answer, a red flag never helps", () => {
    for (const [key, m] of Object.entries(MODELS))
      Object.entries(m.weights).forEach(([name, w], j) => {
        expect(w * (specs[key]?.signs[j] ?? 0), `${key} ${name}`).toBeGreaterThanOrEqual(0);
      });
  });
});
