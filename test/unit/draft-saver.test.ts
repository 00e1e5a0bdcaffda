import { describe, expect, it } from "vitest";
import type { DraftTaken } from "../../src/session/runner.js";
import { DRAFT_INTERVAL_MS, DraftSaver } from "../../src/ui/draft-saver.js";

const draft = (text: string, elapsedMs = 0): DraftTaken => ({ text, elapsedMs, firstKeystrokeMs: 100 });

describe("DraftSaver", () => {
  it("writes at most once per interval, and only when the text changed", () => {
    const saved: DraftTaken[] = [];
    const saver = new DraftSaver((d) => saved.push(d), "", 0);
    // Every keystroke and clock redraw offers the text; only the first offer past the interval is written.
    for (let t = 0; t < 12_000; t += 250) saver.offer(draft(`typed until ${Math.min(t, 6000)}`, t), t);
    expect(DRAFT_INTERVAL_MS).toBe(5_000);
    expect(saved.map((d) => [d.text, d.elapsedMs])).toEqual([
      ["typed until 5000", 5000],
      ["typed until 6000", 10_000],
    ]);
  });

  it("does not rewrite a resumed draft until it changes", () => {
    const saved: DraftTaken[] = [];
    const saver = new DraftSaver((d) => saved.push(d), "carried on", 0);
    saver.offer(draft("carried on", 9000), 9000);
    expect(saved).toEqual([]);
    saver.offer(draft("carried on, and more", 9250), 9250);
    expect(saved).toHaveLength(1);
  });

  it("on a stop writes at once, even unchanged text, so the time spent is kept; not when nothing was typed", () => {
    const saved: DraftTaken[] = [];
    const saver = new DraftSaver((d) => saved.push(d), "", 0);
    saver.flush(draft("  ", 3000), 3000);
    expect(saved).toEqual([]);
    saver.offer(draft("I said", 6000), 6000);
    saver.flush(draft("I said", 6500), 6500);
    // Text deleted after a write: the blank draft replaces the stale one.
    saver.flush(draft("", 7000), 7000);
    expect(saved.map((d) => [d.text, d.elapsedMs])).toEqual([
      ["I said", 6000],
      ["I said", 6500],
      ["", 7000],
    ]);
  });
});
