// Registers `netprep review` and `netprep forget`; the work happens in ./review.js, loaded only when they run.
import { type Command, Option } from "commander";
import type { ContextFor } from "../cli.js";
import { collect, examples } from "./help.js";

/** Graders `--regrade` accepts; extend when another grader can regrade stored answers. */
export const REGRADE_GRADERS = ["heuristic", "llm", "both"];

export function registerReview(program: Command, context: ContextFor): void {
  program
    .command("review")
    .description("look back at practice sessions: list them, open one, replay it, regrade it, export it, see progress")
    .argument("[id]", "session id or a unique prefix of it (see the list)")
    .option("--json", "print JSON instead of text")
    .option("-n, --limit <n>", "how many sessions to list, newest first", "20")
    .option("--since <date>", "only sessions since a date (YYYY-MM-DD) or a span (7d, 2w)")
    .option("--progress", "each dimension's trend across sessions, gaps in values and what to practise next")
    .option("--replay", "play the session back in order at a readable pace (space/enter: next, q: quit)")
    .option("--regrade", "grade the stored answers again with the current grader and rubric (old grades are kept)")
    .addOption(
      new Option("--grader <name>", "grader for --regrade (default: config.yaml, else heuristic)").choices(
        REGRADE_GRADERS,
      ),
    )
    .addOption(
      new Option("--export <format>", "write a report: md, html or json (with --progress: html or json)").choices([
        "md",
        "html",
        "json",
      ]),
    )
    .option("-o, --out <file>", "write the export to this file instead of stdout")
    .addOption(new Option("-b, --bank <path>", "also load this bank file or folder (repeatable)").argParser(collect))
    .addHelpText(
      "after",
      examples([
        "netprep review                         # the latest 20 sessions",
        "netprep review --since 7d --json | jq '.[].averages'",
        "netprep review 3f2a                    # one session, question by question",
        "netprep review 3f2a --replay",
        "netprep review 3f2a --regrade",
        "netprep review 3f2a --export html --out session.html",
        "netprep review --progress",
        "netprep review --progress --export html --out progress.html",
      ]),
    )
    .action(async (id: string | undefined, opts, cmd: Command) => {
      const { runReview } = await import("./review.js");
      await runReview(await context(cmd), id, opts);
    });
}

export function registerForget(program: Command, context: ContextFor): void {
  program
    .command("forget")
    .description("delete a practice session for good")
    .argument("<id>", "session id or a unique prefix of it")
    .option("-y, --yes", "do not ask for confirmation (needed when not at a terminal)")
    .addHelpText("after", examples(["netprep forget 3f2a", "netprep forget 3f2a --yes"]))
    .action(async (id: string, opts: { yes?: boolean }, cmd: Command) => {
      const { runForget } = await import("./review.js");
      await runForget(await context(cmd), id, opts);
    });
}
