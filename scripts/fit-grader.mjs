// Fits the offline grader's per-dimension ordinal models to the labelled fixtures and writes
// src/grading/heuristic/model.generated.ts. Run after `npm run build`:
//   node scripts/fit-grader.mjs            fit, report cross-validated agreement, write the model
//   node scripts/fit-grader.mjs --check    exit 1 if the stored model differs from a fresh fit (writes nothing)
//   node scripts/fit-grader.mjs --nested   also report nested cross-validation (penalty chosen inside each fold; slow)
//   node scripts/fit-grader.mjs --keep-penalties   refit with the stored models' kinds and penalties, skipping the
//        penalty search and the CV reports (seconds, not an hour): for a lexicon change that moves a few rows in or
//        out of training between full fits. The next full run chooses them afresh.
// Deterministic: no randomness, fixed step count, files read in a fixed order. Only the hundred and fifty-two files listed
// in TRAINING_FILES are read; other files in test/fixtures/graded are held out by design and must stay unseen.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { BankFile } from "../dist/bank/schema.js";
import { agreementOf, crossValidate, fitAll, predict, trainable } from "../dist/grading/heuristic/fit.js";
import { fitPhrasing, labellerOf, phrasingAnswersOf } from "../dist/grading/heuristic/phrasing-fit.js";
import {
  featureSpecs,
  modelRows,
  modelSpecs,
  trainingRows,
  withOutOfFoldPhrasing,
} from "../dist/grading/heuristic/training.js";
import { crossValidateOnWorkers, searchPenalties } from "./fit-pool.mjs";

export const TRAINING_FILES = [
  "dev",
  "holdout",
  "dev2",
  "holdout2",
  "holdout3a",
  "holdout3b",
  "holdout4a",
  "holdout4b",
  "holdout5a",
  "holdout5b",
  "holdout6a",
  "holdout6b",
  "holdout7a",
  "holdout7b",
  "holdout8a",
  "holdout8b",
  "holdout9a",
  "holdout9b",
  "holdout10a",
  "holdout10b",
  "holdout11a",
  "holdout11b",
  "holdout12a",
  "holdout12b",
  "holdout13a",
  "holdout13b",
  "holdout14a",
  "holdout14b",
  "holdout15a",
  "holdout15b",
  "holdout16a",
  "holdout16b",
  "holdout17a",
  "holdout17b",
  "holdout18a",
  "holdout18b",
  "holdout19a",
  "holdout19b",
  "holdout20a",
  "holdout20b",
  "holdout21a",
  "holdout21b",
  "holdout22a",
  "holdout22b",
  "holdout23a",
  "holdout23b",
  "holdout24a",
  "holdout24b",
  "holdout25a",
  "holdout25b",
  "holdout26a",
  "holdout26b",
  "holdout27a",
  "holdout27b",
  "holdout28a",
  "holdout28b",
  "holdout29a",
  "holdout29b",
  "holdout30a",
  "holdout30b",
  "holdout31a",
  "holdout31b",
  "holdout32a",
  "holdout32b",
  "holdout33a",
  "holdout33b",
  "holdout34a",
  "holdout34b",
  "holdout35a",
  "holdout35b",
  "holdout36a",
  "holdout36b",
  "holdout37a",
  "holdout37b",
  "holdout38a",
  "holdout38b",
  "holdout39a",
  "holdout39b",
  "holdout40a",
  "holdout40b",
  "holdout41a",
  "holdout41b",
  "holdout42a",
  "holdout42b",
  "holdout43a",
  "holdout43b",
  "holdout44a",
  "holdout44b",
  "holdout45a",
  "holdout45b",
  "holdout46a",
  "holdout46b",
  "holdout47a",
  "holdout47b",
  "holdout48a",
  "holdout48b",
  "holdout49a",
  "holdout49b",
  "holdout50a",
  "holdout50b",
  "holdout51a",
  "holdout51b",
  "holdout52a",
  "holdout52b",
  "holdout53a",
  "holdout53b",
  "holdout54a",
  "holdout54b",
  "holdout55a",
  "holdout55b",
  "holdout56a",
  "holdout56b",
  "holdout57a",
  "holdout57b",
  "holdout58a",
  "holdout58b",
  "holdout59a",
  "holdout59b",
  "holdout60a",
  "holdout60b",
  "holdout61a",
  "holdout61b",
  "holdout62a",
  "holdout62b",
  "holdout63a",
  "holdout63b",
  "holdout64a",
  "holdout64b",
  "holdout65a",
  "holdout65b",
  "holdout66a",
  "holdout66b",
  "holdout67a",
  "holdout67b",
  "holdout68a",
  "holdout68b",
  "holdout69a",
  "holdout69b",
  "holdout70a",
  "holdout70b",
  "holdout71a",
  "holdout71b",
  "holdout72a",
  "holdout72b",
  "holdout73a",
  "holdout73b",
  "holdout74a",
  "holdout74b",
  "holdout75a",
  "holdout75b",
  "holdout76a",
  "holdout76b",
];
export const PENALTY_GRID = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
const root = new URL("../", import.meta.url);
const OUT = new URL("src/grading/heuristic/model.generated.ts", root);
const PHRASING_OUT = new URL("src/grading/heuristic/phrasing.generated.ts", root);

