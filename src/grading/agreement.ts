// How well a grader agrees with human labels: rank correlation per dimension, ordering of clearly
// different answers, and the highest score any adversarial (gaming) answer reached. Pure functions.

export interface LabelledGrade {
  id: string;
  /** Pairs are only compared within the same group; we use the rubric id (see pairOrdering). */
  group: string;
  adversarial: boolean;
  labels: Record<string, number>;
  scores: Record<string, number>;
}

/** Ranks 1..n with ties given the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.v === order[i]?.v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[(order[k] as { i: number }).i] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho with tie correction (Pearson correlation of average ranks). NaN if either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error("spearman: arrays differ in length");
  return pearson(averageRanks(xs), averageRanks(ys));
}

export interface PairOrdering {
  pairs: number;
  ordered: number;
  /** Pairs the grader scored equal; counted as not ordered. */
  ties: number;
  accuracy: number;
}

/**
 * Over every pair of answers in the same group whose human labels on a dimension differ by at least
 * `minGap`, the share the grader puts in the same order (strictly; a tie is a miss). We group by rubric
 * rather than by question so pairs span questions of the same kind and there are enough of them.
 */
export function pairOrdering(items: readonly LabelledGrade[], dimension: string, minGap = 2): PairOrdering {
  let pairs = 0;
  let ordered = 0;
  let ties = 0;
  for (let i = 0; i < items.length; i++) {
    const a = items[i] as LabelledGrade;
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j] as LabelledGrade;
      if (a.group !== b.group) continue;
      const la = a.labels[dimension];
      const lb = b.labels[dimension];
      const sa = a.scores[dimension];
      const sb = b.scores[dimension];
      if (la === undefined || lb === undefined || sa === undefined || sb === undefined) continue;
      if (Math.abs(la - lb) < minGap) continue;
      pairs++;
      if (sa === sb) ties++;
      else if (Math.sign(sa - sb) === Math.sign(la - lb)) ordered++;
    }
  }
  return { pairs, ordered, ties, accuracy: pairs ? ordered / pairs : Number.NaN };
}

export interface DimensionAgreement {
  dimension: string;
  n: number;
  spearman: number;
  /** Spearman over genuine answers only: the harder figure, without the easy adversarial lows. */
  spearmanGenuine: number;
  pairs: PairOrdering;
  /** Share of answers where grader and label agree within one level. */
  withinOne: number;
}

export interface Agreement {
  dimensions: DimensionAgreement[];
  pairs: PairOrdering;
  /** Highest score any adversarial answer got on any dimension (and which). */
  adversarialCeiling: { score: number; id?: string; dimension?: string };
}

export function agreement(items: readonly LabelledGrade[], minGap = 2): Agreement {
  const dims = [...new Set(items.flatMap((i) => Object.keys(i.labels)))].sort();
  const dimensions: DimensionAgreement[] = dims.map((dimension) => {
    const rows = items.filter((i) => i.labels[dimension] !== undefined && i.scores[dimension] !== undefined);
    const genuine = rows.filter((r) => !r.adversarial);
    const lab = (r: LabelledGrade) => r.labels[dimension] as number;
    const sc = (r: LabelledGrade) => r.scores[dimension] as number;
    return {
      dimension,
      n: rows.length,
      spearman: spearman(rows.map(lab), rows.map(sc)),
      spearmanGenuine: spearman(genuine.map(lab), genuine.map(sc)),
      pairs: pairOrdering(rows, dimension, minGap),
      withinOne: rows.length ? rows.filter((r) => Math.abs(lab(r) - sc(r)) <= 1).length / rows.length : Number.NaN,
    };
  });
  const total = dimensions.reduce(
    (acc, d) => ({
      pairs: acc.pairs + d.pairs.pairs,
      ordered: acc.ordered + d.pairs.ordered,
      ties: acc.ties + d.pairs.ties,
    }),
    { pairs: 0, ordered: 0, ties: 0 },
  );
  let ceiling: Agreement["adversarialCeiling"] = { score: 0 };
  for (const item of items) {
    if (!item.adversarial) continue;
    for (const [dimension, score] of Object.entries(item.scores))
      if (score > ceiling.score) ceiling = { score, id: item.id, dimension };
  }
  return {
    dimensions,
    pairs: { ...total, accuracy: total.pairs ? total.ordered / total.pairs : Number.NaN },
    adversarialCeiling: ceiling,
  };
}
