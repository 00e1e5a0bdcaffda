// What the candidate has been asked before and how it went: the input to question selection.
import type { SessionState } from "./replay.js";
import type { HistoryEntry } from "./select.js";

export function historyFrom(states: readonly SessionState[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const s of states) {
    for (const q of s.questions) {
      if (q.answers.length === 0) continue;
      const grade = q.grades.at(-1);
      out.push({
        questionId: q.questionId,
        lastAskedAt: q.shownAt ?? s.startedAt ?? s.lastAt ?? new Date(0).toISOString(),
        lastOverall: grade ? grade.overall : null,
      });
    }
  }
  return out;
}
