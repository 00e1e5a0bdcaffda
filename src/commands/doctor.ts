// `netprep config` (effective settings and where each came from) and `netprep doctor` / `config --check`
// (one tiny request that says exactly what is wrong). The API key is only ever shown masked.

import {
  type EffectiveSettings,
  effectiveSettings,
  isLocalUrl,
  maskKey,
  type SettingFlags,
  scrubKey,
} from "../config.js";
import type { Context } from "../context.js";
import { EXIT, NetprepError, UsageError } from "../errors.js";

export interface ConfigOptions extends SettingFlags {
  check?: boolean;
  json?: boolean;
}

const ENV_NAME: Partial<Record<string, string>> = {
  baseUrl: "OPENAI_BASE_URL",
  model: "NETPREP_MODEL",
  apiKey: "OPENAI_API_KEY",
};

export async function runConfig(ctx: Context, opts: ConfigOptions): Promise<void> {
  const eff = await effectiveSettings(ctx.paths.configFile, ctx.env, opts);
  const rows = settingRows(eff, ctx.paths.configFile);
  if (opts.json) {
    ctx.print(
      JSON.stringify(
        {
          configFile: ctx.paths.configFile,
          configFound: Boolean(eff.configFile),
          settings: Object.fromEntries(rows.map((r) => [r.name, { value: r.value, source: r.source }])),
        },
        null,
        2,
      ),
    );
  } else {
    const s = ctx.out;
    for (const r of rows) ctx.print(`${r.name.padEnd(15)} ${String(r.display).padEnd(34)} ${s.dim(r.from)}`);
    ctx.print(s.dim(`config file     ${ctx.paths.configFile}${eff.configFile ? "" : " (not found; defaults apply)"}`));
  }
  if (opts.check) await check(ctx, eff);
}

export async function runDoctor(ctx: Context, opts: SettingFlags): Promise<void> {
  await check(ctx, await effectiveSettings(ctx.paths.configFile, ctx.env, opts));
}

function settingRows(eff: EffectiveSettings, configFile: string) {
  const { settings: s, sources } = eff;
  const from = (name: keyof typeof sources) => {
    const source = sources[name];
    if (source === "env") return `env ${ENV_NAME[name] ?? ""}`.trim();
    if (source === "config") return `config ${configFile}`;
    if (source === "unset") return "not set";
    return source;
  };
  const local = isLocalUrl(s.baseUrl);
  return [
    { name: "grader", value: s.grader, display: s.grader, source: sources.grader, from: from("grader") },
    { name: "model", value: s.model, display: s.model, source: sources.model, from: from("model") },
    { name: "baseUrl", value: s.baseUrl, display: s.baseUrl, source: sources.baseUrl, from: from("baseUrl") },
    {
      name: "timeoutSeconds",
      value: s.timeoutSeconds,
      display: s.timeoutSeconds,
      source: sources.timeoutSeconds,
      from: from("timeoutSeconds"),
    },
    {
      name: "concurrency",
      value: s.concurrency,
      display: s.concurrency,
      source: sources.concurrency,
      from: from("concurrency"),
    },
    {
      name: "redact.names",
      value: s.redactNames.length,
      display: s.redactNames.length ? `${s.redactNames.length} name(s)` : "(none)",
      source: sources.redactNames,
      from: from("redactNames"),
    },
    {
      name: "apiKey",
      value: s.apiKey ? maskKey(s.apiKey) : null,
      display: s.apiKey ? maskKey(s.apiKey) : local ? "(not set; optional for a local server)" : "(not set)",
      source: sources.apiKey,
      from: from("apiKey"),
    },
  ];
}

/** One tiny request; each failure is one line, exit 2 when the fix is in the settings. */
async function check(ctx: Context, eff: EffectiveSettings): Promise<void> {
  const s = eff.settings;
  const local = isLocalUrl(s.baseUrl);
  if (!s.apiKey && !local)
    throw new UsageError(
      `no API key: set OPENAI_API_KEY in the environment for ${s.baseUrl} (a local server such as Ollama needs none)`,
    );
  const { createChatClient, LlmCallError } = await import("../grading/llm/client.js");
  const client = createChatClient(s, { maxRetries: 0 });
  ctx.warn(ctx.err.dim(`checking model ${s.model} at ${s.baseUrl} (key ${s.apiKey ? maskKey(s.apiKey) : "not set"})…`));
  const started = performance.now();
  try {
    await client.complete(
      { model: s.model, messages: [{ role: "user", content: "Reply with the single word: ok" }] },
      AbortSignal.timeout(s.timeoutSeconds * 1000),
    );
  } catch (error) {
    if (!(error instanceof LlmCallError)) throw error;
    const message = scrubKey(error.message, s.apiKey);
    const config = ["no-key", "connection", "auth", "not-found", "bad-request", "format-rejected", "timeout"].includes(
      error.kind,
    );
    const hint =
      error.kind === "auth" && local
        ? " (this local server wants a key after all; set OPENAI_API_KEY)"
        : error.kind === "timeout"
          ? " (raise timeoutSeconds in config.yaml, or check the URL)"
          : "";
    throw new NetprepError(`${message}${hint}`, config ? EXIT.usage : EXIT.problems);
  }
  ctx.print(
    `ok: ${s.model} at ${new URL(s.baseUrl).host} answered in ${Math.round(performance.now() - started)} ms${!s.apiKey && local ? " (no key needed)" : ""}`,
  );
}
