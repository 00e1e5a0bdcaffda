import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bankJsonSchema, Duration, durationSeconds } from "../../src/bank/schema.js";
import { ROOT } from "../support/cli.js";

describe("bank schema", () => {
  it("matches the committed JSON Schema (run `npm run schema` after changing src/bank/schema.ts)", () => {
    const committed = JSON.parse(readFileSync(join(ROOT, "questions/netprep.schema.json"), "utf8"));
    expect(bankJsonSchema()).toEqual(committed);
  });

  it("is draft-7 and forbids unknown question fields", () => {
    const schema = bankJsonSchema() as { $schema: string };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
  });

  it.each([
    ["90s", 90],
    ["4m", 240],
    ["1m30s", 90],
    ["1h", 3600],
    ["45m", 2700],
  ])("reads the duration %s as %i seconds", (text, seconds) => {
    expect(Duration.safeParse(text).success).toBe(true);
    expect(durationSeconds(text)).toBe(seconds);
  });

  it.each(["", "4", "4 minutes", "0m", "5h", "m", "-3m"])("rejects the duration %j", (text) => {
    expect(Duration.safeParse(text).success).toBe(false);
  });

  it("every built-in bank points editors at the schema", () => {
    for (const f of readdirSync(join(ROOT, "questions")).filter((f) => f.endsWith(".yaml"))) {
      const first = readFileSync(join(ROOT, "questions", f), "utf8").split("\n", 1)[0];
      expect(first, f).toBe("# yaml-language-server: $schema=./netprep.schema.json");
    }
  });
});
