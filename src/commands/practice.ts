// `netprep practice`: pick questions, run the timed interview (or grade an --answers file), save
// every step, and end with a debrief.
import { randomInt } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { distance } from "fastest-levenshtein";
import { CATEGORIES, DIFFICULTIES, DURATION, durationSeconds } from "../bank/format.js";
import type { Library } from "../bank/library.js";
import { didYouMean } from "../bank/problems.js";
import type { Category, Difficulty, Question, Rubric } from "../bank/schema.js";
import type { Context } from "../context.js";
import { EXIT, NetprepError, UsageError } from "../errors.js";
import type { GradeOutcome, OutcomeGrader } from "../grading/choose.js";
import type { Grader } from "../grading/grade.js";
import { VERSION } from "../package-info.js";
import type { SessionEvent, SessionOptions } from "../session/events.js";
import { historyFrom } from "../session/history.js";
import { replay } from "../session/replay.js";
import { type AnswerTaken, type Interviewer, type RunResult, runSession } from "../session/runner.js";
import { selectQuestions } from "../session/select.js";
import { findSession, listSessions, readSession, SessionWriter, sessionFiles } from "../session/store.js";
import { loadBanksFor } from "./banks.js";
import { printComparison } from "./grade-llm.js";
import { checkValue, findLoop } from "./questions.js";

export interface PracticeOptions {
  category?: string;
  value?: string[];
  tag?: string[];
  difficulty?: string[];
  question?: string[];
  count?: string;
  loop?: string;
  seed?: string;
  retry?: string;
  resume?: string | boolean;
  strict?: boolean;
  time?: string;
  timer?: boolean;
  followUps?: boolean;
  rate?: boolean;
  answers?: string;
  json?: boolean;
  bank?: string[];
  grader?: string;
}

export async function runPractice(ctx: Context, opts: PracticeOptions): Promise<void> {
  const interactive = !opts.answers;
  if (opts.resume && (opts.retry || opts.answers))
    throw new UsageError("--resume continues a live session; it does not go with --retry or --answers");
  if (interactive && (!ctx.stdin.isTTY || !ctx.stdout.isTTY)) {
    throw new UsageError(
      "practice is a live interview and needs a terminal; to grade answers from a script, use --answers FILE (see `netprep practice --help`)",
    );
  }
  if (opts.json && interactive) throw new UsageError("--json goes with --answers FILE");
  const timeOverrideMs = opts.time ? parseDuration(opts.time, "--time") : undefined;
  const draw = parseDraw(opts);
  const library = await loadBanksFor(ctx, opts.bank);
  const rubricFor = (q: Question): Rubric => {
    const rubric = library.rubricFor(q);
    if (!rubric) throw new NetprepError(`question "${q.id}" has no rubric; run \`netprep validate\``);
    return rubric;
  };

  const scripted = opts.answers ? await readAnswersFile(opts.answers, library) : undefined;
  const { writer, events, label } = opts.resume
    ? resumeSession(ctx, opts.resume)
    : startSession(ctx, opts, draw, library, scripted ? [...scripted.keys()] : undefined, timeOverrideMs);

  // A bad config.yaml should stop us before the interview, not at the first grade.
  const configured = Boolean(opts.grader) || existsSync(ctx.paths.configFile);
  if (configured)
    await (await import("../config.js")).effectiveSettings(ctx.paths.configFile, ctx.env, { grader: opts.grader });
  // The graders load at the first grade, behind the spinner: the heuristic's NLP lexicon alone takes a
  // few hundred ms, and none of it is needed to put the first question on screen.
  let outcomes: Promise<OutcomeGrader> | undefined;
  let last: GradeOutcome | undefined;
  const grader: Grader = {
    name: "heuristic",
    grade: async (request) => {
      if (!configured) return (await import("../grading/heuristic/index.js")).gradeHeuristic(request);
      outcomes ??= import("../grading/choose.js").then(
        async (m) => (await m.graderFromSettings(ctx, { grader: opts.grader })).grader,
      );
      last = await (await outcomes).grade(request);
      return last.primary;
    },
  };
  let interviewer: Interviewer;
  if (scripted) {
    interviewer = scriptedInterviewer(scripted);
  } else {
    const { TerminalInterviewer } = await import("../ui/interviewer.js");
    const terminal = new TerminalInterviewer({
      label,
      showTimer: opts.timer !== false,
      style: ctx.out,
      output: ctx.stdout,
    });
    // With --grader both, the LLM's view sits under the heuristic grade, big gaps flagged.
    terminal.afterGrade = (grade) => {
      if (last?.secondary && last.primary === grade) printComparison(ctx, last);
    };
    interviewer = terminal;
  }
  const started = events.find((e) => e.type === "session_started");
  const stored = started?.type === "session_started" ? started.options : undefined;

  let result: RunResult;
  try {
    result = await runSession({
      questions: library.questions,
      rubricFor,
      grader,
      interviewer,
      sink: writer,
      events,
      timeOverrideMs: timeOverrideMs ?? (stored?.timeOverride ? stored.timeOverride * 1000 : undefined),
      strict: opts.strict ?? stored?.strict ?? false,
      followUps: interactive && opts.followUps !== false && stored?.followUps !== false,
      selfRating: interactive && opts.rate !== false,
    });
  } finally {
    writer.close();
  }

  if (opts.json) {
    ctx.print(JSON.stringify(sessionJson(result, writer), null, 2));
    return;
  }
  const { printDebrief } = await import("../ui/debrief.js");
  printDebrief(ctx, result, { id: writer.id, file: writer.file, library });
  if (result.reason === "interrupted") {
    throw new NetprepError(
      `stopped; everything answered so far is saved. Continue with: netprep practice --resume ${writer.id}`,
      EXIT.interrupted,
    );
  }
}

