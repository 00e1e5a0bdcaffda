import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/bank/library.js";
import { readFollowUp } from "../../src/grading/follow-up.js";
import type { DimensionGrade, Grade } from "../../src/grading/grade.js";
import { gradeHeuristic } from "../../src/grading/heuristic/index.js";
import { VERDICT_AVERAGES } from "../../src/session/verdict.js";
import {
  formatClock,
  renderGrade,
  renderSummary,
  type SummaryRow,
  scoreBar,
  selfRatingGap,
  summaryRows,
} from "../../src/ui/render.js";
import { countWords, layoutRows, locateCursor, offsetAt, truncate, wrapText } from "../../src/ui/text-layout.js";

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
// biome-ignore lint/suspicious/noControlCharactersInRegex: checking for ANSI escapes is the point
const ANSI = /\x1b\[/;

function dimension(
  id: string,
  title: string,
  score: 1 | 2 | 3 | 4,
  extra: Partial<DimensionGrade> = {},
): DimensionGrade {
  const level = (["poor", "mixed", "good", "excellent"] as const)[score - 1] ?? "poor";
  return { id, title, score, level, evidence: [], advice: "", ...extra };
}

function grade(dimensions: DimensionGrade[], overall: number, extra: Partial<Grade> = {}): Grade {
  return {
    grader: "heuristic",
    rubric: { id: "behavioral", version: 1 },
    overall,
    dimensions,
    confidence: "normal",
    notes: [],
    provenance: { grader: "heuristic", version: "1" },
    ...extra,
  };
}

const behavioral = grade(
  [
    dimension("candor", "Candor", 3, {
      evidence: [{ quote: "I set the wrong default and that was my call.", effect: "+", signal: "owns-mistake" }],
      advice: "Say the uncomfortable part first.",
    }),
    dimension("judgment", "Judgment", 2, {
      evidence: [{ quote: "The team should have caught it.", effect: "-", signal: "blame" }],
      advice: "Name the option you rejected and what being wrong would have cost.",
    }),
    dimension("self-reflection", "Self-reflection", 2, { advice: "Say what you do differently now." }),
    dimension("specificity", "Specificity", 4, {
      evidence: [{ quote: "Churn went from 4.1% to 3.2% in six weeks.", effect: "+", signal: "numbers" }],
    }),
  ],
  2.6,
);

describe("formatClock", () => {
  it("formats m:ss, rounding down, with minutes past an hour", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(999)).toBe("0:00");
    expect(formatClock(29_500)).toBe("0:29");
    expect(formatClock(240_000)).toBe("4:00");
    expect(formatClock(65 * 60_000 + 7_000)).toBe("65:07");
    expect(formatClock(-12_000)).toBe("-0:12");
  });
});

describe("scoreBar", () => {
  it("fills one cell per point and shows fractions", () => {
    expect(scoreBar(3)).toBe("███░");
    expect(scoreBar(1)).toBe("█░░░");
    expect(scoreBar(4)).toBe("████");
    expect(scoreBar(2.5)).toBe("██▌░");
    expect(scoreBar(2.99)).toBe("███░");
  });
});

