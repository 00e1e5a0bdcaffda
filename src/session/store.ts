// Session files on disk: one append-only JSONL file per session under <sessions>/YYYY/MM/. Every append is
// fsynced before it returns, so a crash (or kill -9) loses at most the line being written, and readers
// tolerate exactly that: a torn last line is ignored, not fatal.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { NetprepError, UsageError } from "../errors.js";
import { EVENT_VERSION, type NewEvent, parseEvent, SessionEvent, type SessionOptions } from "./events.js";
import type { Verdict } from "./verdict.js";

export interface StoreClock {
  /** Wall clock for file names and event times; injectable so tests are deterministic. */
  now?: () => Date;
  /** Short session id generator; 8 random hex characters by default. */
  randomId?: () => string;
}

export function shortId(): string {
  return randomBytes(4).toString("hex");
}

const FILE_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d{3})?Z)-([0-9a-f]+)\.jsonl$/;

/** `YYYY/MM/<ISO time with : as ->-<id>.jsonl`, in UTC; the colons go because Windows forbids them. */
export function sessionFileName(startedAt: Date, id: string): string {
  const iso = startedAt.toISOString();
  return join(iso.slice(0, 4), iso.slice(5, 7), `${iso.replaceAll(":", "-")}-${id}.jsonl`);
}

