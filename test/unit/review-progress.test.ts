// Pure parts of `netprep review`: session digests, progress across sessions, attempts, word diff, playback pacing,
// sparklines and HTML escaping.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { esc, lineChartSvg, renderSessionHtml } from "../../src/report/html.js";
import { renderSessionMarkdown } from "../../src/report/markdown.js";
import { buildSessionReport, lookForOf } from "../../src/report/model.js";
import {
  PAUSE_AFTER_QUESTION_MS,
  playbackScript,
  scriptDuration,
  TYPE_CAP_MS,
  typingRate,
} from "../../src/report/playback.js";
import { bucket, renderSessionList, renderSessionReport, sparkline } from "../../src/report/terminal.js";
import { plainWordDiff, wordDiff } from "../../src/report/word-diff.js";
import { groupProblems } from "../../src/session/digest-cache.js";
import { SessionEvent } from "../../src/session/events.js";
import {
  compareGrades,
  computeProgress,
  digestSession,
  optionsLabel,
  parseSince,
  type SessionDigest,
} from "../../src/session/progress.js";
import { replay } from "../../src/session/replay.js";
import { answered, drafted, grade, question, stamp, started } from "../support/session.js";

function digest(
  id: string,
  startedAt: string,
  dims: Record<string, number>,
  questionIds: string[] = [],
): SessionDigest {
  return {
    id,
    file: `${id}.jsonl`,
    startedAt,
    status: "complete",
    label: "any",
    planned: 1,
    answered: 1,
    followUpsAnswered: 0,
    usedMs: 0,
    overrunMs: 0,
    dimensions: Object.entries(dims).map(([k, v]) => ({ id: k, title: k, average: v, count: 1 })),
    questionIds,
    problems: [],
  };
}

describe("session digest", () => {
  it("averages current grades per dimension, follow-ups at half weight, and recomputes the verdict", () => {
    const state = replay(
      stamp([
        started(["q1", "q2"]),
        { type: "question_shown", questionId: "q1", index: 0 },
        answered("q1"),
        { type: "graded", questionId: "q1", grade: grade({ candor: 1, judgment: 2 }) },
        // A regrade: the later grade is the current one.
        { type: "graded", questionId: "q1", grade: grade({ candor: 3, judgment: 2 }) },
        { type: "question_shown", questionId: "q1~f0", index: 0, followUp: { parentId: "q1", prompt: "Why?" } },
        answered("q1~f0", { followUpOf: "q1" }),
        { type: "graded", questionId: "q1~f0", followUpOf: "q1", grade: grade({ candor: 1, judgment: 4 }) },
      ]),
    );
    const d = digestSession(state, { id: "abcd1234", file: "f", problems: [], damaged: false });
    // candor: (3·1 + 1·0.5) / 1.5 = 2.33; judgment: (2 + 4·0.5) / 1.5 = 2.67
    expect(d.dimensions.map((x) => [x.id, x.average, x.count])).toEqual([
      ["candor", 2.33, 2],
      ["judgment", 2.67, 2],
    ]);
    expect(d.status).toBe("incomplete");
    expect(d.answered).toBe(1);
    expect(d.planned).toBe(2);
    expect(d.questionIds).toEqual(["q1"]);
    expect(d.overall).toBe(2.5);
    expect(d.verdict).toBeDefined();
  });

  it("ignores drafts: an unsubmitted answer is not answered, graded or practised", () => {
    const bodies = [
      started(["q1", "q2"]),
      { type: "question_shown", questionId: "q1", index: 0 },
      answered("q1"),
      { type: "graded", questionId: "q1", grade: grade({ candor: 3, judgment: 2 }) },
      { type: "question_shown", questionId: "q2", index: 1 },
      { type: "session_finished", reason: "quit" },
    ];
    const withDraft = [...bodies.slice(0, 5), drafted("q2", "Half an answer"), ...bodies.slice(5)];
    // As written to disk: the schema must accept the draft, or ignoring it here proves nothing.
    for (const e of stamp(withDraft)) expect(SessionEvent.safeParse(e).error?.issues).toBeUndefined();
    const meta = { id: "abcd1234", file: "f", problems: [], damaged: false };
    const d = digestSession(replay(stamp(withDraft)), meta);
    expect(d).toEqual(digestSession(replay(stamp(bodies)), meta));
    expect(d).toMatchObject({ answered: 1, questionIds: ["q1"] });
    const style = new Chalk({ level: 0 });
    const steps = playbackScript(stamp(withDraft), (id) => question(id), { style, width: 80 });
    expect(steps).toEqual(playbackScript(stamp(bodies), (id) => question(id), { style, width: 80 }));
  });

  it("labels sessions by loop or filters", () => {
    expect(optionsLabel({ seed: 1, strict: false, loop: "team-interview", category: "behavioral" })).toBe(
      "loop team-interview",
    );
    expect(
      optionsLabel({
        seed: 1,
        strict: false,
        category: "behavioral",
        values: ["candor", "courage"],
        tags: ["failure"],
      }),
    ).toBe("behavioral · candor, courage · #failure");
    expect(optionsLabel({ seed: 1, strict: false })).toBe("any");
  });

  it("groups the same problem on many lines into one reason", () => {
    expect(
      groupProblems([
        { line: 1, reason: "format version 9 is newer" },
        { line: 2, reason: "format version 9 is newer" },
        { line: 3, reason: "not valid JSON" },
        { line: 4, reason: "format version 9 is newer" },
        { line: 5, reason: "format version 9 is newer" },
        { line: 0, reason: "no session_started event at the top" },
      ]),
    ).toEqual([
      "lines 1, 2, 4 and 1 more: format version 9 is newer",
      "line 3: not valid JSON",
      "no session_started event at the top",
    ]);
  });
});

