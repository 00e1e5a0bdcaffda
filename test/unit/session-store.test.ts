import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import type { NewEvent } from "../../src/session/events.js";
import { replay } from "../../src/session/replay.js";
import {
  AmbiguousSessionError,
  findSession,
  listSessions,
  readSession,
  SessionWriter,
  sessionFileName,
} from "../../src/session/store.js";
import { answered, clock, drafted, grade, started } from "../support/session.js";
import { testDir } from "../support/tmp.js";

let dir: string;
beforeEach(() => {
  dir = testDir("netprep-store-");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeSession(id: string, startIso: string, bodies: NewEvent[]): string {
  const w = SessionWriter.create(dir, { now: clock(startIso), randomId: () => id });
  for (const b of bodies) w.append(b);
  w.close();
  return w.file;
}

const start = (plan: string[], id: string) => started(plan, { id }) as NewEvent;
const ans = (q: string, extra: Record<string, unknown> = {}) => answered(q, extra) as NewEvent;
const finished: NewEvent = { type: "session_finished", reason: "completed" };

describe("session files", () => {
  it("names files YYYY/MM/<iso>-<id>.jsonl in UTC without colons", () => {
    expect(sessionFileName(new Date("2025-03-09T23:05:07.123Z"), "ab12cd34")).toBe(
      join("2025", "03", "2025-03-09T23-05-07.123Z-ab12cd34.jsonl"),
    );
  });

  it("round-trips appended events, stamping v, seq and at from the clock", () => {
    const file = writeSession("0badc0de", "2025-03-01T10:00:00.000Z", [
      start(["a"], "0badc0de"),
      { type: "question_shown", questionId: "a", index: 0 },
      ans("a"),
      { type: "graded", questionId: "a", grade: grade({ candor: 3 }) },
      finished,
    ]);
    expect(relative(dir, file)).toBe(join("2025", "03", "2025-03-01T10-00-00.000Z-0badc0de.jsonl"));
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe("");
    const read = readSession(file);
    expect(read.problems).toEqual([]);
    expect(read.tornTail).toBe(false);
    expect(read.damaged).toBe(false);
    expect(read.events.map((e) => [e.seq, e.type, e.v])).toEqual([
      [0, "session_started", 1],
      [1, "question_shown", 1],
      [2, "answer_submitted", 1],
      [3, "graded", 1],
      [4, "session_finished", 1],
    ]);
    // The first clock tick names the file; each append takes the next one.
    expect(read.events[0]?.at).toBe("2025-03-01T10:00:01.000Z");
    expect(replay(read.events).status).toBe("complete");
  });

  it("refuses an invalid event without writing anything", () => {
    const w = SessionWriter.create(dir, { randomId: () => "abcdef01" });
    w.append(start(["a"], "abcdef01"));
    expect(() => w.append({ ...(ans("a") as object), selfRating: 9 } as NewEvent)).toThrow();
    w.close();
    expect(readFileSync(w.file, "utf8").split("\n")).toHaveLength(2);
  });

  it("ignores a torn last line and reports it", () => {
    const file = writeSession("aaaa0001", "2025-03-01T10:00:00.000Z", [start(["a"], "aaaa0001"), ans("a")]);
    appendFileSync(file, '{"v":1,"type":"graded","questionId":"a","gra');
    const read = readSession(file);
    expect(read.tornTail).toBe(true);
    expect(read.events).toHaveLength(2);
    expect(read.problems).toEqual([]);
    expect(read.damaged).toBe(false);
  });

  it("skips garbage in the middle with a reason and keeps the rest", () => {
    const file = writeSession("aaaa0002", "2025-03-01T10:00:00.000Z", [
      start(["a", "b"], "aaaa0002"),
      ans("a"),
      ans("b"),
    ]);
    const lines = readFileSync(file, "utf8").split("\n");
    lines.splice(2, 0, "%%% not json %%%", JSON.stringify({ v: 1, type: "answer_submitted", seq: 99 }));
    writeFileSync(file, lines.join("\n"));
    const read = readSession(file);
    expect(read.events.map((e) => e.type)).toEqual(["session_started", "answer_submitted", "answer_submitted"]);
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]).toEqual({ line: 3, reason: "not valid JSON" });
    expect(read.problems[1]?.line).toBe(4);
    expect(read.problems[1]?.reason).toMatch(/^invalid event: /);
    expect(read.tornTail).toBe(false);
  });

  it("calls an empty file damaged", () => {
    const file = join(dir, "empty.jsonl");
    writeFileSync(file, "");
    const read = readSession(file);
    expect(read.damaged).toBe(true);
    expect(read.events).toEqual([]);
    expect(read.problems).toEqual([{ line: 0, reason: "empty file" }]);
  });

  it("reads and migrates v0 lines mixed with current ones", () => {
    const file = join(dir, "old.jsonl");
    const v0 = {
      v: 0,
      type: "answer_submitted",
      seq: 1,
      time: Date.parse("2024-01-01T00:00:00Z"),
      questionId: "a",
      text: "x",
      firstKeystrokeMs: null,
      elapsedMs: 5000,
      budgetMs: 1000,
      timedOut: true,
      strict: true,
    };
    const head = { v: 0, seq: 0, time: Date.parse("2024-01-01T00:00:00Z"), ...started(["a"]) };
    writeFileSync(file, `${JSON.stringify(head)}\n${JSON.stringify(v0)}\n`);
    const read = readSession(file);
    expect(read.problems).toEqual([]);
    expect(read.events[1]).toMatchObject({ v: 1, usedMs: 5000, overrunMs: 4000, at: "2024-01-01T00:00:00.000Z" });
    expect(replay(read.events).totals.overrunMs).toBe(4000);
  });

  it("resumes a file: cuts a torn tail and continues seq", () => {
    const file = writeSession("aaaa0003", "2025-03-01T10:00:00.000Z", [start(["a", "b"], "aaaa0003"), ans("a")]);
    appendFileSync(file, '{"v":1,"ty');
    const w = SessionWriter.open(file);
    expect(w.id).toBe("aaaa0003");
    expect(w.nextSeq).toBe(2);
    w.append({ type: "session_resumed" });
    w.append(ans("b"));
    w.close();
    const read = readSession(file);
    expect(read.problems).toEqual([]);
    expect(read.tornTail).toBe(false);
    expect(read.events.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(replay(read.events).nextIndex).toBeNull();
  });

  it("writes drafts like any event and a file with one resumes from it", () => {
    const big = "I owned the rollback. ".repeat(1000); // a draft larger than the tail window
    const file = writeSession("aaaa0004", "2025-03-01T10:00:00.000Z", [
      start(["a", "b"], "aaaa0004"),
      ans("a"),
      drafted("b", big) as NewEvent,
      { type: "session_finished", reason: "quit" },
    ]);
    const read = readSession(file);
    expect(read.problems).toEqual([]);
    expect(read.events[2]).toMatchObject({ type: "answer_draft", seq: 2, questionId: "b", text: big });
    expect(replay(read.events).questions[1]?.draft?.text).toBe(big);
    const w = SessionWriter.open(file);
    expect(w.nextSeq).toBe(4);
    w.close();
    writeSession("aaaa0005", "2025-03-02T10:00:00.000Z", [start(["a"], "aaaa0005"), drafted("a", big) as NewEvent]);
    // A crash mid-answer leaves a draft at the tail: still an unfinished session to resume.
    expect(listSessions(dir).map((s) => [s.id, s.status])).toEqual([
      ["aaaa0005", "incomplete"],
      ["aaaa0004", "complete"],
    ]);
  });

  it("refuses to resume a damaged file", () => {
    const file = join(dir, "empty.jsonl");
    writeFileSync(file, "");
    expect(() => SessionWriter.open(file)).toThrow(/cannot resume/);
  });
});

describe("listSessions and findSession", () => {
  it("lists newest first with status from header and tail", () => {
    writeSession("11110000", "2025-01-05T09:00:00.000Z", [start(["a"], "11110000"), ans("a"), finished]);
    writeSession("22220000", "2025-02-10T09:00:00.000Z", [start(["a", "b"], "22220000"), ans("a")]);
    const quit = writeSession("33330000", "2025-02-11T09:00:00.000Z", [
      start(["a"], "33330000"),
      { type: "session_finished", reason: "quit" },
      { type: "session_resumed" },
    ]);
    const broken = join(dir, "2025", "02", "2025-02-12T09-00-00.000Z-44440000.jsonl");
    writeFileSync(broken, "garbage\n");
    const list = listSessions(dir);
    expect(list.map((s) => [s.id, s.status])).toEqual([
      ["44440000", "damaged"],
      ["33330000", "incomplete"],
      ["22220000", "incomplete"],
      ["11110000", "complete"],
    ]);
    expect(list[2]?.plan).toEqual(["a", "b"]);
    expect(list[3]).toMatchObject({ finishReason: "completed", startedAt: "2025-01-05T09:00:01.000Z" });
    expect(list[1]?.file).toBe(quit);
    expect(listSessions(join(dir, "missing"))).toEqual([]);
  });

  it("finds a finish beyond the tail window of a big file, and sees regrades after it", () => {
    const big = "I owned the rollback. ".repeat(2000); // ~44 KB per answer, larger than the tail window
    writeSession("55550000", "2025-03-01T09:00:00.000Z", [
      start(["a"], "55550000"),
      ans("a", { text: big }),
      finished,
      ans("a", { text: big }),
    ]);
    writeSession("66660000", "2025-03-02T09:00:00.000Z", [
      start(["a"], "66660000"),
      ans("a", { text: big }),
      finished,
      { type: "graded", questionId: "a", grade: grade({ candor: 2 }) },
    ]);
    const list = listSessions(dir);
    expect(list.map((s) => [s.id, s.status])).toEqual([
      ["66660000", "complete"],
      ["55550000", "complete"],
    ]);
    // Both agree with a full replay.
    for (const s of list) expect(replay(readSession(s.file).events).status).toBe(s.status);
  });

  it("finds by id or unique prefix and lists candidates when ambiguous", () => {
    writeSession("abc12345", "2025-01-01T00:00:00.000Z", [start(["a"], "abc12345")]);
    writeSession("abd99999", "2025-01-02T00:00:00.000Z", [start(["a"], "abd99999")]);
    expect(findSession(dir, "abc").id).toBe("abc12345");
    expect(findSession(dir, "ABD99999").id).toBe("abd99999");
    let error: unknown;
    try {
      findSession(dir, "ab");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousSessionError);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as AmbiguousSessionError).candidates.map((c) => c.id).sort()).toEqual(["abc12345", "abd99999"]);
    expect((error as Error).message).toMatch(/abc12345[\s\S]*abd99999|abd99999[\s\S]*abc12345/);
    expect(() => findSession(dir, "ffff")).toThrow(/no session matches "ffff"/);
    expect(() => findSession(dir, "../etc")).toThrow(UsageError);
  });
});