export function loadTraining() {
  const bank = BankFile.parse(parse(readFileSync(new URL("questions/rubrics.yaml", root), "utf8")));
  const rubrics = new Map(bank.rubrics.map((r) => [r.id, r]));
  const hash = createHash("sha256");
  const rows = [];
  const fileOf = new Map();
  const texts = new Map();
  for (const name of TRAINING_FILES) {
    const text = readFileSync(new URL(`test/fixtures/graded/${name}.yaml`, root), "utf8");
    hash.update(`${name}\n${text}\n`);
    const fixture = parse(text);
    const questions = new Map(fixture.questions.map((q) => [q.id, q]));
    for (const a of fixture.answers) {
      fileOf.set(a.id, name);
      texts.set(a.id, a.answer ?? "");
      const q = questions.get(a.question);
      const lookFor = q.lookFor?.map((l) =>
        typeof l === "string" ? l : { concept: l.concept, synonyms: l.synonyms ?? [] },
      );
      rows.push(
        ...trainingRows({
          id: a.id,
          question: a.question,
          adversarial: a.kind === "adversarial",
          labels: a.labels,
          request: {
            answer: a.answer ?? "",
            question: { prompt: q.prompt, category: q.category, lookFor },
            rubric: rubrics.get(q.rubric),
          },
        }),
      );
    }
  }
  const phrasingAnswers = phrasingAnswersOf(
    rows,
    (id) => texts.get(id),
    (id) => labellerOf(fileOf.get(id)),
  );
  return { rows, fileOf, phrasingAnswers, sha256: hash.digest("hex") };
}

const prop = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** Emits the file already in biome's format (objects expanded, short arrays inline), so --check compares text. */
function render(models, specs, lambdas, sha256, answers, phrasingText) {
  // The version names the fitted numbers themselves, so a refit after a lexicon change gets a new one too.
  const fitted = Object.keys(models)
    .sort()
    .map((k) => [k, specs[k].features, models[k].weights, models[k].cuts, lambdas[k]]);
  const version = `model-${createHash("sha256").update(JSON.stringify(fitted)).update(phrasingText).digest("hex").slice(0, 12)}`;
  const lines = [
    "// Generated by scripts/fit-grader.mjs from the labelled fixtures. Do not edit; re-run the script.",
    "// One cumulative-logit model per dimension and category: score = 1 + number of cuts <= sum(weight * feature).",
    '// A model whose only feature is "hand-points" re-draws the hand-tuned scorer\'s thresholds (too few labels to fit more).',
    `export const MODEL_VERSION = "${version}";`,
    "export const TRAINING_SET = {",
    `  files: [${TRAINING_FILES.map((f) => JSON.stringify(f)).join(", ")}],`,
    `  sha256: "${sha256}",`,
    `  answers: ${answers},`,
    "};",
    "export interface StoredModel {",
    "  /** Feature name to weight, in the feature list's order. */",
    "  weights: Record<string, number>;",
    "  cuts: [number, number, number];",
    "  /** L2 penalty chosen by grouped cross-validation, and the rows it was fitted on. */",
    "  lambda: number;",
    "  rows: number;",
    "}",
    "export const MODELS: Record<string, StoredModel> = {",
  ];
  for (const key of Object.keys(models).sort()) {
    const m = models[key];
    lines.push(`  ${prop(key)}: {`);
    lines.push("    weights: {");
    for (const [j, name] of specs[key].features.entries()) lines.push(`      ${prop(name)}: ${m.weights[j]},`);
    lines.push("    },");
    lines.push(`    cuts: [${m.cuts.join(", ")}],`);
    lines.push(`    lambda: ${lambdas[key]},`);
    lines.push(`    rows: ${m.rows},`);
    lines.push("  },");
  }
  lines.push("};", "");
  return lines.join("\n");
}

/** Per key: the penalty for each kind by grouped CV, and the simpler "points" kind unless features clearly win. */
export const KIND_MARGIN = 0.02;
export const MIN_QUESTIONS = 3;
/**
 * Whole-thousandth weights as base64 of little-endian 16-bit integers: thirteen strings parse in a fraction of the
 * time thirteen array literals of up to 8,000 numbers take, which every `netprep grade` start paid (unpacked by
 * weightsOf in src/grading/heuristic/phrasing.ts).
 */
