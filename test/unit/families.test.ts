// Pattern families narrowed to the answer at hand must find exactly what the whole family finds.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  type FamilyMatcher,
  familyParts,
  familyRegex,
  familySource,
  fingerprint,
  gatedParts,
  type LiveGates,
  liveGates,
  MAX_PART_SOURCE,
  narrowedSource,
  SplitFamily,
  topLevelBranches,
} from "../../src/grading/heuristic/families.js";
import { GATES, STORY_GATES } from "../../src/grading/heuristic/gates.generated.js";
import { PATTERNS, type PatternName, STORY_KINDS } from "../../src/grading/heuristic/lexicon.js";
import { find } from "../../src/grading/heuristic/signals.js";
import { analyze } from "../../src/grading/heuristic/text.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
type Generator = { gateModule: () => Promise<string>; branchLiterals: (branch: string) => string[] | null };
const generator = () => import(`${root}scripts/generate-gates.mjs`) as Promise<Generator>;

/** Labelled answers from early, middle and recent labellers: varied voices, lengths and adversarial tactics. */
const answers = ["dev", "holdout", "holdout10a", "holdout20b", "holdout30a", "holdout34b"].flatMap((f) =>
  (parse(readFileSync(`${root}test/fixtures/graded/${f}.yaml`, "utf8")).answers as { answer?: string }[]).map(
    (a) => a.answer ?? "",
  ),
);
const names = Object.keys(PATTERNS) as PatternName[];

describe("gates.generated.ts", () => {
  it("matches lexicon.ts (run `npm run build && node scripts/generate-gates.mjs` after editing a pattern)", async () => {
    const committed = readFileSync(`${root}src/grading/heuristic/gates.generated.ts`, "utf8");
    expect(committed === (await (await generator()).gateModule())).toBe(true);
    for (const name of names) expect(GATES[name]?.fingerprint, name).toBe(fingerprint(PATTERNS[name]));
  });

  it("promises a literal only where every match must contain one", async () => {
    const { branchLiterals } = await generator();
    expect(branchLiterals(String.raw`\bi (?:was|were) wrong\b`)).toEqual([" wrong"]);
    expect(branchLiterals(String.raw`\b(?:took|taking) credit\b`)).toEqual([" credit"]);
    // Optional parts, classes, dots and lookarounds promise nothing; the required parts around them still do.
    expect(branchLiterals(String.raw`\bcolou?r`)).toEqual(["colo"]);
    expect(branchLiterals(String.raw`\b(?:very )?late\b`)).toEqual(["late"]);
    expect(branchLiterals(String.raw`\b\w+ (?=team)`)).toEqual([" "]);
    expect(branchLiterals(String.raw`[^.]{0,40}\bdeadline`)).toEqual(["deadline"]);
    expect(branchLiterals(String.raw`\b(?:a+|b)c`)).toEqual(["c"]);
    // An alternative with no literal of its own leaves the whole branch ungated.
    expect(branchLiterals(String.raw`\b(?:they|\w+ team) (?:ignored|dropped)\b`)).toEqual(["ignored", "dropped"]);
    expect(branchLiterals(String.raw`\b(?:blame|[a-z]+)\b`)).toBeNull();
    expect(branchLiterals(".")).toBeNull();
  });

  it("every match of every branch on labelled answers contains one of the branch's literals", () => {
    const text = answers.map((a) => analyze(a).lower).join("\n");
    let checked = 0;
    for (const name of names) {
      const branches = PATTERNS[name].flatMap(topLevelBranches);
      branches.forEach((branch, i) => {
        const gate = GATES[name]?.branches[i];
        if (!gate) return;
        for (const m of text.matchAll(new RegExp(branch, "g"))) {
          checked++;
          expect(
            gate.some((literal) => m[0].includes(literal)),
            `${name} branch ${i} matched "${m[0]}"`,
          ).toBe(true);
        }
      });
    }
    expect(checked).toBeGreaterThan(5000);
  });
});

