// Drives the real binary in a real pseudo terminal through tmux: send keys, read the screen.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

export class Terminal {
  private readonly socket = `netprep-test-${randomBytes(4).toString("hex")}`;
  private readonly target = "t";

  constructor(command: string, options: { env: Record<string, string>; width?: number; height?: number; cwd: string }) {
    const env = Object.entries(options.env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    // `exec env … node` keeps one process, so pid() is node's own and kill -9 hits it.
    const exec = command.startsWith("exec ");
    this.tmux(
      "new-session",
      "-d",
      "-s",
      this.target,
      "-x",
      String(options.width ?? 80),
      "-y",
      String(options.height ?? 24),
      "-c",
      options.cwd,
      `${exec ? "exec " : ""}env ${env.join(" ")} ${exec ? command.slice(5) : command}`,
    );
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }

  screen(): string {
    return this.tmux("capture-pane", "-p", "-t", this.target);
  }

  /** Everything the pane has printed, scrollback included, with wrapped lines joined. */
  history(): string {
    return this.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", this.target);
  }

  /** Literal text (tmux -l), so words like "Enter" are typed, not pressed. */
  type(text: string): void {
    this.tmux("send-keys", "-t", this.target, "-l", text);
  }

  press(...keys: string[]): void {
    this.tmux("send-keys", "-t", this.target, ...keys);
  }

  /** The pid of the program in the pane (the command is exec'd, so this is node itself). */
  pid(): number {
    return Number(this.tmux("display-message", "-p", "-t", this.target, "#{pane_pid}").trim());
  }

  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (Date.now() < deadline) {
      last = this.screen();
      if (typeof pattern === "string" ? last.includes(pattern) : pattern.test(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${pattern}; the screen was:\n${last}`);
  }

  close(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
  }
}

export function hasTmux(): boolean {
  return spawnSync("tmux", ["-V"]).status === 0;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}