/** The session id in a session file's name, or undefined for a file not named by this store. */
export function idFromFileName(file: string): string | undefined {
  return FILE_RE.exec(basename(file))?.[2];
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  // writeSync may write less than asked (rare on files, but not forbidden); loop until all bytes are out.
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

function fsyncDir(dir: string): void {
  // Makes the new file's directory entry durable too. Not supported everywhere (Windows); best effort.
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

export class SessionWriter {
  private closed = false;

  private constructor(
    readonly file: string,
    readonly id: string,
    private fd: number,
    private seq: number,
    private readonly now: () => Date,
  ) {}

  /** Start a new session file under `dir`. The first event appended should be session_started with this id. */
  static create(dir: string, clock: StoreClock = {}): SessionWriter {
    const now = clock.now ?? (() => new Date());
    const id = (clock.randomId ?? shortId)();
    if (!/^[0-9a-f]{4,}$/.test(id)) throw new NetprepError(`session id must be lower-case hex, got "${id}"`);
    const file = join(dir, sessionFileName(now(), id));
    mkdirSync(dirname(file), { recursive: true });
    // 'ax': append-only, and fail instead of joining another session's file on an id collision.
    const fd = openSync(file, "ax");
    fsyncDir(dirname(file));
    return new SessionWriter(file, id, fd, 0, now);
  }

  /**
   * Reopen an existing session to continue it (`--resume`). A torn last line left by a crash is cut off
   * first: it was never acknowledged, and appending after it would glue two events into one bad line.
   */
  static open(file: string, clock: StoreClock = {}): SessionWriter {
    const read = readSession(file);
    const first = read.events[0];
    if (read.damaged || first?.type !== "session_started") {
      throw new NetprepError(`cannot resume ${file}: ${read.problems[0]?.reason ?? "no session_started event"}`);
    }
    const fd = openSync(file, "a");
    if (read.tornTail) {
      ftruncateSync(fd, read.validBytes);
      fsyncSync(fd);
    }
    const lastSeq = Math.max(...read.events.map((e) => e.seq));
    return new SessionWriter(file, first.id, fd, lastSeq + 1, clock.now ?? (() => new Date()));
  }

  /** The seq the next appended event gets. */
  get nextSeq(): number {
    return this.seq;
  }

  /**
   * Validate, write one line and fsync. When this returns the event is on disk. Throws on an invalid event
   * (a bug in the caller) without writing anything.
   */
  append(event: NewEvent): SessionEvent {
    if (this.closed) throw new NetprepError(`session file ${this.file} is closed`);
    const full = SessionEvent.parse({
      ...event,
      v: EVENT_VERSION,
      seq: this.seq,
      at: event.at ?? this.now().toISOString(),
    });
    writeAll(this.fd, `${JSON.stringify(full)}\n`);
    fsyncSync(this.fd);
    this.seq += 1;
    return full;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

export interface ReadProblem {
  /** 1-based line number; 0 for the file as a whole. */
  line: number;
  reason: string;
}

export interface SessionRead {
  file: string;
  events: SessionEvent[];
  problems: ReadProblem[];
  /** The last line had no newline (a write cut short by a crash) and was ignored. */
  tornTail: boolean;
  /** Nothing usable: empty file, or no session_started at the top. */
  damaged: boolean;
  /** Bytes up to the end of the last complete line. */
  validBytes: number;
}

/** Read a whole session file, tolerating crash damage. Never throws for bad content; only for I/O errors. */
export function readSession(file: string): SessionRead {
  const buf = readFileSync(file);
  return parseSessionText(file, buf);
}

function parseSessionText(file: string, buf: Buffer): SessionRead {
  const out: SessionRead = { file, events: [], problems: [], tornTail: false, damaged: false, validBytes: 0 };
  if (buf.length === 0) {
    out.damaged = true;
    out.problems.push({ line: 0, reason: "empty file" });
    return out;
  }
  const lastNewline = buf.lastIndexOf(0x0a);
  out.validBytes = lastNewline + 1;
  if (out.validBytes < buf.length) {
    // Every append ends in "\n"; bytes after the last one are a write that never completed.
    out.tornTail = true;
  }
  const text = buf.subarray(0, out.validBytes).toString("utf8");
  const lines = text.split("\n");
  lines.pop(); // the empty string after the final newline
  let prevSeq: number | undefined;
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === "") {
      out.problems.push({ line: lineNo, reason: "blank line" });
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      out.problems.push({ line: lineNo, reason: "not valid JSON" });
      return;
    }
    const parsed = parseEvent(raw);
    if (!parsed.ok) {
      out.problems.push({ line: lineNo, reason: parsed.reason });
      return;
    }
    if (prevSeq !== undefined && parsed.event.seq <= prevSeq) {
      out.problems.push({ line: lineNo, reason: `seq ${parsed.event.seq} does not follow ${prevSeq}` });
    }
    prevSeq = parsed.event.seq;
    out.events.push(parsed.event);
  });
  if (out.events[0]?.type !== "session_started") {
    out.damaged = true;
    out.problems.push({ line: 0, reason: "no session_started event at the top" });
  }
  return out;
}

export interface SessionSummary {
  file: string;
  id: string;
  startedAt?: string;
  status: "complete" | "incomplete" | "damaged";
  plan: string[];
  options?: SessionOptions;
  retryOf?: string;
  finishReason?: "completed" | "quit";
  verdict?: Verdict;
  /** Time of the last readable event. */
  lastAt?: string;
}

const CHUNK = 16 * 1024;
const HEAD_LIMIT = 1024 * 1024;

/** The first line of a file, reading only as much as it takes. */
function readHeadLine(fd: number, size: number): string | undefined {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < size && pos < HEAD_LIMIT) {
    const buf = Buffer.alloc(Math.min(CHUNK, size - pos));
    const n = readSync(fd, buf, 0, buf.length, pos);
    if (n <= 0) break;
    const chunk = buf.subarray(0, n);
    const nl = chunk.indexOf(0x0a);
    if (nl >= 0) {
      parts.push(chunk.subarray(0, nl));
      return Buffer.concat(parts).toString("utf8");
    }
    parts.push(chunk);
    pos += n;
  }
  return undefined;
}

/** Complete lines in the last `window` bytes of a file, oldest first. */
function readTailLines(fd: number, size: number, window: number): string[] {
  const start = Math.max(0, size - window);
  const buf = Buffer.alloc(size - start);
  const n = readSync(fd, buf, 0, buf.length, start);
  const text = buf.subarray(0, n).toString("utf8");
  const lines = text.split("\n");
  lines.pop(); // after the last newline: "" or a torn write
  if (start > 0) lines.shift(); // probably cut mid-line
  return lines;
}

