// Parse one bank file's text: YAML syntax, then the zod schema, every problem tied to the YAML node
// it is about. Pure: takes text, returns data and problems; reading files is library.ts's job.
// Two YAML libraries on purpose: js-yaml is fast, `yaml` keeps exact source positions.
import { distance } from "fastest-levenshtein";
import jsyaml from "js-yaml";
import { type Document, isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { didYouMean, type Position, type Problem } from "./problems.js";
import { BankFile } from "./schema.js";

/** Alias expansion limit: a few legitimate anchors pass, a "billion laughs" bomb does not. */
const MAX_ALIAS_COUNT = 200;

export type NodePath = readonly (string | number)[];

export interface ParsedBank {
  file: string;
  /** The validated content, when the file passed the schema. */
  bank?: BankFile;
  problems: Problem[];
  /** Where a node is in the file; falls back to the nearest existing ancestor. */
  locate(path: NodePath): Position;
}

export function parseBankText(file: string, text: string): ParsedBank {
  const problems: Problem[] = [];
  const at = (pos: Position, message: string, rule = "schema"): void => {
    problems.push({ file, ...pos, severity: "error", message, rule });
  };

  if (text.includes("\0")) {
    at({ line: 1, col: 1 }, "not a text file (it contains NUL bytes); a bank must be UTF-8 YAML", "encoding");
    return { file, problems, locate: () => ({ line: 1, col: 1 }) };
  }

  // Fast path: js-yaml reads a clean file ~10× faster than the position-keeping parser. Anything
  // odd (a syntax error, an alias that could be a bomb) goes the careful way, and positions are
  // only computed when a problem needs one.
  let data: unknown;
  let doc: Document.Parsed | undefined;
  let lineCounter: LineCounter | undefined;
  const careful = () => {
    if (!doc) {
      lineCounter = new LineCounter();
      doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
    }
    return { doc, lineCounter: lineCounter as LineCounter };
  };
  const locate = (path: NodePath): Position => {
    let parsed: ReturnType<typeof careful>;
    try {
      parsed = careful();
    } catch {
      return { line: 1, col: 1 };
    }
    for (let n = path.length; n >= 0; n--) {
      const node = parsed.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && typeof node === "object" && "range" in node && node.range)
        return parsed.lineCounter.linePos(node.range[0]);
    }
    return { line: 1, col: 1 };
  };

  let fast = !ALIAS.test(text);
  if (fast) {
    try {
      data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
    } catch {
      fast = false;
    }
  }
  if (!fast) {
    let parsed: ReturnType<typeof careful>;
    try {
      parsed = careful();
    } catch (error) {
      // The parser recurses; absurd nesting can exhaust the stack. Report it, don't crash.
      at({ line: 1, col: 1 }, `cannot parse: ${(error as Error).message}`, "yaml");
      return { file, problems, locate: () => ({ line: 1, col: 1 }) };
    }
    if (parsed.doc.errors.length > 0) {
      // One syntax slip often cascades into several errors on the same line; the first one explains it.
      const lines = new Set<number>();
      for (const error of parsed.doc.errors) {
        const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
        if (lines.has(pos.line)) continue;
        lines.add(pos.line);
        at(pos, `YAML syntax: ${yamlMessage(error.message)}`, "yaml");
      }
      return { file, problems, locate };
    }
    try {
      data = parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = /alias/i.test((error as Error).message)
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); anchors and aliases cannot be used to blow up a bank`
        : `cannot read: ${(error as Error).message}`;
      at({ line: 1, col: 1 }, message, "yaml");
      return { file, problems, locate };
    }
  }

  if (data === null || data === undefined) {
    at({ line: 1, col: 1 }, "the file is empty; a bank needs at least `bank:` and `title:`", "schema");
    return { file, problems, locate };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    at({ line: 1, col: 1 }, "a bank must be a mapping with `bank:`, `title:` and `questions:` (found a list or text)");
    return { file, problems, locate };
  }

  const result = BankFile.safeParse(data);
  if (result.success) return { file, bank: result.data, problems, locate };

  for (const issue of withoutTypoEchoes(flattenIssues(result.error.issues))) {
    const { path, message } = describeIssue(issue, data);
    let pos = locate(path);
    if (issue.code === "unrecognized_keys" && issue.keys[0]) pos = locateKey(careful(), path, issue.keys[0]) ?? pos;
    at(pos, message);
  }
  return { file, problems, locate };
}

/** An alias (`*name`) in value position; such files take the parser that limits alias expansion. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;

function yamlMessage(message: string): string {
  const first = message.split("\n", 1)[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "");
}

function locateKey(parsed: { doc: Document; lineCounter: LineCounter }, path: NodePath, key: string) {
  const map = parsed.doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range)
      return parsed.lineCounter.linePos(pair.key.range[0]);
  }
  return undefined;
}

type Issue = z.core.$ZodIssue;

/** `promt:` makes zod report both "unknown promt" and "missing prompt"; the first says it all. */
function withoutTypoEchoes(issues: Issue[]): Issue[] {
  const typos = new Set<string>();
  for (const i of issues) {
    if (i.code !== "unrecognized_keys") continue;
    const known = knownKeys(i.path as (string | number)[]);
    for (const key of i.keys) {
      const hint = didYouMean(key, known, distance);
      if (hint) typos.add([...i.path, hint].join("\u0000"));
    }
  }
  return issues.filter((i) => !(i.code === "invalid_type" && typos.has(i.path.join("\u0000"))));
}

/** A union issue carries one error list per branch; keep the branch that got furthest. */
function flattenIssues(issues: readonly Issue[], prefix: NodePath = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const branches = issue.errors.map((branch) => flattenIssues(branch, path));
      // A branch whose only complaint is "wrong type at the root" was the wrong branch.
      const real = branches.filter((b) => !b.every((i) => i.code === "invalid_type" && i.path.length === path.length));
      out.push(...(real[0] ?? branches[0] ?? []));
      continue;
    }
    out.push({ ...issue, path } as Issue);
  }
  return out;
}

const ENTITY: Record<string, string> = { questions: "question", rubrics: "rubric", loops: "loop" };

/** Turn a zod issue into a sentence a bank author understands, prefixed by what it is about. */
function describeIssue(issue: Issue, data: unknown): { path: NodePath; message: string } {
  const path = issue.path as (string | number)[];
  const field = String(path[path.length - 1] ?? "");
  const owner = ownerLabel(path, data);
  const value = valueAt(data, path);
  let message: string;
  switch (issue.code) {
    case "invalid_type":
      message =
        value === undefined
          ? `missing required field \`${field}\``
          : `\`${field || "value"}\` must be ${article(issue.expected)}, not ${typeName(value)}`;
      break;
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      const known = knownKeys(path);
      const hint = didYouMean(key, known, distance);
      message = `unknown field \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : known.length ? `; allowed: ${known.join(", ")}` : ""}`;
      if (issue.keys.length > 1) message += ` (and ${issue.keys.length - 1} more unknown field(s))`;
      break;
    }
    case "invalid_value": {
      if (value === undefined) {
        message = `missing required field \`${field}\``;
        break;
      }
      const allowed = issue.values.map(String);
      const hint = typeof value === "string" ? didYouMean(value, allowed, distance) : undefined;
      message = `${JSON.stringify(value)} is not a valid \`${typeof field === "string" && Number.isNaN(Number(field)) ? field : String(path[path.length - 2] ?? "value")}\`${hint ? ` (did you mean "${hint}"?)` : `; expected one of: ${allowed.join(", ")}`}`;
      break;
    }
    case "too_small":
      message =
        issue.origin === "array"
          ? `\`${field}\` needs at least ${issue.minimum} item(s)`
          : issue.origin === "string"
            ? `\`${field}\` is too short (at least ${issue.minimum} characters)`
            : `\`${field}\` must be at least ${issue.minimum}`;
      break;
    case "too_big":
      message =
        issue.origin === "string"
          ? `\`${field}\` is too long (at most ${issue.maximum} characters)`
          : `\`${field}\` must be at most ${issue.maximum}`;
      break;
    default:
      message = `\`${field}\`: ${issue.message}`;
  }
  return { path, message: owner ? `${owner}: ${message}` : message };
}

