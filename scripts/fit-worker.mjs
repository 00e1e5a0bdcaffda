// One worker thread of scripts/fit-grader.mjs: chooses one key's penalty by grouped cross-validation. The search
// is deterministic and reads nothing but the message, so running it here gives what the main thread would.
import { parentPort } from "node:worker_threads";
import { choosePenalty, penaltyLoss } from "../dist/grading/heuristic/fit.js";

parentPort.on("message", ({ rows, spec, grid }) => {
  const lambda = choosePenalty(rows, spec, grid);
  parentPort.postMessage({ lambda, loss: penaltyLoss(rows, spec, lambda) });
});
