// Checks that need every loaded bank at once: unique ids, references that resolve, loops that can
// be drawn, near-duplicate prompts. Pure: takes parsed banks, returns problems.
import { distance } from "fastest-levenshtein";
import { followUpParts } from "./format.js";
import { roundMatches } from "./loops.js";
import type { ParsedBank } from "./parse.js";
import { didYouMean, type Problem } from "./problems.js";
import type { Category, Loop, Question, Rubric } from "./schema.js";

export interface Located<T> {
  item: T;
  parsed: ParsedBank;
  index: number;
}

export interface Catalogue {
  questions: Located<Question>[];
  rubrics: Located<Rubric>[];
  loops: Located<Loop>[];
}

export function catalogue(banks: readonly ParsedBank[]): Catalogue {
  const out: Catalogue = { questions: [], rubrics: [], loops: [] };
  for (const parsed of banks) {
    const bank = parsed.bank;
    if (!bank) continue;
    for (const [index, item] of (bank.questions ?? []).entries()) out.questions.push({ item, parsed, index });
    for (const [index, item] of (bank.rubrics ?? []).entries()) out.rubrics.push({ item, parsed, index });
    for (const [index, item] of (bank.loops ?? []).entries()) out.loops.push({ item, parsed, index });
  }
  return out;
}

/** Default rubric per category, from the rubrics' `defaultFor`. The first claim wins. */
export function defaultRubrics(rubrics: readonly Rubric[]): Map<Category, Rubric> {
  const map = new Map<Category, Rubric>();
  for (const r of rubrics) for (const c of r.defaultFor ?? []) if (!map.has(c)) map.set(c, r);
  return map;
}

/** `reported` says which files' problems anyone will see; others are not located (that costs a parse). */
export function lintCatalogue(cat: Catalogue, reported: (file: string) => boolean = () => true): Problem[] {
  const problems: Problem[] = [];
  const report = (
    at: Located<unknown>,
    path: (string | number)[],
    severity: Problem["severity"],
    rule: string,
    message: string,
  ) => {
    if (!reported(at.parsed.file)) return;
    const section = sectionOf(at);
    const pos = at.parsed.locate([section, at.index, ...path]);
    problems.push({ file: at.parsed.file, ...pos, severity, rule, message });
  };
  const where = (at: Located<unknown>) => {
    const pos = at.parsed.locate([sectionOf(at), at.index, "id"]);
    return `${at.parsed.file}:${pos.line}:${pos.col}`;
  };

  for (const [kind, list] of [
    ["question", cat.questions],
    ["rubric", cat.rubrics],
    ["loop", cat.loops],
  ] as const) {
    const seen = new Map<string, Located<{ id: string }>>();
    for (const entry of list as Located<{ id: string }>[]) {
      const first = seen.get(entry.item.id);
      if (first)
        report(
          entry,
          ["id"],
          "error",
          "duplicate-id",
          `duplicate ${kind} id "${entry.item.id}" (first at ${where(first)})`,
        );
      else seen.set(entry.item.id, entry);
    }
  }

  const rubricById = new Map(cat.rubrics.map((r) => [r.item.id, r.item]));
  const defaults = new Map<Category, Located<Rubric>>();
  for (const r of cat.rubrics) {
    const dims = new Set<string>();
    r.item.dimensions.forEach((d, i) => {
      if (dims.has(d.id))
        report(
          r,
          ["dimensions", i, "id"],
          "error",
          "duplicate-id",
          `rubric "${r.item.id}": duplicate dimension "${d.id}"`,
        );
      dims.add(d.id);
    });
    for (const c of r.item.defaultFor ?? []) {
      const first = defaults.get(c);
      if (first)
        report(
          r,
          ["defaultFor"],
          "error",
          "ambiguous-default",
          `rubric "${r.item.id}" and rubric "${first.item.id}" (${where(first)}) are both the default for ${c}; keep one`,
        );
      else defaults.set(c, r);
    }
  }

  for (const q of cat.questions) {
    const { item } = q;
    let rubric: Rubric | undefined;
    if (item.rubric) {
      rubric = rubricById.get(item.rubric);
      if (!rubric) {
        const hint = didYouMean(item.rubric, rubricById.keys(), distance);
        report(
          q,
          ["rubric"],
          "error",
          "unknown-reference",
          `question "${item.id}": no rubric "${item.rubric}"${hint ? ` (did you mean "${hint}"?)` : ` (known: ${[...rubricById.keys()].join(", ") || "none loaded"})`}`,
        );
      }
    } else {
      rubric = defaults.get(item.category)?.item;
      if (!rubric && cat.rubrics.length > 0)
        report(
          q,
          ["category"],
          "error",
          "unknown-reference",
          `question "${item.id}": no rubric grades ${item.category} questions; add \`rubric:\` or a rubric with \`defaultFor: [${item.category}]\``,
        );
    }
    if (!rubric) continue;
    const dims = rubric.dimensions.map((d) => d.id);
    item.followUps?.forEach((f, i) => {
      const { dimension } = followUpParts(f);
      if (dimension && !dims.includes(dimension)) {
        const hint = didYouMean(dimension, dims, distance);
        report(
          q,
          ["followUps", i, "dimension"],
          "error",
          "unknown-reference",
          `question "${item.id}": follow-up dimension "${dimension}" is not in rubric "${rubric.id}"${hint ? ` (did you mean "${hint}"?)` : ` (its dimensions: ${dims.join(", ")})`}`,
        );
      }
    });
  }

  for (const l of cat.loops) {
    l.item.rounds.forEach((round, i) => {
      const pool = cat.questions.filter((q) => roundMatches(round, q.item));
      if (pool.length < round.count)
        report(
          l,
          ["rounds", i],
          "warning",
          "loop-pool",
          `loop "${l.item.id}" round ${i + 1} draws ${round.count} ${round.category} question(s) but only ${pool.length} match its filters`,
        );
    });
  }

  for (const [a, b] of nearDuplicatePrompts(cat.questions.map((q) => q.item.prompt))) {
    const qa = cat.questions[a] as Located<Question>;
    const qb = cat.questions[b] as Located<Question>;
    report(
      qb,
      ["prompt"],
      "warning",
      "near-duplicate",
      `question "${qb.item.id}" reads almost the same as "${qa.item.id}" (${where(qa)}); reword one or merge them`,
    );
  }
  return problems;
}

