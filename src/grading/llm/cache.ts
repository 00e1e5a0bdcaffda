// LLM grades on disk, keyed by everything that can change the grade. The API key is never part of the key
// or the file: a grade does not depend on whose key paid for it.
import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { Grade, type GradeRequest } from "../grade.js";

/** Bump when the cached file's shape changes. */
const CACHE_FORMAT = 1;

export interface CacheKeyParts {
  model: string;
  baseUrl: string;
  promptVersion: string;
  /** The request as sent: after redaction. */
  request: GradeRequest;
}

/** JSON with sorted keys, so that key order in a YAML file does not change the hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function cacheKey(parts: CacheKeyParts): string {
  const { request } = parts;
  const q = request.question;
  return sha256(
    canonicalJson({
      format: CACHE_FORMAT,
      model: parts.model,
      baseUrl: parts.baseUrl.replace(/\/+$/, ""),
      promptVersion: parts.promptVersion,
      rubric: { id: request.rubric.id, version: request.rubric.version, hash: sha256(canonicalJson(request.rubric)) },
      question: {
        prompt: q.prompt,
        category: q.category,
        lookFor: q.lookFor ?? [],
        redFlags: q.redFlags ?? [],
      },
      answer: request.answer,
      ...(request.followUp ? { followUp: request.followUp.prompt } : {}),
    }),
  );
}

export interface GradeCache {
  get(key: string): Promise<Grade | undefined>;
  set(key: string, grade: Grade): Promise<void>;
}

/** Files under `<cache>/llm/ab/abcdef….json`. A corrupt or foreign file is a miss, never an error. */
export function fileCache(dir: string): GradeCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        const parsed = Grade.safeParse(JSON.parse(await readFile(pathOf(key), "utf8")));
        return parsed.success && parsed.data.grader === "llm" ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, grade) {
      try {
        await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
        await writeFileAtomic(pathOf(key), `${JSON.stringify(grade)}\n`);
      } catch {
        // A cache that cannot be written only costs a request next time.
      }
    },
  };
}
