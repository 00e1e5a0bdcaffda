// A real HTTP server on 127.0.0.1 that speaks just enough of the chat-completions API for the LLM grader
// tests: every request is recorded, and a responder decides each reply (JSON, an error status, a delay,
// or a hang).
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Captured {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are inspected loosely in tests
  body: any;
}

export interface Reply {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Never answer (until the server is closed). */
  hang?: boolean;
}

export type Responder = (request: Captured, index: number) => Reply | Promise<Reply>;

export interface FakeLlm {
  /** Base URL including /v1, as OPENAI_BASE_URL expects. */
  url: string;
  requests: Captured[];
  close(): Promise<void>;
}

export async function fakeLlm(responder: Responder): Promise<FakeLlm> {
  const requests: Captured[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const captured: Captured = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, raw, body };
    requests.push(captured);
    const reply = await responder(captured, requests.length - 1);
    if (reply.hang) return;
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    const text = reply.text ?? JSON.stringify(reply.json ?? {});
    res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A chat.completion whose first choice says `content`. */
export function completion(content: string): Reply {
  return {
    json: {
      id: "chatcmpl-test",
      object: "chat.completion",
      created: 1_700_000_000,
      model: "test-model",
      choices: [
        { index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    },
  };
}

/** An OpenAI-style error body. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers, json: { error: { message, type: "invalid_request_error", code: null, param: null } } };
}

export interface DimReply {
  score: number;
  evidence: string[];
}

/** The JSON a well-behaved grader model returns. */
export function gradeReply(dims: Record<string, DimReply>, steeringAttempt = false): string {
  return JSON.stringify({
    dimensions: Object.entries(dims).map(([id, d]) => ({
      id,
      evidence: d.evidence,
      rationale: `Scored ${d.score} on ${id} from the quoted lines.`,
      score: d.score,
    })),
    feedback: "Lead with the decision and its cost; then the change you made.",
    steeringAttempt,
  });
}
