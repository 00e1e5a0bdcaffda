import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Rubric } from "../../src/bank/schema.js";
import type { Grade } from "../../src/grading/grade.js";
import { cacheKey, canonicalJson, fileCache } from "../../src/grading/llm/cache.js";
import { testDir } from "../support/tmp.js";

const rubric: Rubric = {
  id: "behavioral",
  title: "Behavioral",
  version: 1,
  dimensions: [
    {
      id: "candor",
      title: "Candor",
      weight: 1,
      levels: { poor: "No mistake.", mixed: "Softened.", good: "Says I.", excellent: "Owns it plainly." },
    },
  ],
} as Rubric;

const base = {
  model: "gpt-4o-mini",
  baseUrl: "https://api.openai.com/v1",
  promptVersion: "p1",
  request: {
    answer: "I skipped the canary and checkout went down.",
    question: {
      prompt: "Tell me about a failure.",
      category: "behavioral" as const,
      lookFor: ["cost"],
      redFlags: ["blame"],
    },
    rubric,
  },
};

describe("cache key", () => {
  it("is a stable sha256 for the same inputs (pinned so accidental changes show up)", () => {
    const key = cacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(structuredClone(base))).toBe(key);
    expect(key).toBe(cacheKey({ ...base, baseUrl: "https://api.openai.com/v1/" }));
  });

  it("does not depend on key order in the rubric (YAML key order is not meaning)", () => {
    const reordered = { ...base, request: { ...base.request, rubric: JSON.parse(canonicalJson(rubric)) as Rubric } };
    const reversed = Object.fromEntries(Object.entries(rubric).reverse()) as Rubric;
    expect(cacheKey(reordered)).toBe(cacheKey(base));
    expect(cacheKey({ ...base, request: { ...base.request, rubric: reversed } })).toBe(cacheKey(base));
  });

  it.each([
    ["model", { ...base, model: "gpt-4o" }],
    ["base URL", { ...base, baseUrl: "http://localhost:11434/v1" }],
    ["prompt version", { ...base, promptVersion: "p2" }],
    ["answer", { ...base, request: { ...base.request, answer: `${base.request.answer} ` } }],
    [
      "question prompt",
      { ...base, request: { ...base.request, question: { ...base.request.question, prompt: "Other." } } },
    ],
    ["lookFor", { ...base, request: { ...base.request, question: { ...base.request.question, lookFor: ["time"] } } }],
    ["redFlags", { ...base, request: { ...base.request, question: { ...base.request.question, redFlags: [] } } }],
    ["rubric version", { ...base, request: { ...base.request, rubric: { ...rubric, version: 2 } } }],
    [
      "follow-up it answers",
      {
        ...base,
        request: { ...base.request, followUp: { prompt: "Who did you tell?", reply: "checkout went down." } },
      },
    ],
    [
      "rubric content",
      {
        ...base,
        request: {
          ...base.request,
          rubric: { ...rubric, dimensions: [{ ...rubric.dimensions[0], weight: 2 }] } as Rubric,
        },
      },
    ],
  ])("changes when the %s changes", (_what, changed) => {
    expect(cacheKey(changed)).not.toBe(cacheKey(base));
  });
});

describe("file cache", () => {
  const grade: Grade = {
    grader: "llm",
    rubric: { id: "behavioral", version: 1 },
    overall: 3,
    dimensions: [],
    confidence: "normal",
    notes: [],
    provenance: { grader: "llm", version: "behavioral@1", model: "m" },
  };

  it("round-trips a grade and treats corrupt or heuristic files as misses", async () => {
    const dir = testDir("netprep-cache-");
    const cache = fileCache(dir);
    const key = "ab".padEnd(64, "0");
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, grade);
    expect(await cache.get(key)).toEqual(grade);
    expect(readdirSync(join(dir, "ab"))).toEqual([`${key}.json`]);

    writeFileSync(join(dir, "ab", `${key}.json`), "{not json");
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, { ...grade, grader: "heuristic" });
    expect(await cache.get(key)).toBeUndefined();
    mkdirSync(join(dir, "cd"));
  });
});