function sectionOf(at: Located<unknown>): "questions" | "rubrics" | "loops" {
  const item = at.item as object;
  if ("prompt" in item) return "questions";
  if ("dimensions" in item) return "rubrics";
  return "loops";
}

const STOPWORDS = new Set(
  "the a an and or but of to in on at for with about from by as is are was were be been it its this that these those you your yours me my i we our us they them their what which who whom how why when where did do does have has had tell time can could would will should".split(
    " ",
  ),
);

function tokens(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)))];
}

/**
 * Pairs of prompts whose word sets overlap with Jaccard ≥ threshold, in near-linear time (a plain
 * all-pairs check is quadratic and slow at 10,000 prompts). This is PPJoin: words are ordered
 * rarest first; two similar sets must share a word in their short prefixes (prefix filter), sets of
 * very different sizes cannot be similar (length filter), and a shared word found late in both
 * prefixes leaves too few words to reach the needed overlap (positional filter).
 */
export function nearDuplicatePrompts(prompts: readonly string[], threshold = 0.8): [number, number][] {
  const sets = prompts.map(tokens);
  const freq = new Map<string, number>();
  for (const s of sets) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
  const index = new Map<string, { id: number; pos: number }[]>();
  const pairs: [number, number][] = [];
  for (const [i, set] of sets.entries()) {
    if (set.length < 4) continue;
    set.sort((x, y) => (freq.get(x) ?? 0) - (freq.get(y) ?? 0) || (x < y ? -1 : 1));
    const size = set.length;
    const prefix = size - Math.ceil(threshold * size) + 1;
    const candidates = new Set<number>();
    for (let p = 0; p < prefix; p++) {
      for (const { id, pos } of index.get(set[p] as string) ?? []) {
        const other = (sets[id] as string[]).length;
        if (other < threshold * size || candidates.has(id)) continue;
        const needed = Math.ceil((threshold / (1 + threshold)) * (size + other));
        if (1 + Math.min(size - p - 1, other - pos - 1) >= needed) candidates.add(id);
      }
    }
    const mine = new Set(set);
    for (const j of candidates) {
      const other = sets[j] as string[];
      let shared = 0;
      for (const t of other) if (mine.has(t)) shared++;
      if (shared / (size + other.length - shared) >= threshold) pairs.push([j, i]);
    }
    for (let p = 0; p < prefix; p++) {
      const token = set[p] as string;
      const list = index.get(token);
      if (list) list.push({ id: i, pos: p });
      else index.set(token, [{ id: i, pos: p }]);
    }
  }
  return pairs;
}
