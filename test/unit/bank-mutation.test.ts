// Property-style: whatever a bank author's editor does to a valid bank, validation answers with
// located one-line problems, never a crash. Mutations are seeded, so a failure reproduces.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue, lintCatalogue } from "../../src/bank/lint.js";
import { parseBankText } from "../../src/bank/parse.js";
import { mulberry32 } from "../../src/session/select.js";
import { netprep, ROOT, STACK_TRACE, tempHome } from "../support/cli.js";

const JUNK = [
  ":",
  "- ",
  "  ",
  "\t",
  "[",
  "]",
  "{",
  "}",
  "&a ",
  "*a",
  "|",
  ">",
  "#",
  '"',
  "'",
  "\0",
  "\u00ff",
  "\n",
  "---\n",
  "? ",
  "!!str ",
  "%YAML 1.1\n",
  "id: x\n",
];

function mutate(text: string, rnd: () => number): string {
  const lines = text.split("\n");
  const at = Math.floor(rnd() * lines.length);
  const line = lines[at] ?? "";
  const col = Math.floor(rnd() * (line.length + 1));
  const junk = JUNK[Math.floor(rnd() * JUNK.length)] as string;
  switch (Math.floor(rnd() * 7)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines[at] = line.slice(0, col) + junk + line.slice(col);
      break;
    case 2:
      lines[at] = line.slice(0, col);
      break;
    case 3:
      lines.splice(at, 0, lines[Math.floor(rnd() * lines.length)] ?? "");
      break;
    case 4:
      lines[at] = ` ${line}`;
      break;
    case 5:
      return text.slice(0, Math.floor(rnd() * text.length));
    default:
      lines[at] = line.replace(/: .*/, `: ${junk}`);
  }
  return lines.join("\n");
}

const SOURCES = ["questions/behavioral-core.yaml", "questions/rubrics.yaml", "test/fixtures/banks/valid/mini.yaml"].map(
  (f) => readFileSync(join(ROOT, f), "utf8"),
);

describe("mutated banks", () => {
  it("yield located, one-line problems and never throw (600 seeded mutations)", () => {
    const rnd = mulberry32(20261121);
    let withProblems = 0;
    for (let i = 0; i < 600; i++) {
      let text = SOURCES[i % SOURCES.length] as string;
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) text = mutate(text, rnd);
      const parsed = parseBankText(`mutant-${i}.yaml`, text);
      const problems = [...parsed.problems, ...lintCatalogue(catalogue([parsed]))];
      if (problems.length > 0) withProblems++;
      const lineCount = text.split("\n").length;
      for (const p of problems) {
        expect(p.line, `mutant ${i}: ${p.message}`).toBeGreaterThanOrEqual(1);
        expect(p.line, `mutant ${i}: ${p.message}`).toBeLessThanOrEqual(lineCount + 1);
        expect(p.col).toBeGreaterThanOrEqual(1);
        expect(p.message).not.toContain("\n");
        expect(p.message.length).toBeGreaterThan(10);
      }
    }
    // The mutations must actually break things, or this test proves nothing.
    expect(withProblems).toBeGreaterThan(300);
  });

  it("a folder of mutants through the built binary: exit 1, no stack trace", () => {
    const dir = join(tempHome(), "mutants");
    mkdirSync(dir);
    const rnd = mulberry32(7);
    for (let i = 0; i < 60; i++) {
      writeFileSync(join(dir, `m${i}.yaml`), mutate(mutate(SOURCES[i % SOURCES.length] as string, rnd), rnd));
    }
    const run = netprep(["validate", dir, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(run.stdout) as { files: number; errors: number };
    expect(report.files).toBe(60);
    expect(report.errors).toBeGreaterThan(0);
  });
});
