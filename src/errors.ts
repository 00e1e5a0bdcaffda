// Typed errors: commands throw these and only src/cli.ts turns them into an exit code.

/** Exit codes: 0 ok, 1 problems found or unexpected failure, 2 usage/config error, 130 interrupted. */
export const EXIT = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const;

export class NetprepError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.problems,
  ) {
    super(message);
    this.name = "NetprepError";
  }
}

/** Bad flags, missing files, bad config: the user can fix the command line. */
export class UsageError extends NetprepError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = "UsageError";
  }
}

/** The command ran and found problems (e.g. `validate` errors); the message is already printed. */
export class ProblemsFound extends NetprepError {
  constructor(message = "") {
    super(message, EXIT.problems);
    this.name = "ProblemsFound";
  }
}
