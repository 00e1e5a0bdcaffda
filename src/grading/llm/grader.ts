// The optional LLM grader. It asks for structured output, falls back to prompted JSON and one repair round,
// and when the model still cannot be used it returns the heuristic grade, labelled as such: grading never
// fails because a network or a model did. Quotes are checked against the answer; claims without a real
// quote lose a level.
import { LEVELS } from "../../bank/format.js";
import type { Rubric } from "../../bank/schema.js";
import { scrubKey } from "../../config.js";
import type { DimensionGrade, Grade, GradeRequest, Grader } from "../grade.js";
import { gradeHeuristic } from "../heuristic/index.js";
import { has } from "../heuristic/signals.js";
import { normalize } from "../heuristic/text.js";
import { cacheKey, type GradeCache } from "./cache.js";
import { type ChatClient, hostOf, LlmCallError } from "./client.js";
import { buildBody, type ChatBody, newNonce, PROMPT_VERSION, type PromptMode } from "./prompt.js";
import { verifyQuotes } from "./quotes.js";
import { redact } from "./redact.js";
import { type LlmResponse, parseResponse } from "./response.js";

export interface LlmGraderOptions {
  model: string;
  baseUrl: string;
  timeoutSeconds: number;
  client: ChatClient;
  /** Where the fallback reason goes (stderr in the CLI). */
  warn: (message: string) => void;
  cache?: GradeCache;
  /** Replace emails, phone numbers and these names before anything is sent. */
  redact?: { names: readonly string[] };
  /** Scrub this from every reason that is shown. */
  apiKey?: string;
  nonce?: () => string;
}

/** Below this many words the grade's confidence is low, as with the heuristic grader. */
const SHORT_ANSWER_WORDS = 60;

export class LlmGrader implements Grader {
  readonly name = "llm" as const;
  constructor(private readonly options: LlmGraderOptions) {}

  /** What would be sent for this request: redaction applied, the first (structured) attempt. */
  requestBody(request: GradeRequest): ChatBody {
    return buildBody(this.outgoing(request), {
      model: this.options.model,
      nonce: (this.options.nonce ?? newNonce)(),
      mode: "structured",
    });
  }

  cacheKeyFor(request: GradeRequest): string {
    return cacheKey({
      model: this.options.model,
      baseUrl: this.options.baseUrl,
      promptVersion: PROMPT_VERSION,
      request: this.outgoing(request),
    });
  }

  async grade(request: GradeRequest): Promise<Grade> {
    const sent = this.outgoing(request);
    const key = this.options.cache ? this.cacheKeyFor(request) : undefined;
    if (key) {
      const hit = await this.options.cache?.get(key);
      if (hit) return hit;
    }
    let response: LlmResponse;
    try {
      response = await this.ask(sent);
    } catch (error) {
      const reason = error instanceof LlmCallError ? error.message : `unexpected error: ${(error as Error)?.message}`;
      return this.fallback(request, reason);
    }
    const grade = toGrade(sent, response, {
      model: this.options.model,
      baseUrlHost: hostOf(this.options.baseUrl),
    });
    if (key) await this.options.cache?.set(key, grade);
    return grade;
  }

  private outgoing(request: GradeRequest): GradeRequest {
    if (!this.options.redact) return request;
    const names = this.options.redact.names;
    return {
      ...request,
      answer: redact(request.answer, names).text,
      question: { ...request.question, prompt: redact(request.question.prompt, names).text },
    };
  }

  /** The ladder: structured → prompted JSON → one repair round. One deadline covers all of it. */
  private async ask(request: GradeRequest): Promise<LlmResponse> {
    const { client, model, timeoutSeconds } = this.options;
    const signal = AbortSignal.timeout(timeoutSeconds * 1000);
    const nonce = (this.options.nonce ?? newNonce)();
    let dropSampling = false;
    const send = async (mode: PromptMode, repair?: { reply: string; error: string }) => {
      const body = buildBody(request, { model, nonce, mode, repair });
      if (dropSampling) {
        delete body.temperature;
        delete body.seed;
      }
      try {
        return await client.complete(body, signal);
      } catch (error) {
        // Some models only accept their default temperature; ask once more without the sampling settings.
        if (
          !dropSampling &&
          error instanceof LlmCallError &&
          error.kind === "bad-request" &&
          /temperature|seed/i.test(error.message)
        ) {
          dropSampling = true;
          return send(mode, repair);
        }
        throw error;
      }
    };

    try {
      const parsed = parseResponse(await send("structured"), request.rubric);
      if (parsed.ok) return parsed.value;
    } catch (error) {
      if (!(error instanceof LlmCallError && (error.kind === "format-rejected" || error.kind === "empty"))) throw error;
    }
    const reply = await send("prompted");
    const first = parseResponse(reply, request.rubric);
    if (first.ok) return first.value;
    const repaired = parseResponse(await send("prompted", { reply, error: first.error }), request.rubric);
    if (repaired.ok) return repaired.value;
    throw new LlmCallError(
      "invalid",
      `the model's reply did not fit the grading schema, even after a repair round (${repaired.error})`,
    );
  }

