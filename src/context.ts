// What every command gets from the entry point: streams, styles and paths, so commands stay testable.
import type { ChalkInstance } from "chalk";
import { type Paths, resolvePaths } from "./paths.js";
import { styleFor } from "./ui/style.js";

export interface Context {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  /** Styles for stdout and stderr; plain when NO_COLOR is set or the stream is not a terminal. */
  out: ChalkInstance;
  err: ChalkInstance;
  paths: Paths;
  env: NodeJS.ProcessEnv;
  debug: boolean;
  /** Write a line (or lines) to stdout / stderr. */
  print(text?: string): void;
  warn(text: string): void;
}

export function createContext(options: { debug?: boolean; color?: boolean } = {}): Context {
  const env = process.env;
  const noColor = options.color === false ? { ...env, NO_COLOR: "1" } : env;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    out: styleFor(process.stdout, noColor),
    err: styleFor(process.stderr, noColor),
    paths: resolvePaths(env),
    env,
    debug: Boolean(options.debug),
    print(text = "") {
      process.stdout.write(`${text}\n`);
    },
    warn(text) {
      process.stderr.write(`${text}\n`);
    },
  };
}
