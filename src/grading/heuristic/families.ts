// How a lexicon pattern family becomes one compiled regex, and how a one-shot grade avoids compiling most of it.
//
// Compiling the families is the largest single cost of `netprep grade` after loading code: about 60 KB of regex
// source. But each top-level branch of a family names literal text that every match must contain ("took credit
// for", "fault"), listed per branch in gates.generated.ts. A branch whose literals appear nowhere in the answer
// cannot match any sentence of it, so the regex compiled for that answer leaves the branch out: it finds exactly
// what the whole family finds, at the same places, for a fifth to a third of the compile.
//
// A process that grades many answers compiles each family whole, and the same literals then pay at match time: the
// family is compiled as small parts, each gated by its branches' literals, and on each sentence only the parts whose
// literals occur in it run (one Aho-Corasick pass per sentence finds them all, see liveGates).
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
  /** Whether `exec` can skip parts given the text's live gates (see liveGates). */
  readonly gated?: boolean;
  /** The next match in `text` from lastIndex; `live`, the live gates of `text`, lets a gated family skip parts. */
  exec(text: string, live?: LiveGates): RegExpExecArray | null;
}

/**
 * A family's branches spread over several regexes, in order, matched as one alternation: the leftmost match wins,
 * and at the same place the earlier part, which holds the earlier branches, as a single regex's alternation does.
 * A gated family's parts hold consecutive slots from `firstSlot` on; given a text's live gates, a part whose slot is
 * shut is skipped: none of its literals is in the text, so no match of it can be either.
 */
export class SplitFamily implements FamilyMatcher {
  lastIndex = 0;
  readonly gated: boolean;
  constructor(
    readonly parts: readonly RegExp[],
    readonly source: string,
    readonly firstSlot = -1,
  ) {
    this.gated = firstSlot >= 0;
  }

  exec(text: string, live?: LiveGates): RegExpExecArray | null {
    const from = this.lastIndex;
    const parts = this.parts;
    const gates = this.gated ? live : undefined;
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < parts.length; i++) {
      if (gates) {
        // On to the next open slot: the rest of a shut word is skipped at once.
        const slot = this.firstSlot + i;
        const open = (gates[slot >> 4] as number) >>> (slot & 15);
        if (open === 0) {
          i += 15 - (slot & 15);
          continue;
        }
        i += 31 - Math.clz32(open & -open);
        if (i >= parts.length) break;
      }
      const re = parts[i] as RegExp;
      re.lastIndex = from;
      const m = re.exec(text);
      if (m && (!best || m.index < best.index)) {
        best = m;
        // Nothing can start earlier, and a later part loses a tie.
        if (m.index === from) break;
      }
    }
    this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }
}

