import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";

describe("verbs.generated.ts", () => {
  it("matches the installed compromise lexicon (run `node scripts/generate-verbs.mjs` after upgrading it)", async () => {
    const { verbModule } = (await import(join(ROOT, "scripts/generate-verbs.mjs"))) as {
      verbModule: () => Promise<string>;
    };
    const committed = readFileSync(join(ROOT, "src/grading/heuristic/verbs.generated.ts"), "utf8");
    expect(committed === (await verbModule())).toBe(true);
  });
});
