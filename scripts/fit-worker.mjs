// One worker thread of scripts/fit-pool.mjs. Each task is deterministic and reads nothing but its message, so running
// it here gives what the main thread would: a key's penalty by grouped cross-validation, or one key's
// leave-one-question-out predictions with a fixed penalty.
import { parentPort } from "node:worker_threads";
import { crossValidate, penaltySearch } from "../dist/grading/heuristic/fit.js";

parentPort.on("message", (task) => {
  if (task.kind === "cv") {
    const predicted = crossValidate(task.rows, { [task.key]: task.spec }, { fixed: { [task.key]: task.lambda } });
    parentPort.postMessage(task.rows.map((r) => predicted.get(r)));
  } else parentPort.postMessage(penaltySearch(task.rows, task.spec, task.grid));
});
