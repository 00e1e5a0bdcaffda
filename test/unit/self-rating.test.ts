import { render } from "@inquirer/testing";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { selfRatingPrompt } from "../../src/ui/self-rating.js";

const plain = new Chalk({ level: 0 });

describe("selfRatingPrompt", () => {
  it("offers the four levels and skip", async () => {
    const { getScreen, events, answer } = await render(selfRatingPrompt, { style: plain });
    expect(getScreen()).toBe(
      "? How would you rate that answer?\n  1 Poor · 2 Mixed · 3 Good · 4 Excellent · Enter to skip",
    );
    events.keypress("enter");
    await answer;
  });

  it("returns the digit pressed", async () => {
    const { events, answer, getScreen } = await render(selfRatingPrompt, { style: plain });
    events.type("3");
    expect(await answer).toBe(3);
    expect(getScreen()).toBe("✔ How would you rate that answer? 3 Good");
  });

  it("returns null on Enter", async () => {
    const { events, answer, getScreen } = await render(selfRatingPrompt, { style: plain });
    events.keypress("enter");
    expect(await answer).toBeNull();
    expect(getScreen()).toContain("skipped");
  });

  it("ignores other keys with a hint", async () => {
    const { events, answer, getScreen } = await render(selfRatingPrompt, { style: plain });
    events.type("7");
    expect(getScreen()).toContain("Press 1, 2, 3 or 4 — or Enter to skip.");
    events.type("1");
    expect(await answer).toBe(1);
  });

  it("Ctrl-C rejects with ExitPromptError", async () => {
    const { events, answer } = await render(selfRatingPrompt, { style: plain });
    events.keypress({ name: "c", ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: "ExitPromptError" });
  });
});
