// The program's surface as a user meets it: version, help, usage errors, colour, exit codes.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, netprep, ROOT, STACK_TRACE } from "../support/cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const ANSI = "\u001b[";

describe("netprep", () => {
  it("prints its version", () => {
    const run = netprep(["--version"]);
    expect(run.stdout.trim()).toBe(pkg.version);
    expect(run.code).toBe(0);
  });

  it("lists every command in --help with examples", () => {
    const run = netprep(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["validate", "schema", "questions", "paths"]) expect(run.stdout).toContain(command);
    expect(run.stdout).toContain("Examples:");
  });

  it.each([["validate"], ["schema"], ["questions"], ["questions", "list"], ["questions", "show"], ["paths"]])(
    "shows pasteable examples in `%s --help`",
    (...command) => {
      const run = netprep([...command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Examples:\n {2}\$ netprep /);
    },
  );

  it.each([
    [["valdate"], "netprep: unknown command 'valdate'; did you mean validate? (see `netprep --help`)"],
    [
      ["validate", "--fromat", "json"],
      "netprep: unknown option '--fromat'; did you mean --format? (see `netprep validate --help`)",
    ],
    [["questions", "lst"], "netprep: unknown command 'lst'; did you mean list? (see `netprep questions --help`)"],
  ])("gives a one-line error with a suggestion for %j and exits 2", (args, message) => {
    const run = netprep(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe("");
  });

  it("rejects a bad choice with the allowed ones, in one line", () => {
    const run = netprep(["questions", "list", "--category", "trivia"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("behavioral, system-design, recruiter-screen, compensation");
  });

  it("hides stack traces unless --debug is given", () => {
    const quiet = netprep(["validate", "missing.yaml"]);
    expect(quiet.stderr).not.toMatch(STACK_TRACE);
    const loud = netprep(["validate", "missing.yaml", "--debug"]);
    expect(loud.code).toBe(2);
    expect(loud.stderr).toMatch(STACK_TRACE);
  });

  it("prints plain text under NO_COLOR even when colour is forced, and colour when forced alone", () => {
    const args = ["validate", "test/fixtures/banks/broken/bad-category.yaml"];
    expect(netprep(args, { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toContain(ANSI);
    expect(netprep(args, { env: { NO_COLOR: "", FORCE_COLOR: "1" } }).stdout).toContain(ANSI);
    expect(netprep(args, { env: { NO_COLOR: "" } }).stdout).not.toContain(ANSI); // not a TTY
    expect(netprep([...args, "--no-color"], { env: { NO_COLOR: "", FORCE_COLOR: "1" } }).stdout).not.toContain(ANSI);
  });

  it("keeps data and config under NETPREP_HOME", () => {
    const run = netprep(["paths", "--json"], { env: { NETPREP_HOME: "/tmp/np-home" } });
    const paths = JSON.parse(run.stdout) as Record<string, string>;
    expect(paths.data).toBe("/tmp/np-home/data");
    expect(paths.config).toBe("/tmp/np-home/config");
    expect(paths.userBanks).toBe("/tmp/np-home/config/banks");
  });

  it("follows XDG without a -nodejs suffix when NETPREP_HOME is unset", () => {
    const run = netprep(["paths", "--json"], {
      env: { NETPREP_HOME: "", XDG_DATA_HOME: "/tmp/xdg-data", XDG_CONFIG_HOME: "/tmp/xdg-config" },
    });
    const paths = JSON.parse(run.stdout) as Record<string, string>;
    expect(paths.data).toBe("/tmp/xdg-data/netprep");
    expect(paths.config).toBe("/tmp/xdg-config/netprep");
  });

  it("prints the JSON Schema that is committed under questions/", () => {
    const run = netprep(["schema"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(readFileSync(join(ROOT, "questions/netprep.schema.json"), "utf8")),
    );
  });

  it("grades an ad-hoc --prompt as the category of the --rubric it names", () => {
    // A design answer is naturally "I'd…"; graded as a behavioral story it would be capped as hypothetical.
    const answer =
      "I'd start from 250 million members and about 5,000 playback starts a second at peak. I'd keep the per-title hit counters in Redis, sharded by title, and rebuild the row every minute. If Redis is down I'd serve yesterday's row from the CDN rather than an empty one. I'd accept a minute of staleness because nobody notices a row that is sixty seconds old.";
    const graded = (...extra: string[]) =>
      JSON.parse(
        netprep(["grade", "--json", "--prompt", "Design the trending-now row.", ...extra], { input: answer }).stdout,
      ) as {
        notes: string[];
        dimensions: { id: string }[];
      };
    const implied = graded("--rubric", "system-design");
    expect(implied.dimensions.map((d) => d.id)).toContain("failure-handling");
    expect(implied.notes.join(" ")).not.toMatch(/hypothetical/i);
    // An explicit --category still wins.
    expect(graded("--rubric", "system-design", "--category", "behavioral").notes.join(" ")).toMatch(/hypothetical/i);
  });

  it("lists which of a design question's look-fors the answer named, in JSON and in the report", () => {
    const answer =
      "The client prefetches the manifest before the click. It uses adaptive bitrate streaming and starts low, around 235 kbps, then ramps up once the buffer passes 10 seconds.";
    const args = ["grade", "--question", "sd-playback-startup-abr"];
    const json = JSON.parse(netprep([...args, "--json"], { input: answer }).stdout) as {
      lookFor: { covered: string[]; missed: string[] };
    };
    expect(json.lookFor.covered).toContain("adaptive bitrate streaming");
    expect(json.lookFor.missed).toContain("parallel manifest and license fetch");
    const report = netprep(args, { input: answer }).stdout;
    const total = json.lookFor.covered.length + json.lookFor.missed.length;
    expect(report).toContain(`Look-fors named ${json.lookFor.covered.length} of ${total}\n`);
    expect(report).toContain("  ✓ adaptive bitrate streaming\n");
    expect(report).toContain("  · parallel manifest and license fetch");
  });

  it("says where in its level each dimension sits, in JSON and in the report", () => {
    const answer =
      "Last spring I shipped a pricing change to 12,000 accounts without running it past finance, because I assumed the discount rules were the same as last year. They were not, and we under-billed about $40,000 before support noticed. That was my mistake: I skipped the check because I wanted the launch date. I told my manager the same day and wrote the fix. Since then every pricing change I own goes through a finance review, and when I was tempted to skip it in October I didn't.";
    const args = ["grade", "--prompt", "What have you failed at recently?"];
    const json = JSON.parse(netprep([...args, "--json"], { input: answer }).stdout) as {
      dimensions: { id: string; score: number; position: number; level: string }[];
    };
    for (const d of json.dimensions) {
      expect(Math.round(d.position), d.id).toBe(d.score);
      expect(d.position * 10).toBe(Math.round(d.position * 10));
    }
    const report = netprep(args, { input: answer }).stdout;
    const candor = json.dimensions.find((d) => d.id === "candor");
    expect(report).toMatch(new RegExp(`Candor\\s+\\S+ ${candor?.position.toFixed(1)}`));
  });

  it("stays quiet when the reader closes the pipe early (`| head -1`)", () => {
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" questions list --json | head -c 10`], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.stdout).toHaveLength(10);
    expect(run.stderr).toBe("");
  });
});

describe("questions", () => {
  it("lists every question as JSON with all its fields", () => {
    const run = netprep(["questions", "list", "--json"]);
    const list = JSON.parse(run.stdout) as { id: string; category: string; prompt: string; time: string }[];
    expect(list.length).toBeGreaterThan(0);
    for (const q of list) expect(q).toMatchObject({ id: expect.any(String), prompt: expect.any(String) });
  });

  it("filters by category and shows one question", () => {
    const list = JSON.parse(netprep(["questions", "list", "--category", "compensation", "--json"]).stdout) as {
      id: string;
      category: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((q) => q.category))).toEqual(new Set(["compensation"]));
    const first = list[0]?.id as string;
    const show = netprep(["questions", "show", first]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(first);
  });

  it("suggests the nearest id for a typo", () => {
    const list = JSON.parse(netprep(["questions", "list", "--json"]).stdout) as { id: string }[];
    const id = list[0]?.id as string;
    const run = netprep(["questions", "show", `${id}x`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`did you mean "${id}"?`);
  });

  it("refuses an explicit --bank with errors, naming file:line", () => {
    const run = netprep(["questions", "list", "--bank", "test/fixtures/banks/broken/unknown-field.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("test/fixtures/banks/broken/unknown-field.yaml:7:5: error:");
  });

  it("includes questions from --bank", () => {
    const run = netprep(["questions", "show", "fixture-last-mistake", "--bank", "test/fixtures/banks/valid"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Tell me about the last mistake you made at work");
  });
});

describe("the bank cache", () => {
  it("sees an edited bank at once and survives a damaged cache file", async () => {
    const { mkdirSync, writeFileSync, utimesSync } = await import("node:fs");
    const { tempHome } = await import("../support/cli.js");
    const home = tempHome();
    const mine = join(home, "config/banks/mine.yaml");
    mkdirSync(join(home, "config/banks"), { recursive: true });
    const bank = (prompt: string) =>
      `bank: mine\ntitle: Mine\nquestions:\n  - id: my-own-question\n    category: behavioral\n    prompt: ${prompt}\n    time: 3m\n`;
    writeFileSync(mine, bank("What did you get wrong last week, and who noticed first?"));
    const env = { NETPREP_HOME: home };
    expect(netprep(["questions", "show", "my-own-question"], { env }).stdout).toContain("who noticed first");
    // The cache is really written (a silent failure to write it would only show as slowness).
    const cached = JSON.parse(readFileSync(join(home, "cache/banks.json"), "utf8")) as { banks: unknown[] };
    expect(cached.banks.length).toBeGreaterThan(5);
    writeFileSync(mine, bank("What did you get wrong last month, and who told you?"));
    utimesSync(mine, new Date(), new Date(Date.now() + 5000)); // a new mtime even on coarse clocks
    expect(netprep(["questions", "show", "my-own-question"], { env }).stdout).toContain("who told you");
    writeFileSync(join(home, "cache/banks.json"), "{ not json");
    const run = netprep(["questions", "show", "my-own-question"], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("who told you");
  });
});
