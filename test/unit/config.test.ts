import { describe, expect, it } from "vitest";
import { DEFAULTS, isLocalUrl, maskKey, parseConfigText, resolveSettings, scrubKey } from "../../src/config.js";
import { UsageError } from "../../src/errors.js";

describe("config.yaml parsing", () => {
  it("accepts every setting", () => {
    const { config, problems } = parseConfigText(
      "config.yaml",
      "grader: both\nmodel: llama3.1\nbaseUrl: http://localhost:11434/v1\ntimeoutSeconds: 90\nredact:\n  names: [Ana, Sam Lee]\nconcurrency: 8\n",
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      grader: "both",
      model: "llama3.1",
      baseUrl: "http://localhost:11434/v1",
      timeoutSeconds: 90,
      redact: { names: ["Ana", "Sam Lee"] },
      concurrency: 8,
    });
  });

  it("treats an empty file as no settings", () => {
    expect(parseConfigText("c.yaml", "")).toEqual({ config: {}, problems: [] });
    expect(parseConfigText("c.yaml", "# nothing yet\n")).toEqual({ config: {}, problems: [] });
  });

  it("reports each problem as file:line:col: field: message", () => {
    const { problems } = parseConfigText(
      "/home/u/.config/netprep/config.yaml",
      "grader: gpt\ntimeoutSeconds: -3\nbaseUrl: localhost\napiKey: sk-123\nredact:\n  names: [ok, 3]\n",
    );
    expect(problems).toEqual([
      "/home/u/.config/netprep/config.yaml:1:9: grader: must be one of heuristic, llm, both",
      "/home/u/.config/netprep/config.yaml:2:17: timeoutSeconds: must be more than 0",
      "/home/u/.config/netprep/config.yaml:3:10: baseUrl: must be an http(s) URL like http://localhost:11434/v1",
      expect.stringMatching(/^\/home\/u\/\.config\/netprep\/config\.yaml:4:1: apiKey: unknown setting/),
      "/home/u/.config/netprep/config.yaml:6:15: redact.names.1: must be string",
    ]);
  });

  it("reports YAML syntax errors with their position", () => {
    const { problems } = parseConfigText("c.yaml", "model: [unclosed\n");
    expect(problems[0]).toMatch(/^c\.yaml:\d+:\d+: YAML syntax: /);
  });
});

describe("effective settings", () => {
  it("defaults < config.yaml < env < flags, with the source of each", () => {
    const file = { model: "from-config", timeoutSeconds: 30, grader: "llm" as const };
    const env = { NETPREP_MODEL: "from-env", OPENAI_BASE_URL: "http://localhost:1234/v1/", OPENAI_API_KEY: "sk-abc" };
    const r = resolveSettings(file, env, { model: "from-flag" });
    expect(r.settings).toMatchObject({
      grader: "llm",
      model: "from-flag",
      baseUrl: "http://localhost:1234/v1",
      timeoutSeconds: 30,
      concurrency: DEFAULTS.concurrency,
      apiKey: "sk-abc",
    });
    expect(r.sources).toMatchObject({
      grader: "config",
      model: "flag",
      baseUrl: "env",
      timeoutSeconds: "config",
      concurrency: "default",
      apiKey: "env",
    });
    expect(resolveSettings(file, env).settings.model).toBe("from-env");
    expect(resolveSettings(file, {}).settings.model).toBe("from-config");
    expect(resolveSettings(undefined, {}).settings.model).toBe(DEFAULTS.model);
  });

  it("never takes the key from anywhere but OPENAI_API_KEY", () => {
    // The config schema has no apiKey field at all; an unknown key is an error, not a silent source.
    expect(parseConfigText("c.yaml", "apiKey: sk-x\n").problems).toHaveLength(1);
    expect(resolveSettings(undefined, {}).sources.apiKey).toBe("unset");
    expect(resolveSettings(undefined, { OPENAI_API_KEY: "  " }).settings.apiKey).toBeUndefined();
  });

  it("rejects bad flag values as usage errors", () => {
    expect(() => resolveSettings(undefined, {}, { grader: "gpt" })).toThrow(UsageError);
    expect(() => resolveSettings(undefined, {}, { timeout: "0" })).toThrow(/--timeout/);
    expect(() => resolveSettings(undefined, {}, { timeout: "soon" })).toThrow(/--timeout/);
    expect(() => resolveSettings(undefined, { OPENAI_BASE_URL: "localhost:11434" })).toThrow(/OPENAI_BASE_URL/);
    expect(resolveSettings(undefined, {}, { timeout: "1.5" }).settings.timeoutSeconds).toBe(1.5);
  });
});

describe("key handling", () => {
  it("masks a key to sk-…last4 and scrubs it from text", () => {
    const key = "sk-proj-abcdefghijklmnop1234";
    expect(maskKey(key)).toBe("sk-…1234");
    expect(maskKey("short")).toBe("***");
    expect(maskKey(undefined)).toBe("(not set)");
    expect(scrubKey(`Incorrect API key provided: ${key}. And again ${key}`, key)).toBe(
      "Incorrect API key provided: sk-…1234. And again sk-…1234",
    );
  });

  it("knows which URLs are local", () => {
    expect(isLocalUrl("http://localhost:11434/v1")).toBe(true);
    expect(isLocalUrl("http://127.0.0.1:8000/v1")).toBe(true);
    expect(isLocalUrl("http://[::1]:1234/v1")).toBe(true);
    expect(isLocalUrl("https://api.openai.com/v1")).toBe(false);
    expect(isLocalUrl("http://localhost.evil.com/v1")).toBe(false);
  });
});
