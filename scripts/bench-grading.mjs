// Grades per second for the offline grader on generated ~500-word answers. Run after `npm run build`:
//   node scripts/bench-grading.mjs [seconds]
// The answers are stitched from realistic sentences in a seeded order so every run sees the same text.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { BankFile } from "../dist/bank/schema.js";
import { gradeHeuristic } from "../dist/grading/heuristic/index.js";

const seconds = Number(process.argv[2] ?? 3);
const bank = BankFile.parse(parse(readFileSync(new URL("../questions/rubrics.yaml", import.meta.url), "utf8")));
const rubric = (id) => bank.rubrics.find((r) => r.id === id);

const SENTENCES = [
  "In March I owned the migration of our billing service to the new ledger, and I got the cutover date wrong.",
  "I estimated six weeks; it took eleven, and the payments team lost two sprints because of it.",
  "By week three I knew roughly 30% of the accounts had custom proration rules, and I didn't say so until week seven.",
  "I didn't know how many of those accounts were still active, because our catalogue was out of date.",
  "My options were to cut scope to the simple 70% or keep going quietly, and I chose to keep going because I thought I could claw it back.",
  "The cutover itself was reversible, but the charges it produced were not, which is the asymmetry I missed.",
  "We could have run the dual-write for another two weeks instead of cutting over early.",
  "Since then I send a Friday note on every multi-week project with my confidence in the date.",
  "Two months later that note flagged a slipping dependency early and we moved the launch by a week.",
  "I still catch myself wanting to wait one more week before I raise a risk.",
  "The PM kept changing the requirements, which did not help, but the estimate was mine.",
  "We put a canary in front of 5% of traffic and set a rollback threshold of a 2% error rate.",
  "If the error rate went above 2% we would roll back automatically and page the on-call engineer.",
  "The result was a drop in p99 latency from 800 ms to 240 ms for 120 million members.",
  "I would probably do the same thing again if the deadline were that tight.",
  "Mistakes were made on the rollout, and the other team was late with their part.",
  "I learned that communication is important and that I should be more careful.",
  "At peak we serve about 40,000 requests per second, so one region losing its cache would triple origin load.",
];

function seededAnswer(seed, words = 500) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const out = [];
  let count = 0;
  while (count < words) {
    const s = SENTENCES[Math.floor(next() * SENTENCES.length)];
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join(count % 3 === 0 ? "\n\n" : " ");
}

const answers = Array.from({ length: 64 }, (_, i) => seededAnswer(i + 1));
const requests = answers.map((answer, i) =>
  i % 2 === 0
    ? {
        answer,
        question: { prompt: "What have you failed at recently?", category: "behavioral" },
        rubric: rubric("behavioral"),
      }
    : {
        answer,
        question: {
          prompt: "Design the billing ledger migration for a streaming service with 250 million members.",
          category: "system-design",
          lookFor: [
            { concept: "canary", synonyms: ["gradual rollout"] },
            { concept: "rollback", synonyms: ["revert"] },
          ],
        },
        rubric: rubric("system-design"),
      },
);
const avgWords = Math.round(answers.reduce((n, a) => n + a.split(/\s+/).length, 0) / answers.length);

// Warm up the JIT and the verb cache, then measure.
for (let i = 0; i < 200; i++) gradeHeuristic(requests[i % requests.length]);
let n = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  gradeHeuristic(requests[n % requests.length]);
  n++;
}
const elapsed = (performance.now() - start) / 1000;
const rate = n / elapsed;
console.log(
  `heuristic grader: ${Math.round(rate)} grades/s (${n} grades of ~${avgWords} words in ${elapsed.toFixed(1)} s, ${(1000 / rate).toFixed(2)} ms each)`,
);
