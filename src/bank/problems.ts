// A problem found in a bank file, reported the way a linter does: file:line:col: severity: message.

export type Severity = "error" | "warning";

export interface Problem {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  message: string;
  /** A stable short name for the check, e.g. `schema`, `duplicate-id`, `near-duplicate`. */
  rule: string;
}

export interface Position {
  line: number;
  col: number;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === "error") errors++;
  return { errors, warnings: problems.length - errors };
}

export function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

/** Closest candidate by edit distance, if it is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: Iterable<string>, distance: (a: string, b: string) => number) {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
