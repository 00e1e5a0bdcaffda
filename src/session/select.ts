// Which questions a practice session asks. Pure and seeded: the same bank, filters, history, seed and clock
// give the same draw, so `--seed N` reproduces a session exactly.
import { closest, distance } from "fastest-levenshtein";
import type { Category, Difficulty, Loop, Question, Value } from "../bank/schema.js";
import { UsageError } from "../errors.js";

export interface SelectionFilters {
  category?: Category;
  /** Any of these values (a question probing one of them qualifies). */
  values?: Value[];
  /** Any of these tags. */
  tags?: string[];
  /** Any of these difficulties. */
  difficulty?: Difficulty[];
  /** Exactly these questions, in this order. */
  questionIds?: string[];
  /** How many to draw; defaults to DEFAULT_COUNT (ignored for a loop, whose rounds set their own counts). */
  count?: number;
  loop?: Loop;
}

export interface HistoryEntry {
  questionId: string;
  /** ISO time the question was last asked. */
  lastAskedAt: string;
  /** Its latest overall grade, null when it was asked but never graded. */
  lastOverall: number | null;
}

export interface Selection {
  questions: Question[];
  /** Things the candidate should know about the draw, e.g. a loop round that could not be filled. */
  notes: string[];
}

export const DEFAULT_COUNT = 3;
/** An overall below this counts as weak, so the question comes back sooner. */
export const WEAK_OVERALL = 2.5;
/** After this many days a question counts as fully rested. */
export const REST_DAYS = 30;

/** A question id that is in no loaded bank; `suggestion` is the closest known id, if any is close. */
export class UnknownQuestionError extends UsageError {
  constructor(
    readonly questionId: string,
    readonly suggestion?: string,
  ) {
    super(`unknown question "${questionId}"${suggestion ? ` — did you mean "${suggestion}"?` : ""}`);
    this.name = "UnknownQuestionError";
  }
}

/** The filters left nothing to ask; `filter` names the one that emptied the pool. */
export class EmptyPoolError extends UsageError {
  constructor(
    message: string,
    readonly filter: string,
  ) {
    super(message);
    this.name = "EmptyPoolError";
  }
}

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for shuffling and fully reproducible from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Preference score; higher is asked first. Three tiers that never overlap:
 * - never asked: 3
 * - asked and weak (last overall < 2.5): 2 to 2.5, weaker scores higher
 * - everything else (strong, or never graded): 0 to 1 by days since last asked, fully rested after 30 days
 * plus a seeded jitter below 0.25, so ties and near-ties vary with the seed but a tier never jumps another.
 */
export function preferenceScore(entry: HistoryEntry | undefined, now: Date): number {
  if (!entry) return 3;
  if (entry.lastOverall !== null && entry.lastOverall < WEAK_OVERALL) {
    return 2 + ((WEAK_OVERALL - Math.max(1, entry.lastOverall)) / (WEAK_OVERALL - 1)) * 0.5;
  }
  const asked = Date.parse(entry.lastAskedAt);
  const days = Number.isNaN(asked) ? REST_DAYS : (now.getTime() - asked) / 86_400_000;
  return Math.min(1, Math.max(0, days / REST_DAYS));
}

const JITTER = 0.25;

function latestHistory(history: readonly HistoryEntry[]): Map<string, HistoryEntry> {
  const latest = new Map<string, HistoryEntry>();
  for (const h of history) {
    const prev = latest.get(h.questionId);
    if (!prev || Date.parse(h.lastAskedAt) >= Date.parse(prev.lastAskedAt)) latest.set(h.questionId, h);
  }
  return latest;
}

/** Pool sorted best-first by preference with seeded tie-breaking. */
function ranked(pool: readonly Question[], history: Map<string, HistoryEntry>, now: Date, rand: () => number) {
  return pool
    .map((q) => ({ q, score: preferenceScore(history.get(q.id), now) + rand() * JITTER }))
    .sort((a, b) => b.score - a.score || a.q.id.localeCompare(b.q.id))
    .map((r) => r.q);
}

/**
 * Take `count` from a ranked list, spreading across culture values: a first pass takes only questions that
 * bring a value not yet covered, a second pass fills the rest in rank order.
 */
function spread(rankedPool: readonly Question[], count: number): Question[] {
  const picked: Question[] = [];
  const covered = new Set<string>();
  for (const q of rankedPool) {
    if (picked.length >= count) break;
    const values = q.values ?? [];
    if (values.length > 0 && values.every((v) => covered.has(v))) continue;
    picked.push(q);
    for (const v of values) covered.add(v);
  }
  for (const q of rankedPool) {
    if (picked.length >= count) break;
    if (!picked.includes(q)) picked.push(q);
  }
  return picked;
}

interface Criteria {
  category?: Category;
  values?: readonly string[];
  tags?: readonly string[];
  difficulty?: readonly string[];
}

