// The live interviewer: the session runner's questions, answers and grades on a real terminal.
import type { ChalkInstance } from "chalk";
import type { Grade } from "../grading/grade.js";
import { type AnswerTaken, type Ask, type GradeView, Interrupted, type Interviewer } from "../session/runner.js";
import { type AnswerDraft, answerPrompt } from "./answer-prompt.js";
import { DraftSaver } from "./draft-saver.js";
import { renderGrade } from "./render.js";
import { selfRatingPrompt } from "./self-rating.js";

export interface TerminalOptions {
  /** "team interview", "practice", … shown in every question header. */
  label: string;
  showTimer: boolean;
  style: ChalkInstance;
  output: NodeJS.WriteStream;
}

const isPromptExit = (error: unknown) =>
  error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");

export class TerminalInterviewer implements Interviewer {
  /** Answers interrupted by Ctrl-C, by question, so "carry on" loses nothing typed. */
  private readonly drafts = new Map<string, AnswerDraft>();

  /** Called after a grade is shown (e.g. to show a second grader's view beside it). */
  afterGrade?: (grade: Grade) => void;

  constructor(private readonly options: TerminalOptions) {}

  private print(text = ""): void {
    this.options.output.write(`${text}\n`);
  }

  private get width(): number {
    return Math.min(100, this.options.output.columns ?? 80);
  }

  async answer(ask: Ask): Promise<AnswerTaken> {
    this.print();
    // A draft from the session file (a stop or a crash) when this process has none of its own.
    const draft = this.drafts.get(ask.questionId) ?? ask.draft;
    if (draft) this.print(this.options.style.dim("Carrying on where you stopped."));
    let latest: { text: string; startedAt: number; firstKeystrokeAt: number | null } | undefined;
    const taken = (d: NonNullable<typeof latest>, at: number): AnswerDraft => ({
      text: d.text,
      elapsedMs: at - d.startedAt,
      firstKeystrokeMs: d.firstKeystrokeAt === null ? null : d.firstKeystrokeAt - d.startedAt,
    });
    const saver = ask.saveDraft ? new DraftSaver(ask.saveDraft, draft?.text ?? "", Date.now()) : undefined;
    try {
      const result = await answerPrompt({
        draft,
        onDraft: (d) => {
          latest = d;
          const now = Date.now();
          saver?.offer(taken(d, now), now);
        },
        header: `netprep · ${this.options.label} · ${ask.position}`,
        question: ask.prompt,
        budgetMs: ask.budgetMs,
        showTimer: this.options.showTimer,
        strict: ask.strict,
        style: this.options.style,
      });
      this.drafts.delete(ask.questionId);
      return {
        // The prompt keeps the text exactly as typed; a trailing newline from the last Enter is noise.
        text: result.text.replace(/\s+$/, ""),
        firstKeystrokeMs: result.firstKeystrokeMs,
        usedMs: result.usedMs,
        overrunMs: result.overrunMs,
        timedOut: result.timedOut,
      };
    } catch (error) {
      if (isPromptExit(error)) {
        // Keep what was typed and the time spent up to this moment; the pause that follows is not counted.
        if (latest) {
          const stoppedAt = Date.now();
          const stopped = taken(latest, stoppedAt);
          this.drafts.set(ask.questionId, stopped);
          // On disk before the "stop?" question, so saving and stopping (or a crash while it is asked) keeps it.
          saver?.flush(stopped, stoppedAt);
        }
        throw new Interrupted();
      }
      throw error;
    }
  }

  async selfRate(): Promise<number | null> {
    try {
      return await selfRatingPrompt({ style: this.options.style });
    } catch (error) {
      if (isPromptExit(error)) throw new Interrupted();
      throw error;
    }
  }

  async grading(label: string, work: () => Promise<Grade>): Promise<Grade> {
    // ora writes to stderr; it must be stopped before any prompt reads the keyboard again.
    const { default: ora } = await import("ora");
    const spinner = ora({ text: label, discardStdin: false, stream: process.stderr }).start();
    try {
      const grade = await work();
      spinner.succeed(`Graded (${grade.grader}, rubric ${grade.rubric.id} v${grade.rubric.version})`);
      return grade;
    } catch (error) {
      spinner.fail("Grading failed");
      throw error;
    } finally {
      spinner.stop();
    }
  }

  showGrade(grade: Grade, view: GradeView) {
    const { question } = view;
    this.print(
      renderGrade(grade, {
        selfRating: view.selfRating ?? undefined,
        lookFor: view.followUp ? undefined : question.lookFor,
        exemplar: view.followUp ? undefined : question.exemplar,
        width: this.width,
        style: this.options.style,
        reading: view.reading,
      }),
    );
    this.afterGrade?.(grade);
  }

  async confirmQuit(): Promise<boolean> {
    const { confirm } = await import("@inquirer/prompts");
    try {
      return await confirm({
        message: "Save what you have answered and stop? (Ctrl-C again stops at once)",
        default: true,
      });
    } catch (error) {
      if (isPromptExit(error)) throw new Interrupted(true);
      throw error;
    }
  }

  note(text: string): void {
    this.print(this.options.style.dim(text));
  }
}
