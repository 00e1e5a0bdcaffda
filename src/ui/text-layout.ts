// Pure text geometry for the answer editor and the renderers: word wrap that remembers where each visual
// row sits in the text, so the cursor can be drawn and moved without touching the terminal.

/** One visual row of wrapped text: text.slice(start, end), never containing a newline. */
export interface VisualRow {
  start: number;
  end: number;
  /** True when the row ends its logical line (the next character, if any, is a newline). */
  lineEnd: boolean;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Wrap text into rows of at most `width` characters, breaking after spaces where possible and hard-breaking
 * words longer than a row. Columns are UTF-16 units; wide characters (CJK, emoji) are not measured.
 */
export function layoutRows(text: string, width: number): VisualRow[] {
  const w = Math.max(1, Math.floor(width));
  const rows: VisualRow[] = [];
  let lineStart = 0;
  while (true) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let s = lineStart;
    if (s === lineEnd) rows.push({ start: s, end: s, lineEnd: true });
    while (s < lineEnd) {
      if (lineEnd - s <= w) {
        rows.push({ start: s, end: lineEnd, lineEnd: true });
        break;
      }
      // The space stays on the row it ends, so offsets stay contiguous and the row is still <= w wide.
      const space = text.lastIndexOf(" ", s + w - 1);
      let end = space >= s ? space + 1 : s + w;
      if (end === s) end = s + w;
      if (end - s > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      rows.push({ start: s, end, lineEnd: false });
      s = end;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return rows;
}

/** Which row and column a cursor offset falls on. An offset at a soft wrap belongs to the next row. */
export function locateCursor(rows: readonly VisualRow[], offset: number): { row: number; col: number } {
  let lo = 0;
  let hi = rows.length - 1;
  // Binary search for the last row whose start <= offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const row = rows[mid];
    if (row && row.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const row = rows[lo];
  if (!row) return { row: 0, col: 0 };
  return { row: lo, col: Math.min(offset, row.end) - row.start };
}

/** The offset at (row, col), clamped so the cursor stays on that row. */
export function offsetAt(rows: readonly VisualRow[], rowIndex: number, col: number): number {
  const row = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
  if (!row) return 0;
  // On a soft-wrapped row the end offset is the next row's start, so the last reachable column is end - 1.
  const maxCol = row.lineEnd ? row.end - row.start : Math.max(0, row.end - row.start - 1);
  return row.start + Math.max(0, Math.min(col, maxCol));
}

/** Word-wrap plain text into lines no wider than `width`, trimming the spaces a break leaves behind. */
export function wrapText(text: string, width: number): string[] {
  return layoutRows(text, width).map((row) => text.slice(row.start, row.end).trimEnd());
}

/** Cut a single line to `width` characters, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (text.length <= width) return text;
  if (width === 1) return "…";
  return `${text.slice(0, width - 1).trimEnd()}…`;
}

/** Words in an answer, the way a reader would count them. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}