/** `question "keeper-test"` for a path inside questions[3], so the message names the thing. */
function ownerLabel(path: readonly (string | number)[], data: unknown): string {
  const [section, index] = path;
  const kind = typeof section === "string" ? ENTITY[section] : undefined;
  if (!kind || typeof index !== "number") return "";
  const item = valueAt(data, [section as string, index]) as { id?: unknown } | undefined;
  const id = item && typeof item === "object" && typeof item.id === "string" ? `"${item.id}"` : `#${index + 1}`;
  return `${kind} ${id}`;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Allowed keys at a path, read from the zod schema so the list never drifts from it. */
function knownKeys(path: readonly (string | number)[]): string[] {
  let schema: z.core.$ZodType | undefined = BankFile;
  for (const key of path) {
    schema = typeof key === "number" ? elementOf(schema) : fieldOf(schema, key);
    if (!schema) return [];
  }
  return objectKeys(schema);
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let s = schema;
  for (let i = 0; i < 10 && s; i++) {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") s = def.innerType;
    else if (def.type === "pipe") s = def.in;
    else return s;
  }
  return s;
}

function elementOf(schema: z.core.$ZodType | undefined) {
  const s = unwrap(schema);
  const def = s?._zod.def as { type: string; element?: z.core.$ZodType } | undefined;
  return def?.type === "array" ? def.element : undefined;
}

function fieldOf(schema: z.core.$ZodType | undefined, key: string) {
  const s = objectBranch(unwrap(schema));
  const def = s?._zod.def as { shape?: Record<string, z.core.$ZodType> } | undefined;
  return def?.shape?.[key];
}

function objectBranch(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  const def = schema?._zod.def as { type: string; options?: z.core.$ZodType[] } | undefined;
  if (def?.type === "union") return def.options?.map(unwrap).find((o) => o?._zod.def.type === "object");
  return schema;
}

function objectKeys(schema: z.core.$ZodType): string[] {
  const s = objectBranch(unwrap(schema));
  const def = s?._zod.def as { shape?: Record<string, unknown> } | undefined;
  return def?.shape ? Object.keys(def.shape) : [];
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} (${JSON.stringify(value).slice(0, 40)})`;
}

function article(type: string): string {
  if (type === "array") return "a list";
  if (type === "object") return "a mapping";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
