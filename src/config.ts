// User settings for grading: config.yaml, then environment, then flags. The API key is never part of the
// file or of any printed setting; it is read from the environment only and shown masked.
import { readFile } from "node:fs/promises";
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { z } from "zod";
import { UsageError } from "./errors.js";

export const GRADER_KINDS = ["heuristic", "llm", "both"] as const;
export type GraderKind = (typeof GRADER_KINDS)[number];

export const DEFAULTS = {
  grader: "heuristic" as GraderKind,
  model: "gpt-4o-mini",
  baseUrl: "https://api.openai.com/v1",
  timeoutSeconds: 60,
  redactNames: [] as string[],
  concurrency: 4,
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const ConfigFile = z.strictObject({
  grader: z.enum(GRADER_KINDS).optional(),
  model: z.string().trim().min(1, "must not be empty").optional(),
  baseUrl: z.string().refine(isHttpUrl, "must be an http(s) URL like http://localhost:11434/v1").optional(),
  timeoutSeconds: z.number().positive("must be more than 0").max(600, "must be at most 600").optional(),
  redact: z
    .strictObject({ names: z.array(z.string().trim().min(1, "a name must not be empty")).default([]) })
    .optional(),
  concurrency: z.number().int("must be a whole number").min(1).max(32).optional(),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

export type Source = "default" | "config" | "env" | "flag";

export interface Settings {
  grader: GraderKind;
  model: string;
  baseUrl: string;
  timeoutSeconds: number;
  redactNames: string[];
  concurrency: number;
  /** Only ever from OPENAI_API_KEY; never serialised. */
  apiKey?: string;
}

export interface EffectiveSettings {
  settings: Settings;
  sources: Record<Exclude<keyof Settings, "apiKey">, Source> & { apiKey: "env" | "unset" };
  /** The file that was read, when it existed. */
  configFile?: string;
}

/** What the command line can override. */
export interface SettingFlags {
  grader?: string;
  model?: string;
  baseUrl?: string;
  timeout?: string | number;
  concurrency?: string | number;
}

/** Parse config.yaml text. Problems come back as `file:line:col: field: message` lines. */
export function parseConfigText(file: string, text: string): { config: ConfigFile; problems: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: string[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    problems.push(`${file}:${pos.line}:${pos.col}: YAML syntax: ${error.message.split("\n", 1)[0]}`);
  }
  if (problems.length > 0) return { config: {}, problems };
  const data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { config: {}, problems: [`${file}:1:1: the config must be a mapping like \`grader: llm\``] };
  }
  const result = ConfigFile.safeParse(data);
  if (result.success) return { config: result.data, problems };
  const located: { line: number; col: number; text: string }[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    let pos = position(doc.getIn(path, true) as Node | undefined, lineCounter);
    let field = path.join(".");
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      const key = issue.keys[0] ?? "";
      pos = keyPosition(doc.getIn(path, true), key, lineCounter) ?? pos;
      field = [...path, key].join(".");
      message = `unknown setting (settings: ${Object.keys(path.length ? { names: 1 } : ConfigFile.shape).join(", ")})`;
    } else if (issue.code === "invalid_value" && "values" in issue) {
      message = `must be one of ${issue.values.join(", ")}`;
    } else if (issue.code === "invalid_type") {
      message = `must be ${issue.expected}`;
    }
    located.push({ ...pos, text: `${file}:${pos.line}:${pos.col}: ${field || "config"}: ${message}` });
  }
  located.sort((a, b) => a.line - b.line || a.col - b.col);
  return { config: {}, problems: located.map((p) => p.text) };
}

function position(node: Node | undefined, lc: LineCounter): { line: number; col: number } {
  return node && typeof node === "object" && "range" in node && node.range
    ? lc.linePos(node.range[0])
    : { line: 1, col: 1 };
}

function keyPosition(map: unknown, key: string, lc: LineCounter) {
  if (!isMap(map)) return undefined;
  for (const pair of map.items)
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range)
      return lc.linePos(pair.key.range[0]);
  return undefined;
}

/** Read config.yaml; a missing file is an empty config, a bad one a UsageError listing every problem. */
export async function loadConfigFile(path: string): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const { config, problems } = parseConfigText(path, text);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return config;
}

