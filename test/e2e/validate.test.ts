// `netprep validate` as a bank author's CI runs it: the built binary against real files on disk.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { netprep, ROOT, STACK_TRACE, tempHome } from "../support/cli.js";

const FIXTURES = join(ROOT, "test/fixtures/banks");

interface Expectation {
  line: number;
  col: number;
  severity: string;
  text: string;
}

/** `# expect: LINE:COL SEVERITY TEXT` comments at the top of each broken fixture. */
function expectationsIn(file: string): Expectation[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((l) => {
      const m = /^# expect: (\d+):(\d+) (error|warning) (.+)$/.exec(l);
      return m ? [{ line: Number(m[1]), col: Number(m[2]), severity: m[3] as string, text: m[4] as string }] : [];
    });
}

interface JsonReport {
  ok: boolean;
  files: number;
  errors: number;
  warnings: number;
  problems: { file: string; line: number; col: number; severity: string; message: string }[];
}

const broken = readdirSync(join(FIXTURES, "broken")).map((f) => join(FIXTURES, "broken", f));

describe("broken fixture banks", () => {
  it.each([...broken, join(FIXTURES, "cross")].map((f) => [relative(ROOT, f), f]))("%s", (shown, path) => {
    const file = path.endsWith("cross") ? join(path, "b.yaml") : path;
    const expected = expectationsIn(file);
    expect(expected.length).toBeGreaterThan(0);
    const run = netprep(["validate", shown, "--format", "json"]);
    const report = JSON.parse(run.stdout) as JsonReport;
    const actual = report.problems.map((p) => ({ ...p, file: p.file }));
    expect(actual.map((p) => `${p.file}:${p.line}:${p.col} ${p.severity}`)).toEqual(
      expected.map((e) => `${relative(ROOT, file)}:${e.line}:${e.col} ${e.severity}`),
    );
    for (const [i, p] of actual.entries()) expect(p.message).toContain(expected[i]?.text);
    const hasError = expected.some((e) => e.severity === "error");
    expect(run.code).toBe(hasError ? 1 : 0);
    expect(report.ok).toBe(!hasError);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("prints file:line:col: severity: message lines and a summary in text format", () => {
    const run = netprep(["validate", "test/fixtures/banks/broken/several-problems.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n")).toEqual([
      'test/fixtures/banks/broken/several-problems.yaml:7:5: error: question "first-bad": missing required field `time`',
      'test/fixtures/banks/broken/several-problems.yaml:14:9: error: question "Second_Bad": `id`: question id must be kebab-case (lower-case letters, digits and single dashes)',
      'test/fixtures/banks/broken/several-problems.yaml:17:11: error: question "Second_Bad": `time`: duration must be longer than zero',
      "3 errors, 0 warnings in 1 file",
    ]);
  });

  it("prints GitHub annotations with --format github", () => {
    const run = netprep(["validate", "test/fixtures/banks/broken/unknown-rubric.yaml", "--format", "github"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error file=test/fixtures/banks/broken/unknown-rubric.yaml,line=9,col=13,title=netprep unknown-reference::question "wrong-rubric": no rubric "behavorial" (did you mean "behavioral"?)',
    );
  });

  it("reports every problem in every file of a folder", () => {
    const run = netprep(["validate", "test/fixtures/banks/broken", "--format", "json"]);
    const report = JSON.parse(run.stdout) as JsonReport;
    const perFile = new Set(report.problems.map((p) => p.file));
    expect(perFile.size).toBe(broken.length);
    expect(run.code).toBe(1);
  });
});

describe("valid banks", () => {
  it("passes the built-in banks and the user's own bank folder with exit 0", () => {
    const home = tempHome();
    mkdirSync(join(home, "config/banks"), { recursive: true });
    writeFileSync(join(home, "config/banks/mine.yaml"), readFileSync(join(FIXTURES, "valid/mini.yaml")));
    const run = netprep(["validate", "--format", "json"], { env: { NETPREP_HOME: home } });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
    expect(report.files).toBeGreaterThanOrEqual(5);
  });

  it("finds a broken bank in the user's folder when run without paths", () => {
    const home = tempHome();
    mkdirSync(join(home, "config/banks"), { recursive: true });
    writeFileSync(join(home, "config/banks/bad.yaml"), "bank: x\ntitle: y\nquestions:\n  - id: q\n");
    const run = netprep(["validate"], { env: { NETPREP_HOME: home } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/bad\.yaml:4:5: error: question "q": missing required field `category`/);
  });

  it("passes a valid bank named by path, checked against the built-in rubrics", () => {
    const run = netprep(["validate", "test/fixtures/banks/valid/mini.yaml"]);
    expect(run.stdout).toContain("✔ 1 file, 2 questions: no problems");
    expect(run.code).toBe(0);
  });

  it("flags a user question whose id clashes with a built-in one", () => {
    const home = tempHome();
    const builtin = JSON.parse(netprep(["questions", "list", "--json"]).stdout)[0];
    const file = join(home, "clash.yaml");
    writeFileSync(
      file,
      `bank: clash\ntitle: Clash\nquestions:\n  - id: ${builtin.id}\n    category: behavioral\n    prompt: A different question with the same id as a built-in one.\n    time: 3m\n`,
    );
    const run = netprep(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`clash.yaml:4:9: error: duplicate question id "${builtin.id}" \\(first at questions/`),
    );
  });
});

describe("usage errors exit 2", () => {
  it("a path that does not exist", () => {
    const run = netprep(["validate", "no/such/bank.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("netprep: path not found: no/such/bank.yaml\n");
  });

  it("an unknown format", () => {
    const run = netprep(["validate", "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("hostile input gets a clean answer, quickly", () => {
  const hostile = (name: string, content: string | Buffer) => {
    const dir = tempHome();
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const expectClean = (run: ReturnType<typeof netprep>, pattern: RegExp) => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(pattern);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).not.toMatch(STACK_TRACE);
  };

  it("binary junk", () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    expectClean(netprep(["validate", hostile("junk.yaml", junk)]), /junk\.yaml:1:1: error: not a text file/);
  });

  it("a file over the size limit", () => {
    const big = `bank: big\ntitle: Big\ndescription: "${"x".repeat(9 * 1024 * 1024)}"\n`;
    const run = netprep(["validate", hostile("big.yaml", big)]);
    expectClean(run, /big\.yaml:1:1: error: file is 9\.0 MiB; a bank may be at most 8 MiB/);
    expect(run.ms).toBeLessThan(5000);
  });

  it("absurdly deep nesting", () => {
    const deep = `bank: deep\ntitle: Deep\ndescription: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`;
    const run = netprep(["validate", hostile("deep.yaml", deep)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/deep\.yaml:\d+:\d+: error: /);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("invalid UTF-8 and control characters", () => {
    const bad = Buffer.concat([
      Buffer.from("bank: bad\ntitle: "),
      Buffer.from([0xff, 0xfe, 0x1b, 0x07]),
      Buffer.from("\n"),
    ]);
    const run = netprep(["validate", hostile("bad-utf8.yaml", bad)]);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("a folder with thousands of files and a symlink loop", () => {
    const dir = tempHome();
    for (let i = 0; i < 3000; i++) {
      writeFileSync(
        join(dir, `b${i}.yaml`),
        `bank: b${i}\ntitle: Bank ${i}\nquestions:\n  - id: generated-${i}\n    category: behavioral\n    prompt: Question number ${i} about topic ${i * 31} with detail ${i * 17}.\n    time: 3m\n`,
      );
    }
    mkdirSync(join(dir, "nested"));
    symlinkSync(dir, join(dir, "nested/loop"));
    const run = netprep(["validate", dir, "--format", "json"], { timeout: 60_000 });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files).toBe(3000);
    expect(report.errors).toBe(0);
    expect(run.code).toBe(0);
    expect(run.ms).toBeLessThan(20_000);
  });
});
