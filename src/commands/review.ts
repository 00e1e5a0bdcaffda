// `netprep review` and `netprep forget`: the I/O edge around the session store, the digest index and the report
// views. Everything that decides something lives in src/session/progress.ts and src/report/.
import { unlinkSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { VALUES } from "../bank/format.js";
import type { Library } from "../bank/library.js";
import type { Context } from "../context.js";
import { NetprepError, UsageError } from "../errors.js";
import type { GradeRequest } from "../grading/grade.js";
import { renderProgressHtml, renderSessionHtml } from "../report/html.js";
import { renderSessionMarkdown } from "../report/markdown.js";
import { buildSessionReport, type PreviousAttempt, type SessionReport, VERDICT_LABEL } from "../report/model.js";
import { playbackScript, type Step } from "../report/playback.js";
import { renderProgress, renderSessionList, renderSessionReport } from "../report/terminal.js";
import { DigestIndex, INDEX_FILE, startedFromName } from "../session/digest-cache.js";
import { computeProgress, parseSince, type SessionDigest } from "../session/progress.js";
import { gradedAnswers, replay, type SessionState } from "../session/replay.js";
import { findSession, readSession, SessionWriter, sessionFiles } from "../session/store.js";
import { computeVerdict } from "../session/verdict.js";
import { loadBanksFor } from "./banks.js";

export const EXPORT_FORMATS = ["md", "html", "json"] as const;
export const DEFAULT_LIMIT = 20;

export interface ReviewOptions {
  json?: boolean;
  limit?: string;
  since?: string;
  progress?: boolean;
  replay?: boolean;
  regrade?: boolean;
  grader?: string;
  export?: (typeof EXPORT_FORMATS)[number];
  out?: string;
  bank?: string[];
}

export async function runReview(ctx: Context, id: string | undefined, opts: ReviewOptions): Promise<void> {
  const actions = [opts.replay && "--replay", opts.regrade && "--regrade", opts.progress && "--progress"].filter(
    Boolean,
  );
  if (actions.length > 1) throw new UsageError(`${actions.join(" and ")} cannot be combined; pick one`);
  if (opts.out && !opts.export) throw new UsageError("--out needs --export md|html|json");
  if (opts.progress) {
    if (id) throw new UsageError("--progress covers every session; drop the session id");
    return runProgress(ctx, opts);
  }
  if (!id) {
    if (opts.replay || opts.regrade || opts.export) {
      throw new UsageError(
        `${opts.replay ? "--replay" : opts.regrade ? "--regrade" : "--export"} needs a session id, e.g. \`netprep review 3f2a --${opts.replay ? "replay" : opts.regrade ? "regrade" : "export md"}\``,
      );
    }
    return runList(ctx, opts);
  }
  if (opts.regrade) return runRegrade(ctx, id, opts);
  if (opts.replay) return runReplay(ctx, id, opts);
  return runShow(ctx, id, opts);
}

// ---------------------------------------------------------------------------------------------------------
// Digests, with the index and one warning line per damaged file.
// ---------------------------------------------------------------------------------------------------------

function openIndex(ctx: Context): DigestIndex {
  // NETPREP_REVIEW_INDEX=0 reads every file afresh: for the benchmark's comparison and for debugging.
  const disabled = ctx.env.NETPREP_REVIEW_INDEX === "0";
  return DigestIndex.load(disabled ? undefined : join(ctx.paths.data, INDEX_FILE), ctx.paths.sessions);
}

function warnProblems(ctx: Context, digests: readonly SessionDigest[]): void {
  for (const d of digests) {
    if (d.problems.length === 0) continue;
    const shown =
      d.problems.slice(0, 3).join("; ") + (d.problems.length > 3 ? `; and ${d.problems.length - 3} more` : "");
    const rel = relative(ctx.paths.sessions, d.file) || d.file;
    ctx.warn(ctx.err.yellow(`netprep: ${rel}: ${shown} (shown as ${d.status})`));
  }
}

function digestAll(ctx: Context, index: DigestIndex, files: readonly string[]): SessionDigest[] {
  return files.flatMap((file) => {
    try {
      return [index.digest(file)];
    } catch (e) {
      // Unreadable (permissions, vanished mid-listing): say so and keep listing the rest.
      ctx.warn(ctx.err.yellow(`netprep: ${relative(ctx.paths.sessions, file)}: cannot read: ${(e as Error).message}`));
      return [];
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// review (list)
// ---------------------------------------------------------------------------------------------------------

function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--limit must be a whole number of at least 1, got "${text}"`);
  return Number(text);
}

async function runList(ctx: Context, opts: ReviewOptions): Promise<void> {
  const limit = parseLimit(opts.limit);
  let files = sessionFiles(ctx.paths.sessions);
  if (opts.since) {
    const since = parseSince(opts.since, new Date());
    if (!since)
      throw new UsageError(`--since takes a date like 2025-03-01 or a span like 7d or 2w, got "${opts.since}"`);
    const cut = since.toISOString();
    files = files.filter((f) => (startedFromName(f) ?? cut) >= cut);
  }
  const total = files.length;
  const index = openIndex(ctx);
  const digests = digestAll(ctx, index, files.slice(0, limit));
  index.save();
  warnProblems(ctx, digests);
  if (opts.json) {
    ctx.print(JSON.stringify(digests.map(listJson), null, 2));
    return;
  }
  // Piped output is not cut to a screen width: a script may want the whole label.
  const width = ctx.stdout.isTTY ? (ctx.stdout.columns ?? 100) : 400;
  ctx.print(renderSessionList(digests, { style: ctx.out, width, total }));
}

/** One session in `review --json`: the digest, with dimension averages also keyed by id for jq. */
function listJson(d: SessionDigest) {
  return { ...d, averages: Object.fromEntries(d.dimensions.map((x) => [x.id, x.average])) };
}

// ---------------------------------------------------------------------------------------------------------
// review ID
// ---------------------------------------------------------------------------------------------------------

interface LoadedSession {
  id: string;
  file: string;
  state: SessionState;
  digest: SessionDigest;
}

function loadSession(ctx: Context, idOrPrefix: string, index?: DigestIndex): LoadedSession {
  const found = findSession(ctx.paths.sessions, idOrPrefix);
  const read = readSession(found.file);
  const digest = (index ?? DigestIndex.load(undefined, ctx.paths.sessions)).digest(found.file);
  warnProblems(ctx, [digest]);
  if (read.damaged) {
    throw new NetprepError(`session ${found.id} is damaged and has nothing to show: ${digest.problems.join("; ")}`);
  }
  return { id: found.id, file: found.file, state: replay(read.events), digest };
}

/** The last answer and grade of `questionId` in a session file, if it answered it. */
function attemptIn(file: string, questionId: string): { text: string; grade?: PreviousAttempt["grade"] } | undefined {
  const state = replay(readSession(file).events);
  const q = state.questions.find((x) => x.questionId === questionId);
  const a = q?.answers.at(-1);
  if (!q || !a) return undefined;
  const grade = q.grades.at(-1);
  return { text: a.text, ...(grade ? { grade } : {}) };
}

/**
 * For each answered question, the attempt to compare with: the same question in the session this one retries,
 * else the latest earlier session that answered it (found through the digests, so only matches are read).
 */
function previousAttempts(ctx: Context, session: LoadedSession, index: DigestIndex): Map<string, PreviousAttempt> {
  const out = new Map<string, PreviousAttempt>();
  const wanted = new Set(session.digest.questionIds);
  if (wanted.size === 0) return out;
  if (session.state.retryOf) {
    try {
      const retried = findSession(ctx.paths.sessions, session.state.retryOf);
      const digest = index.digest(retried.file);
      for (const qid of wanted) {
        const a = digest.questionIds.includes(qid) ? attemptIn(retried.file, qid) : undefined;
        if (a) {
          out.set(qid, {
            sessionId: digest.id,
            ...(digest.startedAt ? { startedAt: digest.startedAt } : {}),
            relation: "retry",
            ...a,
          });
        }
      }
    } catch {
      /* the retried session was forgotten: fall back to earlier attempts */
    }
  }
  const startedAt = session.state.startedAt ?? "";
  const files = sessionFiles(ctx.paths.sessions).filter((f) => f !== session.file);
  for (const file of files) {
    if ([...wanted].every((q) => out.has(q))) break;
    const fromName = startedFromName(file);
    if (fromName && fromName >= startedAt) continue; // newest first: skip later sessions
    let digest: SessionDigest;
    try {
      digest = index.digest(file);
    } catch {
      continue;
    }
    if (digest.status === "damaged" || (digest.startedAt ?? "") >= startedAt) continue;
    for (const qid of digest.questionIds) {
      if (!wanted.has(qid) || out.has(qid)) continue;
      const a = attemptIn(file, qid);
      if (a) {
        out.set(qid, {
          sessionId: digest.id,
          ...(digest.startedAt ? { startedAt: digest.startedAt } : {}),
          relation: "earlier",
          ...a,
        });
      }
    }
  }
  return out;
}

async function sessionReport(ctx: Context, id: string, opts: ReviewOptions): Promise<SessionReport> {
  const index = openIndex(ctx);
  const session = loadSession(ctx, id, index);
  const library = await loadBanksFor(ctx, opts.bank ?? []);
  const attempts = previousAttempts(ctx, session, index);
  index.save();
  return buildSessionReport(session.state, session.digest, (q) => library.question(q), attempts);
}

async function runShow(ctx: Context, id: string, opts: ReviewOptions): Promise<void> {
  const report = await sessionReport(ctx, id, opts);
  if (opts.export) {
    const text =
      opts.export === "json"
        ? `${JSON.stringify(report, null, 2)}\n`
        : opts.export === "md"
          ? renderSessionMarkdown(report)
          : renderSessionHtml(report);
    return emit(ctx, text, opts.out);
  }
  if (opts.json) {
    ctx.print(JSON.stringify(report, null, 2));
    return;
  }
  ctx.print(renderSessionReport(report, { style: ctx.out, width: ctx.stdout.columns ?? 80 }));
}

/** Write an export to --out atomically, or to stdout. */
async function emit(ctx: Context, text: string, out: string | undefined): Promise<void> {
  if (!out) {
    ctx.stdout.write(text);
    return;
  }
  const path = resolve(out);
  try {
    await writeFileAtomic(path, text);
  } catch (e) {
    throw new NetprepError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  ctx.warn(`Wrote ${out}`);
}

// ---------------------------------------------------------------------------------------------------------
// review --progress
// ---------------------------------------------------------------------------------------------------------

function bankValues(library: Library): string[] {
  const present = new Set(library.questions.flatMap((q) => q.values ?? []));
  return VALUES.filter((v) => present.has(v));
}

async function runProgress(ctx: Context, opts: ReviewOptions): Promise<void> {
  if (opts.export === "md") throw new UsageError("--progress exports as html or json");
  const files = sessionFiles(ctx.paths.sessions);
  const index = openIndex(ctx);
  const digests = digestAll(ctx, index, files);
  index.save(files);
  warnProblems(ctx, digests);
  const library = await loadBanksFor(ctx, opts.bank ?? []);
  const progress = computeProgress(digests, (q) => library.question(q)?.values, bankValues(library));
  if (opts.export === "html") return emit(ctx, renderProgressHtml(progress, digests), opts.out);
  if (opts.json || opts.export === "json") {
    const text = `${JSON.stringify(progress, null, 2)}\n`;
    if (opts.export) return emit(ctx, text, opts.out);
    ctx.stdout.write(text);
    return;
  }
  ctx.print(renderProgress(progress, { style: ctx.out, width: ctx.stdout.columns ?? 80 }));
}

// ---------------------------------------------------------------------------------------------------------
// review ID --regrade
// ---------------------------------------------------------------------------------------------------------

async function runRegrade(ctx: Context, id: string, opts: ReviewOptions): Promise<void> {
  if (opts.export || opts.json) throw new UsageError("--regrade writes to the session; run --export separately");
  const session = loadSession(ctx, id);
  const library = await loadBanksFor(ctx, opts.bank ?? []);
  const { graderFromSettings, regradeMany } = await import("../grading/choose.js");
  const { focusOnReply, followUpRequest } = await import("../grading/follow-up.js");
  const { grader, settings } = await graderFromSettings(ctx, { grader: opts.grader });

  // Collect every stored answer first, so an LLM grader can take several at once.
  const jobs: { label: string; questionId: string; followUpOf?: string; before?: number; request: GradeRequest }[] = [];
  for (const q of session.state.questions) {
    const question = library.question(q.questionId);
    const rubric = question ? library.rubricFor(question) : undefined;
    if (!question || !rubric) {
      if (q.answers.length) {
        ctx.warn(
          ctx.err.yellow(
            `netprep: ${q.questionId}: ${question ? "no rubric for it" : "no longer in your banks"}; kept its old grade`,
          ),
        );
      }
      continue;
    }
    const answer = q.answers.at(-1);
    if (answer) {
      jobs.push({
        label: q.questionId,
        questionId: q.questionId,
        before: q.grades.at(-1)?.overall,
        request: { answer: answer.text, question, rubric },
      });
    }
    for (const f of q.followUps) {
      const fa = f.answers.at(-1);
      if (!fa) continue;
      // Graded the way practice grades it: with the first answer, against the parent's rubric.
      jobs.push({
        label: `  ${f.questionId}`,
        questionId: f.questionId,
        followUpOf: q.questionId,
        before: f.grades.at(-1)?.overall,
        request: followUpRequest({
          parent: { question, answer: answer?.text ?? "" },
          prompt: f.prompt,
          reply: fa.text,
          rubric,
        }),
      });
    }
  }
  if (jobs.length === 0) {
    ctx.print("Nothing to regrade: the session has no answers.");
    return;
  }

  const progress = ctx.stderr.isTTY
    ? (await import("ora")).default({ discardStdin: false, stream: ctx.stderr })
    : undefined;
  progress?.start(`Regrading 0/${jobs.length} with the ${grader.kind} grader`);
  const outcomes = await regradeMany(
    grader,
    jobs.map((j) => j.request),
    settings.concurrency,
    (done, total) => {
      if (progress) progress.text = `Regrading ${done}/${total} with the ${grader.kind} grader`;
    },
  );
  progress?.stop();

  const writer = SessionWriter.open(session.file);
  try {
    for (const [i, job] of jobs.entries()) {
      const outcome = outcomes[i];
      if (!outcome) continue;
      // With `both`, the heuristic grade is the session's grade and the LLM's is kept beside it.
      for (const grade of [outcome.secondary, outcome.primary]) {
        if (!grade) continue;
        writer.append({
          type: "graded",
          questionId: job.questionId,
          ...(job.followUpOf ? { followUpOf: job.followUpOf } : {}),
          grade: focusOnReply(grade, job.request),
          ...(job.request.followUp ? { withAnswer: true as const } : {}),
        });
      }
      ctx.print(change(job.label, job.before, outcome.primary.overall));
      for (const d of outcome.disagreements)
        ctx.print(ctx.out.yellow(`    ${d.dimension}: heuristic ${d.heuristic}, llm ${d.llm} (2+ levels apart)`));
    }
  } finally {
    writer.close();
  }
  const after = replay(readSession(session.file).events);
  const before = session.digest.verdict;
  const verdict = computeVerdict(gradedAnswers(after));
  ctx.print(
    `Regraded ${jobs.length} answer${jobs.length === 1 ? "" : "s"} with the ${grader.kind} grader; the old grades stay in the file.` +
      (verdict
        ? ` Verdict: ${before && before !== verdict.level ? `${VERDICT_LABEL[before]} → ` : ""}${VERDICT_LABEL[verdict.level]}.`
        : ""),
  );
}

function change(label: string, before: number | undefined, after: number): string {
  if (before === undefined) return `${label}  ungraded → ${after.toFixed(1)}`;
  const d = after - before;
  const sign = d > 0.005 ? `+${d.toFixed(1)}` : d < -0.005 ? d.toFixed(1) : "=";
  return `${label}  ${before.toFixed(1)} → ${after.toFixed(1)} (${sign})`;
}

// ---------------------------------------------------------------------------------------------------------
// review ID --replay
// ---------------------------------------------------------------------------------------------------------

async function runReplay(ctx: Context, id: string, opts: ReviewOptions): Promise<void> {
  const found = findSession(ctx.paths.sessions, id);
  const read = readSession(found.file);
  if (read.damaged) throw new NetprepError(`session ${found.id} is damaged and cannot be replayed`);
  const library = await loadBanksFor(ctx, opts.bank ?? []);
  const steps = playbackScript(read.events, (q) => library.question(q), {
    style: ctx.out,
    width: Math.min(ctx.stdout.columns ?? 80, 100),
  });
  const live = Boolean(ctx.stdout.isTTY && ctx.stdin.isTTY);
  if (!live) {
    // Piped or scripted: no pacing, no keys.
    for (const s of steps) if (s.kind !== "pause") ctx.stdout.write(`${s.text}\n`);
    return;
  }
  await playLive(ctx, steps);
}

/** Plays the script with typing and pauses; space/enter skips the current step, q (or Ctrl-C) stops. */
async function playLive(ctx: Context, steps: readonly Step[]): Promise<void> {
  const stdin = ctx.stdin;
  let skip: (() => void) | undefined;
  let quit = false;
  const onKey = (data: Buffer) => {
    const key = data.toString("utf8");
    if (key === "q" || key === "Q" || key === "\u0003" || key === "\u001b") {
      quit = true;
      skip?.();
    } else if (key === " " || key === "\r" || key === "\n") {
      skip?.();
    }
  };
  const wait = (ms: number) =>
    new Promise<boolean>((done) => {
      const timer = setTimeout(() => {
        skip = undefined;
        done(false);
      }, ms);
      skip = () => {
        clearTimeout(timer);
        skip = undefined;
        done(true);
      };
    });
  stdin.setRawMode?.(true);
  stdin.resume();
  stdin.on("data", onKey);
  ctx.print(ctx.out.dim("space/enter: next · q: quit"));
  try {
    for (const s of steps) {
      if (quit) break;
      if (s.kind === "print") ctx.stdout.write(`${s.text}\n`);
      else if (s.kind === "pause") await wait(s.ms);
      else {
        const tick = 50;
        const perTick = Math.max(1, Math.round((s.charsPerSecond * tick) / 1000));
        let pos = 0;
        while (pos < s.text.length && !quit) {
          const next = Math.min(s.text.length, pos + perTick);
          ctx.stdout.write(s.text.slice(pos, next));
          pos = next;
          if (await wait(tick)) break;
        }
        if (!quit) ctx.stdout.write(`${s.text.slice(pos)}\n`);
        else ctx.stdout.write("\n");
      }
    }
  } finally {
    stdin.off("data", onKey);
    stdin.setRawMode?.(false);
    stdin.pause();
  }
  if (quit) ctx.print(ctx.out.dim("(replay stopped)"));
}

// ---------------------------------------------------------------------------------------------------------
// forget
// ---------------------------------------------------------------------------------------------------------

export async function runForget(ctx: Context, id: string, opts: { yes?: boolean }): Promise<void> {
  const found = findSession(ctx.paths.sessions, id);
  if (!opts.yes) {
    if (!ctx.stdin.isTTY || !ctx.stdout.isTTY) {
      throw new UsageError(
        `not deleting session ${found.id} without confirmation; pass --yes to delete it from a script`,
      );
    }
    const { confirm } = await import("@inquirer/prompts");
    const when = startedFromName(found.file);
    const ok = await confirm({
      message: `Delete session ${found.id}${when ? ` from ${when.slice(0, 16).replace("T", " ")} UTC` : ""}? This cannot be undone.`,
      default: false,
    });
    if (!ok) {
      ctx.print("Kept it.");
      return;
    }
  }
  try {
    unlinkSync(found.file);
  } catch (e) {
    throw new NetprepError(`cannot delete ${found.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const index = openIndex(ctx);
  index.drop(found.file);
  index.save();
  ctx.print(`Deleted session ${found.id}.`);
}