describe("session list status", () => {
  const statusOf = (d: SessionDigest) => renderSessionList([d]).split("\n")[1]?.trim().split(/\s+/).at(-1);
  it("a session stopped with questions unanswered reads as stopped, not complete", () => {
    const stopped = {
      ...digest("0a0a0001", "2026-01-01T10:00:00Z", { candor: 2 }),
      planned: 3,
      finishReason: "quit" as const,
    };
    expect(statusOf(stopped)).toBe("stopped");
  });
  it("stopping during the last follow-up, or finishing, is complete; a crash is incomplete", () => {
    const base = digest("0a0a0002", "2026-01-01T10:00:00Z", { candor: 2 });
    expect(statusOf({ ...base, finishReason: "quit" })).toBe("complete");
    expect(statusOf({ ...base, planned: 3, finishReason: "completed" })).toBe("complete");
    expect(statusOf({ ...base, planned: 3, status: "incomplete" })).toBe("incomplete");
  });
});

describe("progress", () => {
  const values: Record<string, string[]> = { a: ["candor"], b: ["judgment", "courage"] };
  const valuesOf = (q: string) => values[q];

  it("builds series oldest first, finds the weakest recent dimension and unpractised values", () => {
    const p = computeProgress(
      [
        digest("s3", "2025-03-03T00:00:00Z", { candor: 3, judgment: 2 }, ["a"]),
        digest("s1", "2025-03-01T00:00:00Z", { candor: 1, judgment: 3 }, ["a"]),
        digest("s2", "2025-03-02T00:00:00Z", { candor: 2, judgment: 2 }, ["a"]),
        digest("s4", "2025-03-04T00:00:00Z", { candor: 4, judgment: 1 }, ["a"]),
        { ...digest("bad", "2025-03-05T00:00:00Z", {}), status: "damaged" },
      ],
      valuesOf,
      ["candor", "judgment", "courage", "inclusion"],
    );
    expect(p.sessions).toBe(4);
    const candor = p.dimensions.find((d) => d.id === "candor");
    expect(candor?.points.map((x) => x.sessionId)).toEqual(["s1", "s2", "s3", "s4"]);
    // Four points: early = mean(1, 2), recent = mean(3, 4).
    expect(candor).toMatchObject({ early: 1.5, recent: 3.5, change: 2 });
    expect(p.weakest).toMatchObject({ id: "judgment", recent: 1.5 });
    expect(p.valuesPractised).toEqual({ candor: 4 });
    expect(p.valuesNeverPractised).toEqual(["judgment", "courage", "inclusion"]);
    expect(p.suggestions.map((s) => s.command)).toEqual([
      "netprep practice --value judgment --count 3",
      "netprep practice --value judgment --count 3",
    ]);
  });

  it("suggests a first session when there is nothing yet", () => {
    const p = computeProgress([], valuesOf, ["candor"]);
    expect(p.weakest).toBeUndefined();
    expect(p.suggestions.map((s) => s.command)).toContain("netprep practice --count 3");
  });

  it("parses --since as a date or a span and rejects the rest", () => {
    const now = new Date("2025-03-10T12:00:00Z");
    expect(parseSince("7d", now)?.toISOString()).toBe("2025-03-03T12:00:00.000Z");
    expect(parseSince("2w", now)?.toISOString()).toBe("2025-02-24T12:00:00.000Z");
    expect(parseSince("2025-03-01", now)?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    for (const bad of ["2025-02-30", "yesterday", "7", "-3d", ""]) expect(parseSince(bad, now)).toBeUndefined();
  });
});

describe("attempts", () => {
  it("compares grades dimension by dimension", () => {
    const c = compareGrades(grade({ candor: 1, judgment: 3 }, 2), grade({ candor: 3, specificity: 2 }, 2.5));
    expect(c.overall).toBe(0.5);
    expect(c.dimensions).toEqual([
      { id: "candor", title: "Candor", before: 1, after: 3, delta: 2 },
      { id: "judgment", title: "Judgment", before: 3 },
      { id: "specificity", title: "Specificity", after: 2 },
    ]);
  });

  it("diffs answers word by word", () => {
    const d = wordDiff("We missed the date because of product.", "I missed the date because I skipped the review.");
    expect(plainWordDiff(d)).toBe("[-We-]{+I+} missed the date because [-of product-]{+I skipped the review+}.");
    expect(d.addedWords).toBe(5);
    expect(d.removedWords).toBe(3);
    expect(wordDiff("same text", "same text").segments).toEqual([{ op: "=", text: "same text" }]);
  });
});

describe("replay pacing", () => {
  it("types at 40 characters a second, faster for long answers so none takes more than the cap", () => {
    expect(typingRate(100)).toBe(40);
    expect(typingRate(4000)).toBe(Math.ceil(4000 / (TYPE_CAP_MS / 1000)));
    expect((4000 / typingRate(4000)) * 1000).toBeLessThanOrEqual(TYPE_CAP_MS);
  });

  it("plays events in file order: question, answer, grade, verdict", () => {
    const events = stamp([
      started(["q1"]),
      { type: "question_shown", questionId: "q1", index: 0 },
      answered("q1", { text: "I shipped it late." }),
      { type: "graded", questionId: "q1", grade: grade({ candor: 2 }) },
      { type: "session_finished", reason: "completed" },
    ]);
    const steps = playbackScript(events, (id) => question(id), { style: new Chalk({ level: 0 }), width: 80 });
    const kinds = steps.map((s) => s.kind);
    expect(kinds.indexOf("type")).toBeGreaterThan(kinds.indexOf("pause"));
    const typed = steps.find((s) => s.kind === "type");
    expect(typed).toMatchObject({ charsPerSecond: 40 });
    expect(typed?.kind === "type" && typed.text).toContain("I shipped it late.");
    const printed = steps.flatMap((s) => (s.kind === "print" ? [s.text] : [])).join("\n");
    expect(printed.indexOf("Tell me about q1.")).toBeLessThan(printed.indexOf("Candor"));
    expect(printed).toMatch(/Session finished\.$/);
    expect(scriptDuration(steps)).toBeGreaterThanOrEqual(PAUSE_AFTER_QUESTION_MS);
  });

  it("reads a follow-up graded with its first answer against that answer's grade, as practice showed it", () => {
    const followUp = (withAnswer: boolean) =>
      stamp([
        started(["q1"]),
        { type: "question_shown", questionId: "q1", index: 0 },
        answered("q1", { text: "I shipped it late." }),
        { type: "graded", questionId: "q1", grade: grade({ candor: 3, judgment: 1 }) },
        {
          type: "question_shown",
          questionId: "q1~f0",
          index: 0,
          followUp: { parentId: "q1", prompt: "What did you know?", dimension: "judgment" },
        },
        answered("q1~f0", { followUpOf: "q1", text: "I knew at nine." }),
        {
          type: "graded",
          questionId: "q1~f0",
          followUpOf: "q1",
          grade: grade({ candor: 3, judgment: 2 }),
          ...(withAnswer ? { withAnswer: true } : {}),
        },
      ]);
    const printed = (events: SessionEvent[]) =>
      playbackScript(events, (id) => question(id), { style: new Chalk({ level: 0 }), width: 80 })
        .flatMap((s) => (s.kind === "print" ? [s.text] : []))
        .join("\n");
    const together = printed(followUp(true));
    expect(together).toContain("With your reply, judgment went from Poor to Mixed.");
    expect(together).toMatch(/Candor +███░ {2}good {2}level unchanged\n/);
    // Graded alone (a blank reply, or a session from before follow-ups were graded with the answer): no reading.
    const alone = printed(followUp(false));
    expect(alone).not.toMatch(/With your reply|level unchanged/);
  });
});

describe("charts and HTML", () => {
  it("draws sparklines on the fixed 1–4 scale and buckets long series", () => {
    expect(sparkline([1, 2.5, 4])).toBe("▁▅█");
    expect(bucket([1, 1, 4, 4], 2)).toEqual([1, 4]);
    expect(
      sparkline(
        Array.from({ length: 100 }, () => 2),
        10,
      ),
    ).toHaveLength(10);
  });

  it("escapes every character that could open markup", () => {
    expect(esc(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
    expect(lineChartSvg([1, 4], `<b>`)).toContain('aria-label="&lt;b&gt; over time"');
  });

  it("escapes question prompts from banks too", () => {
    const state = replay(
      stamp([
        started(["q1"]),
        { type: "question_shown", questionId: "q1", index: 0 },
        answered("q1", { text: "fine" }),
      ]),
    );
    const d = digestSession(state, { id: "abcd1234", file: "f", problems: ["line 9: <oops>"], damaged: false });
    const html = renderSessionHtml(buildSessionReport(state, d, (id) => question(id, { prompt: "Why <b>this</b>?" })));
    expect(html).toContain("Why &lt;b&gt;this&lt;/b&gt;?");
    expect(html).toContain("line 9: &lt;oops&gt;");
    expect(html).not.toContain("<b>this");
  });
});

describe("look-fors in review", () => {
  // Practice lists what a strong answer shows under a first answer's grade, ticking what the grader found named;
  // review, its exports and its replay show the same list, so a candidate can see what was missing afterwards.
  const LOOK_FOR = ["origin shield", { concept: "cache hit ratio", synonyms: ["hit rate"] }, "regional failover"];
  const named = {
    ...grade({ requirements: 3 }),
    lookFor: { covered: ["cache hit ratio"], missed: ["origin shield", "regional failover"] },
  };
  const events = stamp([
    started(["sd-edge"]),
    { type: "question_shown", questionId: "sd-edge", index: 0 },
    answered("sd-edge", { text: "We keep the hit rate above 95%." }),
    { type: "graded", questionId: "sd-edge", grade: named },
    { type: "session_finished", reason: "completed" },
  ]);
  const state = replay(events);
  const digest = digestSession(state, { id: "abcd1234", file: "f", problems: [], damaged: false });
  const inBank = (id: string) => question(id, { category: "system-design", lookFor: LOOK_FOR });
  const plain = new Chalk({ level: 0 });

  it("takes the bank's list in the bank's order, or the grade's own when the question has left the banks", () => {
    expect(lookForOf(inBank("sd-edge"), named)).toEqual(LOOK_FOR);
    expect(lookForOf(undefined, named)).toEqual(["cache hit ratio", "origin shield", "regional failover"]);
    expect(lookForOf(question("q"), grade({ candor: 2 }))).toEqual([]);
  });

  it("ticks the named concepts in the terminal view, the Markdown and HTML exports and the replay", () => {
    const report = buildSessionReport(state, digest, inBank);
    const terminal = renderSessionReport(report, { style: plain, width: 80 });
    expect(terminal).toContain("What a strong answer shows (1 of 3 named: ✓)");
    expect(terminal).toMatch(/^ {4}· origin shield$/m);
    expect(terminal).toMatch(/^ {4}✓ cache hit ratio$/m);
    const md = renderSessionMarkdown(report);
    expect(md).toContain("- origin shield\n- ✓ cache hit ratio\n- regional failover");
    const html = renderSessionHtml(report);
    expect(html).toContain("<li>origin shield</li><li>✓ cache hit ratio</li><li>regional failover</li>");
    const printed = playbackScript(events, inBank, { style: plain, width: 80 })
      .flatMap((step) => (step.kind === "print" ? [step.text] : []))
      .join("\n");
    expect(printed).toContain("What a strong answer shows (1 of 3 named: ✓)");
    expect(printed).toMatch(/^ {4}✓ cache hit ratio$/m);
  });

  it("still lists them when the question is gone, and not at all for a question without look-fors", () => {
    const gone = renderSessionReport(
      buildSessionReport(state, digest, () => undefined),
      { style: plain },
    );
    expect(gone).toContain("(this question is no longer in your banks)");
    expect(gone).toMatch(/^ {4}✓ cache hit ratio$/m);
    const story = replay(
      stamp([
        started(["q1"]),
        { type: "question_shown", questionId: "q1", index: 0 },
        answered("q1"),
        { type: "graded", questionId: "q1", grade: grade({ candor: 2 }) },
      ]),
    );
    const d = digestSession(story, { id: "abcd1234", file: "f", problems: [], damaged: false });
    expect(renderSessionReport(buildSessionReport(story, d, (id) => question(id)))).not.toContain(
      "strong answer shows",
    );
    // A grade that recorded no coverage lists the look-fors without promising ticks.
    const md = renderSessionMarkdown(buildSessionReport(story, d, (id) => question(id, { lookFor: ["the cost"] })));
    expect(md).toContain("What a strong answer shows:\n\n- the cost\n");
  });
});