describe("renderGrade", () => {
  it("gives each dimension a bar, a level word and the quote or the advice, in plain text at level 0", () => {
    const text = renderGrade(behavioral, { style: plain });
    expect(text).not.toMatch(ANSI);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^ {2}Candor\s+███░ {2}good$/);
    expect(lines[1]).toContain("✓ “I set the wrong default and that was my call.”");
    expect(text).toMatch(
      /Judgment\s+██░░ {2}mixed\n.*✗ “The team should have caught it.”\n.*→ Name the option you rejected/,
    );
    expect(text).toMatch(/Self-reflection\s+██░░ {2}mixed\n.*→ Say what you do differently now\./);
    expect(text).toMatch(/Specificity\s+████ {2}excellent\n.*✓ “Churn went from 4\.1% to 3\.2% in six weeks\.”/);
    expect(text).toMatch(/Overall\s+██▋░ {2}2\.6 \/ 4/);
  });

  it("colours when the chalk instance has a level", () => {
    expect(renderGrade(behavioral, { style: colour })).toMatch(ANSI);
  });

  it("compares the self-rating with the rubric", () => {
    const text = renderGrade(behavioral, { selfRating: 4 }).replace(/\s+/g, " ");
    expect(text).toContain("You rated 4, the rubric says 2.6 — over-rating yourself is what the keeper test probes");
    expect(selfRatingGap(1, 3.4)).toContain("harder on yourself than the rubric");
    expect(selfRatingGap(3, 2.6)).toContain("calibrated");
    expect(renderGrade(behavioral, { selfRating: null })).not.toContain("You rated");
  });

  it("lists what a strong answer shows and wraps the exemplar to the width", () => {
    const exemplar =
      "I pushed the migration a week early because I assumed the replica lag would stay under a second. It did not, and for forty minutes a third of profiles read stale data. I rolled back, wrote the postmortem myself and now gate migrations on a lag check.";
    const text = renderGrade(behavioral, {
      lookFor: ["Owns the decision with I", { concept: "Names the cost of being wrong", synonyms: ["blast radius"] }],
      exemplar,
      width: 60,
    });
    expect(text).toContain(
      "What a strong answer shows\n    • Owns the decision with I\n    • Names the cost of being wrong",
    );
    expect(text).toContain("One strong answer");
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    const exemplarLines = text.split("One strong answer\n")[1]?.split("\n") ?? [];
    expect(exemplarLines.length).toBeGreaterThan(3);
    expect(exemplarLines.map((l) => l.trim()).join(" ")).toBe(exemplar);
  });

  it("says why a sentence is quoted when only its wording, not a named signal, cost or earned the points", () => {
    const worded = {
      ...behavioral,
      dimensions: behavioral.dimensions.map((d) => ({
        ...d,
        score: 2 as const,
        level: "mixed" as const,
        evidence: [
          { quote: "The client prefetches the manifest.", effect: "-" as const, signal: "wording-of-weak-answers" },
        ],
      })),
    };
    const text = renderGrade(worded, { width: 100 });
    expect(text).toContain("✗ worded like weaker answers: “The client prefetches the manifest.”");
    // A named signal's quote stands alone: the advice under it says what to fix.
    const named = {
      ...worded,
      dimensions: worded.dimensions.map((d) => ({
        ...d,
        evidence: [{ quote: "The vendor was late.", effect: "-" as const, signal: "blame" }],
      })),
    };
    expect(renderGrade(named, { width: 100 })).toContain("✗ “The vendor was late.”");
  });

  it("marks the look-fors the grader found named in the answer, and says how many", async () => {
    const library = await loadLibrary({ builtin: true });
    const question = library.question("sd-playback-startup-abr");
    const rubric = question && library.rubricFor(question);
    if (!question || !rubric) throw new Error("sd-playback-startup-abr or the system-design rubric is missing");
    const answer =
      "The client prefetches the manifest before the click. It uses adaptive bitrate streaming and starts low, around 235 kbps, then ramps up once the buffer passes 10 seconds.";
    const graded = gradeHeuristic({ answer, question, rubric });
    expect(graded.lookFor?.covered).toContain("adaptive bitrate streaming");
    expect(graded.lookFor?.missed).toContain("parallel manifest and license fetch");
    const text = renderGrade(graded, { lookFor: question.lookFor, width: 100 });
    const n = (graded.lookFor?.covered.length ?? 0) + (graded.lookFor?.missed.length ?? 0);
    expect(text).toContain(`What a strong answer shows (${graded.lookFor?.covered.length} of ${n} named: ✓)`);
    expect(text).toContain("    ✓ adaptive bitrate streaming");
    expect(text).toContain("    · parallel manifest and license fetch");
    // A grade without a reading of the look-fors (an LLM grade) lists them unmarked.
    const { lookFor: _, ...llm } = graded;
    expect(renderGrade(llm, { lookFor: question.lookFor })).toContain("What a strong answer shows\n    • ");
  });

  it("on a follow-up card, says 'level unchanged' for a dimension the reply neither probed nor moved", () => {
    const first = grade(
      [
        dimension("candor", "Candor", 3, { advice: "Say the uncomfortable part first." }),
        dimension("judgment", "Judgment", 2, { advice: "Name the option you rejected." }),
        dimension("self-reflection", "Self-reflection", 2, { advice: "Say what you do differently now." }),
        dimension("specificity", "Specificity", 2, { advice: "Put a number on the cost." }),
      ],
      2.3,
    );
    const reply = grade(
      [
        // Unchanged and unquoted: collapsed.
        dimension("candor", "Candor", 3, { advice: "Say the uncomfortable part first." }),
        // Unchanged but probed: keeps its advice, so the candidate sees what is still missing.
        dimension("judgment", "Judgment", 2, { advice: "Name the option you rejected." }),
        // Moved: shown in full.
        dimension("self-reflection", "Self-reflection", 3, {
          evidence: [{ quote: "Since then I canary every change.", effect: "+", signal: "change-that-stuck" }],
        }),
        // Not probed and at the same level, even though the reply is quoted on it: collapsed.
        dimension("specificity", "Specificity", 2, {
          evidence: [{ quote: "It was a lot of renewals.", effect: "-", signal: "vague" }],
          advice: "Put a number on the cost.",
        }),
      ],
      2.5,
    );
    const text = renderGrade(reply, { style: plain, reading: readFollowUp(first, reply, "judgment") });
    expect(text.split("\n")[0]).toBe(
      "  Your reply left judgment at Mixed: it did not add what the first answer was missing.",
    );
    expect(text).toMatch(/^ {2}Candor\s+███░ {2}good {2}level unchanged$/m);
    expect(text).not.toContain("Say the uncomfortable part first.");
    expect(text).toMatch(/Judgment\s+██░░ {2}mixed\n.*→ Name the option you rejected\./);
    expect(text).toMatch(/Self-reflection\s+███░ {2}good\n.*✓ “Since then I canary every change\.”/);
    expect(text).toMatch(/^ {2}Specificity\s+██░░ {2}mixed {2}level unchanged\n\n/m);
    expect(text).not.toContain("Put a number on the cost.");
    expect(text.match(/level unchanged/g)).toHaveLength(2);
    // A first answer's card never says it.
    expect(renderGrade(reply, { style: plain })).not.toContain("level unchanged");
  });

  it("shows the grader's notes and low confidence", () => {
    const text = renderGrade(
      grade([dimension("candor", "Candor", 1)], 1, { confidence: "low", notes: ["Too short."] }),
    );
    expect(text).toContain("(low confidence)");
    expect(text).toContain("Note: Too short.");
  });
});

