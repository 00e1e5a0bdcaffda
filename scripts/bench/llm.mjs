// LLM regrading throughput: 40 answers through regradeMany (concurrency 4, the real openai SDK) against a
// local chat-completions server that takes 200 ms per reply. Ideal: 40 × 200 ms ÷ 4 = 2 s. A second run
// of the same answers must come from the cache with (near) zero requests.
// Run alone: `npm run build && node scripts/bench/llm.mjs`.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ANSWERS = 40;
const DELAY_MS = 200;
const CONCURRENCY = 4;

function startServer() {
  let requests = 0;
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    requests++;
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const ids = body.response_format.json_schema.schema.properties.dimensions.items.properties.id.enum;
    const user = body.messages[1].content;
    const answer = user.slice(user.indexOf(">>>\n") + 4, user.lastIndexOf("\n<<<END"));
    const quote = answer.split(/\s+/).slice(0, 6).join(" ");
    const content = JSON.stringify({
      dimensions: ids.map((id) => ({ id, evidence: [quote], rationale: "r", score: 3 })),
      feedback: "f",
      steeringAttempt: false,
    });
    await new Promise((r) => setTimeout(r, DELAY_MS));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "b",
        object: "chat.completion",
        created: 0,
        model: "bench",
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop" }],
      }),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/v1`, count: () => requests }),
    ),
  );
}

export default async function llmBench() {
  const dist = (p) => import(pathToFileURL(join(ROOT, "dist", p)).href);
  const { loadLibrary } = await dist("bank/library.js");
  const { graderFor, regradeMany } = await dist("grading/choose.js");
  const { fileCache } = await dist("grading/llm/cache.js");
  const { resolveSettings } = await dist("config.js");

  const library = await loadLibrary({ builtin: true });
  const questions = library.questions.filter((q) => q.category === "behavioral").slice(0, ANSWERS);
  const requests = Array.from({ length: ANSWERS }, (_, i) => {
    const question = questions[i % questions.length];
    return {
      question,
      rubric: library.rubricFor(question),
      answer: `Answer ${i}: I decided to ship the migration without a rollback script and it broke renewals for ${i + 10} minutes. I told my manager it was my call, and now I write the rollback step first.`,
    };
  });

  const { server, url, count } = await startServer();
  const home = mkdtempSync(join(tmpdir(), "netprep-bench-llm-"));
  try {
    const { settings } = resolveSettings(undefined, { OPENAI_BASE_URL: url, OPENAI_API_KEY: "sk-bench-not-a-key" });
    const warnings = [];
    const grader = await graderFor("llm", settings, {
      warn: (m) => warnings.push(m),
      cache: fileCache(join(home, "cache", "llm")),
    });
    let t = performance.now();
    const first = await regradeMany(grader, requests, CONCURRENCY);
    const coldMs = performance.now() - t;
    const coldRequests = count();
    const llmGrades = first.filter((o) => o.primary.grader === "llm").length;

    t = performance.now();
    await regradeMany(grader, requests, CONCURRENCY);
    const warmMs = performance.now() - t;
    const warmRequests = count() - coldRequests;

    const ideal = (ANSWERS * DELAY_MS) / CONCURRENCY;
    return [
      {
        figure: `LLM regrade ${ANSWERS} answers, ${DELAY_MS} ms server, concurrency ${CONCURRENCY}`,
        value: `${(coldMs / 1000).toFixed(2)} s vs ideal ${(ideal / 1000).toFixed(2)} s (${coldRequests} requests, ${llmGrades}/${ANSWERS} LLM grades${warnings.length ? `, ${warnings.length} fallbacks` : ""})`,
        goal: "≤ 1.3× ideal (serial would be 4×), all graded by the LLM",
        ok: coldMs <= ideal * 1.3 && llmGrades === ANSWERS && coldRequests === ANSWERS,
      },
      {
        figure: `LLM regrade again from the cache`,
        value: `${warmMs.toFixed(0)} ms, ${warmRequests} requests`,
        goal: "0 requests, < 200 ms",
        ok: warmRequests === 0 && warmMs < 200,
      },
    ];
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(home, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of await llmBench()) console.log(`${r.ok ? "✔" : "✘"} ${r.figure}  ${r.value}  goal ${r.goal}`);
}