/** The draw options, checked before anything is read so a typo fails fast. */
function parseDraw(opts: PracticeOptions) {
  return {
    seed: opts.seed !== undefined ? parseInteger(opts.seed, "--seed", 0, 0xffffffff) : randomInt(0, 2 ** 31),
    count: opts.count !== undefined ? parseInteger(opts.count, "--count", 1, 50) : undefined,
    category: opts.category ? checkCategory(opts.category) : undefined,
    values: opts.value?.map(checkValue),
    difficulty: opts.difficulty?.map(checkDifficulty),
  };
}

function startSession(
  ctx: Context,
  opts: PracticeOptions,
  draw: ReturnType<typeof parseDraw>,
  library: Library,
  answeredIds: string[] | undefined,
  timeOverrideMs: number | undefined,
) {
  const { seed, count, category, values, difficulty } = draw;
  const loop = opts.loop ? findLoop(library, opts.loop) : undefined;

  let plan: string[];
  let retryOf: string | undefined;
  if (answeredIds) {
    plan = answeredIds;
  } else if (opts.retry) {
    const found = findSession(ctx.paths.sessions, opts.retry);
    const earlier = replay(readSession(found.file).events);
    plan = earlier.plan.filter((id) => library.question(id));
    if (plan.length === 0) throw new UsageError(`session ${found.id} has no questions that are still in your banks`);
    retryOf = found.id;
  } else {
    // Only a free draw needs history (named questions are asked as named).
    const history = opts.question?.length ? [] : historyFrom(recentSessions(ctx.paths.sessions));
    const selection = selectQuestions(
      library.questions,
      { category, values, tags: opts.tag, difficulty, questionIds: opts.question, count, loop },
      history,
      seed,
      new Date(),
    );
    for (const note of selection.notes) ctx.warn(ctx.err.dim(`note: ${note}`));
    plan = selection.questions.map((q) => q.id);
  }

  const writer = SessionWriter.create(ctx.paths.sessions);
  const options: SessionOptions = {
    ...(category ? { category } : {}),
    ...(values ? { values } : {}),
    ...(opts.tag ? { tags: opts.tag } : {}),
    ...(difficulty ? { difficulty } : {}),
    ...(opts.question ? { questionIds: opts.question } : {}),
    ...(count ? { count } : {}),
    ...(loop ? { loop: loop.id } : {}),
    seed,
    strict: Boolean(opts.strict),
    ...(opts.followUps === false ? { followUps: false } : {}),
    ...(timeOverrideMs ? { timeOverride: timeOverrideMs / 1000 } : {}),
  };
  const questions = plan.map((id) => library.question(id)).filter((q): q is Question => Boolean(q));
  const bankVersions: Record<string, number> = {};
  const rubricVersions: Record<string, number> = {};
  for (const q of questions) {
    const origin = library.bankOf(q.id);
    if (origin) bankVersions[origin.bank] = origin.version ?? 0;
    const rubric = library.rubricFor(q);
    if (rubric) rubricVersions[rubric.id] = rubric.version;
  }
  const events: SessionEvent[] = [
    writer.append({
      type: "session_started",
      id: writer.id,
      options,
      plan,
      bankVersions,
      rubricVersions,
      netprepVersion: VERSION,
      ...(retryOf ? { retryOf } : {}),
    }),
  ];
  const label = loop ? loop.title : retryOf ? `retry of ${retryOf}` : "practice";
  return { writer, events, label };
}

