// Independent fitting tasks spread over one worker thread per core (scripts/fit-worker.mjs, which runs the built
// dist/). The fit and the agreement test both spend minutes here; every task is deterministic, so the answers are
// what one thread would give and only the wall time changes.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** Each task's reply, in task order. `cost` puts the largest first, so no core is left with a big one at the end. */
export async function onWorkers(tasks, cost) {
  const results = new Array(tasks.length);
  const order = tasks.map((_, i) => i).sort((a, b) => cost(tasks[b]) - cost(tasks[a]) || a - b);
  const workers = Array.from({ length: Math.min(tasks.length, availableParallelism()) }, async () => {
    const worker = new Worker(new URL("./fit-worker.mjs", import.meta.url));
    try {
      for (let i = order.shift(); i !== undefined; i = order.shift()) {
        const reply = new Promise((resolve, reject) => {
          worker.once("message", resolve);
          worker.once("error", reject);
        });
        worker.postMessage(tasks[i]);
        results[i] = await reply;
        worker.removeAllListeners("error");
      }
    } finally {
      await worker.terminate();
    }
  });
  await Promise.all(workers);
  return results;
}

/** A fit's cost grows with rows × features × folds. */
const costOf = (task) => task.rows.length * task.spec.signs.length * new Set(task.rows.map((r) => r.question)).size;

/** Per task ({rows, spec, grid}, one key's rows): the penalty grouped cross-validation chooses, and its loss. */
export function searchPenalties(tasks) {
  return onWorkers(
    tasks.map((t) => ({ kind: "penalty", ...t })),
    costOf,
  );
}

/** What crossValidate(rows, specs, { fixed: lambdas }) gives, a key per task: a Map from each row to its score. */
export async function crossValidateOnWorkers(rows, specs, lambdas) {
  const keys = Object.keys(specs)
    .sort()
    .filter((key) => rows.some((r) => r.key === key));
  const byKey = keys.map((key) => rows.filter((r) => r.key === key));
  const tasks = keys.map((key, i) => ({ kind: "cv", key, rows: byKey[i], spec: specs[key], lambda: lambdas[key] }));
  const scores = await onWorkers(tasks, costOf);
  const out = new Map();
  keys.forEach((_, i) => {
    for (const [j, r] of byKey[i].entries()) out.set(r, scores[i][j]);
  });
  return out;
}
