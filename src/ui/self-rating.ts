// One keypress of self-assessment before the grade is shown: calibration is a signal of its own.
import { createPrompt, isEnterKey, useKeypress, useState } from "@inquirer/core";
import type { ChalkInstance } from "chalk";
import { styleFor } from "./style.js";

export type SelfRating = 1 | 2 | 3 | 4;

export const RATING_WORDS: Record<SelfRating, string> = { 1: "Poor", 2: "Mixed", 3: "Good", 4: "Excellent" };

export interface SelfRatingConfig {
  message?: string;
  style?: ChalkInstance;
}

export const selfRatingPrompt = createPrompt<SelfRating | null, SelfRatingConfig>((config, done) => {
  const style = config.style ?? styleFor(process.stdout);
  const message = config.message ?? "How would you rate that answer?";
  const [answer, setAnswer] = useState<SelfRating | null | undefined>(undefined);
  const [hint, setHint] = useState(false);

  useKeypress((event) => {
    if (answer !== undefined) return;
    const key = event as { name?: string; sequence?: string; ctrl?: boolean };
    if (key.ctrl) return; // Ctrl-C is readline's: it becomes ExitPromptError
    if (isEnterKey(event)) {
      setAnswer(null);
      done(null);
      return;
    }
    const pressed = key.name ?? key.sequence ?? "";
    if (pressed === "1" || pressed === "2" || pressed === "3" || pressed === "4") {
      const rating = Number(pressed) as SelfRating;
      setAnswer(rating);
      done(rating);
      return;
    }
    setHint(true);
  });

  if (answer !== undefined) {
    const given = answer === null ? style.dim("skipped") : style.cyan(`${answer} ${RATING_WORDS[answer]}`);
    return `${style.green("✔")} ${style.bold(message)} ${given}`;
  }
  const options = ([1, 2, 3, 4] as const).map((n) => `${style.bold(String(n))} ${RATING_WORDS[n]}`).join(" · ");
  // Two lines: the message and the options together are wider than 80 columns.
  const lines = [`${style.cyan.bold("?")} ${style.bold(message)}`, `  ${options} · ${style.dim("Enter to skip")}`];
  if (hint) lines.push(style.yellow("  Press 1, 2, 3 or 4 — or Enter to skip."));
  return lines.join("\n");
});
