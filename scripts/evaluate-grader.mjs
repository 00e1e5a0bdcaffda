#!/usr/bin/env node
// Agreement of the offline grader with human labels on the given fixture files, as one table.
//   node scripts/evaluate-grader.mjs [--dist DIR] test/fixtures/graded/holdout3a.yaml …
// --dist points at another build (e.g. an older commit's dist/) to compare graders on the same answers.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";

const args = process.argv.slice(2);
const at = args.indexOf("--dist");
const dist = resolve(at >= 0 ? args.splice(at, 2)[1] : new URL("../dist", import.meta.url).pathname);
const load = (p) => import(pathToFileURL(resolve(dist, p)).href);
const { gradeHeuristic } = await load("grading/heuristic/index.js");
const { agreement } = await load("grading/agreement.js");
const { BankFile } = await load("bank/schema.js");
const rubrics = BankFile.parse(
  parse(readFileSync(new URL("../questions/rubrics.yaml", import.meta.url), "utf8")),
).rubrics;

const items = [];
// The same answers ordered by position within the level (2.4 = Mixed, nearly Good) where the grader gives one.
const byPosition = [];
for (const file of args) {
  const doc = parse(readFileSync(file, "utf8"));
  const questions = new Map(doc.questions.map((q) => [q.id, q]));
  for (const a of doc.answers) {
    const question = questions.get(a.question);
    const rubric = rubrics.find((r) => r.id === (question.rubric ?? question.category));
    const grade = gradeHeuristic({ answer: a.answer ?? "", question, rubric });
    const item = { id: a.id, group: rubric.id, adversarial: a.kind === "adversarial", labels: a.labels };
    const tactic = a.tactic;
    items.push({ ...item, tactic, scores: Object.fromEntries(grade.dimensions.map((d) => [d.id, d.score])) });
    byPosition.push({
      ...item,
      scores: Object.fromEntries(grade.dimensions.map((d) => [d.id, d.position ?? d.score])),
    });
  }
}
const result = agreement(items);
console.log(`${items.length} answers from ${args.length} file(s), grader from ${dist}`);
for (const d of result.dimensions)
  console.log(
    `  ${d.dimension.padEnd(17)} n=${String(d.n).padStart(3)}  spearman ${d.spearman.toFixed(3)}  (genuine ${d.spearmanGenuine.toFixed(3)})  within one ${(d.withinOne * 100).toFixed(0)}%`,
  );
const p = result.pairs;
console.log(`  pairs ordered     ${p.ordered}/${p.pairs} = ${(p.accuracy * 100).toFixed(2)}% (ties ${p.ties})`);
console.log(
  `  adversarial ceiling ${result.adversarialCeiling.score} (${result.adversarialCeiling.id ?? "-"} ${result.adversarialCeiling.dimension ?? ""})`,
);
// Every gamed answer scored above Mixed anywhere, with its tactic: the issue's bar is none.
const adversarial = items.filter((i) => i.adversarial);
const above = adversarial.filter((i) => Object.values(i.scores).some((s) => s > 2));
console.log(`  adversarial above 2: ${above.length} of ${adversarial.length}`);
for (const i of above)
  console.log(
    `    ${i.id} [${i.tactic}] ${Object.entries(i.scores)
      .filter(([, s]) => s > 2)
      .map(([d, s]) => `${d} ${s} (label ${i.labels[d]})`)
      .join(", ")}`,
  );
const positioned = agreement(byPosition);
console.log(
  `  by position:      ${positioned.dimensions.map((d) => `${d.dimension} ${d.spearman.toFixed(2)}`).join(", ")}; pairs ${positioned.pairs.ordered}/${positioned.pairs.pairs} = ${(positioned.pairs.accuracy * 100).toFixed(1)}% (ties ${positioned.pairs.ties})`,
);