/** Defaults < config.yaml < environment < flags. Pure. */
export function resolveSettings(
  file: ConfigFile | undefined,
  env: NodeJS.ProcessEnv,
  flags: SettingFlags = {},
): Omit<EffectiveSettings, "configFile"> {
  const sources = {
    grader: "default",
    model: "default",
    baseUrl: "default",
    timeoutSeconds: "default",
    redactNames: "default",
    concurrency: "default",
    apiKey: "unset",
  } as EffectiveSettings["sources"];
  const s: Settings = { ...DEFAULTS, redactNames: [...DEFAULTS.redactNames] };
  const set = <K extends Exclude<keyof Settings, "apiKey">>(key: K, value: Settings[K] | undefined, from: Source) => {
    if (value === undefined) return;
    s[key] = value;
    sources[key] = from;
  };

  if (file) {
    set("grader", file.grader, "config");
    set("model", file.model, "config");
    set("baseUrl", file.baseUrl?.replace(/\/+$/, ""), "config");
    set("timeoutSeconds", file.timeoutSeconds, "config");
    set("redactNames", file.redact?.names, "config");
    set("concurrency", file.concurrency, "config");
  }

  if (env.OPENAI_BASE_URL?.trim()) set("baseUrl", checkUrl(env.OPENAI_BASE_URL.trim(), "OPENAI_BASE_URL"), "env");
  if (env.NETPREP_MODEL?.trim()) set("model", env.NETPREP_MODEL.trim(), "env");
  const key = env.OPENAI_API_KEY?.trim();
  if (key) {
    s.apiKey = key;
    sources.apiKey = "env";
  }

  if (flags.grader !== undefined) {
    if (!(GRADER_KINDS as readonly string[]).includes(flags.grader))
      throw new UsageError(`--grader must be one of ${GRADER_KINDS.join(", ")}, not "${flags.grader}"`);
    set("grader", flags.grader as GraderKind, "flag");
  }
  if (flags.model !== undefined) {
    if (!flags.model.trim()) throw new UsageError("--model is empty");
    set("model", flags.model.trim(), "flag");
  }
  if (flags.baseUrl !== undefined) set("baseUrl", checkUrl(flags.baseUrl, "--base-url"), "flag");
  if (flags.timeout !== undefined) set("timeoutSeconds", positiveNumber(flags.timeout, "--timeout", 600), "flag");
  if (flags.concurrency !== undefined) {
    const n = positiveNumber(flags.concurrency, "--concurrency", 32);
    if (!Number.isInteger(n)) throw new UsageError("--concurrency must be a whole number");
    set("concurrency", n, "flag");
  }
  return { settings: s, sources };
}

function checkUrl(value: string, name: string): string {
  if (isHttpUrl(value)) return value.replace(/\/+$/, "");
  throw new UsageError(`${name} must be an http(s) URL like http://localhost:11434/v1, not "${value}"`);
}

function positiveNumber(value: string | number, name: string, max: number): number {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`${name} must be a number from 1 to ${max}`);
  return n;
}

/** Everything a command needs: the file, the environment and its flags, merged. */
export async function effectiveSettings(
  configFile: string,
  env: NodeJS.ProcessEnv,
  flags: SettingFlags = {},
): Promise<EffectiveSettings> {
  const file = await loadConfigFile(configFile);
  return { ...resolveSettings(file, env, flags), ...(file ? { configFile } : {}) };
}

/** `sk-…abcd`: enough to tell keys apart, not enough to use one. */
export function maskKey(key: string | undefined): string {
  if (!key) return "(not set)";
  if (key.length <= 8) return "***";
  const prefix = key.startsWith("sk-") ? "sk-" : "";
  return `${prefix}…${key.slice(-4)}`;
}

/** Remove every occurrence of the key from text that may be shown or stored (error messages echo input). */
export function scrubKey(text: string, key: string | undefined): string {
  if (!key || key.length < 4) return text;
  return text.split(key).join(maskKey(key));
}

/** Local servers (Ollama, LM Studio, vLLM on this machine) usually ignore the key. */
export function isLocalUrl(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host === "::1" || host.startsWith("127.") || host.endsWith(".localhost");
  } catch {
    return false;
  }
}