function parseLine(line: string): SessionEvent | undefined {
  try {
    const parsed = parseEvent(JSON.parse(line));
    return parsed.ok ? parsed.event : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Summarise one session file from its first line and its tail, without reading the middle: the header has
 * the id, options and plan; the end says whether it finished. Only when the tail window holds neither a
 * session_finished nor a session_resumed is the whole file read, to be sure.
 */
export function summarizeSession(file: string): SessionSummary {
  const id = idFromFileName(file) ?? basename(file, ".jsonl");
  const damaged: SessionSummary = { file, id, status: "damaged", plan: [] };
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return damaged;
    const headLine = readHeadLine(fd, size);
    const head = headLine === undefined ? undefined : parseLine(headLine);
    if (head?.type !== "session_started") return damaged;
    const summary: SessionSummary = {
      file,
      id: head.id,
      startedAt: head.at,
      status: "incomplete",
      plan: head.plan,
      options: head.options,
      lastAt: head.at,
      ...(head.retryOf ? { retryOf: head.retryOf } : {}),
    };
    let lines = readTailLines(fd, size, CHUNK);
    let decided = false;
    for (let pass = 0; pass < 2 && !decided; pass++) {
      let lastSeen = false;
      for (let i = lines.length - 1; i >= 0; i--) {
        const e = parseLine(lines[i] as string);
        if (!e) continue;
        if (!lastSeen) {
          summary.lastAt = e.at;
          lastSeen = true;
        }
        if (e.type === "session_finished") {
          summary.status = "complete";
          summary.finishReason = e.reason;
          if (e.verdict) summary.verdict = e.verdict;
          decided = true;
          break;
        }
        if (e.type === "session_resumed" || e.type === "session_started") {
          decided = true;
          break;
        }
      }
      if (decided || size <= CHUNK) break;
      lines = readTailLines(fd, size, size);
    }
    return summary;
  } finally {
    closeSync(fd);
  }
}

/** Session files under `dir` (YYYY/MM/…jsonl), newest first by file name. Reads directory entries only. */
export function sessionFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const subdirs = (d: string, re: RegExp) =>
    readdirSync(d, { withFileTypes: true })
      .filter((e) => e.isDirectory() && re.test(e.name))
      .map((e) => e.name)
      .sort()
      .reverse();
  for (const year of subdirs(dir, /^\d{4}$/)) {
    for (const month of subdirs(join(dir, year), /^\d{2}$/)) {
      const names = readdirSync(join(dir, year, month))
        .filter((n) => n.endsWith(".jsonl"))
        .sort()
        .reverse();
      for (const n of names) files.push(join(dir, year, month, n));
    }
  }
  return files;
}

/** Summaries of every session under `dir`, newest first. */
export function listSessions(dir: string): SessionSummary[] {
  return sessionFiles(dir).map(summarizeSession);
}

export class AmbiguousSessionError extends UsageError {
  constructor(
    readonly prefix: string,
    readonly candidates: { id: string; file: string }[],
  ) {
    const shown = candidates.slice(0, 10).map((c) => `  ${c.id}  ${basename(c.file)}`);
    const more = candidates.length > 10 ? [`  … and ${candidates.length - 10} more`] : [];
    super(`session "${prefix}" is ambiguous; it matches:\n${[...shown, ...more].join("\n")}\nGive more of the id.`);
    this.name = "AmbiguousSessionError";
  }
}

/** Find a session by id or unique id prefix (file names only, no reads). Throws UsageError when none or many. */
export function findSession(dir: string, idOrPrefix: string): { id: string; file: string } {
  const wanted = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(wanted)) {
    throw new UsageError(`"${idOrPrefix}" is not a session id: ids are hex, like the ones \`netprep review\` shows`);
  }
  const candidates = sessionFiles(dir)
    .map((file) => ({ file, id: idFromFileName(file) }))
    .filter((c): c is { file: string; id: string } => c.id?.startsWith(wanted) ?? false);
  const exact = candidates.filter((c) => c.id === wanted);
  if (exact.length === 1) return exact[0] as { id: string; file: string };
  if (candidates.length === 0) throw new UsageError(`no session matches "${idOrPrefix}" in ${dir}`);
  if (candidates.length > 1) throw new AmbiguousSessionError(idOrPrefix, candidates);
  return candidates[0] as { id: string; file: string };
}
