#!/usr/bin/env node
// Format check for a labeller's fixture file (test/fixtures/graded/BRIEF.md). It imports only the bank schema and
// computes no grade, so a labeller may run it without seeing anything of the grader.
//   node scripts/check-fixture.mjs test/fixtures/graded/holdoutNNx.yaml hNNx
//   node scripts/check-fixture.mjs --used-ids      question ids already taken by the banks and other fixtures
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { Question } from "../dist/bank/schema.js";

const root = new URL("../", import.meta.url);
const read = (path) => parse(readFileSync(new URL(path, root), "utf8"));
const [file, prefix] = process.argv.slice(2);
const TACTICS = new Set([
  "instructs-grader",
  "keyword-stuffing",
  "pasted-rubric",
  "echoes-question",
  "one-liner",
  "different-question",
  "humble-brag",
  "blame",
  "hypothetical",
  "buzzword-only",
]);

function usedIds(except) {
  const paths = [
    ...readdirSync(new URL("questions/", root))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => `questions/${f}`),
    ...readdirSync(new URL("test/fixtures/graded/", root))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => `test/fixtures/graded/${f}`),
  ];
  return new Set(paths.filter((p) => !except?.endsWith(p)).flatMap((p) => (read(p).questions ?? []).map((q) => q.id)));
}

if (file === "--used-ids") {
  console.log([...usedIds()].sort().join("\n"));
  process.exit(0);
}
if (!file || !prefix) {
  console.error("usage: node scripts/check-fixture.mjs FILE PREFIX | --used-ids");
  process.exit(2);
}
const dimensions = new Map(read("questions/rubrics.yaml").rubrics.map((r) => [r.id, r.dimensions.map((d) => d.id)]));
const used = usedIds(file);
const errors = [];
let doc;
try {
  doc = parse(readFileSync(file, "utf8"));
} catch (e) {
  console.error(`${file}: YAML: ${e.message}`);
  process.exit(1);
}
const questions = new Map();
for (const q of doc.questions ?? []) {
  const r = Question.safeParse(q);
  if (!r.success)
    errors.push(`question ${q.id}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  if (used.has(q.id)) errors.push(`question id ${q.id} is already used elsewhere; pick another`);
  questions.set(q.id, q);
}
const ids = new Set();
const stats = new Map();
for (const a of doc.answers ?? []) {
  const where = `answer ${a.id}`;
  if (ids.has(a.id)) errors.push(`${where}: duplicate id`);
  ids.add(a.id);
  if (!String(a.id).startsWith(`${prefix}-${a.question}-`)) errors.push(`${where}: id must be ${prefix}-<question>-NN`);
  const q = questions.get(a.question);
  if (!q) {
    errors.push(`${where}: unknown question ${a.question}`);
    continue;
  }
  if (a.kind !== "genuine" && a.kind !== "adversarial") errors.push(`${where}: kind must be genuine or adversarial`);
  if (a.kind === "genuine" && a.tactic != null) errors.push(`${where}: a genuine answer has tactic: null`);
  if (a.kind === "adversarial" && !TACTICS.has(a.tactic))
    errors.push(`${where}: tactic must be one of ${[...TACTICS].join(", ")}`);
  if (typeof a.answer !== "string") errors.push(`${where}: answer must be a string`);
  if (typeof a.why !== "string" || a.why.trim().length < 10) errors.push(`${where}: why must be a sentence`);
  const want = dimensions.get(q.rubric ?? q.category) ?? [];
  const got = Object.keys(a.labels ?? {});
  if (got.length !== want.length || !want.every((d) => got.includes(d)))
    errors.push(`${where}: labels must be exactly ${want.join(", ")}`);
  for (const [d, v] of Object.entries(a.labels ?? {}))
    if (![1, 2, 3, 4].includes(v)) errors.push(`${where}: ${d} must be 1–4`);
  if (!stats.has(a.question)) stats.set(a.question, { genuine: 0, adversarial: 0, words: [], levels: {} });
  const s = stats.get(a.question);
  s[a.kind] = (s[a.kind] ?? 0) + 1;
  s.words.push(
    String(a.answer ?? "")
      .split(/\s+/)
      .filter(Boolean).length,
  );
  if (a.kind === "genuine")
    for (const [d, v] of Object.entries(a.labels ?? {})) {
      s.levels[d] ??= [0, 0, 0, 0];
      s.levels[d][v - 1]++;
    }
}
for (const [id, s] of stats) {
  console.log(
    `${id} (${questions.get(id).category}): genuine ${s.genuine}, adversarial ${s.adversarial}, words ${Math.min(...s.words)}–${Math.max(...s.words)}`,
  );
  for (const [d, l] of Object.entries(s.levels))
    console.log(`   genuine ${d.padEnd(16)} 1:${l[0]} 2:${l[1]} 3:${l[2]} 4:${l[3]}`);
}
if (errors.length) {
  for (const e of errors) console.error(`${file}: ${e}`);
  process.exit(1);
}
console.log(`OK: ${doc.questions.length} questions, ${doc.answers.length} answers`);
