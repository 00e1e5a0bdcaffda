// When an answer being typed is written to the session file. Every write is an fsync, so not on every
// keystroke: at most one every DRAFT_INTERVAL_MS, and only when the text changed, so a crash loses at most
// those few seconds of typing. A stop (Ctrl-C) writes at once, with the clock as it stood.
import type { DraftTaken } from "../session/runner.js";

export const DRAFT_INTERVAL_MS = 5_000;

export class DraftSaver {
  private lastText: string;
  private lastAt: number;

  /** `text` and `at`: what is already saved (a resumed draft, or nothing) and when the answer box opened. */
  constructor(
    private readonly save: (draft: DraftTaken) => void,
    text: string,
    at: number,
    private readonly intervalMs = DRAFT_INTERVAL_MS,
  ) {
    this.lastText = text;
    this.lastAt = at;
  }

  /** Called on every redraw (the clock redraws each second, so a pause in typing is written soon after). */
  offer(draft: DraftTaken, now: number): void {
    if (now - this.lastAt < this.intervalMs || draft.text === this.lastText) return;
    this.write(draft, now);
  }

  /** The candidate stopped: write now, even unchanged text, so the time spent is kept; skip when never typed. */
  flush(draft: DraftTaken, now: number): void {
    if (draft.text.trim() === "" && this.lastText.trim() === "") return;
    this.write(draft, now);
  }

  private write(draft: DraftTaken, now: number): void {
    this.save(draft);
    this.lastText = draft.text;
    this.lastAt = now;
  }
}
