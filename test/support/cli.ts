// Runs the built binary the way a user's shell would: a real process, real exit code, real streams.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { testDir } from "./tmp.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/netprep.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function tempHome(): string {
  return testDir("home-");
}

export function netprep(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; timeout?: number } = {},
): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeout ?? 30_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NETPREP_HOME: tempHome(), NO_COLOR: "1", ...options.env },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** A stack trace leaked to the user: "    at fn (file:line:col)". */
export const STACK_TRACE = /^\s+at .+[:(]/m;
