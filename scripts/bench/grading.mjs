// Issue 4 figures: in-process grades per second on ~500-word answers, and `netprep grade` end to end.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export default async function gradingBench({ bin, home, compare }) {
  const rows = [];
  const script = new URL("../bench-grading.mjs", import.meta.url).pathname;
  const run = spawnSync(process.execPath, [script, "3"], { encoding: "utf8" });
  const rate = Number(/(\d+) grades\/s/.exec(run.stdout)?.[1] ?? Number.NaN);
  rows.push({
    figure: "heuristic grades/s, 500-word answers",
    value: Number.isNaN(rate) ? `failed: ${run.stderr.split("\n")[0]}` : `${rate}/s`,
    goal: "≥ 1,000/s",
    ok: rate >= 1000,
  });

  const answer = join(home, "answer.txt");
  writeFileSync(
    answer,
    "In March I owned the billing migration and I got the cutover date wrong. I estimated six weeks and it took eleven, and the payments team lost two sprints. I didn't know how many accounts had custom proration rules. Since then I send a weekly note with my confidence in the date.\n",
  );
  const grade = compare("grade", [bin, "grade", answer, "--question", "recent-failure-that-cost-something"]);
  rows.push({
    figure: "netprep grade end to end vs node -e 0",
    value: `${grade.ms.toFixed(0)} ms / ${grade.baseline.toFixed(0)} ms = ${grade.ratio.toFixed(2)}×`,
    goal: "≤ 2.5×",
    ok: grade.ratio <= 2.5,
  });

  // A full-length answer: start-up compiles the pattern branches its words can match, so longer answers cost more.
  const long = join(home, "answer-long.txt");
  writeFileSync(long, LONG_ANSWER);
  const full = compare("grade-long", [bin, "grade", long, "--question", "recent-failure-that-cost-something"]);
  rows.push({
    figure: `netprep grade end to end, ${LONG_ANSWER.split(/\s+/).length}-word answer`,
    value: `${full.ms.toFixed(0)} ms / ${full.baseline.toFixed(0)} ms = ${full.ratio.toFixed(2)}×`,
    goal: "—",
    ok: true,
  });
  return rows;
}

const LONG_ANSWER = `Last spring I ran the migration of our invoicing service from a nightly batch to an event stream, and I got the rollout plan wrong. I was the tech lead and I set the cutover for the first week of the quarter because I wanted it off my list before planning season. Two engineers on my team told me the reconciliation job had never been tested against late-arriving events. I heard them, but I decided the risk was small because our staging replay had passed, and I didn't ask what the replay left out.

It left out refunds issued after midnight. For nine days about 1,400 customers were billed twice, and finance spent two weeks unwinding it by hand. Support handled roughly 600 tickets. I told my director the same afternoon we found it, wrote the incident review myself, and put my own decision in the first paragraph rather than the timeline.

What I understand now is that I treated a one-way door like a two-way door. A billing cutover is hard to undo once customers have been charged, and I had no kill criteria: nothing written down that would have made us stop. The engineers who raised the concern had the better read, and I weighed my deadline over their evidence.

Since then I write down, before any irreversible change, what would make us roll back and who can call it. On the next migration we set a tripwire of ten mismatched invoices; it fired on day two, we paused, and nobody was billed wrongly. I still catch myself wanting to close things out early, so I ask the quietest person in the review what worries them.`;
