// Registers `netprep practice`; the interview itself loads only when the command runs.
import { type Command, Option } from "commander";
import { CATEGORIES, DIFFICULTIES } from "../bank/format.js";
import type { ContextFor } from "../cli.js";
import { collect } from "./help.js";

export function registerPractice(program: Command, context: ContextFor): void {
  program
    .command("practice")
    .description("a timed mock interview: one question at a time, graded as you go, saved as you type")
    .addOption(new Option("-c, --category <category>", "only this category").choices(CATEGORIES))
    .option("--value <value>", "only questions probing this culture value (repeatable)", collect)
    .option("--tag <tag>", "only questions with this tag (repeatable)", collect)
    .addOption(
      new Option("--difficulty <level>", "only this difficulty (repeatable)").choices(DIFFICULTIES).argParser(collect),
    )
    .option("-q, --question <id>", "ask this question (repeatable, asked in order)", collect)
    .option("-n, --count <n>", "how many questions (default 3)")
    .option(
      "--loop <id>",
      "a whole interview stage, e.g. recruiter-screen, team-interview (see `questions list --loop`)",
    )
    .option("--seed <n>", "reproduce a draw exactly")
    .option("--retry <session>", "ask the questions of an earlier session again")
    .option("--resume [session]", "continue an unfinished session (the latest one if no id is given)")
    .option("--time <duration>", "answer time per question instead of each question's own, e.g. 2m")
    .option("--no-timer", "hide the countdown (time is still recorded)")
    .option("--strict", "submit automatically when time runs out")
    .option("--no-follow-ups", "do not ask follow-up questions")
    .option("--no-rate", "skip rating your own answers")
    .addOption(
      new Option(
        "--grader <kind>",
        "heuristic (offline), llm, or both side by side (default: config.yaml, else heuristic)",
      ).choices(["heuristic", "llm", "both"]),
    )
    .option("--answers <file>", "grade answers from a YAML/JSON file (question id: answer) instead of typing")
    .option("--json", "with --answers: print the session as JSON")
    .addOption(new Option("-b, --bank <path>", "also load this bank file or folder (repeatable)").argParser(collect))
    .addHelpText(
      "after",
      `
Keys while answering: Enter new line · Ctrl-D submit · Ctrl-E open $EDITOR · Ctrl-C save and stop

Examples:
  $ netprep practice                                  # 3 behavioral questions you need most
  $ netprep practice --loop team-interview
  $ netprep practice --value candor --value courage --count 2
  $ netprep practice --category system-design --time 30m
  $ netprep practice --question keeper-test-on-yourself --strict
  $ netprep practice --resume
  $ netprep practice --grader both                    # a model's second opinion (see netprep config)
  $ netprep practice --answers answers.yaml --json    # for scripts and CI
`,
    )
    .action(async (opts, cmd: Command) => {
      const { runPractice } = await import("./practice.js");
      await runPractice(await context(cmd), opts);
    });
}
