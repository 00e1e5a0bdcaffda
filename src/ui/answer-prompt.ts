// The timed answer box for `netprep practice`: a multi-line editor with a live countdown, built on @inquirer/core
// so Ctrl-C surfaces as ExitPromptError and tests can drive it with @inquirer/testing.

import { AsyncResource } from "node:async_hooks";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { createPrompt, useEffect, useKeypress, useRef, useState } from "@inquirer/core";
import type { ChalkInstance } from "chalk";
import { formatClock } from "./render.js";
import { styleFor } from "./style.js";
import { countWords, layoutRows, locateCursor, offsetAt, truncate, wrapText } from "./text-layout.js";

export interface AnswerPromptConfig {
  /** One line of context, e.g. "netprep · team interview · question 2 of 4 · behavioral · values: judgment, candor". */
  header: string;
  /** The question as the interviewer asks it. */
  question: string;
  /** Time budget; Infinity (or <= 0) means untimed, and the clock counts up. */
  budgetMs: number;
  /** Show the countdown while time remains (the time's-up notice shows regardless). Default true. */
  showTimer?: boolean;
  /** Submit automatically when the budget runs out instead of recording the overrun. */
  strict?: boolean;
  /** Clock injection for tests. Default Date.now. */
  now?: () => number;
  /** Ctrl-E: hand the text to an editor and take back what it returns. Default: $VISUAL / $EDITOR / vi. */
  openEditor?: (text: string) => string | Promise<string>;
  /** Colours; default decides from stdout and NO_COLOR. */
  style?: ChalkInstance;
  /** Continue an answer interrupted by Ctrl-C: its text, and the clock and first keystroke as they were. */
  draft?: AnswerDraft;
  /**
   * Called with the answer so far on every redraw until it is submitted, so an interruption loses nothing. Times are
   * absolute (the prompt's clock) so the caller can measure up to the moment of the interruption.
   */
  onDraft?: (draft: { text: string; startedAt: number; firstKeystrokeAt: number | null }) => void;
}

export interface AnswerDraft {
  text: string;
  elapsedMs: number;
  firstKeystrokeMs: number | null;
}

export interface AnswerResult {
  text: string;
  /** Milliseconds from the question appearing to the first edit; null when nothing was typed. */
  firstKeystrokeMs: number | null;
  usedMs: number;
  overrunMs: number;
  timedOut: boolean;
  submittedBy: "ctrl-d" | "timeout";
}

/** The key object readline emits; inquirer's KeypressEvent type only declares name and ctrl. */
interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  sequence?: string;
}

/** The parts of inquirer's readline we touch. */
interface PromptReadline {
  line: string;
  cursor: number;
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => void };
  output: { columns?: number; rows?: number; write(data: string): unknown; unmute(): void; mute(): void };
  pause(): void;
  resume(): void;
}

type Status = "idle" | "editing" | "done";

const WARN_MS = 30_000;
const DANGER_MS = 10_000;
const TICK_MS = 250;
const INVERSE = (text: string) => `\x1b[7m${text}\x1b[27m`;
const HIDE_CURSOR = "\x1b[?25l";
const SHOW_CURSOR = "\x1b[?25h";
const INDENT = "  ";

