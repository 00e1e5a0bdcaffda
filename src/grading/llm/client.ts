// The one place that talks to an OpenAI-compatible endpoint, through the official SDK. Loaded lazily:
// heuristic grading never imports it. Errors become an LlmCallError with a kind and a one-line reason
// that never contains the API key.
import OpenAI from "openai";
import { isLocalUrl, scrubKey } from "../../config.js";
import type { ChatBody } from "./prompt.js";

export interface ChatClient {
  /** The text of the first choice. Throws LlmCallError. */
  complete(body: ChatBody, signal?: AbortSignal): Promise<string>;
}

export type LlmErrorKind =
  | "no-key"
  | "connection"
  | "timeout"
  | "auth"
  | "not-found"
  | "rate-limit"
  | "server"
  | "format-rejected"
  | "bad-request"
  | "empty"
  | "invalid";

export class LlmCallError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LlmCallError";
  }
}

export interface ClientSettings {
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
  apiKey?: string;
}

/** Sent when no key is set and the endpoint is local; Ollama and LM Studio ignore it. */
const PLACEHOLDER_KEY = "netprep-no-key";

/** Retries for 408/409/429/5xx and dropped connections, with the SDK's jittered exponential backoff. */
export const MAX_RETRIES = 2;

export function createChatClient(settings: ClientSettings, options: { maxRetries?: number } = {}): ChatClient {
  const key = settings.apiKey ?? (isLocalUrl(settings.baseUrl) ? PLACEHOLDER_KEY : undefined);
  if (!key) {
    return {
      async complete() {
        throw new LlmCallError(
          "no-key",
          `OPENAI_API_KEY is not set (needed for ${hostOf(settings.baseUrl)}; set it in the environment, never in config.yaml)`,
        );
      },
    };
  }
  const sdk = new OpenAI({
    apiKey: key,
    baseURL: settings.baseUrl,
    timeout: settings.timeoutSeconds * 1000,
    maxRetries: options.maxRetries ?? MAX_RETRIES,
  });
  return {
    async complete(body, signal) {
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = (await sdk.chat.completions.create(
          body as OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming,
          { signal },
        )) as OpenAI.Chat.Completions.ChatCompletion;
      } catch (error) {
        throw classify(error, settings, signal);
      }
      const message = completion?.choices?.[0]?.message;
      if (message?.refusal) throw new LlmCallError("empty", `the model refused: ${oneLine(message.refusal)}`);
      const content = message?.content;
      if (typeof content !== "string" || content.trim() === "")
        throw new LlmCallError("empty", "the endpoint returned no message content");
      return content;
    },
  };
}

/** Turn whatever the SDK threw into a kind and a sentence the user can act on. */
export function classify(error: unknown, settings: ClientSettings, signal?: AbortSignal): LlmCallError {
  const host = hostOf(settings.baseUrl);
  const scrub = (text: string) => scrubKey(oneLine(text), settings.apiKey);
  if (error instanceof LlmCallError) return error;
  if (signal?.aborted || error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError)
    return new LlmCallError("timeout", `no reply from ${host} within ${settings.timeoutSeconds}s`);
  if (error instanceof OpenAI.APIConnectionError) {
    const cause = causeCode(error);
    return new LlmCallError(
      "connection",
      `cannot connect to ${settings.baseUrl}${cause ? ` (${cause})` : ""}; is the server running and the URL right?`,
    );
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    const detail = scrub(apiMessage(error));
    if (status === 401 || status === 403)
      return new LlmCallError(
        "auth",
        `${host} rejected the API key (${status}); check OPENAI_API_KEY${detail ? `: ${detail}` : ""}`,
        status,
      );
    if (status === 404)
      return new LlmCallError(
        "not-found",
        /model/i.test(detail)
          ? `model "${settings.model}" not found at ${host}: ${detail}`
          : `${host} answered 404: wrong base URL or model "${settings.model}" not available (${detail || "not found"})`,
        status,
      );
    if (status === 429) return new LlmCallError("rate-limit", `rate limited by ${host} (429) after retries`, status);
    if (status !== undefined && status >= 500)
      return new LlmCallError(
        "server",
        `${host} failed with ${status} after retries${detail ? `: ${detail}` : ""}`,
        status,
      );
    if (status === 400 || status === 422) {
      const kind = /response_format|json_schema|structured|schema/i.test(detail) ? "format-rejected" : "bad-request";
      return new LlmCallError(kind, `${host} rejected the request (${status}): ${detail}`, status);
    }
    return new LlmCallError("bad-request", `${host} answered ${status ?? "an error"}: ${detail}`, status);
  }
  return new LlmCallError("connection", scrub(`unexpected failure talking to ${host}: ${(error as Error)?.message}`));
}

function apiMessage(error: InstanceType<typeof OpenAI.APIError>): string {
  const body = error.error as { message?: unknown; error?: unknown } | undefined;
  const inner = typeof body?.message === "string" ? body.message : typeof body?.error === "string" ? body.error : "";
  return (inner || error.message || "").slice(0, 300);
}

function causeCode(error: Error): string | undefined {
  let cause: unknown = error.cause;
  let last: string | undefined;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (code === "ECONNREFUSED") return "connection refused";
    if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "unknown host";
    if (typeof code === "string") return code;
    const message = (cause as { message?: unknown }).message;
    // fetch's own wrapper says "fetch failed"; the useful words are one level down ("bad port", …).
    if (typeof message === "string" && message !== "fetch failed") last = message;
    cause = (cause as { cause?: unknown }).cause;
  }
  return last?.slice(0, 120);
}

export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
