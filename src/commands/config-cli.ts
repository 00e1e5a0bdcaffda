// Registers `netprep config` and `netprep doctor`; the work lives in ./doctor.js, loaded on use.
import { type Command, Option } from "commander";
import type { ContextFor } from "../cli.js";
import { examples } from "./help.js";

const settingOptions = (cmd: Command) =>
  cmd
    .option("--model <name>", "model to use (overrides NETPREP_MODEL and config.yaml)")
    .option("--base-url <url>", "OpenAI-compatible endpoint (overrides OPENAI_BASE_URL and config.yaml)")
    .addOption(new Option("--timeout <seconds>", "seconds to wait for the endpoint"));

export function registerConfig(program: Command, context: ContextFor): void {
  settingOptions(
    program
      .command("config")
      .description("show the LLM grader settings in effect and where each came from (the API key masked)")
      .option("--check", "also send one tiny request and say what is wrong, if anything")
      .option("--json", "print as JSON"),
  )
    .addHelpText(
      "after",
      examples([
        "netprep config",
        "netprep config --check",
        "OPENAI_BASE_URL=http://localhost:11434/v1 NETPREP_MODEL=llama3.1 netprep config --check",
        "# settings live in the config.yaml shown; the key only ever in OPENAI_API_KEY",
      ]),
    )
    .action(async (opts, cmd: Command) => {
      const { runConfig } = await import("./doctor.js");
      await runConfig(await context(cmd), opts);
    });

  settingOptions(
    program.command("doctor").description("check the LLM endpoint: key, URL, model and timeout, one line per problem"),
  )
    .addHelpText(
      "after",
      examples([
        "netprep doctor",
        "netprep doctor --model gpt-4o-mini",
        "OPENAI_BASE_URL=http://localhost:1234/v1 netprep doctor   # LM Studio",
      ]),
    )
    .action(async (opts, cmd: Command) => {
      const { runDoctor } = await import("./doctor.js");
      await runDoctor(await context(cmd), opts);
    });
}