export function packWeights(weights) {
  const bytes = Buffer.alloc(weights.length * 2);
  weights.forEach((w, i) => {
    if (!Number.isInteger(w) || w < -32768 || w > 32767) throw new Error(`phrasing weight ${w} does not fit 16 bits`);
    bytes.writeInt16LE(w, i * 2);
  });
  return bytes.toString("base64");
}

export function renderPhrasing(models) {
  const lines = [
    "// Generated by scripts/fit-grader.mjs from the labelled fixtures. Do not edit; re-run the script.",
    "// Per category: the words used by at least three labelled answers. Per model key: each word's weight in",
    "// thousandths, in the same order, packed as base64 of little-endian 16-bit integers. See phrasing.ts.",
    "export const PHRASING_WORDS: Record<string, string> = {",
  ];
  const keys = Object.keys(models).sort();
  for (const category of [...new Set(keys.map((k) => k.split(":")[0]))])
    lines.push(
      `  ${JSON.stringify(category)}: ${JSON.stringify(models[keys.find((k) => k.startsWith(`${category}:`))].words.join(" "))},`,
    );
  lines.push("};", "export const PHRASING_WEIGHTS: Record<string, string> = {");
  for (const key of keys) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(packWeights(models[key].weights))},`);
  lines.push("};", "");
  return lines.join("\n");
}

export function phrasingKeys() {
  const specs = featureSpecs();
  return Object.keys(specs)
    .filter((k) => specs[k].features.includes("phrasing"))
    .sort();
}

export async function fitModel({ rows: rawRows, phrasingAnswers, sha256 }, stored) {
  const phrasing = fitPhrasing(phrasingAnswers, phrasingKeys());
  const phrasingText = renderPhrasing(phrasing.models);
  const rows = withOutOfFoldPhrasing(rawRows, phrasing.outOfFold);
  const featureKinds = Object.fromEntries(Object.keys(featureSpecs()).map((k) => [k, "features"]));
  const pointKinds = Object.fromEntries(Object.keys(featureSpecs()).map((k) => [k, "points"]));
  const kinds = {};
  const lambdas = {};
  const selection = {};
  const keys = Object.keys(featureKinds)
    .sort()
    .filter((key) => rows.some((r) => r.key === key));
  const questionsOf = (key) => new Set(rows.filter((r) => r.key === key).map((r) => r.question)).size;
  const tasks = keys.flatMap((key) =>
    [featureKinds, pointKinds].map((k) => ({
      rows: modelRows(rows, k).filter((r) => r.key === key),
      spec: modelSpecs(k)[key],
      // Two questions make two folds of a dozen answers: too few to choose anything by. Such keys keep the
      // hand-tuned mapping as a prior with the strongest penalty in the grid (see MIN_QUESTIONS).
      grid: questionsOf(key) >= MIN_QUESTIONS ? PENALTY_GRID : PENALTY_GRID.slice(-1),
    })),
  );
  const searched = stored ? [] : await searchPenalties(tasks);
  keys.forEach((key, i) => {
    if (stored) {
      kinds[key] = stored.kinds[key];
      lambdas[key] = stored.lambdas[key];
      return;
    }
    const [f, p] = [featureKinds, pointKinds].map((k, j) => ({ kind: k[key], ...searched[2 * i + j] }));
    const pick = questionsOf(key) >= MIN_QUESTIONS && f.loss < p.loss - KIND_MARGIN ? f : p;
    kinds[key] = pick.kind;
    lambdas[key] = pick.lambda;
    selection[key] = [f, p];
  });
  const specs = modelSpecs(kinds);
  const fittedRows = modelRows(rows, kinds);
  const fitted = fitAll(fittedRows, specs, lambdas);
  for (const key of Object.keys(fitted)) fitted[key].rows = rows.filter((r) => r.key === key && trainable(r)).length;
  const answers = new Set(rows.map((r) => r.id)).size;
  return {
    specs,
    kinds,
    lambdas,
    selection,
    fittedRows,
    models: fitted,
    rows,
    text: render(fitted, specs, lambdas, sha256, answers, phrasingText),
    phrasingText,
  };
}

function table(name, r) {
  const f = (x) => (Number.isNaN(x) ? "  n/a" : x.toFixed(2).padStart(5));
  const dims = r.dimensions.map((d) => `${d.dimension} ${f(d.spearman)} (${d.pairs.ordered}/${d.pairs.pairs})`);
  return [
    `${name}:`,
    ...dims.map((d) => `    ${d}`),
    `    pairs ${(100 * r.pairs.accuracy).toFixed(1)}% (${r.pairs.ordered}/${r.pairs.pairs}, ties ${r.pairs.ties}); adversarial ceiling ${r.adversarialCeiling.score} (${r.adversarialCeiling.id ?? "-"} ${r.adversarialCeiling.dimension ?? ""})`,
  ].join("\n");
}

/** The kind ("features", or "points" for the hand-tuned points re-cut) and penalty of each stored model. */
async function storedChoices() {
  const { MODELS } = await import("../dist/grading/heuristic/model.generated.js");
  return {
    kinds: Object.fromEntries(
      Object.entries(MODELS).map(([k, m]) => [k, m.weights["hand-points"] === undefined ? "features" : "points"]),
    ),
    lambdas: Object.fromEntries(Object.entries(MODELS).map(([k, m]) => [k, m.lambda])),
  };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const t0 = performance.now();
  const training = loadTraining();
  const stored = args.has("--keep-penalties") ? await storedChoices() : undefined;
  const { specs, lambdas, selection, fittedRows, models, text, phrasingText, rows } = await fitModel(training, stored);
  const t1 = performance.now();
  if (args.has("--check")) {
    if (readFileSync(OUT, "utf8") !== text || readFileSync(PHRASING_OUT, "utf8") !== phrasingText) {
      console.error(
        "model.generated.ts or phrasing.generated.ts is out of date: run `npm run build && node scripts/fit-grader.mjs`.",
      );
      process.exit(1);
    }
    console.log("model.generated.ts and phrasing.generated.ts are up to date.");
    return;
  }
  writeFileSync(OUT, text);
  writeFileSync(PHRASING_OUT, phrasingText);
  console.log(`fitted ${Object.keys(models).length} models on ${rows.length} rows in ${(t1 - t0).toFixed(0)} ms`);
  for (const key of Object.keys(models).sort()) {
    const m = models[key];
    const terms = specs[key].features
      .map((n, j) => [n, m.weights[j]])
      .filter(([, w]) => w !== 0)
      .map(([n, w]) => `${n} ${w > 0 ? "+" : ""}${w}`);
    console.log(`  ${key} (λ=${lambdas[key]}, n=${m.rows}): ${terms.join(", ")} | cuts ${m.cuts.join(" ")}`);
    if (stored) continue;
    const [f, p] = selection[key];
    console.log(
      `      CV log-loss: features ${f.loss.toFixed(3)} (λ=${f.lambda}), points ${p.loss.toFixed(3)} (λ=${p.lambda})`,
    );
  }
  const capped = (r, s) => Math.min(r.cap, s);
  if (stored) {
    console.log(
      table(
        "in-sample, fitted model",
        agreementOf(fittedRows, (r) => capped(r, predict(models[r.key], r.x))),
      ),
    );
    return;
  }
  console.log(
    table(
      "in-sample, fitted model",
      agreementOf(fittedRows, (r) => capped(r, predict(models[r.key], r.x))),
    ),
  );
  console.log(
    table(
      "hand-tuned grader (not refitted, same rows)",
      agreementOf(rows, (r) => capped(r, r.handScore)),
    ),
  );
  const cv = await crossValidateOnWorkers(fittedRows, specs, lambdas);
  console.log(
    table(
      "LOQO CV, fitted model (penalty and kind chosen by CV on all data)",
      agreementOf(fittedRows, (r) => cv.get(r)),
    ),
  );
  // holdout2 was never seen by the hand-tuned grader, so it is the one fair place to compare the two.
  const h2 = fittedRows.filter((r) => training.fileOf.get(r.id) === "holdout2");
  console.log(
    table(
      "  holdout2 answers only: LOQO CV, fitted model",
      agreementOf(h2, (r) => cv.get(r)),
    ),
  );
  console.log(
    table(
      "  holdout2 answers only: hand-tuned grader (unseen when tuned)",
      agreementOf(h2, (r) => capped(r, r.handScore)),
    ),
  );
  // The simplest fitted alternative: the hand-tuned points as the only feature, with fitted cut-points.
  const allPoints = Object.fromEntries(Object.keys(specs).map((k) => [k, "points"]));
  const pointSpecs = modelSpecs(allPoints);
  const pointRows = modelRows(rows, allPoints);
  const cvPoints = await crossValidateOnWorkers(
    pointRows,
    pointSpecs,
    Object.fromEntries(Object.keys(specs).map((k) => [k, selection[k][1].lambda])),
  );
  console.log(
    table(
      "LOQO CV, hand points + fitted cuts",
      agreementOf(pointRows, (r) => cvPoints.get(r)),
    ),
  );
  if (args.has("--nested")) {
    const t2 = performance.now();
    // Nested for the penalty (chosen inside each training fold); the kind per key is kept as selected above.
    const nested = crossValidate(fittedRows, specs, { grid: PENALTY_GRID });
    console.log(
      table(
        `nested LOQO CV, fitted model (${((performance.now() - t2) / 1000).toFixed(0)} s)`,
        agreementOf(fittedRows, (r) => nested.get(r)),
      ),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
