// Builds the command-line program. The one place that turns errors into exit codes.
// Command modules are imported lazily so `--help` and `--version` load almost nothing.
import { Command, CommanderError, Option } from "commander";
import { CATEGORIES } from "./bank/format.js";
import { registerConfig } from "./commands/config-cli.js";
import { addGradeLlmOptions } from "./commands/grade-llm.js";
import { collect, examples } from "./commands/help.js";
import { registerPractice } from "./commands/practice-cli.js";
import { registerForget, registerReview } from "./commands/review-cli.js";
import type { Context } from "./context.js";
import { EXIT, NetprepError } from "./errors.js";
import { VERSION } from "./package-info.js";

/** Commander's own errors that mean "the command line is wrong". */
const USAGE_CODES = new Set([
  "commander.unknownCommand",
  "commander.unknownOption",
  "commander.missingArgument",
  "commander.missingMandatoryOptionValue",
  "commander.optionMissingArgument",
  "commander.invalidArgument",
  "commander.excessArguments",
  "commander.conflictingOption",
]);

/** Builds the Context on first use; command registrations in other files receive this. */
export type ContextFor = (cmd: Command) => Promise<Context>;

/** The program, built without side effects so tests can inspect it. */
export function buildProgram(run: (ctx: Context) => void = () => {}): Command {
  let ctx: Context | undefined;
  // Built on first use: --help and --version never load chalk or the path logic.
  const context = async (cmd: Command): Promise<Context> => {
    if (!ctx) {
      const { createContext } = await import("./context.js");
      const opts = cmd.optsWithGlobals() as { debug?: boolean; color?: boolean };
      ctx = createContext({ debug: opts.debug, color: opts.color });
      run(ctx);
    }
    return ctx;
  };

  const program = new Command("netprep")
    .description("Practise Netflix-style interviews in your terminal: timed questions, honest rubric scores.")
    .version(VERSION, "-v, --version", "print the version")
    .option("--debug", "show stack traces and internal details on errors")
    .option("--no-color", "plain output without colours (NO_COLOR works too)")
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .addHelpText(
      "after",
      examples([
        "netprep practice                      # a short mock interview, graded as you go",
        "netprep practice --loop team-interview",
        "netprep review --progress              # how you are doing over time",
        "netprep questions list --category behavioral",
        "netprep validate my-bank/ --format github",
      ]),
    );

  registerPractice(program, context);
  registerReview(program, context);

  const bankOption = () =>
    new Option("-b, --bank <path>", "also load this bank file or folder (repeatable)").argParser(collect);

  program
    .command("validate")
    .description("check bank files for format errors, bad references and duplicates")
    .argument("[paths...]", "bank files or folders (default: the built-in banks and your own)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "github"]).default("text"))
    .option("--self-test", "also grade each exemplar and weak example and fail if they do not separate")
    .addHelpText(
      "after",
      examples([
        "netprep validate",
        "netprep validate banks/ extra.yaml",
        "netprep validate banks/ --format github   # annotations in GitHub Actions",
        "netprep validate banks/ --format json | jq .errors",
      ]),
    )
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runValidate } = await import("./commands/validate.js");
      await runValidate(await context(cmd), { paths, format: opts.format, selfTest: Boolean(opts.selfTest) });
    });

  program
    .command("schema")
    .description("print the JSON Schema (draft-7) for bank files, for editors and CI")
    .addHelpText(
      "after",
      examples([
        "netprep schema > netprep.schema.json",
        "# then start each bank with:  # yaml-language-server: $schema=./netprep.schema.json",
      ]),
    )
    .action(async (_opts, cmd: Command) => {
      const { runSchema } = await import("./commands/schema.js");
      runSchema(await context(cmd));
    });

  const grade = program.command("grade");
  addGradeLlmOptions(grade);
  grade
    .description("score a typed answer offline against a question's rubric, with quoted evidence and advice")
    .argument("[file]", "answer text file (default: read stdin; `-` also means stdin)")
    .option("-q, --question <id>", "grade against this bank question (see `netprep questions list`)")
    .option("-p, --prompt <text>", "grade against an ad-hoc question instead of a bank one")
    .addOption(
      new Option(
        "-c, --category <category>",
        "category of --prompt (default: the --rubric's, else behavioral)",
      ).choices(CATEGORIES),
    )
    .option("-r, --rubric <id>", "use this rubric instead of the question's or the category default")
    .addOption(bankOption())
    .option("--json", "print the grade as JSON")
    .addHelpText(
      "after",
      examples([
        "netprep grade answer.txt --question keeper-test-on-yourself",
        "pbpaste | netprep grade --question recent-failure-that-cost-something",
        'netprep grade answer.txt --prompt "Design a rate limiter for 1M QPS" --category system-design',
        "netprep grade answer.txt -q rs-why-netflix --json | jq .overall",
        "netprep grade answer.txt -q said-i-dont-know --grader both   # heuristic and LLM side by side",
        "netprep grade answer.txt -q said-i-dont-know --grader llm --dry-run",
      ]),
    )
    .action(async (file: string | undefined, opts, cmd: Command) => {
      const { runGrade } = await import("./commands/grade.js");
      await runGrade(await context(cmd), file, opts);
    });

  const questions = program
    .command("questions")
    .description("browse the questions netprep can ask")
    .addHelpText("after", examples(["netprep questions list --category system-design", "netprep questions show ID"]));

  questions
    .command("list")
    .description("list questions, optionally filtered")
    .addOption(new Option("-c, --category <category>", "only this category").choices(CATEGORIES))
    .option("--value <value>", "only questions that probe this culture value")
    .option("--loop <id>", "only what this interview loop draws from")
    .addOption(bankOption())
    .option("--json", "print a JSON array of the full question objects")
    .addHelpText(
      "after",
      examples([
        "netprep questions list",
        "netprep questions list --category behavioral --value candor",
        "netprep questions list --loop team-interview",
        "netprep questions list --json | jq length",
      ]),
    )
    .action(async (opts, cmd: Command) => {
      const { runQuestionsList } = await import("./commands/questions.js");
      await runQuestionsList(await context(cmd), opts);
    });

  questions
    .command("show")
    .description("show one question with its rubric, what to look for and follow-ups")
    .argument("<id>", "question id (see `netprep questions list`)")
    .addOption(bankOption())
    .option("--json", "print the question object as JSON")
    .addHelpText(
      "after",
      examples(["netprep questions show keeper-test-on-yourself", "netprep questions show ID --json"]),
    )
    .action(async (id: string, opts, cmd: Command) => {
      const { runQuestionsShow } = await import("./commands/questions.js");
      await runQuestionsShow(await context(cmd), id, opts);
    });

  program
    .command("paths")
    .description("print where netprep keeps sessions, config, your own banks and its cache")
    .option("--json", "print as JSON")
    .addHelpText("after", examples(["netprep paths", "NETPREP_HOME=/tmp/np netprep paths --json"]))
    .action(async (opts, cmd: Command) => {
      const c = await context(cmd);
      if (opts.json) c.print(JSON.stringify(c.paths, null, 2));
      else for (const [k, v] of Object.entries(c.paths)) c.print(`${k.padEnd(10)} ${v}`);
    });

  registerConfig(program, context);
  registerForget(program, context);

  // Every subcommand reports errors the same way and never exits by itself.
  const configure = (cmd: Command) => {
    cmd.exitOverride();
    cmd.configureOutput({ outputError: (str, write) => write(oneLineError(str, cmd)) });
    for (const sub of cmd.commands) configure(sub);
  };
  configure(program);
  return program;
}

