// How a lexicon pattern family becomes one compiled regex, and how a one-shot grade avoids compiling most of it.
//
// Compiling the families is the largest single cost of `netprep grade` after loading code: about 60 KB of regex
// source. But each top-level branch of a family names literal text that every match must contain ("took credit
// for", "fault"), listed per branch in gates.generated.ts. A branch whose literals appear nowhere in the answer
// cannot match any sentence of it, so the regex compiled for that answer leaves the branch out: it finds exactly
// what the whole family finds, at the same places, for a fifth to a third of the compile.
import { GATES } from "./gates.generated.js";
import { PATTERNS, type PatternName } from "./lexicon.js";

/**
 * A regex of 2,000 characters or more is a ~10 ms compile for a one-shot `netprep grade` if V8 first builds its
 * bytecode and then tiers up; one run on a subject of 1,000+ characters makes V8 compile it to machine code
 * directly (about a fifth of the cost). Patterns compile on first use, so unused families cost nothing.
 */
const PRIMER = " ".repeat(1000);
export function primed(re: RegExp): RegExp {
  re.lastIndex = 0;
  re.exec(PRIMER);
  re.lastIndex = 0;
  return re;
}

/** Escapes, character classes (whole), and the characters that open, close or split a group. */
const REGEX_TOKEN = /\\.|\[(?:\\.|[^\]\\])*\]|[()|]/g;

/** The top-level alternatives of a regex source (splits on `|` outside groups, classes and escapes). */
export function topLevelBranches(source: string): string[] {
  // Token jumps rather than a character loop: this runs on every family when `netprep grade` starts.
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (const m of source.matchAll(REGEX_TOKEN)) {
    const t = m[0];
    if (t === "(") depth++;
    else if (t === ")") depth--;
    else if (t === "|" && depth === 0) {
      out.push(source.slice(from, m.index));
      from = m.index + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * One regex for a pattern family. Neighbouring alternatives that start at a word boundary share one boundary written
 * in front (`\b(?:a|b)` matches exactly what `\ba|\bb` does, in the same order): V8 then tests it once per position
 * instead of once per alternative, which made the families about a fifth faster on labelled answers.
 */
export function familySource(patterns: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) parts.push(`\\b(?:${run.join("|")})`);
    run = [];
  };
  for (const branch of patterns.flatMap(topLevelBranches)) {
    if (branch.startsWith("\\b")) run.push(branch.slice(2));
    else {
      flush();
      parts.push(`(?:${branch})`);
    }
  }
  flush();
  return parts.join("|");
}

/** FNV-1a over a family's source: gates derived from other source are never trusted. */
export function fingerprint(patterns: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x7c, 0x01000193); // "|" between patterns
  }
  return h >>> 0;
}

const NAMES = Object.keys(PATTERNS) as PatternName[];
export const FAMILY_IDS = new Map<string, number>(NAMES.map((n, i) => [n, i]));
export const FAMILY_COUNT = NAMES.length;
/** A family's top-level branches and the fingerprint of its source, worked out once per process. */
const SPLIT: ({ branches: string[]; fingerprint: number } | undefined)[] = new Array(NAMES.length);
function split(name: PatternName): { branches: string[]; fingerprint: number } {
  const id = FAMILY_IDS.get(name) as number;
  let entry = SPLIT[id];
  if (!entry) {
    const patterns = PATTERNS[name] as readonly string[];
    entry = { branches: patterns.flatMap(topLevelBranches), fingerprint: fingerprint(patterns) };
    SPLIT[id] = entry;
  }
  return entry;
}

/**
 * The family's source with only the branches that could match somewhere in `text`. A branch stays when it has no
 * gate, when its gate is stale (the lexicon changed since gates.generated.ts was written), or when one of its
 * literals occurs in `text`.
 */
export function narrowedSource(name: PatternName, text: string): string {
  const { branches, fingerprint: print } = split(name);
  const entry = GATES[name];
  if (!entry || entry.branches.length !== branches.length || entry.fingerprint !== print) return familySource(branches);
  const gates = entry.branches;
  const kept = branches.filter((_, i) => {
    const gate = gates[i];
    return !gate || gate.some((literal) => text.includes(literal));
  });
  // A family with nothing left still needs a regex: one that never matches.
  return kept.length ? familySource(kept) : "(?!)";
}

const WHOLE: (RegExp | undefined)[] = new Array(NAMES.length);
const NARROW: ({ text: string; re: RegExp } | undefined)[] = new Array(NAMES.length);
const narrowings = new Uint8Array(NAMES.length);
/**
 * A process that grades many answers (the fitter, `validate --self-test`, the bench) is better served by compiling
 * each family once in full; narrowing pays only for the first few answers a process sees.
 */
const NARROWINGS = 3;

/**
 * The compiled family to search `text` (or any part of it) with. `within` is the whole normalized answer the text
 * came from, when known: the regex may then be narrowed to that answer.
 */
export function familyRegex(name: PatternName, within?: string): RegExp {
  const id = FAMILY_IDS.get(name) as number;
  const whole = WHOLE[id];
  if (whole) return whole;
  if (within !== undefined) {
    const narrow = NARROW[id];
    if (narrow && narrow.text === within) return narrow.re;
    if ((narrowings[id] as number) < NARROWINGS) {
      narrowings[id] = (narrowings[id] as number) + 1;
      const re = primed(new RegExp(narrowedSource(name, within), "g"));
      NARROW[id] = { text: within, re };
      return re;
    }
  }
  const re = primed(new RegExp(familySource(split(name).branches), "g"));
  WHOLE[id] = re;
  NARROW[id] = undefined;
  return re;
}
