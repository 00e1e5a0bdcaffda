import { describe, expect, it } from "vitest";
import { quoteOccurs, verifyQuotes } from "../../src/grading/llm/quotes.js";

const ANSWER = `I decided to skip the canary — and that took checkout down for 20 minutes.
My manager’s view was "ship it", but the call was mine.`;

describe("quote verification", () => {
  it("accepts exact quotes", () => {
    expect(quoteOccurs("I decided to skip the canary", ANSWER)).toBe(true);
  });

  it("tolerates whitespace, case, curly quotes, dashes and surrounding punctuation", () => {
    expect(quoteOccurs("canary - and that took checkout   down", ANSWER)).toBe(true);
    expect(quoteOccurs("my manager's view was “ship it”", ANSWER)).toBe(true);
    expect(quoteOccurs('"But the call was mine."', ANSWER)).toBe(true);
    expect(quoteOccurs("took checkout down for 20 minutes.\nMy manager", ANSWER)).toBe(true);
  });

  it("accepts an elided quote only when its parts occur in order", () => {
    expect(quoteOccurs("I decided to skip the canary ... down for 20 minutes", ANSWER)).toBe(true);
    expect(quoteOccurs("down for 20 minutes … I decided to skip the canary", ANSWER)).toBe(false);
  });

  it("rejects paraphrases, changed numbers and too-short fragments", () => {
    expect(quoteOccurs("I chose to skip the canary", ANSWER)).toBe(false);
    expect(quoteOccurs("took checkout down for 30 minutes", ANSWER)).toBe(false);
    expect(quoteOccurs("the call", ANSWER)).toBe(false);
    expect(quoteOccurs("", ANSWER)).toBe(false);
    expect(quoteOccurs("...", ANSWER)).toBe(false);
  });

  it("splits kept from dropped and de-duplicates kept quotes", () => {
    const r = verifyQuotes(["the call was mine", "I owned it completely", "The call was mine"], ANSWER);
    expect(r.kept).toEqual(["the call was mine", "The call was mine"]);
    expect(r.dropped).toEqual(["I owned it completely"]);
    expect(verifyQuotes(["the call was mine", "the call was mine"], ANSWER).kept).toEqual(["the call was mine"]);
  });
});
