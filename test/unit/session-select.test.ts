import { describe, expect, it } from "vitest";
import type { Loop, Question } from "../../src/bank/schema.js";
import { UsageError } from "../../src/errors.js";
import {
  EmptyPoolError,
  type HistoryEntry,
  mulberry32,
  preferenceScore,
  selectQuestions,
  UnknownQuestionError,
} from "../../src/session/select.js";
import { question } from "../support/session.js";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

const BANK: Question[] = [
  question("failed-launch", { values: ["candor"], difficulty: "medium", tags: ["failure"] }),
  question("disagree-manager", { values: ["courage"], difficulty: "hard", tags: ["conflict"] }),
  question("bet-without-data", { values: ["judgment"], difficulty: "hard" }),
  question("hard-feedback", { values: ["candor", "communication"], difficulty: "easy", tags: ["feedback"] }),
  question("keeper-test", { values: ["candor", "judgment"], difficulty: "medium", tags: ["keeper-test"] }),
  question("curious-outside-role", { values: ["curiosity"], difficulty: "easy" }),
  question("helped-other-team", { values: ["selflessness"], difficulty: "medium" }),
  question("design-cdn", { category: "system-design", time: "45m", difficulty: "hard", tags: ["streaming"] }),
  question("design-ab-platform", { category: "system-design", time: "45m", difficulty: "medium" }),
  question("why-netflix", { category: "recruiter-screen", time: "3m" }),
];
const ids = (qs: Question[]) => qs.map((q) => q.id);
const draw = (filters: Parameters<typeof selectQuestions>[1], seed = 1, history: HistoryEntry[] = []) =>
  selectQuestions(BANK, filters, history, seed, NOW);

