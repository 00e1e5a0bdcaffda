// Word-level difference between two attempts at the same answer, for the terminal, Markdown and HTML views.
import { diffWords } from "diff";

export interface DiffSegment {
  /** "=" kept, "+" only in the newer answer, "-" only in the older one. */
  op: "=" | "+" | "-";
  text: string;
}

export interface WordDiff {
  segments: DiffSegment[];
  addedWords: number;
  removedWords: number;
  keptWords: number;
}

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Word diff of `before` → `after`. Gives up on a fine diff after `timeoutMs` and shows a full replacement. */
export function wordDiff(before: string, after: string, timeoutMs = 500): WordDiff {
  const changes = diffWords(before, after, { timeout: timeoutMs }) ?? [
    { value: before, removed: true, added: false, count: 0 },
    { value: after, removed: false, added: true, count: 0 },
  ];
  const segments: DiffSegment[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    const op = c.added ? "+" : c.removed ? "-" : "=";
    const last = segments.at(-1);
    if (last && last.op === op) last.text += c.value;
    else segments.push({ op, text: c.value });
  }
  const count = (op: DiffSegment["op"]) => segments.filter((s) => s.op === op).reduce((n, s) => n + words(s.text), 0);
  return { segments, addedWords: count("+"), removedWords: count("-"), keptWords: count("=") };
}

/** git's --word-diff=plain notation, for plain terminals and Markdown: [-removed-]{+added+}. */
export function plainWordDiff(diff: WordDiff): string {
  return diff.segments
    .map((s) => (s.op === "=" ? s.text : mark(s.text, s.op === "+" ? ["{+", "+}"] : ["[-", "-]"])))
    .join("");
}

/** Wrap the words of `text` in markers, keeping its leading and trailing whitespace outside them. */
export function mark(text: string, [open, close]: [string, string]): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = "", body = "", trail = ""] = m ?? [];
  return body ? `${lead}${open}${body}${close}${trail}` : text;
}
