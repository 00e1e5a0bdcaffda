// Which questions an interview loop's rounds can draw: used by validation, listing and practice.
import type { Loop, LoopRound, Question } from "./schema.js";

export function roundMatches(round: LoopRound, q: Question): boolean {
  return (
    q.category === round.category &&
    (!round.values || round.values.some((v) => q.values?.includes(v))) &&
    (!round.tags || round.tags.some((t) => q.tags?.includes(t))) &&
    (!round.difficulty || (q.difficulty !== undefined && round.difficulty.includes(q.difficulty)))
  );
}

/** Whether any round of the loop could draw this question. */
export function loopDrawsFrom(loop: Loop, q: Question): boolean {
  return loop.rounds.some((r) => roundMatches(r, q));
}
