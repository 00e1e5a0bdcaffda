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
 * The family's branches that could match somewhere in `text`. A branch stays when it has no gate, when its gate is
 * stale (the lexicon changed since gates.generated.ts was written), or when one of its literals occurs in `text`.
 */
function narrowedBranches(name: PatternName, text: string): string[] {
  const { branches, fingerprint: print } = split(name);
  const entry = GATES[name];
  if (!entry || entry.branches.length !== branches.length || entry.fingerprint !== print) return branches;
  const gates = entry.branches;
  return branches.filter((_, i) => {
    const gate = gates[i];
    return !gate || gate.some((literal) => text.includes(literal));
  });
}

/** The family's source with only the branches that could match somewhere in `text` (see narrowedBranches). */
export function narrowedSource(name: PatternName, text: string): string {
  const kept = narrowedBranches(name, text);
  // A family with nothing left still needs a regex: one that never matches.
  return kept.length ? familySource(kept) : "(?!)";
}

/**
 * V8 leaves out its regex optimizations (quick checks, Boyer-Moore lookahead) for a pattern of more than 20 KB of
 * source (kRegExpTooLargeToOptimize). The blame family crossing that line halved grades per second, so a family
 * whose source is longer than this is compiled as several regexes and matched as one (SplitFamily).
 */
export const MAX_PART_SOURCE = 16_000;

/** What the signal detector needs of a compiled family: a global regex, or a SplitFamily that behaves like one. */
export interface FamilyMatcher {
  lastIndex: number;
  /** The family's source as one regex (a SplitFamily's parts, joined). */
  readonly source: string;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A family's branches spread over several regexes, in order, matched as one alternation: the leftmost match wins,
 * and at the same place the earlier part, which holds the earlier branches, as a single regex's alternation does.
 */
export class SplitFamily implements FamilyMatcher {
  lastIndex = 0;
  constructor(
    readonly parts: readonly RegExp[],
    readonly source: string,
  ) {}

  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const re of this.parts) {
      re.lastIndex = this.lastIndex;
      const m = re.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }
}

/** Consecutive runs of branches whose family source stays within MAX_PART_SOURCE characters. */
export function familyParts(branches: readonly string[]): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let length = 0;
  for (const branch of branches) {
    // "|" between branches; a branch that starts with \b may share its part's boundary, so this overcounts a little.
    if (part.length && length + branch.length + 8 > MAX_PART_SOURCE) {
      parts.push(part);
      part = [];
      length = 0;
    }
    part.push(branch);
    length += branch.length + 8;
  }
  if (part.length) parts.push(part);
  return parts;
}

function compile(branches: readonly string[]): FamilyMatcher {
  if (branches.length === 0) return primed(/(?!)/g);
  const source = familySource(branches);
  if (source.length <= MAX_PART_SOURCE) return primed(new RegExp(source, "g"));
  const parts = familyParts(branches).map((part) => primed(new RegExp(familySource(part), "g")));
  return new SplitFamily(parts, source);
}

const WHOLE: (FamilyMatcher | undefined)[] = new Array(NAMES.length);
const NARROW: ({ text: string; re: FamilyMatcher } | undefined)[] = new Array(NAMES.length);
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
export function familyRegex(name: PatternName, within?: string): FamilyMatcher {
  const id = FAMILY_IDS.get(name) as number;
  const whole = WHOLE[id];
  if (whole) return whole;
  if (within !== undefined) {
    const narrow = NARROW[id];
    if (narrow && narrow.text === within) return narrow.re;
    if ((narrowings[id] as number) < NARROWINGS) {
      narrowings[id] = (narrowings[id] as number) + 1;
      const re = compile(narrowedBranches(name, within));
      NARROW[id] = { text: within, re };
      return re;
    }
  }
  const re = compile(split(name).branches);
  WHOLE[id] = re;
  NARROW[id] = undefined;
  return re;
}
