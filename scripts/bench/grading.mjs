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
  return rows;
}