/** Consecutive runs of branches whose family source stays within `max` characters. */
export function familyParts(branches: readonly string[], max = MAX_PART_SOURCE): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let length = 0;
  for (const branch of branches) {
    // "|" between branches; a branch that starts with \b may share its part's boundary, so this overcounts a little.
    if (part.length && length + branch.length + 8 > max) {
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

/**
 * Source characters per part of a family compiled whole: a few short branches or one long one. A small part has few
 * literals, so most sentences skip it, but each part that does run is one more pass over the sentence. On labelled
 * answers, parts of 100 to 400 characters spent a tenth to a fifth less time in regexes than parts of 2,000; one part
 * per branch was no better.
 */
export const GATED_PART_SOURCE = 250;

/** A run of a family's branches and the literals one of which every match of it contains (null: run it always). */
interface GatedPart {
  branches: string[];
  literals: readonly string[] | null;
}

/** The family in parts of about GATED_PART_SOURCE characters, each gated by its branches' literals. */
export function gatedParts(name: PatternName): GatedPart[] {
  const { branches, fingerprint: print } = split(name);
  const entry = GATES[name];
  // Stale gates promise nothing: the family runs whole, in as few parts as V8 optimizes.
  if (!entry || entry.branches.length !== branches.length || entry.fingerprint !== print)
    return familyParts(branches).map((part) => ({ branches: part, literals: null }));
  const gates = entry.branches;
  let at = 0;
  return familyParts(branches, GATED_PART_SOURCE).map((part) => {
    const literals = new Set<string>();
    let gated = true;
    for (let i = 0; i < part.length; i++) {
      const gate = gates[at + i];
      // An empty literal is in every sentence.
      if (!gate || gate.some((literal) => literal === "")) gated = false;
      else for (const literal of gate) literals.add(literal);
    }
    at += part.length;
    return { branches: part, literals: gated ? [...literals] : null };
  });
}

/**
 * A text's live gates: bit `slot & 15` of word `slot >> 4` is set when the part with that slot could match in it.
 * Sixteen bits a word keep every word a small integer, so the set is a plain packed array, cheap to make per sentence.
 */
export type LiveGates = number[];

/**
 * Aho-Corasick over every gate literal of every family: one pass over a sentence finds every literal in it. The
 * transitions form a table over the characters the literals use, filled in as scans first need them: all the
 * labelled answers together reach fewer than a tenth of its ~480,000 cells, so building it whole would be waste.
 */
class LiteralMatcher {
  /** Character code to column; 0 for a character no literal contains. */
  private readonly columns = new Uint16Array(0x10000);
  private readonly width: number;
  /** `state * width + column` to the next state, plus one; 0 until first needed. */
  private readonly next: Int32Array;
  /** A state's longest proper suffix that is a trie state. */
  private readonly fail: Int32Array;
  /** The nearest state on the suffix chain (itself included) where a literal ends, or 0 (the root: none). */
  private readonly reports: Int32Array;
  /** The literal (its index) that ends at a state, or -1. */
  private readonly ends: Int32Array;
  /** Per literal, the gates it opens, as (word, bits) pairs: pairs[start[literal]] up to start[literal + 1]. */
  private readonly start: Int32Array;
  private readonly pairs: Int32Array;
  /** The slots of parts with no gate, open in every text. */
  private readonly always: LiveGates;

  constructor(literalSlots: ReadonlyMap<string, readonly number[]>, always: LiveGates) {
    this.always = always;
    // Sorted, each literal shares its trie path with the one before for as long as their prefixes agree: the trie
    // is built in one pass with no lookups.
    const literals = [...literalSlots.keys()].sort();
    const columns = this.columns;
    let width = 1;
    let size = 1;
    for (const literal of literals) {
      size += literal.length;
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (!columns[c]) columns[c] = width++;
      }
    }
    this.width = width;
    // The trie: each node's edge column, first child and next sibling, and the literal that ends there (-1: none).
    const column = new Int32Array(size);
    const firstChild = new Int32Array(size);
    const sibling = new Int32Array(size);
    const literalAt = new Int32Array(size).fill(-1);
    const path = [0];
    let nodes = 1;
    let previous = "";
    literals.forEach((literal, index) => {
      let shared = 0;
      while (shared < literal.length && shared < previous.length && literal[shared] === previous[shared]) shared++;
      path.length = shared + 1;
      for (let i = shared; i < literal.length; i++) {
        const parent = path[i] as number;
        const node = nodes++;
        column[node] = columns[literal.charCodeAt(i)] as number;
        sibling[node] = firstChild[parent] as number;
        firstChild[parent] = node;
        path.push(node);
      }
      literalAt[path[literal.length] as number] = index;
      previous = literal;
    });
    // States are the trie's nodes numbered breadth first: the shallow ones, where a scan spends most of its time,
    // share a corner of the table. A state's failure state is shallower, so its edges are in place before they are
    // needed to work out the failure states of the next depth.
    const next = new Int32Array(nodes * width);
    const fail = new Int32Array(nodes);
    const reports = new Int32Array(nodes);
    const ends = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    this.next = next;
    this.fail = fail;
    this.reports = reports;
    let queued = 1;
    for (let state = 0; state < queued; state++) {
      const node = queue[state] as number;
      ends[state] = literalAt[node] as number;
      reports[state] = (ends[state] as number) >= 0 ? state : (reports[fail[state] as number] as number);
      for (let child = firstChild[node] as number; child; child = sibling[child] as number) {
        next[state * width + (column[child] as number)] = queued + 1;
        fail[queued] = state === 0 ? 0 : this.step(fail[state] as number, column[child] as number);
        queue[queued++] = child;
      }
      // The root goes back to itself on any character that starts no literal, so every other missing cell can be
      // worked out from a shorter suffix.
      if (state === 0) for (let c = 0; c < width; c++) if (!next[c]) next[c] = 1;
    }
    this.ends = ends;
    const start = new Int32Array(literals.length + 1);
    const pairs: number[] = [];
    literals.forEach((literal, index) => {
      start[index] = pairs.length;
      for (const v of gateBits(literalSlots.get(literal) as number[])) pairs.push(v);
    });
    start[literals.length] = pairs.length;
    this.start = start;
    this.pairs = new Int32Array(pairs);
  }

  /** The state after `state` on `column`: a trie edge, or else the failure state's, remembered on first use. */
  private step(state: number, column: number): number {
    const cell = state * this.width + column;
    let to = this.next[cell] as number;
    if (!to) {
      to = this.step(this.fail[state] as number, column) + 1;
      this.next[cell] = to;
    }
    return to - 1;
  }

  /** Which gated parts could match somewhere in `text`: those with one of their literals in it. */
  scan(text: string): LiveGates {
    const { columns, width, next, fail, reports, ends, start, pairs } = this;
    const live = this.always.slice();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const column = columns[text.charCodeAt(i)] as number;
      const to = next[state * width + column] as number;
      state = to ? to - 1 : this.step(state, column);
      for (let at = reports[state] as number; at; at = reports[fail[at] as number] as number) {
        const literal = ends[at] as number;
        const end = start[literal + 1] as number;
        for (let k = start[literal] as number; k < end; k += 2)
          live[pairs[k] as number] = (live[pairs[k] as number] as number) | (pairs[k + 1] as number);
      }
    }
    return live;
  }
}

