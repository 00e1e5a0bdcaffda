// `netprep practice` as a candidate uses it: the built binary in a real terminal (tmux), real
// keystrokes, a real session file on disk, and a real kill -9.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, netprep, ROOT, tempHome } from "../support/cli.js";
import { completion, fakeLlm, gradeReply } from "../support/fake-llm.js";
import { hasTmux, Terminal } from "../support/tmux.js";

const terminals: Terminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

function start(args: string, home: string, options: { wrap?: boolean; width?: number; height?: number } = {}) {
  const command = options.wrap
    ? `sh -c '"${process.execPath}" "${BIN}" ${args}; echo EXIT=$?; sleep 30'`
    : `"${process.execPath}" "${BIN}" ${args}`;
  const t = new Terminal(options.wrap ? command : `exec ${command}`, {
    env: { NETPREP_HOME: home, TERM: "xterm-256color", PATH: process.env.PATH ?? "" },
    cwd: ROOT,
    width: options.width,
    height: options.height,
  });
  terminals.push(t);
  return t;
}

function sessionFile(home: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".jsonl")) files.push(full);
    }
  };
  walk(join(home, "data/sessions"));
  if (files.length !== 1) throw new Error(`expected one session file, found ${files.length}`);
  return files[0] as string;
}

function events(file: string): { type: string; [k: string]: unknown }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const Q1 = "said-i-dont-know";
const Q2 = "keeper-test-on-yourself";

