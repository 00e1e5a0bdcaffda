// Shared by every command registration: help examples a user can paste, and repeatable options.

/** "Examples:" with one `$ command` per line, for `.addHelpText("after", …)`. */
export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** For options that may be given more than once (`--bank a --bank b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
