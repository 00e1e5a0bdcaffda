// Strip what identifies people before an answer leaves the machine: emails, phone numbers and the names
// the user listed in config. Pure; the grade is then computed on (and quotes checked against) the redacted
// text, because that is what the model saw.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A run of digits with phone-style separators; the digit count decides (see isPhone), so years, version
// numbers and "10,000 rps" survive.
const PHONE_CANDIDATE = /(?<![\w.,/])(?:\+\s?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{1,8}){1,5}(?![\w,/]|\.\d)/g;

function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, "").length;
  const groups = match.split(/[\s.()-]+/).filter(Boolean);
  // Two 4-digit groups ("2019 2020", "2019-2020") are years, not a number to dial.
  if (groups.length === 2 && groups.every((g) => g.length === 4)) return false;
  if (match.trim().startsWith("+")) return digits >= 8 && digits <= 15;
  return digits >= 10 && digits <= 15;
}

export interface Redaction {
  text: string;
  /** How many of each were replaced; shown to the user, never the values. */
  counts: { emails: number; phones: number; names: number };
}

export function redact(text: string, names: readonly string[] = []): Redaction {
  const counts = { emails: 0, phones: 0, names: 0 };
  let out = text.replace(EMAIL, () => {
    counts.emails++;
    return "[email]";
  });
  out = out.replace(PHONE_CANDIDATE, (m) => {
    if (!isPhone(m)) return m;
    counts.phones++;
    return "[phone]";
  });
  // Longest first, so "Ana Lima" goes before "Ana".
  const sorted = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const words = name.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
    out = out.replace(re, () => {
      counts.names++;
      return "[name]";
    });
  }
  return { text: out, counts };
}