function resumeSession(ctx: Context, which: string | boolean) {
  let found: { id: string; file: string };
  if (typeof which === "string") {
    found = findSession(ctx.paths.sessions, which);
  } else {
    const open = listSessions(ctx.paths.sessions).find((s) => s.status === "incomplete");
    if (!open) throw new UsageError("no unfinished session to resume; start one with `netprep practice`");
    found = { id: open.id, file: open.file };
  }
  const read = readSession(found.file);
  const state = replay(read.events);
  if (!state.id) throw new UsageError(`session ${found.id} is damaged (no start event); it cannot be resumed`);
  if (state.nextIndex === null && state.questions.every((q) => q.answers.length <= q.grades.length))
    throw new UsageError(`session ${found.id} has no unanswered questions; see it with \`netprep review ${found.id}\``);
  const writer = SessionWriter.open(found.file);
  const events = [...read.events, writer.append({ type: "session_resumed" })];
  return { writer, events, label: state.options?.loop ?? "practice (resumed)" };
}

/** Questions from the newest sessions, for preferring what the candidate has not done or did badly. */
function recentSessions(dir: string) {
  return sessionFiles(dir)
    .slice(-300)
    .map((file) => replay(readSession(file).events));
}

/** `--answers FILE`: a YAML or JSON mapping of question id to answer text, in the order to grade. */
async function readAnswersFile(file: string, library: Library): Promise<Map<string, string>> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = await parseYaml(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML or JSON: ${firstLine((error as Error).message)}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new UsageError(
      `${file}: expected a mapping of question id to answer text, e.g.  keeper-test-on-yourself: "I…"`,
    );
  const answers = new Map<string, string>();
  for (const [id, value] of Object.entries(data)) {
    if (!library.question(id)) {
      const hint = didYouMean(
        id,
        library.questions.map((q) => q.id),
        distance,
      );
      throw new UsageError(
        `${file}: no question "${id}"${hint ? `; did you mean "${hint}"?` : ""} (see \`netprep questions list\`)`,
      );
    }
    if (typeof value !== "string") throw new UsageError(`${file}: the answer to "${id}" must be text`);
    answers.set(id, value);
  }
  if (answers.size === 0) throw new UsageError(`${file}: no answers in it`);
  return answers;
}

async function parseYaml(text: string): Promise<unknown> {
  const { default: jsyaml } = await import("js-yaml");
  return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
}

/** Answers from a file instead of a keyboard: same loop, same events, no prompts. */
function scriptedInterviewer(answers: Map<string, string>): Interviewer {
  return {
    answer: async (ask): Promise<AnswerTaken> => ({
      text: answers.get(ask.questionId) ?? "",
      firstKeystrokeMs: null,
      usedMs: 0,
      overrunMs: 0,
      timedOut: false,
    }),
    selfRate: async () => null,
    grading: (_label, work) => work(),
    showGrade: () => {},
    confirmQuit: async () => true,
    note: () => {},
  };
}

function sessionJson(result: RunResult, writer: SessionWriter) {
  const s = result.state;
  return {
    session: writer.id,
    file: writer.file,
    status: s.status,
    verdict: result.verdict,
    questions: s.questions.map((q) => {
      const grade = q.grades.at(-1);
      return {
        id: q.questionId,
        answer: q.answers.at(-1)?.text,
        overall: grade?.overall,
        dimensions: Object.fromEntries((grade?.dimensions ?? []).map((d) => [d.id, d.score])),
        grade,
      };
    }),
  };
}

function parseDuration(text: string, flag: string): number {
  const seconds = DURATION.test(text) ? durationSeconds(text) : Number.NaN;
  if (!(seconds > 0)) throw new UsageError(`${flag} takes a duration such as 90s, 4m or 1m30s (got "${text}")`);
  return seconds * 1000;
}

function parseInteger(text: string, flag: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max} (got "${text}")`);
  return n;
}

function checkCategory(text: string): Category {
  if ((CATEGORIES as readonly string[]).includes(text)) return text as Category;
  const hint = didYouMean(text, CATEGORIES, distance);
  throw new UsageError(
    `"${text}" is not a category${hint ? `; did you mean "${hint}"?` : ""} (${CATEGORIES.join(", ")})`,
  );
}

function checkDifficulty(text: string): Difficulty {
  if ((DIFFICULTIES as readonly string[]).includes(text)) return text as Difficulty;
  throw new UsageError(`"${text}" is not a difficulty (${DIFFICULTIES.join(", ")})`);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}
