// The phrasing model's fit: what it learns, what it ignores, and that an answer's out-of-fold value never
// depends on its own labeller's labels (the property the fitted grader's honesty rests on).
import { describe, expect, it } from "vitest";
import { firstUses, PHRASING_SCALE } from "../../src/grading/heuristic/phrasing.js";
import { fitPhrasing, type PhrasingAnswer, phrasingAnswersOf } from "../../src/grading/heuristic/phrasing-fit.js";
import { analyze } from "../../src/grading/heuristic/text.js";

const KEY = "behavioral:judgment";
const STRONG = [
  "I chose the slower rollout because undoing a bad migration would cost a week.",
  "I picked the cheaper vendor because we could switch in a month if it failed.",
  "I waited two days because the data would settle whether it was reversible.",
];
const WEAK = [
  "Leadership decided it and honestly the team just went along with it.",
  "Honestly leadership wanted it so the team did it and it worked out.",
  "The team went with leadership and honestly it was fine in the end.",
];

function answers(labelShift = 0, shifted = "b"): PhrasingAnswer[] {
  const out: PhrasingAnswer[] = [];
  for (const labeller of ["a", "b", "c", "d"]) {
    const shift = labeller === shifted ? labelShift : 0;
    STRONG.forEach((text, i) => {
      out.push({
        id: `${labeller}-s${i}`,
        category: "behavioral",
        labeller,
        adversarial: false,
        text,
        labels: { [KEY]: 4 - shift },
      });
    });
    WEAK.forEach((text, i) => {
      out.push({
        id: `${labeller}-w${i}`,
        category: "behavioral",
        labeller,
        adversarial: false,
        text,
        labels: { [KEY]: 1 + shift },
      });
    });
  }
  return out;
}

const weightOf = (m: { words: string[]; weights: number[] }, w: string) => m.weights[m.words.indexOf(w)];

describe("fitPhrasing", () => {
  const { models, outOfFold } = fitPhrasing(answers(), [KEY]);
  const model = models[KEY] as { words: string[]; weights: number[] };

  it("weighs words of strong answers up and words of weak answers down", () => {
    expect(weightOf(model, "because")).toBeGreaterThan(0);
    expect(weightOf(model, "leadership")).toBeLessThan(0);
    expect(weightOf(model, "honestly")).toBeLessThan(0);
  });

  it("gives no weight to words fewer than three answers use", () => {
    // "vendor" appears in one sentence, repeated once per labeller: four answers, so it stays; "migration" the same.
    expect(model.words).toContain("vendor");
    const few = fitPhrasing(answers().slice(0, 6), [KEY]).models[KEY];
    expect(few?.words).not.toContain("vendor");
  });

  it("scores each answer out of fold: its own labeller's labels never move its value", () => {
    const shifted = fitPhrasing(answers(3, "b"), [KEY]).outOfFold;
    for (const id of ["b-s0", "b-w1"])
      expect(shifted.get(id)?.get(KEY)).toBeCloseTo(outOfFold.get(id)?.get(KEY) ?? NaN, 10);
    // Another labeller's value does move when b's labels flip, so the check above can fail.
    expect(shifted.get("a-s0")?.get(KEY)).not.toBeCloseTo(outOfFold.get("a-s0")?.get(KEY) ?? NaN, 3);
    expect(outOfFold.get("a-s0")?.get(KEY)).toBeGreaterThan(0);
    expect(outOfFold.get("a-w0")?.get(KEY)).toBeLessThan(0);
  });

  it("gives each answer the value a model fitted without its labeller gives it", () => {
    // The out-of-fold values come from one inverse of the whole system, not from a refit per labeller; a real
    // refit without labeller c, applied as the grader applies a stored model, must agree with them.
    const uneven = answers().map((a, i) => ({ ...a, labels: { [KEY]: 1 + ((i * 7) % 4) } }));
    const without = fitPhrasing(
      uneven.filter((a) => a.labeller !== "c"),
      [KEY],
    ).models[KEY] as { words: string[]; weights: number[] };
    const oof = fitPhrasing(uneven, [KEY]).outOfFold;
    for (const a of uneven.filter((x) => x.labeller === "c")) {
      const known = firstUses(analyze(a.text))
        .flat()
        .filter((w) => without.words.includes(w));
      const value =
        known.reduce((s, w) => s + (weightOf(without, w) ?? 0) / PHRASING_SCALE, 0) / Math.sqrt(known.length);
      expect(oof.get(a.id)?.get(KEY), a.id).toBeCloseTo(value, 2);
    }
    // And labeller c's labels do shape other labellers' values, so the agreement above is not a constant.
    expect(oof.get("a-s0")?.get(KEY)).not.toBeCloseTo(outOfFold.get("a-s0")?.get(KEY) ?? NaN, 2);
  });

  it("leaves gaming answers out of the fit", () => {
    // The weak answers turned into gaming answers (still labelled 1): if the fit read them, "leadership" would
    // weigh against an answer as it does above; left out, only equally labelled strong answers remain.
    const gamed = answers().map((a) => (a.id.includes("-w") ? { ...a, adversarial: true } : a));
    const m = fitPhrasing(gamed, [KEY]).models[KEY] as { words: string[]; weights: number[] };
    expect(Math.max(...m.weights.map(Math.abs))).toBeLessThan(1e-9);
    expect(Math.abs(weightOf(model, "leadership") ?? 0)).toBeGreaterThan(0.01);
  });

  it("is deterministic", () => {
    expect(fitPhrasing(answers(), [KEY]).models).toEqual(models);
  });
});

describe("phrasingAnswersOf", () => {
  it("collects one answer per id with its label per model key", () => {
    const rows = [
      { id: "x", key: "behavioral:candor", label: 3, adversarial: false },
      { id: "x", key: "behavioral:judgment", label: 2, adversarial: false },
    ];
    const [a] = phrasingAnswersOf(
      rows,
      () => "text",
      () => "first",
    );
    expect(a).toEqual({
      id: "x",
      category: "behavioral",
      labeller: "first",
      adversarial: false,
      text: "text",
      labels: { "behavioral:candor": 3, "behavioral:judgment": 2 },
    });
  });
});
