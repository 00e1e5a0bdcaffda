// A rebuildable index of session digests, so `review` and `review --progress` need not read and validate every
// session file on each run. Keyed by file path, trusted only while the file's size and mtime are unchanged;
// the session files stay the source of truth and deleting the index only costs one slow run.
import { readFileSync, type Stats, statSync } from "node:fs";
import { basename, relative } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { digestSession, type SessionDigest } from "./progress.js";
import { replay } from "./replay.js";
import { idFromFileName, type ReadProblem, readSession } from "./store.js";

/** Bump when SessionDigest or the statistics behind it change, so old entries are recomputed. */
export const DIGEST_VERSION = 1;
export const INDEX_FILE = "review-index.json";

interface Entry {
  size: number;
  mtimeMs: number;
  digest: SessionDigest;
}

interface IndexFile {
  version: number;
  entries: Record<string, Entry>;
}

/** Read and replay one session file into its digest. Never throws for bad content, only for I/O errors. */
export function readDigest(file: string): SessionDigest {
  const read = readSession(file);
  const problems = groupProblems(read.problems);
  if (read.tornTail) problems.push("last line cut off (a crash while writing?); ignored");
  const state = replay(read.events);
  const id = idFromFileName(file) ?? state.id ?? "?";
  const digest = digestSession(state, { id, file, problems, damaged: read.damaged });
  // A damaged file still has its start time in its name; the listing keeps it in place with a date.
  if (!digest.startedAt) {
    const fromName = startedFromName(file);
    if (fromName) digest.startedAt = fromName;
  }
  return digest;
}

/** "lines 1, 2, 3 and 4 more: <reason>": one entry per distinct reason, so a whole bad file reads as one problem. */
export function groupProblems(problems: readonly ReadProblem[]): string[] {
  const byReason = new Map<string, number[]>();
  for (const p of problems) byReason.set(p.reason, [...(byReason.get(p.reason) ?? []), p.line]);
  return [...byReason.entries()].map(([reason, lines]) => {
    const numbered = lines.filter((l) => l > 0);
    if (numbered.length === 0) return reason;
    const shown = numbered.slice(0, 3).join(", ");
    const more = numbered.length > 3 ? ` and ${numbered.length - 3} more` : "";
    return `line${numbered.length === 1 ? "" : "s"} ${shown}${more}: ${reason}`;
  });
}

/** The start time encoded in a session file's name (store.sessionFileName), without reading the file. */
export function startedFromName(file: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})((?:\.\d{3})?)Z-/.exec(basename(file));
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}${m[5] || ".000"}Z` : undefined;
}

export class DigestIndex {
  private dirty = false;
  private readonly seen = new Set<string>();

  private constructor(
    private readonly indexPath: string | undefined,
    private readonly root: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** Load the index; a missing, unreadable or outdated index is an empty one. `indexPath` undefined disables it. */
  static load(indexPath: string | undefined, sessionsDir: string): DigestIndex {
    let entries: Record<string, Entry> = {};
    if (indexPath) {
      try {
        const parsed = JSON.parse(readFileSync(indexPath, "utf8")) as IndexFile;
        if (parsed.version === DIGEST_VERSION && parsed.entries && typeof parsed.entries === "object") {
          entries = parsed.entries;
        }
      } catch {
        /* no index yet, or a damaged one: rebuild */
      }
    }
    return new DigestIndex(indexPath, sessionsDir, entries);
  }

  /** The digest of `file`, from the index when its size and mtime match, else read (and remembered). */
  digest(file: string, stat?: Stats): SessionDigest {
    const key = relative(this.root, file);
    this.seen.add(key);
    const st = stat ?? statSync(file);
    const hit = this.entries[key];
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return { ...hit.digest, file };
    const digest = readDigest(file);
    this.entries[key] = { size: st.size, mtimeMs: st.mtimeMs, digest: { ...digest, file: key } };
    this.dirty = true;
    return digest;
  }

  /** Forget a file (after `forget`). */
  drop(file: string): void {
    const key = relative(this.root, file);
    if (key in this.entries) {
      delete this.entries[key];
      this.dirty = true;
    }
  }

  /**
   * Write the index back if anything changed. With `allFiles` (the complete current file list) entries for
   * deleted files are pruned too. Best effort: an index that cannot be written is just slower next time.
   */
  save(allFiles?: readonly string[]): void {
    if (!this.indexPath) return;
    if (allFiles) {
      const live = new Set(allFiles.map((f) => relative(this.root, f)));
      for (const key of Object.keys(this.entries)) {
        if (!live.has(key)) {
          delete this.entries[key];
          this.dirty = true;
        }
      }
    }
    if (!this.dirty) return;
    try {
      const body: IndexFile = { version: DIGEST_VERSION, entries: this.entries };
      writeFileAtomic.sync(this.indexPath, JSON.stringify(body));
      this.dirty = false;
    } catch {
      /* read-only data dir or disk full: the sessions themselves are unaffected */
    }
  }
}
