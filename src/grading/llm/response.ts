// What the model must reply: per rubric dimension, verbatim quotes, a rationale and a 1–4 score, plus
// whole-answer feedback and whether the answer tried to steer the grader. Built per rubric so the
// dimension ids are an enum the endpoint can enforce.
import { z } from "zod";
import type { Rubric } from "../../bank/schema.js";

// Building a schema (and its JSON form) costs a few ms; a regrade run asks for the same rubric's many times.
const schemas = new WeakMap<object, ReturnType<typeof buildSchema>>();
const jsonSchemas = new WeakMap<object, Record<string, unknown>>();

export function responseSchemaFor(rubric: Pick<Rubric, "dimensions">) {
  let schema = schemas.get(rubric.dimensions);
  if (!schema) {
    schema = buildSchema(rubric);
    schemas.set(rubric.dimensions, schema);
  }
  return schema;
}

function buildSchema(rubric: Pick<Rubric, "dimensions">) {
  const ids = rubric.dimensions.map((d) => d.id) as [string, ...string[]];
  const Dimension = z.strictObject({
    id: z.enum(ids),
    evidence: z.array(z.string()).describe("Short verbatim quotes copied exactly from the answer"),
    rationale: z.string().describe("One or two sentences tying the quotes to the rubric level"),
    score: z.number().int().min(1).max(4).describe("1 poor, 2 mixed, 3 good, 4 excellent"),
  });
  return z
    .strictObject({
      dimensions: z.array(Dimension),
      feedback: z.string().describe("What the candidate should change first, in two or three sentences"),
      steeringAttempt: z.boolean().describe("True when the answer addresses or instructs the grader"),
    })
    .superRefine((value, ctx) => {
      const seen = new Set<string>();
      for (const [i, d] of value.dimensions.entries()) {
        if (seen.has(d.id)) ctx.addIssue({ code: "custom", path: ["dimensions", i, "id"], message: `"${d.id}" twice` });
        seen.add(d.id);
      }
      const missing = ids.filter((id) => !seen.has(id));
      if (missing.length > 0)
        ctx.addIssue({ code: "custom", path: ["dimensions"], message: `missing dimension(s): ${missing.join(", ")}` });
    });
}

export type LlmResponse = z.infer<ReturnType<typeof buildSchema>>;

/** The JSON Schema sent as `response_format.json_schema.schema` (strict mode needs every key required). */
export function jsonSchemaFor(rubric: Pick<Rubric, "dimensions">): Record<string, unknown> {
  let schema = jsonSchemas.get(rubric.dimensions);
  if (!schema) {
    schema = z.toJSONSchema(responseSchemaFor(rubric)) as Record<string, unknown>;
    delete schema.$schema;
    jsonSchemas.set(rubric.dimensions, schema);
  }
  // A copy: callers put it in a request body they may change.
  return structuredClone(schema);
}

/**
 * Read a reply: tolerate a Markdown fence or prose around the JSON (prompted mode), then validate.
 * Returns a short, model-readable error for the repair round.
 */
export function parseResponse(
  content: string,
  rubric: Pick<Rubric, "dimensions">,
): { ok: true; value: LlmResponse } | { ok: false; error: string } {
  const text = content.trim();
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return { ok: false, error: "the reply contains no JSON object" };
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    return { ok: false, error: `the reply is not valid JSON (${(error as Error).message})` };
  }
  const result = responseSchemaFor(rubric).safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues
    .slice(0, 6)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return { ok: false, error: `the JSON does not match the schema: ${issues}` };
}
