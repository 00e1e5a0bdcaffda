// `netprep review` over 10,000 stored sessions: the listing and --progress, end to end, with and without the
// digest index. Sessions are realistic: a handful are recorded with the real SessionWriter and graded by the
// heuristic grader, then cloned under new ids and dates (writing 10,000 through fsync would take minutes).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const SESSIONS = Number(process.env.BENCH_REVIEW_SESSIONS ?? 10_000);
const RUNS = 5;

const ANSWERS = [
  "Last quarter I pushed a schema migration for our billing service on a Friday because I wanted it done before leave. I skipped the dry run against a snapshot; that was my call. The migration locked a table for 38 minutes and about 4,200 renewals failed, which cost two engineers a Saturday. I did not know how large the table had grown and I assumed the lock would be brief. I told my manager what I got wrong that evening. Since then I run every migration against a snapshot first; I have done that on the last six, and one caught a lock that would have been worse.",
  "We had a launch that slipped because the timeline from product was unrealistic. The team worked hard and we communicated a lot. In hindsight we could have communicated earlier, and I think we all learned to plan better.",
  "I would start from requirements: 200 million members, peak of 5 million concurrent streams, roughly 3 Mbps each, so about 15 Tbps at peak. I am assuming most traffic is served from the edge; I do not know the real cache hit ratio, so I would plan for 90% and measure. The trade-off is cost of edge storage against origin load; I chose to pre-position popular titles overnight because it is reversible and being wrong only costs bandwidth. If a region fails we shift traffic with DNS and degrade to lower bitrates rather than failing playback. The weak spot of this design is cold titles after a big release.",
];

export default async function review({ bin, fmt }) {
  const root = join(dirname(bin), "..");
  const dist = (p) => import(pathToFileURL(join(root, "dist", p)).href);
  const { SessionWriter, sessionFileName } = await dist("session/store.js");
  const { loadLibrary } = await dist("bank/library.js");
  const { gradeHeuristic } = await dist("grading/heuristic/index.js");

  const home = mkdtempSync(join(tmpdir(), "netprep-bench-review-"));
  const env = { ...process.env, NETPREP_HOME: home, NO_COLOR: "1" };
  const sessionsDir = join(home, "data", "sessions");

  // --- A few real recordings to clone. ---
  const lib = await loadLibrary();
  const behavioral = lib.questions.filter((q) => q.category === "behavioral");
  const design = lib.questions.filter((q) => q.category === "system-design");
  const templates = [];
  const templateDir = join(home, "templates");
  const T0 = "2020-01-01T10:00:";
  for (let t = 0; t < 12; t++) {
    const pool = t % 3 === 2 ? design : behavioral;
    const plan = [0, 1, 2].map((i) => pool[(t * 3 + i) % pool.length]);
    let tick = Date.parse(`${T0}00.000Z`);
    const id = `feed${String(t).padStart(4, "0")}`;
    const now = () => {
      tick += 1000;
      return new Date(tick);
    };
    const w = SessionWriter.create(templateDir, { now, randomId: () => id });
    w.append({
      type: "session_started",
      id,
      options: {
        seed: t,
        strict: false,
        count: 3,
        ...(t % 3 === 2 ? { category: "system-design" } : { values: ["candor"] }),
      },
      plan: plan.map((q) => q.id),
      bankVersions: {},
      rubricVersions: {},
      netprepVersion: "0.1.0",
    });
    const complete = t % 5 !== 4;
    plan.forEach((q, index) => {
      if (!complete && index === 2) return;
      const text = t % 3 === 2 ? ANSWERS[2] : ANSWERS[(t + index) % 2];
      w.append({ type: "question_shown", questionId: q.id, index });
      w.append({
        type: "answer_submitted",
        questionId: q.id,
        text,
        selfRating: 3,
        firstKeystrokeMs: 3000,
        usedMs: 170_000 + index * 20_000,
        overrunMs: index === 2 ? 10_000 : 0,
        budgetMs: 240_000,
        timedOut: false,
        strict: false,
      });
      w.append({
        type: "graded",
        questionId: q.id,
        grade: gradeHeuristic({ answer: text, question: q, rubric: lib.rubricFor(q) }),
      });
    });
    if (complete) w.append({ type: "session_finished", reason: "completed" });
    w.close();
    templates.push({ id, text: readFileSync(w.file, "utf8") });
  }

  // --- Clone into SESSIONS files, one every ~3 hours going back in time. ---
  const genStart = performance.now();
  let bytes = 0;
  const made = new Set();
  for (let i = 0; i < SESSIONS; i++) {
    const tpl = templates[i % templates.length];
    const when = new Date(Date.UTC(2026, 0, 1) - i * 3 * 3600_000);
    const id = (0x10000000 + i * 7919).toString(16).slice(-8);
    const iso = when.toISOString();
    const text = tpl.text.replaceAll(tpl.id, id).replaceAll(T0, iso.slice(0, 17));
    const file = join(sessionsDir, sessionFileName(when, id));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, text);
    bytes += text.length;
  }
  const genMs = performance.now() - genStart;

  const run = (args, extraEnv = {}) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], {
      env: { ...env, ...extraEnv },
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`netprep ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const repeat = (args, extraEnv) => median(Array.from({ length: RUNS }, () => run(args, extraEnv)));

  const noIndex = { NETPREP_REVIEW_INDEX: "0" };
  const listNoIndex = repeat(["review"], noIndex);
  const progressNoIndex = run(["review", "--progress"], noIndex);
  const progressCold = run(["review", "--progress"]); // builds the index
  const indexBytes = statSync(join(home, "data", "review-index.json")).size;
  const list = repeat(["review"]);
  const listJson = repeat(["review", "--json", "--limit", "200"]);
  const progress = repeat(["review", "--progress"]);
  const progressJson = repeat(["review", "--progress", "--json"]);

  rmSync(home, { recursive: true, force: true });
  const avgKb = (bytes / SESSIONS / 1024).toFixed(1);
  const n = SESSIONS.toLocaleString("en-US");
  return [
    { figure: `review: generate ${n} sessions (avg ${avgKb} KB)`, value: fmt(genMs), goal: "—", ok: true },
    { figure: `review (list 20 of ${n})`, value: fmt(list), goal: "< 1 s", ok: list < 1000 },
    { figure: `review (list) without index`, value: fmt(listNoIndex), goal: "—", ok: true },
    { figure: `review --json --limit 200`, value: fmt(listJson), goal: "< 1 s", ok: listJson < 1000 },
    { figure: `review --progress (${n}, index warm)`, value: fmt(progress), goal: "< 1 s", ok: progress < 1000 },
    {
      figure: `review --progress --json (index warm)`,
      value: fmt(progressJson),
      goal: "< 1 s",
      ok: progressJson < 1000,
    },
    { figure: `review --progress, first run (builds index)`, value: fmt(progressCold), goal: "—", ok: true },
    { figure: `review --progress without index`, value: fmt(progressNoIndex), goal: "—", ok: true },
    { figure: `review index size`, value: `${(indexBytes / 1024 / 1024).toFixed(1)} MB`, goal: "—", ok: true },
  ];
}

// Run on its own: `node scripts/bench/review.mjs` (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const bin = join(dirname(new URL(import.meta.url).pathname), "../../bin/netprep.js");
  const rows = await review({ bin, fmt: (ms) => `${ms.toFixed(0)} ms` });
  for (const r of rows) console.log(`${r.ok ? "✔" : "✘"} ${r.figure.padEnd(48)} ${r.value.padEnd(10)} goal ${r.goal}`);
}
