// Picks the grader(s) for a run: heuristic (offline, default), llm, or both side by side with the
// dimensions where they disagree by two levels or more. The LLM code and the openai SDK are imported only
// when an LLM grade is asked for.
import { join } from "node:path";
import { effectiveSettings, type GraderKind, type SettingFlags, type Settings } from "../config.js";
import { UsageError } from "../errors.js";
import type { Paths } from "../paths.js";
import type { Grade, GradeRequest } from "./grade.js";
import { HeuristicGrader } from "./heuristic/index.js";
import type { GradeCache } from "./llm/cache.js";
import type { ChatClient } from "./llm/client.js";
import type { ChatBody } from "./llm/prompt.js";

export interface Disagreement {
  dimension: string;
  heuristic: number;
  llm: number;
}

export interface GradeOutcome {
  primary: Grade;
  /** With `both`: the LLM grade next to the heuristic primary. */
  secondary?: Grade;
  disagreements: Disagreement[];
}

export interface OutcomeGrader {
  readonly kind: GraderKind;
  grade(request: GradeRequest): Promise<GradeOutcome>;
  /** The body the LLM would be sent (for --dry-run); undefined for the heuristic grader. */
  requestBody(request: GradeRequest): ChatBody | undefined;
}

export interface GraderDeps {
  warn: (message: string) => void;
  /** Injected in tests; otherwise the openai SDK client for settings.baseUrl. */
  client?: ChatClient;
  cache?: GradeCache;
  redact?: boolean;
  nonce?: () => string;
}

/** Two levels apart is a real disagreement (Poor vs Good), not calibration noise. */
export const DISAGREEMENT_GAP = 2;

export function disagreements(heuristic: Grade, llm: Grade): Disagreement[] {
  const out: Disagreement[] = [];
  for (const h of heuristic.dimensions) {
    const l = llm.dimensions.find((d) => d.id === h.id);
    if (l && Math.abs(l.score - h.score) >= DISAGREEMENT_GAP)
      out.push({ dimension: h.id, heuristic: h.score, llm: l.score });
  }
  return out;
}

export async function graderFor(kind: GraderKind, settings: Settings, deps: GraderDeps): Promise<OutcomeGrader> {
  const heuristic = new HeuristicGrader();
  if (kind === "heuristic") {
    return {
      kind,
      grade: async (request) => ({ primary: await heuristic.grade(request), disagreements: [] }),
      requestBody: () => undefined,
    };
  }
  const llm = await llmGrader(settings, deps);
  if (kind === "llm") {
    return {
      kind,
      grade: async (request) => ({ primary: await llm.grade(request), disagreements: [] }),
      requestBody: (request) => llm.requestBody(request),
    };
  }
  return {
    kind,
    async grade(request) {
      const [h, l] = await Promise.all([heuristic.grade(request), llm.grade(request)]);
      // When the LLM fell back, its "grade" is the heuristic one again: say so once, compare nothing.
      if (l.grader !== "llm")
        return { primary: { ...h, notes: [l.notes[0] ?? "LLM unavailable", ...h.notes] }, disagreements: [] };
      return { primary: h, secondary: l, disagreements: disagreements(h, l) };
    },
    requestBody: (request) => llm.requestBody(request),
  };
}

async function llmGrader(settings: Settings, deps: GraderDeps) {
  const { LlmGrader } = await import("./llm/grader.js");
  const client = deps.client ?? (await import("./llm/client.js")).createChatClient(settings);
  return new LlmGrader({
    model: settings.model,
    baseUrl: settings.baseUrl,
    timeoutSeconds: settings.timeoutSeconds,
    client,
    warn: deps.warn,
    cache: deps.cache,
    apiKey: settings.apiKey,
    nonce: deps.nonce,
    ...(deps.redact ? { redact: { names: settings.redactNames } } : {}),
  } satisfies ConstructorParameters<typeof LlmGrader>[0]);
}

/**
 * Grade many requests with at most `concurrency` in flight (for `review --regrade`). Results keep the
 * order of the requests; onProgress is called after each one finishes.
 */
export async function regradeMany(
  grader: Pick<OutcomeGrader, "grade">,
  requests: readonly GradeRequest[],
  concurrency = 4,
  onProgress?: (done: number, total: number) => void,
): Promise<GradeOutcome[]> {
  const results: GradeOutcome[] = new Array(requests.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      results[i] = await grader.grade(requests[i] as GradeRequest);
      done++;
      onProgress?.(done, requests.length);
    }
  };
  const width = Math.max(1, Math.min(Math.floor(concurrency) || 1, requests.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/** The `netprep grade` flags this module understands (commander turns `--no-cache` into cache: false). */
export interface GradeLlmFlags {
  grader?: string;
  model?: string;
  baseUrl?: string;
  timeout?: string | number;
  cache?: boolean;
  dryRun?: boolean;
  redact?: boolean;
}

/** Settings as returned to callers: never the key, so nothing downstream can print or store it. */
export type PublicSettings = Omit<Settings, "apiKey">;

export type GradeRun =
  | { dryRun: string; settings: PublicSettings }
  | { outcome: GradeOutcome; settings: PublicSettings };

/** The grader the settings ask for (config < env < flags), with the LLM cache unless --no-cache/--dry-run. */
export async function graderFromSettings(
  ctx: { paths: Pick<Paths, "configFile" | "cache">; env: NodeJS.ProcessEnv; warn(text: string): void },
  flags: GradeLlmFlags,
  deps: Pick<GraderDeps, "client" | "nonce"> = {},
): Promise<{ grader: OutcomeGrader; settings: PublicSettings }> {
  const settingFlags: SettingFlags = {
    grader: flags.grader,
    model: flags.model,
    baseUrl: flags.baseUrl,
    timeout: flags.timeout,
  };
  const { settings } = await effectiveSettings(ctx.paths.configFile, ctx.env, settingFlags);
  const { apiKey: _key, ...visible } = settings;
  let cache: GradeCache | undefined;
  if (settings.grader !== "heuristic" && flags.cache !== false && !flags.dryRun) {
    const { fileCache } = await import("./llm/cache.js");
    cache = fileCache(join(ctx.paths.cache, "llm"));
  }
  const grader = await graderFor(settings.grader, settings, {
    warn: (m) => ctx.warn(m),
    cache,
    redact: Boolean(flags.redact),
    ...deps,
  });
  return { grader, settings: visible };
}

/**
 * Everything `netprep grade` needs beyond the heuristic: settings from config/env/flags, the cache under
 * paths.cache/llm, --dry-run and --redact. Never throws for network or model failures; throws UsageError
 * for a bad config.yaml or bad flags.
 */
export async function gradeWithSettings(
  ctx: { paths: Pick<Paths, "configFile" | "cache">; env: NodeJS.ProcessEnv; warn(text: string): void },
  request: GradeRequest,
  flags: GradeLlmFlags,
  deps: Pick<GraderDeps, "client" | "nonce"> = {},
): Promise<GradeRun> {
  const { grader, settings: visible } = await graderFromSettings(ctx, flags, deps);
  if (flags.dryRun) {
    const body = grader.requestBody(request);
    if (!body) throw new UsageError("--dry-run shows what the LLM grader would send; add --grader llm (or both)");
    return { dryRun: JSON.stringify(body, null, 2), settings: visible };
  }
  return { outcome: await grader.grade(request), settings: visible };
}
