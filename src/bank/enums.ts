// The closed word lists of the bank format. Kept free of zod so the CLI can show them in --help
// without loading the schema (startup time matters for every command).

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
