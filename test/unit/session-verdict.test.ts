import { describe, expect, it } from "vitest";
import { computeVerdict, type GradedAnswer, Verdict } from "../../src/session/verdict.js";
import { grade } from "../support/session.js";

const answer = (scores: Record<string, number>, followUp = false, confidence: "low" | "normal" = "normal") =>
  ({ questionId: "q", followUp, grade: grade(scores, undefined, confidence) }) satisfies GradedAnswer;
const dims = (candor: number, judgment: number, reflection: number, specificity: number) => ({
  candor,
  judgment,
  "self-reflection": reflection,
  specificity,
});

describe("computeVerdict", () => {
  it("gives no verdict without graded main answers", () => {
    expect(computeVerdict([])).toBeUndefined();
    expect(computeVerdict([answer(dims(4, 4, 4, 4), true)])).toBeUndefined();
  });

  it("strong hire: high mean, good everywhere, enough answers", () => {
    const v = computeVerdict([answer(dims(4, 4, 3, 4)), answer(dims(4, 3, 4, 4))]);
    expect(v?.level).toBe("strong-hire");
    expect(v?.confidence).toBe("normal");
    expect(Verdict.safeParse(v).success).toBe(true);
    expect(v?.wouldChange).toMatch(/drop to hire/);
  });

  it("a single excellent answer is only a hire, with low confidence", () => {
    const v = computeVerdict([answer(dims(4, 4, 4, 4))]);
    expect(v?.level).toBe("hire");
    expect(v?.confidence).toBe("low");
    expect(v?.wouldChange).toMatch(/second answer/);
  });

  it("hire: solid mean, names the weakest dimension and what a better answer shows", () => {
    const v = computeVerdict([answer(dims(3, 2, 3, 4)), answer(dims(3, 3, 3, 3))]);
    expect(v?.level).toBe("hire");
    expect(v?.weakestDimension).toEqual({ id: "judgment", title: "Judgment", average: 2.5 });
    expect(v?.wouldChange).toMatch(/option you rejected/);
  });

  it("no hire when one dimension is consistently poor even with a decent mean", () => {
    const v = computeVerdict([answer(dims(3, 4, 1, 4)), answer(dims(3, 4, 1, 3))]);
    expect(v?.meanOverall).toBeGreaterThanOrEqual(2.75);
    expect(v?.level).toBe("no-hire");
    expect(v?.weakestDimension?.id).toBe("self-reflection");
    expect(v?.reason).toMatch(/consistently poor/);
    // The mean already clears the hire bar, so only the dimension is named as the blocker.
    expect(v?.wouldChange).toMatch(/^Hire needs self-reflection at 2\.0\+\. /);
  });

  it("no hire for a mixed mean", () => {
    expect(computeVerdict([answer(dims(2, 3, 2, 3)), answer(dims(2, 2, 3, 2))])?.level).toBe("no-hire");
  });

  it("strong no hire below a mean of 2, or for deflecting candor alone", () => {
    expect(computeVerdict([answer(dims(1, 2, 1, 2)), answer(dims(2, 1, 2, 1))])?.level).toBe("strong-no-hire");
    const candor = computeVerdict([answer(dims(1, 4, 4, 4)), answer(dims(2, 4, 4, 4)), answer(dims(1, 4, 4, 4))]);
    expect(candor?.meanOverall).toBeGreaterThan(3);
    expect(candor?.level).toBe("strong-no-hire");
    expect(candor?.wouldChange).toMatch(/Candor at 1.75/);
  });

  it("follow-ups count at half weight", () => {
    // Main 2.5 and follow-up 4 → (2.5 + 0.5·4) / 1.5 = 3.0; at full weight it would be 3.25.
    const v = computeVerdict([answer(dims(2, 3, 2, 3)), answer(dims(4, 4, 4, 4), true)]);
    expect(v?.meanOverall).toBe(3);
    expect(v?.answers).toBe(1);
    // The reason says so, or 3.0 beside a table of 2.5 and 4 reads as a slip.
    expect(v?.reason).toMatch(/over 1 answer and 1 follow-up at half weight/);
    const plain = computeVerdict([answer(dims(2, 3, 2, 3)), answer(dims(3, 3, 3, 3))]);
    expect(plain?.reason).toMatch(/over 2 answers[;:, ]/);
    expect(plain?.reason).not.toMatch(/follow-up/);
  });

  it("shows a second decimal when one would put the mean on the wrong side of a threshold", () => {
    const at = (overall: number) =>
      computeVerdict([
        { questionId: "a", followUp: false, grade: grade(dims(2, 2, 2, 2), overall) },
        { questionId: "b", followUp: false, grade: grade(dims(2, 2, 2, 2), overall) },
      ]);
    // 1.97 is strong no hire; "mean score 2.0 … a mean of 2.0 moves this to no hire" would contradict itself.
    expect(at(1.97)?.level).toBe("strong-no-hire");
    expect(at(1.97)?.reason).toMatch(/^Mean score 1\.97 /);
    // 3.37 is short of strong hire's 3.4, so it must not read as 3.4.
    expect(at(3.37)?.level).toBe("hire");
    expect(at(3.37)?.reason).toMatch(/^Mean score 3\.37 /);
    // Away from a threshold one decimal is enough.
    expect(at(2.5)?.reason).toMatch(/^Mean score 2\.5 /);
  });

  // The design rubric reuses the culture ids under its own titles (candor is "assumptions and unknowns").
  const DESIGN_TITLES: Record<string, string> = {
    candor: "Assumptions and unknowns",
    judgment: "Trade-offs",
    "self-reflection": "Limits of own design",
    requirements: "Requirements and scale",
    "failure-handling": "Failure handling",
  };
  const design = (scores: Record<string, number>): GradedAnswer => {
    const g = grade(scores);
    return {
      questionId: "d",
      followUp: false,
      grade: {
        ...g,
        rubric: { id: "system-design", version: 1 },
        dimensions: g.dimensions.map((d) => ({ ...d, title: DESIGN_TITLES[d.id] ?? d.title })),
      },
    };
  };
  const designDims = (candor: number, judgment: number, limits: number, requirements: number, failure: number) => ({
    candor,
    judgment,
    "self-reflection": limits,
    requirements,
    "failure-handling": failure,
  });

  it("gives design advice for a design session, not the behavioral advice under the same dimension id", () => {
    // Found in a new-user pass: a design session's debrief told the candidate to show "a habit or process you
    // actually changed afterwards" for limits of own design.
    const v = computeVerdict([design(designDims(2, 3, 1, 3, 3)), design(designDims(2, 3, 1, 2, 3))]);
    expect(v?.level).toBe("no-hire");
    expect(v?.weakestDimension).toEqual({ id: "self-reflection", title: "Limits of own design", average: 1 });
    expect(v?.wouldChange).toMatch(/^Hire needs limits of own design at 2\.0\+.* weakest point before the interviewer/);
    expect(v?.wouldChange).not.toMatch(/habit or process/);
  });

  it("does not veto a design session for unstated assumptions as if it were deflection", () => {
    const v = computeVerdict([design(designDims(1, 3, 3, 3, 3)), design(designDims(1, 3, 3, 3, 3))]);
    expect(v?.level).not.toBe("strong-no-hire");
    expect(v?.reason).not.toMatch(/arm's length/);
    expect(v?.wouldChange).toMatch(/assumptions out loud/);
  });

  it("in a loop of stories and designs, vetoes on the stories' candor and advises where the score was lost", () => {
    const v = computeVerdict([answer(dims(1, 4, 4, 4)), answer(dims(2, 4, 4, 4)), design(designDims(4, 4, 4, 4, 4))]);
    // Candor over all three answers is 2.33; over the two stories it is 1.5, which the veto is about.
    expect(v?.level).toBe("strong-no-hire");
    expect(v?.reason).toMatch(/^Candor averaged 1\.5 over 3 answers: the answers kept the mistakes at arm's length/);
    const limits = computeVerdict([answer(dims(3, 3, 3, 3)), design(designDims(3, 3, 1, 3, 3))]);
    expect(limits?.weakestDimension?.title).toBe("Limits of own design");
    expect(limits?.wouldChange).toMatch(/weakest point before the interviewer/);
  });

  it("low confidence when most grades are low-confidence", () => {
    const v = computeVerdict([answer(dims(3, 3, 3, 3), false, "low"), answer(dims(3, 3, 3, 3), false, "low")]);
    expect(v?.confidence).toBe("low");
  });
});