// --- crash test -------------------------------------------------------------------------------------------

const ROOT = resolve(import.meta.dirname, "../..");

/** Compile store.ts and everything it imports from src into `out` as plain ESM, so a bare `node` can run it. */
function transpileClosure(entry: string, out: string): void {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of source.matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)) visit(resolve(dirname(file), `${m[1]}.ts`));
  };
  visit(entry);
  writeFileSync(join(out, "package.json"), '{ "type": "module" }');
  symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"), "dir");
}

const CHILD = `
import { SessionWriter } from "./src/session/store.js";
const w = SessionWriter.create(process.argv[2], { randomId: () => "c0ffee00" });
w.append({ type: "session_started", id: "c0ffee00", options: { seed: 1, strict: false }, plan: ["a"],
  bankVersions: {}, rubricVersions: {}, netprepVersion: "test" });
console.log("appended 1 " + w.file);
const pause = new Int32Array(new SharedArrayBuffer(4));
const text = "I made the call without the data and owned it. ".repeat(400);
for (let n = 2; ; n++) {
  w.append({ type: "answer_submitted", questionId: "a", text: text + n, firstKeystrokeMs: 1, usedMs: n,
    overrunMs: 0, budgetMs: 1000, timedOut: false, strict: false });
  console.log("appended " + n);
  // A short pause keeps the child close to what the parent has seen, so a lost append cannot hide behind
  // appends made after the parent decided to kill.
  Atomics.wait(pause, 0, 0, 2);
}
`;