describe.runIf(hasTmux() || process.env.CI)("practice in a real terminal", () => {
  it("shows a countdown that moves", async () => {
    const t = start(`practice --question ${Q1} --time 2m --no-follow-ups`, tempHome());
    const first = await t.waitFor(/⏱ 1:5\d left/);
    const clock = first.match(/⏱ (\d:\d\d) left/)?.[1];
    await new Promise((r) => setTimeout(r, 2200));
    const later = t.screen().match(/⏱ (\d:\d\d) left/)?.[1];
    expect(clock).toBeDefined();
    expect(later).toBeDefined();
    expect(later).not.toBe(clock);
    expect(first).toContain("Ctrl-D submit");
  });

  it("grades a two-line answer submitted with Ctrl-D and saves it", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --no-follow-ups`, home, { wrap: true });
    await t.waitFor("Ctrl-D submit");
    t.type("In the Q3 review our VP asked if the cache would halve p99 latency; I said I did not know.");
    t.press("Enter");
    t.type("I had only load-tested it at 10% of peak, and since then I say what I have not measured.");
    t.press("C-d");
    await t.waitFor("How would you rate that answer?");
    t.press("3");
    const graded = await t.waitFor("EXIT=0", 15_000);
    expect(graded).toMatch(/Overall/);
    expect(graded).toMatch(/Saved: \//);
    const answer = events(sessionFile(home)).find((e) => e.type === "answer_submitted");
    expect(answer?.text).toBe(
      "In the Q3 review our VP asked if the cache would halve p99 latency; I said I did not know.\nI had only load-tested it at 10% of peak, and since then I say what I have not measured.",
    );
    expect(answer?.selfRating).toBe(3);
    expect(answer?.firstKeystrokeMs).toEqual(expect.any(Number));
    const types = events(sessionFile(home)).map((e) => e.type);
    expect(types).toEqual(["session_started", "question_shown", "answer_submitted", "graded", "session_finished"]);
  });

  it("keeps answer 1 through a kill -9 during question 2, and --resume continues", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --question ${Q2} --no-follow-ups --no-rate`, home);
    await t.waitFor("question 1 of 2");
    t.type("I told our VP I did not know whether the cache would halve p99, because I had only tested 10% of peak.");
    t.press("C-d");
    await t.waitFor("question 2 of 2");
    t.type("half an answer that is never submitted");
    process.kill(t.pid(), "SIGKILL");
    const file = sessionFile(home);
    const before = events(file);
    expect(before.map((e) => e.type)).toEqual([
      "session_started",
      "question_shown",
      "answer_submitted",
      "graded",
      "question_shown",
    ]);
    expect(before[2]?.text).toContain("I told our VP");

    const listed = netprep(["practice", "--resume", "--answers", "/dev/null"], { env: { NETPREP_HOME: home } });
    expect(listed.code).toBe(2); // --answers needs a mapping; resume is for the live interview

    const r = start("practice --resume --no-rate", home, { wrap: true });
    await r.waitFor("question 2 of 2");
    r.type("When my manager ran the keeper test on me last year, the answer was not an easy yes, and I asked why.");
    r.press("C-d");
    await r.waitFor("EXIT=0", 15_000);
    const after = events(file);
    expect(after.map((e) => e.type)).toEqual([
      "session_started",
      "question_shown",
      "answer_submitted",
      "graded",
      "question_shown",
      "session_resumed",
      "question_shown",
      "answer_submitted",
      "graded",
      "session_finished",
    ]);
    expect(after.filter((e) => e.type === "answer_submitted").map((e) => e.questionId)).toEqual([Q1, Q2]);
  });

  it("Ctrl-C then 'no, carry on' keeps the half-written answer and its clock", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --no-follow-ups --no-rate --time 2m`, home, { wrap: true });
    await t.waitFor("question 1 of 1");
    t.type("I told the VP I did not know.");
    await t.waitFor("8 words");
    await new Promise((r) => setTimeout(r, 2500));
    t.press("C-c");
    await t.waitFor("Save what you have answered and stop?");
    t.type("n");
    t.press("Enter");
    const resumed = await t.waitFor(/Carrying on where you stopped\.[\s\S]*I told the VP I did not know\.[\s\S]*⏱/);
    expect(resumed).toMatch(/⏱ 1:5[0-8] left/); // the clock kept the time already spent
    t.type(" I had only tested 10% of peak.");
    t.press("C-d");
    await t.waitFor("EXIT=0", 15_000);
    const answers = events(sessionFile(home)).filter((e) => e.type === "answer_submitted");
    expect(answers.map((e) => e.text)).toEqual(["I told the VP I did not know. I had only tested 10% of peak."]);
    expect(answers[0]?.usedMs).toBeGreaterThan(2500);
  });

  it("Ctrl-C, save and stop writes the half-written answer to disk, and --resume carries on from it", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --question ${Q2} --no-follow-ups --no-rate --time 2m`, home, {
      wrap: true,
    });
    await t.waitFor("question 1 of 2");
    t.type("I told our VP I did not know whether the cache would halve p99, because I had only tested 10% of peak.");
    t.press("C-d");
    await t.waitFor("question 2 of 2");
    const draft = "My manager ran the keeper test on me and it was not an easy yes.";
    t.type(draft);
    await t.waitFor("15 words");
    await new Promise((r) => setTimeout(r, 2500));
    t.press("C-c");
    await t.waitFor("Save what you have answered and stop?");
    t.press("Enter");
    await t.waitFor("EXIT=0", 15_000);
    const file = sessionFile(home);
    expect(t.history()).toContain(
      `Your unfinished answer to question 2 is saved; netprep practice --resume ${events(file)[0]?.id} carries on from it.`,
    );
    const saved = events(file).filter((e) => e.type === "answer_draft");
    expect(saved.at(-1)).toMatchObject({ questionId: Q2, text: draft });
    expect(saved.at(-1)?.elapsedMs).toBeGreaterThan(2500);

    const r = start(`practice --resume ${events(file)[0]?.id} --no-rate`, home, { wrap: true });
    const resumed = await r.waitFor(/Carrying on where you stopped\.[\s\S]*not an easy yes\.[\s\S]*⏱/);
    expect(resumed).toContain(draft);
    expect(resumed).toMatch(/⏱ 1:5[0-8] left/); // the clock goes on from the time already spent
    r.type(" I asked him why, and he told me.");
    r.press("C-d");
    await r.waitFor("EXIT=0", 15_000);
    const answers = events(file).filter((e) => e.type === "answer_submitted");
    expect(answers.map((e) => e.text)).toEqual([
      expect.stringContaining("I told our VP"),
      `${draft} I asked him why, and he told me.`,
    ]);
  });

  it("writes the answer being typed every few seconds, so a kill -9 loses at most those seconds", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --no-follow-ups --no-rate`, home);
    await t.waitFor("question 1 of 1");
    t.type("I told the VP I did not know.");
    await t.waitFor("8 words");
    // Past the 5 s interval: the next redraw writes the draft. What is typed after it waits for the next one.
    await new Promise((r) => setTimeout(r, 6500));
    t.type(" I had only tested 10% of peak.");
    await t.waitFor("15 words");
    process.kill(t.pid(), "SIGKILL");
    const saved = events(sessionFile(home));
    expect(saved.map((e) => e.type)).toEqual(["session_started", "question_shown", "answer_draft"]);
    expect(saved[2]).toMatchObject({ questionId: Q1, text: "I told the VP I did not know." });
    expect(saved[2]?.elapsedMs).toBeGreaterThanOrEqual(5000);
  });

  it("Ctrl-C at the self-rating keeps the submitted answer as a draft to carry on from", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --no-follow-ups`, home, { wrap: true });
    await t.waitFor("question 1 of 1");
    t.type("I told the VP I did not know.");
    t.press("C-d");
    await t.waitFor("How would you rate that answer?");
    t.press("C-c");
    await t.waitFor("Save what you have answered and stop?");
    t.press("Enter");
    await t.waitFor("EXIT=0", 15_000);
    const saved = events(sessionFile(home));
    expect(saved.some((e) => e.type === "answer_submitted")).toBe(false);
    expect(saved.find((e) => e.type === "answer_draft")).toMatchObject({ text: "I told the VP I did not know." });
  });

  it("Ctrl-C twice stops at once with exit 130 and keeps what was answered", async () => {
    const home = tempHome();
    const t = start(`practice --question ${Q1} --question ${Q2} --no-follow-ups --no-rate`, home, { wrap: true });
    await t.waitFor("question 1 of 2");
    t.type("I said I did not know, and I said what I had not measured yet before our launch review.");
    t.press("C-d");
    await t.waitFor("question 2 of 2");
    t.press("C-c");
    await t.waitFor("Save what you have answered and stop?");
    t.press("C-c");
    const screen = await t.waitFor("EXIT=130");
    expect(screen).toContain("netprep practice --resume");
    const saved = events(sessionFile(home));
    expect(saved.filter((e) => e.type === "answer_submitted")).toHaveLength(1);
    expect(saved.at(-1)?.type).not.toBe("session_finished");
  });

  it("grades a follow-up reply together with the first answer and says what it changed", async () => {
    const home = tempHome();
    const t = start("practice --question recent-failure-that-cost-something --no-rate --time 3m", home, {
      wrap: true,
      height: 40,
    });
    await t.waitFor("question 1 of 1");
    t.type(
      "In March I pushed a config change to our billing service on a Friday afternoon without running the canary. " +
        "I was sure it was a one-line timeout bump. It doubled retries against the payment provider and we failed " +
        "about 4,000 renewals over the weekend, roughly $60k we had to chase by email. I owned it in the Monday " +
        "incident review and wrote the customer apology myself.",
    );
    t.press("C-d");
    // Which follow-up comes depends on the first answer's weakest dimension; reply to whichever is asked.
    const asked = (await t.waitFor(/follow-up \(([a-z-]+)\)/, 15_000)).match(/follow-up \(([a-z-]+)\)/)?.[1];
    const replies: Record<string, string> = {
      judgment:
        "I knew on Saturday at 9am when the retry graph doubled. I didn't know whether a rollback would double-charge " +
        "anyone, so I paused renewals first because that was reversible in a minute, then rolled back at 10.",
      "self-reflection":
        "Since then I run every config change through the canary, even one-liners. Last month the canary caught a " +
        "retry storm from a change I was sure was harmless, and I rolled it back in four minutes.",
      specificity:
        "It was 4,112 failed renewals, $61k of revenue, and our support team spent about 30 hours over two days " +
        "emailing customers to retry their payment.",
      candor:
        "I told my manager on Monday morning before the review, in writing: I skipped the canary because I was sure, " +
        "that was my call and it was wrong.",
    };
    const reply = replies[asked ?? ""];
    expect(reply, `a reply for the ${asked} follow-up`).toBeDefined();
    t.type(reply as string);
    t.press("C-d");
    await t.waitFor("EXIT=0", 15_000);
    const printed = t.history();
    const levels = (card: string) =>
      new Map(
        [...card.matchAll(/^ {2}(Candor|Judgment[\w ]*|Self-reflection|Specificity)\s+\S{4}\s+(\w+).*$/gm)].map((m) => [
          m[1]?.trim(),
          { level: m[2], asBefore: m[0].includes("level unchanged") },
        ]),
      );
    expect(printed).toMatch(/With your reply, [a-z -]+ went from (Poor|Mixed) to (Mixed|Good|Excellent)\./);
    // The answered prompt is replaced by its text, so the follow-up's card starts at the second "Graded".
    const cardAt = printed.indexOf("Graded (", printed.indexOf("Graded (") + 1);
    expect(cardAt).toBeGreaterThan(0);
    const firstCard = levels(printed.slice(0, cardAt));
    const replyCard = levels(printed.slice(cardAt));
    // The reply is short by design: it is not told that real answers run 200–500 words.
    expect(printed.slice(cardAt)).toMatch(/With your reply/);
    expect(printed.slice(cardAt)).not.toMatch(/Real answers run|too short to judge/);
    // On the follow-up's card, a dimension it did not probe whose level held says so instead of repeating the
    // first card; the probed one never does.
    expect(replyCard.size).toBe(4);
    const probedTitle = { candor: "Candor", "self-reflection": "Self-reflection", specificity: "Specificity" }[
      asked as string
    ];
    for (const [title, { level, asBefore }] of replyCard) {
      if (asBefore) expect(firstCard.get(title)?.level, title).toBe(level);
      if (title === probedTitle || (asked === "judgment" && title?.startsWith("Judgment")))
        expect(asBefore, title).toBe(false);
    }
    expect([...replyCard.values()].some((d) => d.asBefore)).toBe(true);

    const saved = events(sessionFile(home));
    const followGrade = saved.find((e) => e.type === "graded" && e.followUpOf) as
      | { grade: { dimensions: { id: string; evidence: { quote: string }[] }[] } }
      | undefined;
    const quotes = followGrade?.grade.dimensions.flatMap((d) => d.evidence.map((e) => e.quote)) ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(reply).toContain(quote);
    // The stored reply is the reply alone; the first answer is not copied into it.
    const stored = saved.filter((e) => e.type === "answer_submitted").map((e) => e.text);
    expect(stored[1]).toBe(reply);
  });

  it("shows the LLM's grade beside the heuristic one with --grader both", async () => {
    const server = await fakeLlm(() =>
      completion(
        gradeReply({
          candor: { score: 4, evidence: ["I said I did not know"] },
          judgment: { score: 2, evidence: [] },
          "self-reflection": { score: 2, evidence: [] },
          specificity: { score: 3, evidence: ["10% of peak"] },
        }),
      ),
    );
    try {
      const home = tempHome();
      const t = new Terminal(
        `sh -c '"${process.execPath}" "${BIN}" practice --question ${Q1} --grader both --no-follow-ups --no-rate; echo EXIT=$?; sleep 30'`,
        {
          env: {
            NETPREP_HOME: home,
            TERM: "xterm-256color",
            PATH: process.env.PATH ?? "",
            OPENAI_BASE_URL: server.url,
            OPENAI_API_KEY: "sk-practice-test-0000",
            NETPREP_MODEL: "fake-model",
          },
          cwd: ROOT,
          width: 100,
          height: 50,
        },
      );
      terminals.push(t);
      await t.waitFor("Ctrl-D submit");
      t.type("In the Q3 review I said I did not know if the cache would halve p99; I had tested 10% of peak.");
      t.press("C-d");
      const screen = await t.waitFor("EXIT=0", 20_000);
      expect(server.requests).toHaveLength(1);
      expect(screen).toMatch(/LLM \(fake-model\)/);
    } finally {
      await server.close();
    }
  });

  it("--retry asks an earlier session's questions again, and --no-timer hides the clock", async () => {
    const home = tempHome();
    const file = join(home, "answers.yaml");
    writeFileSync(file, `${Q2}: First attempt.\n${Q1}: Another first attempt.\n`);
    const first = JSON.parse(
      netprep(["practice", "--answers", file, "--json"], { env: { NETPREP_HOME: home } }).stdout,
    ) as { session: string };
    const t = start(`practice --retry ${first.session} --no-timer --no-rate --no-follow-ups`, home);
    const screen = await t.waitFor("question 1 of 2");
    expect(screen).toContain("ran the keeper test on you today"); // Q2 first, as in the earlier session
    expect(screen).not.toMatch(/⏱ \d+:\d\d left/);
    expect(screen).toContain(`retry of ${first.session}`);
  });

  it("fits 200×50 and plain text under NO_COLOR", async () => {
    const home = tempHome();
    const t = new Terminal(`exec "${process.execPath}" "${BIN}" practice --question ${Q1}`, {
      env: { NETPREP_HOME: home, NO_COLOR: "1", TERM: "xterm-256color", PATH: process.env.PATH ?? "" },
      cwd: ROOT,
      width: 200,
      height: 50,
    });
    terminals.push(t);
    const screen = await t.waitFor("Ctrl-D submit");
    expect(screen).toContain("netprep · practice · question 1 of 1 · behavioral");
  });
});

