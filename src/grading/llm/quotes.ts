// Evidence must be real: a model quote counts only if it occurs in the answer, up to whitespace, case,
// quote style and dashes. Pure.

/** Shorter than this, a "quote" ("I", "the team") proves nothing. */
const MIN_WORDS = 3;

export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

/** Quote marks and sentence punctuation a model tends to add or drop around a quote. */
function trimQuote(text: string): string {
  return text.replace(/^[\s"'.,;:!?…-]+|[\s"'.,;:!?…-]+$/g, "");
}

/**
 * Whether the quote occurs in the answer. An elided quote ("I skipped ... cost us a day") counts when each
 * part occurs, in order.
 */
export function quoteOccurs(quote: string, answer: string): boolean {
  const haystack = normalizeForMatch(answer);
  const parts = normalizeForMatch(quote)
    .split(/\s*(?:\.\.\.|\[\.\.\.\])\s*/)
    .map(trimQuote)
    .filter((p) => p.length > 0);
  const words = parts.join(" ").split(" ").filter(Boolean).length;
  if (parts.length === 0 || words < MIN_WORDS) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

export function verifyQuotes(quotes: readonly string[], answer: string): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const q of quotes) (quoteOccurs(q, answer) ? kept : dropped).push(q);
  return { kept: [...new Set(kept)], dropped };
}
