// Guards the built-in content: the counts the product promises and the shape every question needs so
// that practice can ask follow-ups and the grader can detect coverage.
import { beforeAll, describe, expect, it } from "vitest";
import { durationSeconds, followUpParts, lookForConcept, VALUES } from "../../src/bank/format.js";
import { type Library, loadLibrary } from "../../src/bank/library.js";
import type { Question } from "../../src/bank/schema.js";

let library: Library;
beforeAll(async () => {
  library = await loadLibrary({ builtin: true });
});
const byCategory = (c: Question["category"]) => library.questions.filter((q) => q.category === c);

describe("built-in banks", () => {
  it("load without a single problem (errors or warnings)", () => {
    expect(library.problems).toEqual([]);
  });

  it.each([
    ["behavioral", 60],
    ["system-design", 25],
    ["recruiter-screen", 10],
    ["compensation", 5],
  ] as const)("have at least the promised %s questions (%i)", (category, minimum) => {
    expect(byCategory(category).length).toBeGreaterThanOrEqual(minimum);
  });

  it("carry at least 20 exemplar / weak-example pairs", () => {
    expect(library.questions.filter((q) => q.exemplar && q.weakExample).length).toBeGreaterThanOrEqual(20);
  });

  it("give every behavioral question values, difficulty, 3–6 look-fors, red flags and a follow-up tied to a dimension", () => {
    const dims = new Set(library.rubric("behavioral")?.dimensions.map((d) => d.id));
    for (const q of byCategory("behavioral")) {
      expect(q.values?.length, q.id).toBeGreaterThan(0);
      expect(q.difficulty, q.id).toBeDefined();
      expect(q.lookFor?.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.lookFor?.length, q.id).toBeLessThanOrEqual(6);
      expect(q.redFlags?.length, q.id).toBeGreaterThan(0);
      const tied = (q.followUps ?? []).map(followUpParts).filter((f) => f.dimension && dims.has(f.dimension));
      expect(tied.length, q.id).toBeGreaterThan(0);
    }
  });

  it("spread behavioral questions over every culture value", () => {
    const values = new Set(byCategory("behavioral").flatMap((q) => q.values ?? []));
    // "communication" is candor's other name in the memo; questions tag one or the other.
    for (const v of VALUES.filter((v) => v !== "communication")) expect(values.has(v), v).toBe(true);
  });

  it("give every system-design prompt 35–45 minutes, concepts with synonyms and follow-ups", () => {
    for (const q of byCategory("system-design")) {
      const minutes = durationSeconds(q.time) / 60;
      expect(minutes, q.id).toBeGreaterThanOrEqual(35);
      expect(minutes, q.id).toBeLessThanOrEqual(45);
      const concepts = (q.lookFor ?? []).map(lookForConcept);
      expect(concepts.length, q.id).toBeGreaterThanOrEqual(5);
      expect(
        concepts.every((c) => c.synonyms.length > 0),
        q.id,
      ).toBe(true);
      expect(q.followUps?.length, q.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("mirror the real loop: a ~30 min recruiter screen, a 45–60 min hiring-manager screen, team interviews", () => {
    const minutes = (id: string) => durationSeconds(library.loop(id)?.time ?? "0s") / 60;
    expect(minutes("recruiter-screen")).toBe(30);
    expect(minutes("hiring-manager-screen")).toBeGreaterThanOrEqual(45);
    expect(minutes("hiring-manager-screen")).toBeLessThanOrEqual(60);
    const team = library.loop("full-loop");
    expect(team?.rounds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(team?.rounds.map((r) => r.category))).toEqual(new Set(["behavioral", "system-design"]));
  });

  it("anchor all four levels of every rubric dimension", () => {
    expect(library.rubric("behavioral")?.dimensions.map((d) => d.id)).toEqual([
      "candor",
      "judgment",
      "self-reflection",
      "specificity",
    ]);
    expect(library.rubric("system-design")?.dimensions.map((d) => d.id)).toEqual(
      expect.arrayContaining(["candor", "judgment", "self-reflection", "requirements", "failure-handling"]),
    );
    for (const r of library.rubrics) for (const d of r.dimensions) expect(Object.keys(d.levels)).toHaveLength(4);
  });
});