/** Default Ctrl-E: write a temp file, run the user's editor on the real terminal, read the file back. */
export function openInEditor(text: string, env: NodeJS.ProcessEnv = process.env): string {
  const command = (env.VISUAL || env.EDITOR || "vi").trim();
  const [program = "vi", ...args] = command.split(/\s+/);
  const dir = mkdtempSync(join(tmpdir(), "netprep-"));
  const file = join(dir, "answer.md");
  try {
    writeFileSync(file, text, "utf8");
    const result = spawnSync(program, [...args, file], { stdio: "inherit" });
    if (result.error) throw new Error(`could not run ${program}: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`${program} exited with status ${result.status ?? result.signal}`);
    // Editors add a final newline; it was not typed as part of the answer.
    return readFileSync(file, "utf8").replace(/\r?\n$/, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isPrintable(sequence: string): boolean {
  // Control characters and escape sequences never belong in an answer.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what this rejects
  return sequence.length > 0 && !/[\x00-\x08\x0a-\x1f\x7f]/.test(sequence);
}

/** Previous / next code point boundary, so emoji are never split in half. */
function stepLeft(text: string, offset: number): number {
  if (offset <= 0) return 0;
  const low = text.charCodeAt(offset - 1);
  return offset >= 2 && low >= 0xdc00 && low <= 0xdfff ? offset - 2 : offset - 1;
}
function stepRight(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const high = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff ? offset + 2 : offset + 1;
}
function wordLeft(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1] ?? "")) i--;
  while (i > 0 && !/\s/.test(text[i - 1] ?? "")) i--;
  return i;
}

interface Model {
  text: string;
  cursor: number;
  /** Typed characters not yet merged into text: a paste arrives as thousands of keypresses in one burst. */
  pending: string;
  /** Column the cursor wants on up/down, kept across short rows like every editor does. */
  goalCol: number | null;
  /** A carriage return was just seen; a following line feed is the same newline (\r\n pastes). */
  sawReturn: boolean;
  status: Status;
  firstKeystrokeAt: number | null;
  /** First Ctrl-D on an empty answer asks; a second one submits it empty. */
  confirmEmpty: boolean;
  message: { text: string; tone: "hint" | "error" } | null;
  /** First visual row shown in the answer area. */
  scrollTop: number;
  columns: number;
  rows: number;
  result: AnswerResult | null;
}

export const answerPrompt = createPrompt<AnswerResult, AnswerPromptConfig>((config, done) => {
  const style = config.style ?? styleFor(process.stdout);
  const now = config.now ?? Date.now;
  const timed = Number.isFinite(config.budgetMs) && config.budgetMs > 0;
  const budget = timed ? config.budgetMs : Number.POSITIVE_INFINITY;
  const showTimer = config.showTimer ?? true;

  // A resumed draft keeps its clock: time already spent still counts, the pause does not.
  const startedAt = useRef(now() - (config.draft?.elapsedMs ?? 0));
  const model = useRef<Model>({
    text: config.draft?.text ?? "",
    cursor: config.draft?.text.length ?? 0,
    pending: "",
    goalCol: null,
    sawReturn: false,
    status: "idle",
    firstKeystrokeAt: config.draft?.firstKeystrokeMs != null ? startedAt.current + config.draft.firstKeystrokeMs : null,
    confirmEmpty: false,
    message: null,
    scrollTop: 0,
    columns: 80,
    rows: 24,
    result: null,
  }).current;
  const version = useRef(0);
  const [, setVersion] = useState(0);
  const flushQueued = useRef(false);
  const readlineRef = useRef<PromptReadline | null>(null);

  const rerender = () => {
    version.current += 1;
    setVersion(version.current);
  };

  const commitPending = () => {
    if (!model.pending) return;
    model.text = model.text.slice(0, model.cursor) + model.pending + model.text.slice(model.cursor);
    model.cursor += model.pending.length;
    model.pending = "";
  };

  const noteEdit = () => {
    if (model.firstKeystrokeAt === null) model.firstKeystrokeAt = now();
    model.goalCol = null;
    model.confirmEmpty = false;
    if (model.message?.tone === "hint") model.message = null;
  };

  // Renders are batched per burst: a 2,000-word paste is one redraw, not twelve thousand.
  const scheduleRender = () => {
    if (flushQueued.current) return;
    flushQueued.current = true;
    queueMicrotask(() => {
      flushQueued.current = false;
      model.sawReturn = false;
      commitPending();
      if (model.status !== "done") rerender();
    });
  };

  const elapsed = () => now() - startedAt.current;

  const finish = (by: AnswerResult["submittedBy"]) => {
    if (model.status === "done") return;
    commitPending();
    const used = elapsed();
    // A strict cut-off stops the clock at zero: the interval tick may land a moment later.
    const usedMs = by === "timeout" ? budget : used;
    model.result = {
      text: model.text,
      firstKeystrokeMs: model.firstKeystrokeAt === null ? null : model.firstKeystrokeAt - startedAt.current,
      usedMs,
      overrunMs: timed && by !== "timeout" ? Math.max(0, used - budget) : 0,
      timedOut: timed && (by === "timeout" || used >= budget),
      submittedBy: by,
    };
    model.status = "done";
    rerender();
    done(model.result);
  };

  const layoutWidth = () => Math.max(10, model.columns - INDENT.length - 1);

  const moveVertical = (delta: number) => {
    const rows = layoutRows(model.text, layoutWidth());
    const here = locateCursor(rows, model.cursor);
    const goal = model.goalCol ?? here.col;
    const target = here.row + delta;
    if (target < 0) model.cursor = 0;
    else if (target >= rows.length) model.cursor = model.text.length;
    else model.cursor = offsetAt(rows, target, goal);
    model.goalCol = goal;
  };

  const launchEditor = async (rl: PromptReadline) => {
    model.status = "editing";
    model.message = null;
    rerender();
    // Let this render reach the screen before the editor takes the terminal over.
    await Promise.resolve();
    const input = rl.input;
    rl.pause();
    if (input.isTTY) input.setRawMode?.(false);
    rl.output.unmute();
    rl.output.write(SHOW_CURSOR);
    rl.output.mute();
    try {
      const edited = await (config.openEditor ?? openInEditor)(model.text);
      if (edited !== model.text && model.firstKeystrokeAt === null) model.firstKeystrokeAt = now();
      model.text = edited;
      model.cursor = edited.length;
      model.goalCol = null;
      model.confirmEmpty = false;
    } catch (error) {
      model.message = { text: `Editor failed: ${(error as Error).message}. Your text is unchanged.`, tone: "error" };
    } finally {
      if (input.isTTY) input.setRawMode?.(true);
      rl.resume();
      model.status = "idle";
      rerender();
    }
  };

  useEffect((rawRl) => {
    const rl = rawRl as unknown as PromptReadline;
    readlineRef.current = rl;
    // readline closes the interface on Ctrl-D when its own line buffer is empty, which would leave this
    // prompt hanging. Its buffer is not ours, so make it look non-empty just before readline sees Ctrl-D.
    const guard = (_input: unknown, key?: Key) => {
      if (key?.ctrl && key.name === "d") {
        rl.line = " ";
        rl.cursor = 1;
      }
    };
    rl.input.prependListener("keypress", guard);

    const measure = () => {
      model.columns = rl.output.columns || 80;
      model.rows = rl.output.rows || 24;
      rerender();
    };
    measure();
    process.stdout.on("resize", measure);

    const tick = AsyncResource.bind(() => {
      if (model.status === "done") return;
      if (config.strict && timed && elapsed() >= budget) {
        finish("timeout");
        return;
      }
      // Redraw only when the visible clock changes.
      const second = Math.floor(elapsed() / 1000);
      if (second !== lastSecond) {
        lastSecond = second;
        rerender();
      }
    });
    let lastSecond = Math.floor(elapsed() / 1000);
    const interval = setInterval(tick, TICK_MS);
    return () => {
      clearInterval(interval);
      process.stdout.removeListener("resize", measure);
      rl.input.removeListener("keypress", guard);
    };
  }, []);

  useKeypress((event, rawRl) => {
    const rl = rawRl as unknown as PromptReadline;
    const key = event as Key;
    // readline keeps its own copy of the line; we never use it, and a stale one would confuse the cursor maths.
    rl.line = "";
    rl.cursor = 0;
    if (model.status !== "idle") return;
    const name = key.name ?? "";

    if (key.ctrl && name === "c") return; // readline turns this into SIGINT → ExitPromptError
    if (key.ctrl && name === "d") {
      commitPending();
      if (model.text.trim() === "" && !model.confirmEmpty) {
        model.confirmEmpty = true;
        model.message = {
          text: "Nothing written yet — press Ctrl-D again to submit a blank answer.",
          tone: "hint",
        };
        scheduleRender();
        return;
      }
      finish("ctrl-d");
      return;
    }
    if (key.ctrl && name === "e") {
      commitPending();
      void launchEditor(rl);
      return;
    }

    // Newlines: Enter is a new line (Ctrl-D submits); \r\n from a paste counts once.
    if (name === "return" || name === "enter") {
      if (name === "enter" && model.sawReturn) {
        model.sawReturn = false;
        return;
      }
      model.sawReturn = name === "return";
      model.pending += "\n";
      noteEdit();
      scheduleRender();
      return;
    }
    model.sawReturn = false;

    // Typed text: only real readline events carry a sequence (the test harness echoes a bare copy of each char).
    if (!key.ctrl && !key.meta && typeof key.sequence === "string" && name !== "tab" && isPrintable(key.sequence)) {
      model.pending += key.sequence;
      noteEdit();
      scheduleRender();
      return;
    }
    if (name === "tab") {
      model.pending += "  ";
      noteEdit();
      scheduleRender();
      return;
    }

    commitPending();
    const text = model.text;
    switch (true) {
      case name === "backspace" && (key.meta === true || key.ctrl === true):
      case key.ctrl && name === "w": {
        const to = wordLeft(text, model.cursor);
        if (to === model.cursor) return;
        model.text = text.slice(0, to) + text.slice(model.cursor);
        model.cursor = to;
        noteEdit();
        break;
      }
      case name === "backspace": {
        if (model.cursor === 0) return;
        const to = stepLeft(text, model.cursor);
        model.text = text.slice(0, to) + text.slice(model.cursor);
        model.cursor = to;
        noteEdit();
        break;
      }
      case name === "delete": {
        if (model.cursor >= text.length) return;
        model.text = text.slice(0, model.cursor) + text.slice(stepRight(text, model.cursor));
        noteEdit();
        break;
      }
      case name === "left":
        model.cursor = key.ctrl || key.meta ? wordLeft(text, model.cursor) : stepLeft(text, model.cursor);
        model.goalCol = null;
        break;
      case name === "right":
        model.cursor = stepRight(text, model.cursor);
        model.goalCol = null;
        break;
      case name === "up":
        moveVertical(-1);
        break;
      case name === "down":
        moveVertical(1);
        break;
      case name === "pageup":
        moveVertical(-Math.max(1, model.rows - 8));
        break;
      case name === "pagedown":
        moveVertical(Math.max(1, model.rows - 8));
        break;
      case name === "home": {
        const rows = layoutRows(text, layoutWidth());
        model.cursor = rows[locateCursor(rows, model.cursor).row]?.start ?? 0;
        model.goalCol = null;
        break;
      }
      case name === "end": {
        const rows = layoutRows(text, layoutWidth());
        model.cursor = offsetAt(rows, locateCursor(rows, model.cursor).row, Number.POSITIVE_INFINITY);
        model.goalCol = null;
        break;
      }
      default:
        return;
    }
    scheduleRender();
  });

  // A submitted answer is no longer a draft: saving it as one would only be overwritten by the submit.
  if (model.status !== "done")
    config.onDraft?.({ text: model.text, startedAt: startedAt.current, firstKeystrokeAt: model.firstKeystrokeAt });
  return view(config, model, style, {
    elapsed: elapsed(),
    budget,
    timed,
    showTimer,
  });
});

/** Break the header between its " · " parts so "values: judgment, candor" stays on one line. */
function wrapHeader(header: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const part of header.split(" · ")) {
    const joined = current ? `${current} · ${part}` : part;
    if (joined.length <= width || !current) current = joined;
    else {
      lines.push(current);
      current = part;
    }
  }
  if (current) lines.push(current);
  return lines.flatMap((line) => wrapText(line, width));
}

function clockLine(
  style: ChalkInstance,
  info: { elapsed: number; budget: number; timed: boolean; showTimer: boolean },
): { text: string; over: boolean } {
  if (!info.timed) return { text: info.showTimer ? `⏱ ${formatClock(info.elapsed)}` : "", over: false };
  const remaining = info.budget - info.elapsed;
  if (remaining <= 0) return { text: style.red.bold(`⏱ +${formatClock(-remaining)} over`), over: true };
  if (!info.showTimer) return { text: "", over: false };
  // Round up so the clock reads 4:00 at the start and 0:01 in the final second, never 0:00 with time left.
  const label = `⏱ ${formatClock(Math.ceil(remaining / 1000) * 1000)} left`;
  if (remaining <= DANGER_MS) return { text: style.red.bold(label), over: false };
  if (remaining <= WARN_MS) return { text: style.yellow.bold(label), over: false };
  return { text: label, over: false };
}

function view(
  config: AnswerPromptConfig,
  model: Model,
  style: ChalkInstance,
  clock: { elapsed: number; budget: number; timed: boolean; showTimer: boolean },
): string {
  // Keep every line shorter than the terminal: a full-width line makes inquirer's screen manager add a row.
  const width = Math.max(20, model.columns - 1);
  const words = countWords(model.text + model.pending);

  if (model.status === "done" && model.result) {
    const r = model.result;
    const how =
      r.submittedBy === "timeout" ? style.red("Time's up — submitted automatically") : style.green("Submitted");
    const used = clock.timed
      ? `${formatClock(r.usedMs)} of ${formatClock(clock.budget)}${r.overrunMs > 0 ? style.yellow(` (+${formatClock(r.overrunMs)} over)`) : ""}`
      : formatClock(r.usedMs);
    return [
      `${style.green("✔")} ${style.bold(truncate(config.question.replace(/\s+/g, " ").trim(), width - 2))}`,
      `${INDENT}${how} · ${words} ${words === 1 ? "word" : "words"} · ${used}`,
    ].join("\n");
  }

  const top: string[] = [];
  top.push(...wrapHeader(config.header, width).map((line) => style.dim(line)));
  top.push("");
  const questionLines = wrapText(config.question.trim(), width - 2);
  // A very long question must not squeeze the answer area below a few rows.
  const maxQuestion = Math.max(3, model.rows - 12);
  const shownQuestion =
    questionLines.length > maxQuestion
      ? [...questionLines.slice(0, maxQuestion - 1), truncate(`${questionLines[maxQuestion - 1] ?? ""} …`, width - 2)]
      : questionLines;
  shownQuestion.forEach((line, i) => {
    top.push(`${i === 0 ? style.cyan.bold("?") : " "} ${style.bold(line)}`);
  });
  top.push("");

  const bottom: string[] = [];
  const clockInfo = clockLine(style, clock);
  if (clockInfo.over) bottom.push(style.red("Time's up — finish your thought; the overrun is recorded."));
  if (model.status === "editing") bottom.push(style.cyan("Editing in your editor — save and quit to come back."));
  if (model.message) {
    const color = model.message.tone === "error" ? style.red : style.yellow;
    bottom.push(...wrapText(model.message.text, width).map((line) => color(line)));
  }
  const status = [clockInfo.text, `${words} ${words === 1 ? "word" : "words"}`].filter(Boolean).join(" · ");
  const keys = `${style.bold("Enter")} new line · ${style.bold("Ctrl-D")} submit · ${style.bold("Ctrl-E")} editor`;
  const plainLength = (s: string) => stripVTControlCharacters(s).length;
  // On wide terminals the keys stay near the clock instead of drifting to the far edge.
  const statusWidth = Math.min(width, 100);
  if (plainLength(status) + plainLength(keys) + 4 <= statusWidth) {
    bottom.push(`${status}${" ".repeat(statusWidth - plainLength(status) - plainLength(keys))}${style.dim(keys)}`);
  } else {
    bottom.push(status, style.dim(keys));
  }

  // The answer area gets what is left of the terminal height, one row spare so nothing scrolls.
  const areaHeight = Math.max(3, model.rows - 1 - top.length - bottom.length - 1);
  const answer = renderAnswerArea(model, style, areaHeight);
  return `${[...top, ...answer, "", ...bottom].join("\n")}${HIDE_CURSOR}`;
}

function renderAnswerArea(model: Model, style: ChalkInstance, height: number): string[] {
  const text = model.text.slice(0, model.cursor) + model.pending + model.text.slice(model.cursor);
  const cursor = model.cursor + model.pending.length;
  if (text === "") {
    return [`${INDENT}${INVERSE(" ")}${style.dim("Type your answer. Enter adds a line; Ctrl-D submits.")}`];
  }
  const rows = layoutRows(text, Math.max(10, model.columns - INDENT.length - 1));
  const at = locateCursor(rows, cursor);

  // Scroll just enough to keep the cursor visible; a paste leaves the tail in view.
  let visible = Math.min(height, rows.length);
  let topRow = Math.min(Math.max(0, model.scrollTop), Math.max(0, rows.length - visible));
  const keepCursorInView = () => {
    if (at.row < topRow) topRow = at.row;
    if (at.row >= topRow + visible) topRow = at.row - visible + 1;
  };
  keepCursorInView();
  // Indicators take a row each when there is hidden text above or below.
  if (rows.length > height) {
    visible = height;
    for (let i = 0; i < 3; i++) {
      const above = topRow > 0 ? 1 : 0;
      const below = topRow + visible < rows.length ? 1 : 0;
      const wanted = Math.max(1, height - above - below);
      if (wanted === visible) break;
      visible = wanted;
      keepCursorInView();
    }
  }
  model.scrollTop = topRow;

  const out: string[] = [];
  if (topRow > 0) out.push(style.dim(`${INDENT}↑ ${topRow} more ${topRow === 1 ? "line" : "lines"} above`));
  for (let i = topRow; i < Math.min(rows.length, topRow + visible); i++) {
    const row = rows[i];
    if (!row) continue;
    const content = text.slice(row.start, row.end);
    if (i === at.row) {
      const col = at.col;
      const ch = content.slice(col, stepRight(content, col)) || " ";
      out.push(`${INDENT}${content.slice(0, col)}${INVERSE(ch)}${content.slice(col + ch.length)}`);
    } else {
      out.push(`${INDENT}${content}`);
    }
  }
  const hiddenBelow = rows.length - (topRow + visible);
  if (hiddenBelow > 0) {
    out.push(style.dim(`${INDENT}↓ ${hiddenBelow} more ${hiddenBelow === 1 ? "line" : "lines"} below`));
  }
  return out;
}
