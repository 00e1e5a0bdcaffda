// Agreement between the offline grader and independent human labels (test/fixtures/graded/*.yaml).
// "dev" is every set the grader has been tuned on or seen (dev, holdout, dev2: two labellers); "holdout2" is
// the second labeller's unseen set, graded once after the grader was frozen. Thresholds are what each split
// actually reached, rounded down, so a regression fails the build; the figures print on every run.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BankFile, type Category, type Rubric } from "../../src/bank/schema.js";
import { type Agreement, agreement, type LabelledGrade } from "../../src/grading/agreement.js";
import { gradeHeuristic } from "../../src/grading/heuristic/index.js";

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

const SPLITS = { dev: ["dev", "holdout", "dev2"], holdout2: ["holdout2"] } as const;
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
    const rubric = rubrics.get(q.rubric);
    if (!rubric) throw new Error(`${name}: question ${q.id} names unknown rubric ${q.rubric}`);
    const lookFor = q.lookFor?.map((l) =>
      typeof l === "string" ? l : { concept: l.concept, synonyms: l.synonyms ?? [] },
    );
    const grade = gradeHeuristic({
      answer: a.answer ?? "",
      question: { prompt: q.prompt, category: q.category, lookFor },
      rubric,
    });
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
 * Committed floors: what each split actually reached when the grader was frozen (lexicon heuristic-2026.11.2),
 * rounded down to two places. Spearman is over all answers (genuine and adversarial) per dimension; pairs are
 * answers under the same rubric whose labels differ by >= 2 on a dimension, a tie counting as a miss.
 * holdout2 was graded once, after the freeze. It falls well short of the 0.75 / 95% goal on candor (0.23; the
 * previous grader reached 0.16 there too), self-reflection (0.57) and pairs (69%), and these floors record that
 * rather than the goal. Raise them when the grader improves; never lower them to pass.
 */
const THRESHOLDS: Record<Split, { spearman: Record<string, number>; pairs: number; ceiling: number }> = {
  dev: {
    spearman: {
      candor: 0.85,
      judgment: 0.68,
      "self-reflection": 0.75,
      specificity: 0.82,
      requirements: 0.9,
      "failure-handling": 0.77,
      motivation: 0.66,
    },
    pairs: 0.91,
    ceiling: 2,
  },
  holdout2: {
    spearman: {
      candor: 0.23,
      judgment: 0.82,
      "self-reflection": 0.57,
      specificity: 0.81,
      requirements: 0.92,
      "failure-handling": 0.81,
      motivation: 0.93,
    },
    pairs: 0.69,
    ceiling: 2,
  },
};

describe.each(["dev", "holdout2"] as const)("agreement with human labels (%s)", (name) => {
  const { items, result, misquoted } = gradeFixture(name);
  console.log(table(name, result));

  it("has labelled answers for every rubric dimension it grades", () => {
    expect(items.length).toBeGreaterThan(20);
    expect(items.some((i) => i.adversarial)).toBe(true);
  });

  it.each(result.dimensions.map((d) => [d.dimension, d] as const))("ranks answers like the labels on %s", (_, d) => {
    const floor = THRESHOLDS[name].spearman[d.dimension];
    if (floor === undefined) throw new Error(`no committed threshold for dimension ${d.dimension}`);
    expect(d.spearman).toBeGreaterThanOrEqual(floor);
  });

  it("quotes evidence exactly as the candidate typed it", () => {
    expect(misquoted).toEqual([]);
  });

  it("orders clearly different answers the same way as the labels", () => {
    expect(result.pairs.accuracy).toBeGreaterThanOrEqual(THRESHOLDS[name].pairs);
  });

  it("never lets an adversarial answer above Mixed", () => {
    expect(result.adversarialCeiling.score).toBeLessThanOrEqual(THRESHOLDS[name].ceiling);
  });
});