/** Slots as (word, bits) pairs of a live set, one pair a word. */
function gateBits(slots: readonly number[]): number[] {
  const pairs: number[] = [];
  for (const slot of slots) {
    const word = slot >> 4;
    let k = 0;
    while (k < pairs.length && pairs[k] !== word) k += 2;
    if (k === pairs.length) pairs.push(word, 0);
    pairs[k + 1] = (pairs[k + 1] as number) | (1 << (slot & 15));
  }
  return pairs;
}

/** Every family's gated parts, the slot of each family's first part (the rest follow it), and the literal matcher. */
interface GateLayout {
  parts: GatedPart[][];
  firstSlots: number[];
  matcher: LiteralMatcher;
}
let layout: GateLayout | undefined;
/** Built when the first family is compiled whole: a one-shot grade never pays for it. */
function gateLayout(): GateLayout {
  if (layout) return layout;
  const literalSlots = new Map<string, number[]>();
  const always: LiveGates = [];
  const parts = NAMES.map(gatedParts);
  const firstSlots: number[] = [];
  let slot = 0;
  for (const family of parts) {
    firstSlots.push(slot);
    for (const { literals } of family) {
      if (slot % 16 === 0) always.push(0);
      if (!literals) always[slot >> 4] = (always[slot >> 4] as number) | (1 << (slot & 15));
      for (const literal of literals ?? []) {
        const list = literalSlots.get(literal);
        if (list) list.push(slot);
        else literalSlots.set(literal, [slot]);
      }
      slot++;
    }
  }
  layout = { parts, firstSlots, matcher: new LiteralMatcher(literalSlots, always) };
  return layout;
}

/** Which gated parts could match somewhere in `text`: those with one of their literals in it. */
export function liveGates(text: string): LiveGates {
  return gateLayout().matcher.scan(text);
}

/** The family compiled whole, as gated parts (see liveGates). */
function compileGated(name: PatternName): FamilyMatcher {
  const { parts, firstSlots } = gateLayout();
  const id = FAMILY_IDS.get(name) as number;
  const regexes = (parts[id] as GatedPart[]).map(({ branches }) => primed(new RegExp(familySource(branches), "g")));
  return new SplitFamily(regexes, familySource(split(name).branches), firstSlots[id]);
}

const UNGATED: (FamilyMatcher | undefined)[] = new Array(NAMES.length);
/**
 * The family compiled whole, in as few regexes as V8 optimizes, for a text as long as a whole answer: finding the
 * gates such a text opens costs twice what running the family as one regex does.
 */
export function ungatedRegex(name: PatternName): FamilyMatcher {
  const id = FAMILY_IDS.get(name) as number;
  let re = UNGATED[id];
  if (!re) {
    re = compile(split(name).branches);
    UNGATED[id] = re;
  }
  return re;
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
  const re = compileGated(name);
  WHOLE[id] = re;
  NARROW[id] = undefined;
  return re;
}
