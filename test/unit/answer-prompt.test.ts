import { render } from "@inquirer/testing";
import { Chalk } from "chalk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AnswerPromptConfig, answerPrompt } from "../../src/ui/answer-prompt.js";

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function config(overrides: Partial<AnswerPromptConfig> = {}): AnswerPromptConfig {
  return {
    header: "netprep · team interview · question 2 of 4 · behavioral · values: judgment, candor",
    question: "Tell me about a decision you made with incomplete information that turned out wrong.",
    budgetMs: 4 * 60_000,
    style: plain,
    ...overrides,
  };
}

/** Renders are batched per keypress burst (a microtask); let the batch land before reading the screen. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const ctrl = (name: string) => ({ name, ctrl: true });

/** Text drawn in an ANSI foreground colour (optionally bold as well). */
const sgr = (colour: number, text: string) => new RegExp(`\u001b\\[${colour}m(\u001b\\[1m)?${text}`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
  vi.setSystemTime(new Date("2025-01-06T10:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("answerPrompt", () => {
  it("shows the header, the question, the clock and the keys", async () => {
    const { getScreen, events, answer } = await render(answerPrompt, config());
    const screen = getScreen();
    expect(screen).toContain("netprep · team interview · question 2 of 4");
    expect(screen).toContain("Tell me about a decision you made");
    expect(screen).toContain("⏱ 4:00 left");
    expect(screen).toContain("Enter new line · Ctrl-D submit · Ctrl-E editor");
    events.type("x");
    events.keypress(ctrl("d"));
    await answer;
  });

  it("Enter adds a line and Ctrl-D submits exactly what was typed", async () => {
    const { events, answer, getScreen } = await render(answerPrompt, config());
    events.type("I chose the cheaper vendor.");
    events.keypress("enter");
    events.type("I was wrong about their uptime.");
    await settle();
    expect(getScreen()).toContain("I chose the cheaper vendor.");
    expect(getScreen()).toContain("I was wrong about their uptime.");
    expect(getScreen()).toContain("11 words");
    events.keypress(ctrl("d"));
    const result = await answer;
    expect(result.text).toBe("I chose the cheaper vendor.\nI was wrong about their uptime.");
    expect(result.submittedBy).toBe("ctrl-d");
    expect(result.timedOut).toBe(false);
    expect(result.overrunMs).toBe(0);
  });

  it("a real Return key (\\r) is a new line too, and \\r\\n from a paste counts once", async () => {
    const { events, answer } = await render(answerPrompt, config());
    events.type("one\r\ntwo\rthree");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe("one\ntwo\nthree");
  });

  it("backspace, delete and the arrow keys edit in place", async () => {
    const { events, answer, getScreen } = await render(answerPrompt, config());
    events.type("I owned the outage");
    events.keypress("backspace");
    events.keypress("backspace"); // "I owned the outa"
    events.type("ge");
    for (let i = 0; i < "the outage".length; i++) events.keypress("left");
    events.type("all of ");
    events.keypress("end");
    events.keypress("enter");
    events.type("Next lime");
    events.keypress("left");
    events.keypress("backspace");
    events.type("n");
    events.keypress("up"); // same column on the line above
    events.keypress("delete");
    await settle();
    expect(getScreen()).toContain("Next line");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe("I owned ll of the outage\nNext line");
  });

  it("up and down keep the column across a short line", async () => {
    const { events, answer } = await render(answerPrompt, config());
    events.type("abcdefgh");
    events.keypress("enter");
    events.type("ab");
    events.keypress("enter");
    events.type("abcdefgh");
    events.keypress("left");
    events.keypress("left"); // column 6 on line 3
    events.keypress("up"); // clamps to end of "ab"
    events.keypress("up"); // back to column 6 on line 1
    events.type("X");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe("abcdefXgh\nab\nabcdefgh");
  });

  it("the countdown moves when time passes, and turns to a warning in the last 30 seconds", async () => {
    const { events, answer, getScreen, getFullOutput } = await render(
      answerPrompt,
      config({ budgetMs: 60_000, style: colour }),
    );
    expect(getScreen()).toContain("⏱ 1:00 left");
    vi.advanceTimersByTime(1_000);
    expect(getScreen()).toContain("⏱ 0:59 left");
    vi.advanceTimersByTime(30_000);
    expect(getScreen()).toContain("⏱ 0:29 left");
    // Yellow (ANSI 33) in the last 30 seconds, red (31) in the last 10.
    expect(getScreen({ raw: true })).toMatch(sgr(33, "⏱ 0:29 left"));
    vi.advanceTimersByTime(20_000);
    expect(getScreen()).toContain("⏱ 0:09 left");
    expect(getScreen({ raw: true })).toMatch(sgr(31, "⏱ 0:09 left"));
    expect(getFullOutput()).not.toContain("Time's up");
    events.type("done");
    events.keypress(ctrl("d"));
    await answer;
  });

  it("when time runs out it says so, counts the overrun and keeps accepting the answer", async () => {
    const { events, answer, getScreen } = await render(answerPrompt, config({ budgetMs: 30_000 }));
    events.type("First I");
    vi.advanceTimersByTime(30_000);
    expect(getScreen()).toContain("Time's up — finish your thought; the overrun is recorded");
    expect(getScreen()).toContain("⏱ +0:00 over");
    vi.advanceTimersByTime(12_000);
    expect(getScreen()).toContain("⏱ +0:12 over");
    events.type(" rolled back.");
    events.keypress(ctrl("d"));
    const result = await answer;
    expect(result.text).toBe("First I rolled back.");
    expect(result).toMatchObject({ timedOut: true, submittedBy: "ctrl-d", usedMs: 42_000, overrunMs: 12_000 });
  });

  it("strict mode submits by itself at zero", async () => {
    const { events, answer } = await render(answerPrompt, config({ budgetMs: 20_000, strict: true }));
    events.type("Half an answer");
    vi.advanceTimersByTime(19_000);
    await settle();
    let settled = false;
    void answer.then(() => {
      settled = true;
    });
    await settle();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1_000);
    const result = await answer;
    expect(result).toMatchObject({
      text: "Half an answer",
      submittedBy: "timeout",
      timedOut: true,
      usedMs: 20_000,
      overrunMs: 0,
    });
  });

  it("records when the first keystroke came, and null when nothing was typed", async () => {
    const first = await render(answerPrompt, config());
    vi.advanceTimersByTime(7_000);
    first.events.type("Thinking");
    vi.advanceTimersByTime(3_000);
    first.events.keypress(ctrl("d"));
    expect(await first.answer).toMatchObject({ firstKeystrokeMs: 7_000, usedMs: 10_000 });

    const second = await render(answerPrompt, config());
    second.events.keypress(ctrl("d"));
    second.events.keypress(ctrl("d"));
    expect(await second.answer).toMatchObject({ text: "", firstKeystrokeMs: null });
  });

  it("asks before submitting an empty answer", async () => {
    const { events, answer, getScreen } = await render(answerPrompt, config());
    events.keypress(ctrl("d"));
    await settle();
    expect(getScreen()).toContain("Nothing written yet — press Ctrl-D again to submit a blank answer.");
    events.type("Actually");
    await settle();
    expect(getScreen()).not.toContain("Nothing written yet");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe("Actually");
  });

  it("Ctrl-E hands the text to the editor and takes back the edit", async () => {
    const seen: string[] = [];
    const { events, answer, getScreen } = await render(
      answerPrompt,
      config({
        openEditor: (text) => {
          seen.push(text);
          return `${text} and I said so in the retro.`;
        },
      }),
    );
    events.type("I missed the deadline");
    events.keypress(ctrl("e"));
    await settle();
    expect(seen).toEqual(["I missed the deadline"]);
    expect(getScreen()).toContain("I missed the deadline and I said so in the retro.");
    events.type(" Twice.");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe("I missed the deadline and I said so in the retro. Twice.");
  });

  it("an editor that fails leaves the text alone and says why", async () => {
    const { events, answer, getScreen } = await render(
      answerPrompt,
      config({
        openEditor: () => {
          throw new Error("could not run nano: ENOENT");
        },
      }),
    );
    events.type("kept");
    events.keypress(ctrl("e"));
    await settle();
    expect(getScreen()).toContain("Editor failed: could not run nano: ENOENT");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe("kept");
  });

  it("Ctrl-C rejects with inquirer's ExitPromptError", async () => {
    const { events, answer } = await render(answerPrompt, config());
    events.type("half");
    events.keypress(ctrl("c"));
    await expect(answer).rejects.toMatchObject({ name: "ExitPromptError" });
  });

  it("a 2,000-word paste stays intact and renders only what fits", async () => {
    const sentence = "We cut the p99 from 900 ms to 240 ms by moving the manifest lookup off the hot path.";
    const paragraphs: string[] = [];
    let words = 0;
    while (words < 2_000) {
      const paragraph = Array.from({ length: 6 }, () => sentence).join(" ");
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    const text = paragraphs.join("\n");
    const { events, answer, getScreen } = await render(answerPrompt, config());
    const started = performance.now();
    events.type(text);
    await settle();
    const elapsed = performance.now() - started;
    const screen = getScreen();
    expect(screen).toContain(`${words} words`);
    expect(screen).toMatch(/↑ \d+ more lines above/);
    // The whole frame fits a 24-row terminal and no line is wider than 80 columns.
    expect(screen.split("\n").length).toBeLessThanOrEqual(23);
    for (const line of screen.split("\n")) expect(line.length).toBeLessThan(80);
    // The tail is in view: the frame ends with the last sentence of the paste.
    expect(screen).toContain("moving the manifest lookup off the hot path.");
    expect(elapsed).toBeLessThan(2_000);
    events.keypress(ctrl("d"));
    const result = await answer;
    expect(result.text).toBe(text);
  });

  it("wraps long lines to the terminal width and keeps the cursor row visible when moving up", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const { events, answer, getScreen } = await render(answerPrompt, config());
    events.type(long);
    await settle();
    const lines = getScreen().split("\n");
    expect(lines.filter((line) => line.includes("word")).length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThan(80);
    for (let i = 0; i < 10; i++) events.keypress("up");
    events.type(">>");
    await settle();
    expect(getScreen()).toContain(">>word0");
    events.keypress(ctrl("d"));
    expect((await answer).text).toBe(`>>${long}`);
  });
});