describe("practice without a terminal", () => {
  it("says to use --answers and exits 2 instead of hanging", () => {
    const run = netprep(["practice"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("use --answers FILE");
    expect(run.ms).toBeLessThan(5000);
  });

  it("grades an --answers file, stores the session and prints JSON", () => {
    const home = tempHome();
    const file = join(home, "answers.yaml");
    writeFileSync(
      file,
      `${Q1}: |\n  In our Q3 launch review I told the VP I did not know whether the cache would halve p99.\n  I had tested only 10% of peak. Since then I state what I have not measured before I give a number.\n${Q2}: I would be kept, I think.\n`,
    );
    const run = netprep(["practice", "--answers", file, "--json"], { env: { NETPREP_HOME: home } });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      session: string;
      status: string;
      questions: { id: string; overall: number; dimensions: Record<string, number> }[];
    };
    expect(out.status).toBe("complete");
    expect(out.questions.map((q) => q.id)).toEqual([Q1, Q2]);
    expect(Object.keys(out.questions[0]?.dimensions ?? {})).toEqual([
      "candor",
      "judgment",
      "self-reflection",
      "specificity",
    ]);
    expect(out.questions[0]?.overall).toBeGreaterThan(out.questions[1]?.overall ?? 4);
    const stored = events(sessionFile(home));
    expect(stored.filter((e) => e.type === "graded")).toHaveLength(2);
  });

  it("names the file and the fix for an unknown question id", () => {
    const home = tempHome();
    const file = join(home, "answers.yaml");
    writeFileSync(file, "said-i-dont-knw: text\n");
    const run = netprep(["practice", "--answers", file], { env: { NETPREP_HOME: home } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `netprep: ${file}: no question "said-i-dont-knw"; did you mean "${Q1}"? (see \`netprep questions list\`)\n`,
    );
  });

  it.each([
    [["practice", "--count", "zero", "--answers", "x"], "--count takes a whole number"],
    [["practice", "--time", "soon", "--answers", "x"], "--time takes a duration"],
    [["practice", "--loop", "nope"], "needs a terminal"],
    [["practice", "--resume", "--retry", "abc"], "--resume continues a live session"],
  ])("rejects %j with a one-line error", (args, message) => {
    const run = netprep(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
