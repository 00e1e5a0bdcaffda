// The one source of truth for the bank format: TypeScript types, runtime validation and the
// published JSON Schema (questions/netprep.schema.json) all come from these definitions.
import { z } from "zod";

import { CATEGORIES, DIFFICULTIES, DURATION, durationSeconds, LEVELS, type Level, VALUES } from "./format.js";

export {
  anchorText,
  CATEGORIES,
  DIFFICULTIES,
  DURATION,
  durationSeconds,
  followUpParts,
  LEVELS,
  type Level,
  lookForConcept,
  VALUES,
} from "./format.js";

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Value = z.enum(VALUES);
export type Value = z.infer<typeof Value>;

export const Difficulty = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof Difficulty>;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = (what: string) =>
  z
    .string()
    .regex(KEBAB, { message: `${what} must be kebab-case (lower-case letters, digits and single dashes)` })
    .max(80);

/** A duration such as `45s`, `4m`, `1m30s` or `1h` (parsed by format.ts's durationSeconds). */
export const Duration = z
  .string()
  .regex(DURATION, { message: "duration must look like 90s, 4m, 1m30s or 1h", abort: true })
  .refine((s) => durationSeconds(s) > 0, { message: "duration must be longer than zero", abort: true })
  .refine((s) => durationSeconds(s) <= 4 * 3600, { message: "duration must be at most 4h" });

const text = (min = 1) =>
  z
    .string()
    .trim()
    .min(min, { message: `must be at least ${min} characters` });

/** What a strong answer shows. Systems-design concepts list synonyms so coverage can be detected. */
export const LookFor = z.union([
  text(),
  z.strictObject({
    concept: text().describe("The idea a strong answer covers, as a short phrase"),
    synonyms: z.array(text()).default([]).describe("Other words a candidate may use for the same idea"),
  }),
]);
export type LookFor = z.infer<typeof LookFor>;

/** A probing question an interviewer asks next, optionally when one rubric dimension came out weak. */
export const FollowUp = z.union([
  text(5),
  z.strictObject({
    prompt: text(5).describe("The follow-up as the interviewer asks it"),
    dimension: kebabId("dimension").optional().describe("Ask it when this rubric dimension scores Poor or Mixed"),
    time: Duration.optional().describe("Answer time budget; defaults to a quarter of the question's"),
  }),
]);
export type FollowUp = z.infer<typeof FollowUp>;

export const Question = z
  .strictObject({
    id: kebabId("question id").describe("Unique across every loaded bank"),
    category: Category,
    prompt: text(10).describe("The question, worded as the interviewer asks it"),
    time: Duration.describe("Answer time budget, e.g. 4m or 45m"),
    values: z.array(Value).optional().describe("Netflix culture values the question probes"),
    tags: z.array(kebabId("tag")).optional(),
    difficulty: Difficulty.optional(),
    rubric: kebabId("rubric id").optional().describe("Rubric that grades it; defaults to the category's rubric"),
    lookFor: z.array(LookFor).optional().describe("What a strong answer shows"),
    redFlags: z.array(text()).optional().describe("What interviewers mark down"),
    followUps: z.array(FollowUp).optional(),
    exemplar: text(40).optional().describe("A strong answer"),
    weakExample: text(20).optional().describe("A typical weak answer"),
  })
  .describe("One interview question");
export type Question = z.infer<typeof Question>;

const Anchor = z.union([
  text(10),
  z.strictObject({
    anchor: text(10).describe("What an answer at this level says or does"),
    examples: z.array(text()).optional().describe("Short phrases typical of this level"),
  }),
]);

export const Dimension = z.strictObject({
  id: kebabId("dimension id"),
  title: text(),
  weight: z.number().positive().max(10).default(1),
  description: text().optional(),
  levels: z.strictObject({
    poor: Anchor,
    mixed: Anchor,
    good: Anchor,
    excellent: Anchor,
  }),
  advice: z
    .strictObject(
      Object.fromEntries(LEVELS.map((l) => [l, text().optional()])) as Record<Level, z.ZodOptional<z.ZodString>>,
    )
    .optional()
    .describe("What to tell a candidate who scored at this level"),
});
export type Dimension = z.infer<typeof Dimension>;

export const Rubric = z.strictObject({
  id: kebabId("rubric id"),
  title: text(),
  version: z.number().int().positive().describe("Bump when anchors change, so old grades can be told apart"),
  defaultFor: z.array(Category).optional().describe("Categories this rubric grades unless a question names another"),
  dimensions: z.array(Dimension).min(1),
});
export type Rubric = z.infer<typeof Rubric>;

/** One part of a loop: how many questions of which kind it draws. */
export const LoopRound = z.strictObject({
  title: text().optional(),
  category: Category,
  count: z.number().int().positive().max(50),
  values: z.array(Value).optional(),
  tags: z.array(kebabId("tag")).optional(),
  difficulty: z.array(Difficulty).optional(),
});
export type LoopRound = z.infer<typeof LoopRound>;

/** An interview stage of the real process, with its question mix and length. */
export const Loop = z.strictObject({
  id: kebabId("loop id"),
  title: text(),
  description: text().optional(),
  time: Duration.describe("How long the real interview lasts"),
  rounds: z.array(LoopRound).min(1),
});
export type Loop = z.infer<typeof Loop>;

/** A bank file: metadata plus any of questions, rubrics and loops. */
export const BankFile = z
  .strictObject({
    bank: kebabId("bank id").describe("Identifies the bank in sessions and reports"),
    title: text(),
    version: z.number().int().positive().optional(),
    description: text().optional(),
    questions: z.array(Question).optional(),
    rubrics: z.array(Rubric).optional(),
    loops: z.array(Loop).optional(),
  })
  .describe("A netprep question bank");
export type BankFile = z.infer<typeof BankFile>;

export const SCHEMA_ID = "https://netprep.dev/schema/bank.json";

/** The published draft-7 JSON Schema, generated from BankFile. */
export function bankJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BankFile, { target: "draft-7", io: "input" }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: SCHEMA_ID, title: "netprep bank", ...schema };
}
