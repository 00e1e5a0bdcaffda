// The parts of the bank format that need no zod: closed word lists, durations and the helpers that
// read the two-shape fields. Commands on the start-up path import these, not schema.ts, so --help
// and cached bank loads never pay for loading zod. The types still come from the schema.
import type { FollowUp, LookFor } from "./schema.js";

/** Interview categories. Adding one here is the only change the format needs. */
export const CATEGORIES = ["behavioral", "system-design", "recruiter-screen", "compensation"] as const;

/** Values from Netflix's culture memo that a question can probe. */
export const VALUES = [
  "judgment",
  "communication",
  "candor",
  "courage",
  "curiosity",
  "inclusion",
  "integrity",
  "passion",
  "selflessness",
  "innovation",
  "impact",
] as const;

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;

/** The four anchored levels every rubric dimension has, lowest first; scores are 1–4 in this order. */
export const LEVELS = ["poor", "mixed", "good", "excellent"] as const;
export type Level = (typeof LEVELS)[number];

/** A duration such as `45s`, `4m`, `1m30s` or `1h`. */
export const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Seconds in a duration string already matched by DURATION. */
export function durationSeconds(text: string): number {
  const m = DURATION.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Helpers for the two shapes `lookFor`, `followUps` and rubric anchors may take. */
export function lookForConcept(item: LookFor): { concept: string; synonyms: string[] } {
  return typeof item === "string" ? { concept: item, synonyms: [] } : item;
}
export function followUpParts(item: FollowUp): { prompt: string; dimension?: string; time?: string } {
  return typeof item === "string" ? { prompt: item } : item;
}
export function anchorText(a: string | { anchor: string; examples?: string[] }): {
  anchor: string;
  examples: string[];
} {
  return typeof a === "string" ? { anchor: a, examples: [] } : { anchor: a.anchor, examples: a.examples ?? [] };
}