describe("story-kind opening gates", () => {
  it("let through every line an opening matches, on labelled answers", () => {
    // Every sentence, not only openings, so each kind's regex gets a fair number of matches to check.
    const lines = answers.flatMap((a) => analyze(a).sentences.map((s) => s.lower.replace(/\s+/g, " ").trim()));
    let checked = 0;
    for (const kind of STORY_KINDS) {
      const gate = STORY_GATES[kind.label];
      expect(gate?.fingerprint, kind.label).toBe(fingerprint(kind.opening));
      const literals = gate?.branches.every((b) => b !== null) ? gate.branches.flat() : undefined;
      const opening = new RegExp(kind.opening.join("|"));
      for (const line of lines) {
        if (!opening.test(line)) continue;
        checked++;
        if (literals)
          expect(
            literals.some((l) => line.includes(l)),
            `${kind.label}: "${line}"`,
          ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("narrowed pattern families", () => {
  it("find every match the whole family finds, at the same place and length, on labelled answers", () => {
    const matches = (re: RegExp, lines: string[]) =>
      lines.map((l) => [...l.matchAll(re)].map((m) => `${m.index}+${m[0].length}`).join());
    let kept = 0;
    let full = 0;
    // Every eighth answer keeps the test quick: each needs its own compile of all families.
    for (const answer of answers.filter((_, i) => i % 8 === 0)) {
      const a = analyze(answer);
      const lines = [a.lower, ...a.sentences.map((s) => s.lower)];
      for (const name of names) {
        const narrow = narrowedSource(name, a.lower);
        const whole = familySource(PATTERNS[name]);
        kept += narrow.length;
        full += whole.length;
        expect(matches(new RegExp(narrow, "g"), lines), name).toEqual(matches(new RegExp(whole, "g"), lines));
      }
    }
    // The point of narrowing: most of the source never needs compiling for one answer.
    expect(kept / full).toBeLessThan(0.5);
  });

  it("narrow for the first answers a process grades, then compile each family whole", () => {
    const texts = ["my manager dropped the ball.", "the vendor was late again.", "i took credit for it.", "fine."];
    const size = (re: FamilyMatcher) => re.source.length;
    const whole = familySource(PATTERNS.blame).length;
    const first = familyRegex("blame", texts[0]);
    expect(size(first)).toBeLessThan(whole / 4);
    expect(familyRegex("blame", texts[0])).toBe(first);
    expect(size(familyRegex("blame", texts[1]))).toBeLessThan(whole / 4);
    expect(size(familyRegex("blame", texts[2]))).toBeLessThan(whole / 4);
    const fourth = familyRegex("blame", texts[3]);
    expect(size(fourth)).toBe(whole);
    expect(familyRegex("blame", texts[0])).toBe(fourth);
    expect(familyRegex("blame")).toBe(fourth);
  });

  it("fall back to the whole family when the gates are stale", () => {
    expect(GATES.blame).toBeDefined();
    const stale = { ...(GATES.blame as NonNullable<(typeof GATES)["blame"]>), fingerprint: 1 };
    const gates = GATES as Record<string, typeof stale>;
    const saved = gates.blame as typeof stale;
    gates.blame = stale;
    try {
      expect(narrowedSource("blame", "nothing here")).toBe(familySource(PATTERNS.blame));
    } finally {
      gates.blame = saved;
    }
    expect(narrowedSource("blame", "nothing here").length).toBeLessThan(familySource(PATTERNS.blame).length);
  });
});

describe("families too long for V8 to optimize", () => {
  // V8 skips its regex optimizations above 20 KB of source (kRegExpTooLargeToOptimize); the blame family crossed that
  // line in heuristic-2026.11.24b and grades per second halved (561 against 1,108 a second on the bench answers).
  const V8_LIMIT = 20 * 1024;
  const parts = (re: FamilyMatcher) => (re instanceof SplitFamily ? [...re.parts] : [re as RegExp]);

  it("compile every family as regexes V8 optimizes, splitting the long ones", () => {
    for (const name of names)
      for (const re of parts(familyRegex(name))) expect(re.source.length, name).toBeLessThanOrEqual(V8_LIMIT);
    expect(familySource(PATTERNS.blame).length).toBeGreaterThan(MAX_PART_SOURCE);
    expect(familyRegex("blame")).toBeInstanceOf(SplitFamily);
  });

  it("find every match the family as one regex finds, at the same place and length, on labelled answers", () => {
    const all = (re: FamilyMatcher, text: string) => {
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push(`${m.index}+${m[0].length}`);
        if (m[0].length === 0) re.lastIndex++;
      }
      return out.join();
    };
    for (const name of names) {
      const branches = (PATTERNS[name] as readonly string[]).flatMap(topLevelBranches);
      const whole = new RegExp(familySource(branches), "g");
      // Split even the short families, into parts of a few branches each, so every family tests the merge.
      const small = new SplitFamily(
        chunks(branches, 3).map((p) => new RegExp(familySource(p), "g")),
        familySource(branches),
      );
      for (const answer of answers.filter((_, i) => i % 16 === 0)) {
        const lower = analyze(answer).lower;
        expect(all(small, lower), name).toBe(all(whole, lower));
      }
    }
    // familyParts keeps order and loses nothing.
    const blame = (PATTERNS.blame as readonly string[]).flatMap(topLevelBranches);
    expect(familyParts(blame).flat()).toEqual(blame);
    expect(familyParts(blame).length).toBeGreaterThan(1);
  });
});

describe("gated families", () => {
  // Runs after the tests above: compiling a family whole ends its narrowing for the rest of the process.
  const sentences = answers.flatMap((a) => analyze(a).sentences);
  const open = (live: LiveGates, slot: number) => ((live[slot >> 4] as number) & (1 << (slot & 15))) !== 0;
  const all = (re: FamilyMatcher, text: string, live?: LiveGates) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text, live); m; m = re.exec(text, live)) {
      out.push(`${m.index}+${m[0].length}`);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out.join();
  };

  it("open exactly the parts one of whose literals the text contains", () => {
    const texts = [
      ...sentences.filter((_, i) => i % 4 === 0).map((s) => s.lower),
      "",
      "x",
      // Literals at the very start and end, overlapping ones, and characters outside ASCII.
      "blamed them for it",
      "it was their fault",
      "the the the",
      "3 × 4 ≈ 12 — vs — “quoted”",
    ];
    let opened = 0;
    let checked = 0;
    for (const name of names) {
      const gated = familyRegex(name) as SplitFamily;
      const parts = gatedParts(name);
      expect(gated.parts.length, name).toBe(parts.length);
      for (const text of texts) {
        const live = liveGates(text);
        parts.forEach((part, i) => {
          const expected = !part.literals || part.literals.some((literal) => text.includes(literal));
          const slot = gated.firstSlot + i;
          checked++;
          if (expected) opened++;
          if (open(live, slot) !== expected) expect(open(live, slot), `${name} part ${i} on "${text}"`).toBe(expected);
        });
      }
    }
    // Most parts stay shut on most sentences: that is the point.
    expect(opened / checked).toBeLessThan(0.4);
  });

  it("find every match the family as one regex finds, at the same place and length, on labelled sentences", () => {
    let matched = 0;
    let partCount = 0;
    const partsMatched = new Set<string>();
    for (const name of names) {
      const gated = familyRegex(name);
      expect(gated.gated, name).toBe(true);
      const whole = new RegExp(familySource(PATTERNS[name]), "g");
      const parts = gated instanceof SplitFamily ? gated.parts : [];
      partCount += parts.length;
      for (const s of sentences) {
        const expected = all(whole, s.lower);
        expect(all(gated, s.lower, liveGates(s.lower)), `${name} on "${s.lower}"`).toBe(expected);
        // The signal detector's paths: memoised per sentence with gates worked out once, and plain text.
        const first = expected ? Number(expected.split("+")[0]) : -1;
        expect(find(name, s), name).toBe(first);
        if (s.index % 8 === 0) expect(find(name, s.lower), name).toBe(first);
        if (!expected) continue;
        matched++;
        parts.forEach((re, i) => {
          re.lastIndex = 0;
          if (re.test(s.lower)) partsMatched.add(`${name} ${i}`);
        });
      }
    }
    // Matches spread over many parts, late ones of the longest family included, so a part skipped wrongly would show.
    expect(matched).toBeGreaterThan(5000);
    expect(partsMatched.size / partCount).toBeGreaterThan(0.3);
    const blame = (familyRegex("blame") as SplitFamily).parts.length;
    const lastBlame = Math.max(
      ...[...partsMatched].filter((p) => p.startsWith("blame ")).map((p) => Number(p.slice(6))),
    );
    expect(lastBlame).toBeGreaterThanOrEqual(blame / 2);
  });

  it("run every part when the gates are stale", () => {
    const stale = { ...(GATES.blame as NonNullable<(typeof GATES)["blame"]>), fingerprint: 1 };
    const gates = GATES as Record<string, typeof stale>;
    const saved = gates.blame as typeof stale;
    gates.blame = stale;
    try {
      const parts = gatedParts("blame");
      expect(parts.every((part) => part.literals === null)).toBe(true);
      expect(parts.flatMap((part) => part.branches)).toEqual(PATTERNS.blame.flatMap(topLevelBranches));
    } finally {
      gates.blame = saved;
    }
    expect(gatedParts("blame").some((part) => part.literals !== null)).toBe(true);
  });
});

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