describe("mulberry32", () => {
  it("is deterministic per seed and differs across seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("selectQuestions", () => {
  it("reproduces the exact draw for the same seed, and varies across seeds", () => {
    const first = ids(draw({ count: 4 }, 99).questions);
    expect(ids(draw({ count: 4 }, 99).questions)).toEqual(first);
    const others = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => ids(draw({ count: 4 }, s).questions).join(",")));
    expect(others.size).toBeGreaterThan(1);
  });

  it("without filters draws 3 behavioral questions spread across different values", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const qs = draw({}, seed).questions;
      expect(qs).toHaveLength(3);
      expect(qs.every((q) => q.category === "behavioral")).toBe(true);
      // Spread: no question may bring only values already covered by the earlier picks.
      const covered = new Set<string>();
      for (const q of qs) {
        expect((q.values ?? []).some((v) => !covered.has(v))).toBe(true);
        for (const v of q.values ?? []) covered.add(v);
      }
    }
  });

  it("combines filters with AND (any-of inside a list)", () => {
    const qs = draw({ category: "behavioral", values: ["candor"], difficulty: ["medium"], count: 10 }).questions;
    expect(ids(qs).sort()).toEqual(["failed-launch", "keeper-test"]);
    const tagged = draw({ tags: ["feedback", "conflict"], count: 10 }).questions;
    expect(ids(tagged).sort()).toEqual(["disagree-manager", "hard-feedback"]);
    const sd = draw({ category: "system-design", count: 10 }).questions;
    expect(ids(sd).sort()).toEqual(["design-ab-platform", "design-cdn"]);
  });

  it("keeps named questions in the order given, without duplicates", () => {
    const qs = draw({ questionIds: ["keeper-test", "design-cdn", "failed-launch", "keeper-test"] }).questions;
    expect(ids(qs)).toEqual(["keeper-test", "design-cdn", "failed-launch"]);
  });

  it("rejects an unknown question id with a typed error and a suggestion", () => {
    let error: unknown;
    try {
      draw({ questionIds: ["failed-launch", "keeper-tset"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownQuestionError);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UnknownQuestionError).questionId).toBe("keeper-tset");
    expect((error as UnknownQuestionError).suggestion).toBe("keeper-test");
    expect((error as Error).message).toContain('did you mean "keeper-test"');
    // Nothing close: no misleading suggestion.
    expect(() => draw({ questionIds: ["quantum-chromodynamics"] })).toThrow(
      /^unknown question "quantum-chromodynamics"$/,
    );
  });

  it("names the filter that emptied the pool", () => {
    let error: unknown;
    try {
      draw({ category: "system-design", values: ["courage"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EmptyPoolError);
    expect((error as EmptyPoolError).filter).toBe("values");
    expect((error as Error).message).toMatch(/category=system-design left 2, then values=courage left 0/);
    expect(() => draw({ category: "compensation" })).toThrow(/category=compensation left 0/);
    expect(() => selectQuestions([], {}, [], 1, NOW)).toThrow(EmptyPoolError);
  });

  it("draws a loop's rounds in order with each round's count", () => {
    const loop: Loop = {
      id: "hm-screen",
      title: "Hiring manager screen",
      time: "45m",
      rounds: [
        { title: "Intro", category: "recruiter-screen", count: 1 },
        { title: "Culture", category: "behavioral", count: 2, values: ["candor"] },
        { title: "Design", category: "system-design", count: 1, difficulty: ["hard"] },
      ],
    };
    for (const seed of [1, 2, 3]) {
      const { questions, notes } = draw({ loop }, seed);
      expect(questions.map((q) => q.category)).toEqual([
        "recruiter-screen",
        "behavioral",
        "behavioral",
        "system-design",
      ]);
      expect(questions[3]?.id).toBe("design-cdn");
      expect(questions.slice(1, 3).every((q) => q.values?.includes("candor"))).toBe(true);
      expect(new Set(ids(questions)).size).toBe(4);
      expect(notes).toEqual([]);
    }
    expect(ids(draw({ loop }, 5).questions)).toEqual(ids(draw({ loop }, 5).questions));
  });

  it("notes a loop round it cannot fill instead of failing the whole loop", () => {
    const loop: Loop = {
      id: "team",
      title: "Team",
      time: "60m",
      rounds: [
        { category: "system-design", count: 5 },
        { category: "compensation", count: 1 },
      ],
    };
    const { questions, notes } = draw({ loop });
    expect(questions).toHaveLength(2);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/only 2 of 5/);
    expect(notes[1]).toMatch(/round 2: .*category=compensation left 0/);
  });

  it("prefers never-asked, then weak, then old questions", () => {
    const bank = [question("never"), question("weak"), question("old-strong"), question("recent-strong")];
    const history: HistoryEntry[] = [
      { questionId: "weak", lastAskedAt: daysAgo(1), lastOverall: 1.5 },
      { questionId: "old-strong", lastAskedAt: daysAgo(60), lastOverall: 3.5 },
      { questionId: "recent-strong", lastAskedAt: daysAgo(0.5), lastOverall: 3.5 },
    ];
    for (let seed = 0; seed < 20; seed++) {
      const qs = selectQuestions(bank, { count: 4 }, history, seed, NOW).questions;
      expect(ids(qs)).toEqual(["never", "weak", "old-strong", "recent-strong"]);
      expect(ids(selectQuestions(bank, { count: 1 }, history, seed, NOW).questions)).toEqual(["never"]);
    }
  });

  it("uses the latest history entry per question", () => {
    const bank = [question("q-one"), question("q-two")];
    const history: HistoryEntry[] = [
      { questionId: "q-one", lastAskedAt: daysAgo(90), lastOverall: 1 },
      { questionId: "q-one", lastAskedAt: daysAgo(1), lastOverall: 4 },
      { questionId: "q-two", lastAskedAt: daysAgo(40), lastOverall: 4 },
    ];
    for (let seed = 0; seed < 10; seed++) {
      expect(ids(selectQuestions(bank, { count: 1 }, history, seed, NOW).questions)).toEqual(["q-two"]);
    }
  });

  it("scores in documented tiers", () => {
    expect(preferenceScore(undefined, NOW)).toBe(3);
    expect(preferenceScore({ questionId: "x", lastAskedAt: daysAgo(1), lastOverall: 1 }, NOW)).toBe(2.5);
    expect(preferenceScore({ questionId: "x", lastAskedAt: daysAgo(1), lastOverall: 2.4 }, NOW)).toBeGreaterThan(2);
    expect(preferenceScore({ questionId: "x", lastAskedAt: daysAgo(15), lastOverall: 3 }, NOW)).toBeCloseTo(0.5);
    expect(preferenceScore({ questionId: "x", lastAskedAt: daysAgo(300), lastOverall: null }, NOW)).toBe(1);
  });

  it("reports a short draw when fewer questions match than asked", () => {
    const { questions, notes } = draw({ category: "system-design", count: 5 });
    expect(questions).toHaveLength(2);
    expect(notes).toEqual(["only 2 of 5 questions match"]);
  });
});
