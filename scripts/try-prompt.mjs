#!/usr/bin/env node
// Manual check of the answer box in a real terminal: `npm run build && node scripts/try-prompt.mjs [seconds] [--strict]`.
import { answerPrompt } from "../dist/ui/answer-prompt.js";
import { renderGrade } from "../dist/ui/render.js";
import { selfRatingPrompt } from "../dist/ui/self-rating.js";
import { styleFor } from "../dist/ui/style.js";

const seconds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 90);
const style = styleFor(process.stdout);
try {
  const result = await answerPrompt({
    header: "netprep · team interview · question 2 of 4 · behavioral · values: judgment, candor",
    question: "Tell me about a call you made with incomplete information that turned out wrong. What did you do next?",
    budgetMs: seconds * 1000,
    strict: process.argv.includes("--strict"),
    style,
  });
  const rating = await selfRatingPrompt({ style });
  const words = result.text.split(/\s+/).filter(Boolean).length;
  console.log(JSON.stringify({ ...result, text: `${result.text.slice(0, 60)}… (${words} words)`, rating }, null, 2));
  const grade = {
    grader: "heuristic",
    rubric: { id: "behavioral", version: 1 },
    overall: 2.5,
    dimensions: [
      {
        id: "candor",
        title: "Candor",
        score: 3,
        level: "good",
        advice: "",
        evidence: [{ quote: "I made the call.", effect: "+", signal: "owns-mistake" }],
      },
      {
        id: "judgment",
        title: "Judgment",
        score: 2,
        level: "mixed",
        advice: "Name the option you rejected and what being wrong would cost.",
        evidence: [],
      },
    ],
    confidence: "normal",
    notes: [],
    provenance: { grader: "demo", version: "0" },
  };
  console.log(
    renderGrade(grade, { selfRating: rating, width: process.stdout.columns, style, lookFor: ["Owns the decision"] }),
  );
} catch (error) {
  if (error instanceof Error && error.name === "ExitPromptError") console.log("(quit)");
  else throw error;
}