/** Apply criteria one at a time so an empty result can name the filter that emptied the pool. */
function narrow(
  pool: readonly Question[],
  c: Criteria,
): { pool: Question[]; emptiedBy?: { filter: string; trail: string[] } } {
  const { category, difficulty, values, tags } = c;
  const steps: [string, ((q: Question) => boolean) | undefined][] = [
    ["category", category ? (q) => q.category === category : undefined],
    ["difficulty", difficulty?.length ? (q) => !!q.difficulty && difficulty.includes(q.difficulty) : undefined],
    ["values", values?.length ? (q) => (q.values ?? []).some((v) => values.includes(v)) : undefined],
    ["tags", tags?.length ? (q) => (q.tags ?? []).some((t) => tags.includes(t)) : undefined],
  ];
  let current = [...pool];
  const trail: string[] = [];
  for (const [name, test] of steps) {
    if (!test) continue;
    const next = current.filter(test);
    const shown = name === "category" ? c.category : (c[name as "values"] ?? []).join(",");
    trail.push(`${name}=${shown} left ${next.length}`);
    if (next.length === 0) return { pool: [], emptiedBy: { filter: name, trail } };
    current = next;
  }
  return { pool: current };
}

function emptyMessage(where: string, total: number, emptied: { filter: string; trail: string[] }): string {
  return `no questions match${where}: of ${total}, ${emptied.trail.join(", then ")} — loosen --${emptied.filter === "values" ? "value" : emptied.filter === "tags" ? "tag" : emptied.filter}`;
}

function resolveIds(questions: readonly Question[], ids: readonly string[]): Question[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const out: Question[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (!q) {
      const known = [...byId.keys()];
      const near = known.length ? closest(id, known) : undefined;
      // Only suggest what could plausibly be a typo, not the least-bad of unrelated ids.
      const ok = near !== undefined && distance(id, near) <= Math.max(2, Math.floor(id.length / 3));
      throw new UnknownQuestionError(id, ok ? near : undefined);
    }
    if (!out.includes(q)) out.push(q);
  }
  return out;
}

/** Draw the questions for a session. Throws UnknownQuestionError or EmptyPoolError (both UsageErrors). */
export function selectQuestions(
  questions: readonly Question[],
  filters: SelectionFilters,
  history: readonly HistoryEntry[],
  seed: number,
  now: Date,
): Selection {
  if (questions.length === 0) throw new EmptyPoolError("no questions are loaded: check your banks", "bank");
  const rand = mulberry32(seed);
  const latest = latestHistory(history);
  const notes: string[] = [];
  const criteria: Criteria = {
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.values ? { values: filters.values } : {}),
    ...(filters.tags ? { tags: filters.tags } : {}),
    ...(filters.difficulty ? { difficulty: filters.difficulty } : {}),
  };

  if (filters.questionIds?.length) {
    // Named questions are asked as given; other filters still apply (AND) so a mismatch is reported.
    const named = resolveIds(questions, filters.questionIds);
    const { pool, emptiedBy } = narrow(named, criteria);
    if (emptiedBy)
      throw new EmptyPoolError(emptyMessage(" the named questions", named.length, emptiedBy), emptiedBy.filter);
    const dropped = named.filter((q) => !pool.includes(q)).map((q) => q.id);
    if (dropped.length) notes.push(`skipped ${dropped.join(", ")}: filtered out by the other options`);
    return { questions: filters.count ? pool.slice(0, filters.count) : pool, notes };
  }

  if (filters.loop) {
    const picked: Question[] = [];
    filters.loop.rounds.forEach((round, i) => {
      const label = round.title ?? `round ${i + 1}`;
      const available = questions.filter((q) => !picked.includes(q));
      const roundCriteria: Criteria = {
        category: round.category,
        values: round.values ?? criteria.values,
        tags: round.tags ?? criteria.tags,
        difficulty: round.difficulty ?? criteria.difficulty,
      };
      if (criteria.category && criteria.category !== round.category) return;
      const { pool, emptiedBy } = narrow(available, roundCriteria);
      if (emptiedBy) {
        notes.push(`${label}: ${emptyMessage("", available.length, emptiedBy)}`);
        return;
      }
      const drawn = spread(ranked(pool, latest, now, rand), round.count);
      if (drawn.length < round.count)
        notes.push(`${label}: only ${drawn.length} of ${round.count} questions available`);
      picked.push(...drawn);
    });
    if (picked.length === 0) {
      throw new EmptyPoolError(
        `loop ${filters.loop.id} drew no questions${criteria.category ? ` (category=${criteria.category} matches none of its rounds)` : ""}${notes.length ? `: ${notes.join("; ")}` : ""}`,
        criteria.category ? "category" : "loop",
      );
    }
    return { questions: picked, notes };
  }

  // No category given: a short mixed behavioral session is the default, like a hiring-manager screen.
  const unfiltered = !criteria.category && !criteria.values && !criteria.tags && !criteria.difficulty;
  const base = unfiltered ? { category: "behavioral" as const } : criteria;
  const { pool, emptiedBy } = narrow(questions, base);
  if (emptiedBy) throw new EmptyPoolError(emptyMessage("", questions.length, emptiedBy), emptiedBy.filter);
  const count = filters.count ?? DEFAULT_COUNT;
  const drawn = spread(ranked(pool, latest, now, rand), count);
  if (drawn.length < count) notes.push(`only ${drawn.length} of ${count} questions match`);
  return { questions: drawn, notes };
}