describe("renderSummary", () => {
  const systemDesign = grade(
    [
      dimension("candor", "Candor", 3),
      dimension("judgment", "Judgment", 3),
      dimension("self-reflection", "Self-reflection", 2),
      dimension("requirements", "Requirements", 4),
      dimension("failure-handling", "Failure handling", 1),
    ],
    2.7,
  );
  const rows: SummaryRow[] = [
    {
      question: "Tell me about a time you disagreed with your manager and turned out to be wrong.",
      usedMs: 212_000,
      grade: behavioral,
    },
    {
      question: "Design the service that decides which artwork a member sees for a title, at 200M members.",
      usedMs: 2_760_000,
      overrunMs: 60_000,
      grade: systemDesign,
    },
    { question: "What would your last manager say you should work on?", usedMs: 15_000, skipped: true },
  ];

  it("draws a box that fits 80 columns, truncating the question", () => {
    const second = {
      ...behavioral,
      overall: 3.4,
      dimensions: behavioral.dimensions.map((d) => ({ ...d, score: 4 as const })),
    };
    const [first, design, skipped] = rows as [SummaryRow, SummaryRow, SummaryRow];
    const behavioralRows = [first, { ...design, grade: second }, skipped];
    const text = renderSummary(behavioralRows, { width: 80 });
    expect(text).not.toMatch(ANSI);
    const lines = text.split("\n");
    const table = lines.filter((line) => /^[┌│├└]/.test(line));
    for (const line of table) expect(line.length).toBe(table[0]?.length);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[0]?.startsWith("┌")).toBe(true);
    expect(table.at(-1)?.startsWith("└")).toBe(true);
    expect(text).toContain("│ Tell me about a time");
    expect(text).toContain("…");
    expect(text).toMatch(/│ Cand │ Judg │ Refl │ Spec │ Overall │/);
    expect(text).toMatch(/│ 1 │ Tell me[^│]*│ {3}3:32 │ {4}3 │ {4}2 │ {4}2 │ {4}4 │ {5}2\.6 │/);
    expect(text).toMatch(/│ 2 │ Design[^│]*│ 46:00\+ │ {4}4 │ {4}4 │ {4}4 │ {4}4 │ {5}3\.4 │/);
    expect(text).toMatch(/│ 3 │ What would[^│]*│ {3}0:15 │( +· │){4} +skip │/);
    expect(text).toMatch(/│ {3}│ Average[^│]*│ {2}49:47 │ {2}3\.5 │ {2}3\.0 │ {2}3\.0 │ {2}4\.0 │ {5}3\.0 │/);
    expect(text).toContain("Cand candor");
    expect(text).toContain("+ ran over the time budget");
  });

  it("leaves a follow-up unnumbered and weighs it in the average as the debrief does", () => {
    const [first] = rows as [SummaryRow];
    const followUp: SummaryRow = {
      question: "↳ What was your first reaction?",
      usedMs: 30_000,
      followUp: true,
      grade: { ...behavioral, overall: 1, dimensions: behavioral.dimensions.map((d) => ({ ...d, score: 1 as const })) },
    };
    const next: SummaryRow = { question: "What would your last manager say?", usedMs: 0, skipped: true };
    const text = renderSummary([first, followUp, next], { width: 100, followUpWeight: 0.5 });
    expect(text).toMatch(/│ {3}│ ↳ What was your first reaction/);
    expect(text).toMatch(/│ 2 │ What would your last manager say/);
    // Overall (2.6 + 0.5 · 1) / 1.5 = 2.07 and candor (3 + 0.5 · 1) / 1.5 = 2.33; unweighted they would be 1.8 and 2.0.
    expect(text).toMatch(/│ Average \(follow-ups at half weight\)[^│]*│[^│]*│ {2}2\.3 │.*│ {5}2\.1 │/);
    // Without the option (the review's table has no follow-ups) every row counts once.
    expect(renderSummary([first, followUp], { width: 100 })).toMatch(
      /│ Average {2}[^│]*│[^│]*│ {2}2\.0 │.*│ {5}1\.8 │/,
    );
  });

  it("builds rows from questions: answered follow-ups under their question, unanswered ones left out", () => {
    const grade = rows[0]?.grade ?? null;
    const built = summaryRows([
      {
        question: "Tell me about a failure.",
        answer: { usedMs: 60_000 },
        grade,
        followUps: [
          { prompt: "What did you change?", answer: { usedMs: 20_000, overrunMs: 0 }, grade },
          { prompt: "Who did you tell?", grade: null },
        ],
      },
      { question: "Why Netflix?", followUps: [] },
    ]);
    expect(built.map((r) => [r.question, r.followUp ?? false, r.skipped ?? false])).toEqual([
      ["Tell me about a failure.", false, false],
      ["↳ What did you change?", true, false],
      ["Why Netflix?", false, true],
    ]);
  });

  it("shows the average as the verdict does when one decimal would cross a threshold", () => {
    const at = (overall: number, candor: 1 | 2 | 3 | 4): SummaryRow => ({
      question: "Tell me about a failure.",
      usedMs: 60_000,
      grade: {
        ...behavioral,
        overall,
        dimensions: behavioral.dimensions.map((d) => ({ ...d, score: d.id === "candor" ? candor : d.score })),
      },
    });
    // Mean (1.94 + 2) / 2 = 1.97: under the 2.0 strong-no-hire line, which "2.0" would hide. Candor 2 and 2 is 2.0.
    const text = renderSummary([at(1.94, 2), at(2, 2)], { width: 100, figures: VERDICT_AVERAGES.figures });
    expect(text).toMatch(/│ Average[^│]*│[^│]*│ {2}2\.0 │.*│ {4}1\.97 │/);
    expect(renderSummary([at(1.94, 2), at(2, 2)], { width: 100 })).toMatch(/│ Average[^│]*│.*│ {5}2\.0 │/);
  });

  it("fits a mixed loop's six dimensions into 80 columns by dropping cell padding", () => {
    const text = renderSummary(rows, { width: 80 });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toMatch(/│#│Question +│ {2}Time│Cand│Judg│Refl│Spec│Reqs│Fail│Overall│/);
    expect(text).toMatch(/│1│Tell me[^│]*│ {2}3:32│ {3}3│ {3}2│ {3}2│ {3}4│ {3}·│ {3}·│ {4}2\.6│/);
    expect(text).toMatch(/│2│Design[^│]*│46:00\+│ {3}3│ {3}3│ {3}2│ {3}·│ {3}4│ {3}1│ {4}2\.7│/);
  });

  it("stays within narrow widths", () => {
    const text = renderSummary(rows, { width: 60 });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/│Cand│Judg│/);
  });

  it("uses the room it has for the question when the terminal is wide", () => {
    const text = renderSummary(rows, { width: 200 });
    expect(text).toContain("Design the service that decides which artwork a member sees for a title, at 200M members.");
  });
});

describe("text layout", () => {
  it("wraps at spaces and keeps offsets contiguous", () => {
    const text = "alpha beta gamma\ndelta";
    const rows = layoutRows(text, 11);
    expect(rows.map((r) => text.slice(r.start, r.end))).toEqual(["alpha beta ", "gamma", "delta"]);
    expect(locateCursor(rows, 11)).toEqual({ row: 1, col: 0 });
    expect(locateCursor(rows, 16)).toEqual({ row: 1, col: 5 });
    expect(locateCursor(rows, 17)).toEqual({ row: 2, col: 0 });
    expect(offsetAt(rows, 0, 99)).toBe(10);
    expect(offsetAt(rows, 1, 99)).toBe(16);
  });

  it("hard-breaks words longer than a row and counts words", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
    expect(countWords("  one two\nthree  ")).toBe(3);
  });
});