/** Commander's "error: …\n(Did you mean x?)" as one line that also says where help is. */
function oneLineError(text: string, cmd: Command): string {
  const [first = "", ...rest] = text.trim().split("\n");
  const hint = rest.join(" ").match(/\(Did you mean (.+)\?\)/);
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const message = first.replace(/^error: /, "");
  return `netprep: ${message}${hint ? `; did you mean ${hint[1]}?` : ""} (see \`${names.join(" ")} --help\`)\n`;
}

/** Run the CLI. Sets process.exitCode; never calls process.exit while output may be pending. */
export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes("--debug");
  // A closed pipe (`netprep questions list | head`) is not an error worth a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    process.exitCode ??= EXIT.ok;
  } catch (error) {
    process.exitCode = exitCodeFor(error, debug);
  }
}

function exitCodeFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander already printed its one-line message (and help for help requests).
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
    if (error.code === "commander.help") return EXIT.ok;
    return USAGE_CODES.has(error.code) ? EXIT.usage : error.exitCode || EXIT.usage;
  }
  if (error instanceof NetprepError) {
    if (error.message) process.stderr.write(`netprep: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (isInterrupt(error)) return EXIT.interrupted;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`netprep: unexpected error: ${firstLine(message)}\n`);
  if (debug) process.stderr.write(`${error instanceof Error ? error.stack : message}\n`);
  else process.stderr.write("(run again with --debug for details)\n");
  return EXIT.problems;
}

function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}
