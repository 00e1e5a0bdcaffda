// `netprep questions list|show`: browse what netprep can ask.
import { distance } from "fastest-levenshtein";
import { followUpParts, lookForConcept, VALUES } from "../bank/format.js";
import type { Library } from "../bank/library.js";
import { loopDrawsFrom } from "../bank/loops.js";
import { didYouMean } from "../bank/problems.js";
import type { Category, Loop, Question, Value } from "../bank/schema.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { loadBanksFor } from "./banks.js";

export interface ListOptions {
  category?: Category;
  value?: string;
  loop?: string;
  bank?: string[];
  json?: boolean;
}

export async function runQuestionsList(ctx: Context, opts: ListOptions): Promise<void> {
  const library = await loadBanksFor(ctx, opts.bank);
  let questions = library.questions;
  if (opts.category) questions = questions.filter((q) => q.category === opts.category);
  if (opts.value) {
    const value = checkValue(opts.value);
    questions = questions.filter((q) => q.values?.includes(value));
  }
  if (opts.loop) {
    const loop = findLoop(library, opts.loop);
    questions = questions.filter((q) => loopDrawsFrom(loop, q));
  }

  if (opts.json) {
    ctx.print(
      JSON.stringify(
        questions.map((q) => ({ ...q, bank: library.bankOf(q.id)?.bank })),
        null,
        2,
      ),
    );
    return;
  }
  if (questions.length === 0) {
    ctx.print("No questions match those filters.");
    return;
  }
  const idWidth = Math.min(44, Math.max(...questions.map((q) => q.id.length)));
  const s = ctx.out;
  ctx.print(
    s.dim(`${"id".padEnd(idWidth)}  ${"category".padEnd(16)}  ${"level".padEnd(6)}  ${"time".padEnd(5)}  values`),
  );
  for (const q of questions) {
    const id = q.id.length > idWidth ? `${q.id.slice(0, idWidth - 1)}…` : q.id.padEnd(idWidth);
    ctx.print(
      `${s.bold(id)}  ${q.category.padEnd(16)}  ${(q.difficulty ?? "").padEnd(6)}  ${q.time.padEnd(5)}  ${s.dim((q.values ?? []).join(", "))}`,
    );
  }
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
  ctx.print(
    s.dim(`\n${questions.length} questions (${[...counts].map(([c, n]) => `${n} ${c}`).join(", ")})`) +
      s.dim(" · netprep questions show ID"),
  );
}

export async function runQuestionsShow(ctx: Context, id: string, opts: { bank?: string[]; json?: boolean }) {
  const library = await loadBanksFor(ctx, opts.bank);
  const question = findQuestion(library, id);
  if (opts.json) {
    ctx.print(JSON.stringify({ ...question, bank: library.bankOf(question.id)?.bank }, null, 2));
    return;
  }
  const s = ctx.out;
  const rubric = library.rubricFor(question);
  const meta = [
    question.category,
    question.difficulty,
    `${question.time} to answer`,
    question.values?.length ? `values: ${question.values.join(", ")}` : undefined,
    rubric ? `rubric: ${rubric.id} v${rubric.version}` : undefined,
  ].filter(Boolean);
  ctx.print(`${s.bold(question.id)}  ${s.dim(meta.join(" · "))}`);
  ctx.print();
  ctx.print(indent(question.prompt));
  const list = (title: string, items: string[] | undefined) => {
    if (!items?.length) return;
    ctx.print();
    ctx.print(s.bold(title));
    for (const item of items) ctx.print(`  • ${item}`);
  };
  list(
    "A strong answer shows",
    question.lookFor?.map((l) => {
      const { concept, synonyms } = lookForConcept(l);
      return synonyms.length ? `${concept} ${s.dim(`(${synonyms.join(", ")})`)}` : concept;
    }),
  );
  list("Red flags", question.redFlags);
  list(
    "Follow-ups",
    question.followUps?.map((f) => {
      const { prompt, dimension } = followUpParts(f);
      return dimension ? `${prompt} ${s.dim(`(if ${dimension} is weak)`)}` : prompt;
    }),
  );
  if (question.tags?.length) {
    ctx.print();
    ctx.print(s.dim(`tags: ${question.tags.join(", ")}`));
  }
  if (question.exemplar) ctx.print(s.dim("\nHas an exemplar answer: shown after you answer it in `netprep practice`."));
}

export function findQuestion(library: Library, id: string): Question {
  const question = library.question(id);
  if (question) return question;
  const hint = didYouMean(
    id,
    library.questions.map((q) => q.id),
    distance,
  );
  throw new UsageError(
    `no question "${id}"${hint ? `; did you mean "${hint}"?` : ""} (see \`netprep questions list\`)`,
  );
}

export function findLoop(library: Library, id: string): Loop {
  const loop = library.loop(id);
  if (loop) return loop;
  throw new UsageError(`no loop "${id}"; loops: ${library.loops.map((l) => l.id).join(", ") || "none loaded"}`);
}

export function checkValue(value: string): Value {
  if ((VALUES as readonly string[]).includes(value)) return value as Value;
  const hint = didYouMean(value, VALUES, distance);
  throw new UsageError(
    `"${value}" is not a culture value${hint ? `; did you mean "${hint}"?` : ""} (values: ${VALUES.join(", ")})`,
  );
}

function indent(text: string): string {
  return text
    .trim()
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
