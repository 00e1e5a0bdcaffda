// The shape every grader returns (heuristic today, LLM later) and that sessions store.
import { z } from "zod";
import type { Question, Rubric } from "../bank/schema.js";

export const Score = z.number().int().min(1).max(4);

/** A sentence of the answer, quoted exactly, and what it did to the score. */
export const Evidence = z.object({
  quote: z.string(),
  effect: z.enum(["+", "-"]),
  signal: z.string().describe("Which signal fired, e.g. owns-mistake, blame, stated-unknown"),
});
export type Evidence = z.infer<typeof Evidence>;

export const DimensionGrade = z.object({
  id: z.string(),
  title: z.string(),
  score: Score,
  position: z
    .number()
    .min(1)
    .max(4)
    .optional()
    .describe(
      "Where in its level the answer sits, 1.0–4.0 to one decimal; rounds to score (2.4 is Mixed, nearly Good)",
    ),
  level: z.enum(["poor", "mixed", "good", "excellent"]),
  evidence: z.array(Evidence),
  advice: z.string(),
});
export type DimensionGrade = z.infer<typeof DimensionGrade>;

export const Grade = z.object({
  grader: z.enum(["heuristic", "llm"]),
  rubric: z.object({ id: z.string(), version: z.number() }),
  overall: z.number().min(1).max(4),
  dimensions: z.array(DimensionGrade),
  confidence: z.enum(["low", "normal"]),
  /** Whole-answer remarks: too short, hypothetical framing, tried to instruct the grader, … */
  notes: z.array(z.string()),
  /** Which of the question's checkable look-fors the answer names, by concept; the heuristic grader scores on it. */
  lookFor: z.object({ covered: z.array(z.string()), missed: z.array(z.string()) }).optional(),
  provenance: z.object({
    grader: z.string(),
    version: z.string(),
    model: z.string().optional(),
    baseUrlHost: z.string().optional(),
    promptVersion: z.string().optional(),
  }),
});
export type Grade = z.infer<typeof Grade>;

/** What a grader needs: the answer, the question it answers and the rubric to apply. */
export interface GradeRequest {
  answer: string;
  question: Pick<Question, "prompt" | "category"> & Partial<Question>;
  rubric: Rubric;
  /**
   * Set when `answer` is a first answer followed by the reply to a follow-up (see follow-up.ts): graders score the
   * story as a whole, and the follow-up's prompt tells an LLM grader what the reply answers.
   */
  followUp?: { prompt: string; reply: string };
}

export interface Grader {
  readonly name: "heuristic" | "llm";
  grade(request: GradeRequest): Promise<Grade>;
}
