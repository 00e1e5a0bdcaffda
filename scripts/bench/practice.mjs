// Issue 5 figure: time until the first question is on screen in a real pseudo terminal (util-linux
// `script`), against bare node printing one word through the same pseudo terminal.
import { spawn } from "node:child_process";

function timeToScreen(command, marker, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", command, "/dev/null"], { env, stdio: ["pipe", "pipe", "pipe"] });
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no "${marker}" within 20 s; saw: ${seen.slice(-300)}`));
    }, 20_000);
    child.stdout.on("data", (chunk) => {
      seen += chunk.toString();
      if (seen.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
  });
}

export default async function practiceBench({ bin, env, median }) {
  const node = JSON.stringify(process.execPath);
  const base = [];
  const mine = [];
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  for (let i = 0; i < runs + 1; i++) {
    const b = await timeToScreen(`${node} -e 'process.stdout.write("ready-to-go")'`, "ready-to-go", env);
    const m = await timeToScreen(
      `${node} ${JSON.stringify(bin)} practice --question said-i-dont-know --seed 1`,
      "Ctrl-D submit",
      env,
    );
    if (i > 0) {
      base.push(b);
      mine.push(m);
    }
  }
  const b = median(base);
  const m = median(mine);
  return [
    {
      figure: "practice: first question on screen vs node",
      value: `${m.toFixed(0)} ms / ${b.toFixed(0)} ms = ${(m / b).toFixed(2)}×`,
      goal: "≤ 2.5×",
      ok: m / b <= 2.5,
    },
  ];
}