describe("crash safety", () => {
  it("every acknowledged append survives kill -9", async () => {
    const build = join(dir, "build");
    transpileClosure(join(ROOT, "src/session/store.ts"), build);
    writeFileSync(join(build, "child.mjs"), CHILD);
    const sessions = join(dir, "sessions");

    const child: ChildProcess = spawn(process.execPath, [join(build, "child.mjs"), sessions], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    // A varying kill point, so a writer that flushes in batches cannot line up with it by luck.
    const killAt = 100 + Math.floor(Math.random() * 100);
    let reported = 0;
    let file = "";
    let buffered = "";
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on("exit", (_code, signal) => res(signal)));
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`child reported only ${reported} appends; ${stderr}`)), 20_000);
      child.stdout?.on("data", (d: Buffer) => {
        buffered += d.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          const m = /^appended (\d+)(?: (.+))?$/.exec(line);
          if (!m) continue;
          reported = Number(m[1]);
          if (m[2]) file = m[2];
          if (reported >= killAt) {
            clearTimeout(timer);
            child.kill("SIGKILL");
            res();
            return;
          }
        }
      });
      child.on("exit", () => rej(new Error(`child exited early: ${stderr}`)));
    });
    expect(await exited).toBe("SIGKILL");
    expect(file).not.toBe("");

    const read = readSession(file);
    // Only a torn tail is acceptable damage; every complete line must parse.
    expect(read.problems).toEqual([]);
    expect(read.damaged).toBe(false);
    expect(read.events.length, `child reported ${reported} appends`).toBeGreaterThanOrEqual(reported);
    expect(read.events.map((e) => e.seq)).toEqual(read.events.map((_, i) => i));
    const raw = readFileSync(file, "utf8");
    const complete = raw
      .slice(0, raw.lastIndexOf("\n") + 1)
      .split("\n")
      .slice(0, -1);
    expect(complete).toHaveLength(read.events.length);
    for (const line of complete) expect(() => JSON.parse(line)).not.toThrow();
    // The crashed session is resumable: reopening continues where the file ends.
    const w = SessionWriter.open(file);
    expect(w.nextSeq).toBe(read.events.length);
    w.close();
  }, 30_000);
});