  private fallback(request: GradeRequest, reason: string): Grade {
    const safe = scrubKey(reason, this.options.apiKey);
    this.options.warn(`netprep: LLM grader unavailable: ${safe}; showing the heuristic grade`);
    const grade = gradeHeuristic(request);
    return { ...grade, notes: [`LLM unavailable: ${safe}; heuristic grade shown`, ...grade.notes] };
  }
}

/** The answer speaks to the grader, or forges the fence around it. */
export function looksLikeSteering(answer: string): boolean {
  return has("instruction", normalize(answer)) || /<<<\s*(?:answer|end)\b/i.test(answer);
}

/** Turn a validated reply into a Grade: verified quotes only, unsupported high scores lowered. Pure. */
export function toGrade(
  request: GradeRequest,
  response: LlmResponse,
  meta: { model: string; baseUrlHost: string },
): Grade {
  const { rubric, answer } = request;
  const notes: string[] = [];
  const localSteering = looksLikeSteering(answer);
  if (localSteering)
    notes.push(
      "The answer addresses the grader instead of the interviewer; instructions to the grader are ignored and cap every score at Poor.",
    );
  else if (response.steeringAttempt)
    notes.push("The grader flagged text that tries to steer the grade; it earned no credit.");

  let droppedTotal = 0;
  let lowered = false;
  const byId = new Map(response.dimensions.map((d) => [d.id, d]));
  const dimensions: DimensionGrade[] = rubric.dimensions.map((dim) => {
    const r = byId.get(dim.id);
    // parseResponse guarantees every dimension; this keeps the function total anyway.
    if (!r) return dimensionGrade(dim, 1, [], "The grader gave no score for this dimension.");
    const { kept, dropped } = verifyQuotes(r.evidence, answer);
    droppedTotal += dropped.length;
    let score = r.score;
    let rationale = r.rationale.trim();
    if (score >= 3 && kept.length === 0) {
      score -= 1;
      lowered = true;
      notes.push(`${dim.title}: lowered one level because none of the grader's quotes occur in the answer.`);
    }
    if (localSteering) score = 1;
    if (!rationale) rationale = "No rationale given.";
    return dimensionGrade(dim, score, kept, rationale);
  });
  if (droppedTotal > 0) notes.push(`${droppedTotal} quote(s) the grader gave are not in the answer and were ignored.`);
  if (response.feedback.trim()) notes.push(`Feedback: ${response.feedback.trim()}`);

  const totalWeight = rubric.dimensions.reduce((sum, d) => sum + (d.weight ?? 1), 0) || 1;
  const weighted = dimensions.reduce((sum, d, i) => sum + d.score * (rubric.dimensions[i]?.weight ?? 1), 0);
  const overall = Math.min(4, Math.max(1, Math.round((weighted / totalWeight) * 100) / 100));
  const words = answer.split(/\s+/).filter(Boolean).length;
  return {
    grader: "llm",
    rubric: { id: rubric.id, version: rubric.version },
    overall,
    dimensions,
    confidence: words < SHORT_ANSWER_WORDS || lowered ? "low" : "normal",
    notes,
    provenance: {
      grader: "llm",
      version: `${rubric.id}@${rubric.version}`,
      model: meta.model,
      baseUrlHost: meta.baseUrlHost,
      promptVersion: PROMPT_VERSION,
    },
  };
}

function dimensionGrade(dim: Rubric["dimensions"][number], score: number, quotes: string[], rationale: string) {
  const level = LEVELS[score - 1] ?? "poor";
  const advice = [rationale, dim.advice?.[level]].filter(Boolean).join(" ");
  return {
    id: dim.id,
    title: dim.title,
    score,
    level,
    evidence: quotes.map((quote) => ({ quote, effect: score >= 3 ? "+" : "-", signal: "llm-quote" }) as const),
    advice,
  } satisfies DimensionGrade;
}
