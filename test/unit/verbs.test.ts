import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, isVerb } from "../../src/grading/heuristic/text.js";
import { ROOT } from "../support/cli.js";

describe("verbs.generated.ts", () => {
  it("matches the installed compromise lexicon (run `node scripts/generate-verbs.mjs` after upgrading it)", async () => {
    const { verbModule } = (await import(join(ROOT, "scripts/generate-verbs.mjs"))) as {
      verbModule: () => Promise<string>;
    };
    const committed = readFileSync(join(ROOT, "src/grading/heuristic/verbs.generated.ts"), "utf8");
    expect(committed === (await verbModule())).toBe(true);
  });

  it("reads a participle compromise also lists as an adjective as a verb, and a plain adjective as not", () => {
    // "We delayed the launch" had no verb, so it earned nothing: 241 fitted sentences were thrown away like this.
    for (const w of ["delayed", "failed", "picked", "planned", "closed", "worried", "managed", "missing"])
      expect(isVerb(w), w).toBe(true);
    for (const w of ["talented", "naked", "ongoing", "ceiling", "morning"]) expect(isVerb(w), w).toBe(false);
    expect(analyze("We delayed the launch by two weeks.").sentences[0]?.valid).toBe(true);
  });

  it("reads short and irregular past forms compromise derives rather than stores as verbs", () => {
    // "used" is too short for the "-ed" rule and compromise's lexicon stores only "use", so "I used the old script."
    // had no verb and earned nothing; the same held for "left", "lost", "drew", "rewrote".
    for (const w of ["used", "tied", "left", "lost", "drew", "understood", "rebuilt", "rewrote", "withheld"])
      expect(isVerb(w), w).toBe(true);
    for (const w of ["bit", "rose", "ground", "wound"]) expect(isVerb(w), w).toBe(false);
    for (const text of ["I used the old script.", "I left the flag on.", "We lost the renewal."])
      expect(analyze(text).sentences[0]?.valid, text).toBe(true);
  });
});
