// Posteriors of each channel's score on the goal's own metric, and Thompson draws from them.
// A score is outcomes (or conversion value) per unit of spend in the plan's currency:
//   rate goals      score = r × t [× v]: r ~ Beta (conversion or engagement rate, from results in
//                   any currency), t ~ Gamma (clicks or impressions per unit of spend, from priced
//                   results in the plan's currency only), v = value per conversion (ROAS, sales only)
//   awareness       score = t (impressions per unit of spend, i.e. 1000 ÷ CPM)
// Priors are centred on the pooled figures of the measured channels, with a strength from partial
// pooling (`poolingStrength`: strong when the channels differ only by noise, weak — at least 20
// pseudo-clicks for the rate, shape 2 for the cost — when they truly differ): Beta(1 + m·s,
// 1 + (1 − m)·s) for the rate, Gamma(k, k ÷ pooled t) for the cost, value shrunk by 5
// pseudo-conversions. A channel whose results are all in another currency has a rate but its cost
// stays at the wide pooled prior (never converted at a guessed exchange rate).
// Sales are scored on value (ROAS) when every channel with priced results reports conversion
// value. With no priced result in the plan's currency at all, rate goals are scored on the rate alone.
import type { Random } from '../domain/random';
import type { GoalScoring } from './goalScoring';

/** One plan channel's evidence, already weighted (similarity × recency) and split (families). */
export interface ChannelSums {
  channel: string;
  /** The goal's rate: successes of trials, results in every currency. */
  successes: number;
  trials: number;
  /** Priced results in the plan's currency: trials (clicks or impressions), spend, outcomes, value. */
  pricedTrials: number;
  pricedSpend: number;
  pricedOutcomes: number;
  pricedValue: number;
}

export type ScoreMode = 'value' | 'cost' | 'rate';

export interface ChannelPosterior {
  channel: string;
  measured: boolean;
  /** Beta posterior of the rate; null for awareness. */
  rate: { alpha: number; beta: number; mean: number } | null;
  /** Gamma posterior of trials per unit of spend (shape, rate); null when scored on the rate alone. */
  cost: { shape: number; rate: number; mean: number; known: boolean } | null;
  /** Value per outcome (ROAS mode). */
  valuePerOutcome: number | null;
  /** Posterior mean score (outcomes or value per unit of spend; the rate in rate mode). */
  meanScore: number;
}

export interface PosteriorSet {
  mode: ScoreMode;
  posteriors: ChannelPosterior[];
}

export const POSTERIOR_PRIORS = { rateStrength: 20, costShape: 2, valuePseudoOutcomes: 5 } as const;

/**
 * Partial pooling (empirical Bayes, method of moments): how strongly the channels' rates are
 * pulled toward the pooled rate, from how much they differ beyond what their sample sizes explain.
 * Channels that differ only by noise get a strong prior (up to the evidence of all of them
 * together), so a lucky week cannot make one look best; channels that truly differ get a weak one
 * (at least `min`). `items` are [successes, trials] (binomial) or [count, exposure] (Poisson).
 * Returns the prior strength in trials (binomial) or exposure units (Poisson).
 */
export function poolingStrength(items: readonly [number, number][], model: 'binomial' | 'poisson', min: number): number {
  const xs = items.filter(([, n]) => n > 0);
  const total = xs.reduce((t, [, n]) => t + n, 0);
  if (xs.length < 2 || !(total > 0)) return min;
  const m = xs.reduce((t, [x]) => t + x, 0) / total;
  if (!(m > 0) || (model === 'binomial' && !(m < 1))) return min;
  const spread = xs.reduce((t, [x, n]) => t + n * (x / n - m) ** 2, 0) / (xs.length - 1);
  const noise = model === 'binomial' ? m * (1 - m) : m;
  const scale = (total - xs.reduce((t, [, n]) => t + n * n, 0) / total) / (xs.length - 1);
  const between = scale > 0 ? Math.max(0, (spread - noise) / scale) : 0;
  const strength = between > 0 ? (model === 'binomial' ? (m * (1 - m)) / between - 1 : m / between) : Infinity;
  return Math.min(total, Math.max(min, strength));
}

/**
 * `force` scores on a given mode instead of the one the sums allow (a part of the evidence scored
 * on the whole's metric); it is ignored when the sums cannot score on it (no priced result for a
 * cost or value mode).
 */
export function channelPosteriors(sums: readonly ChannelSums[], scoring: GoalScoring, force?: ScoreMode): PosteriorSet {
  const awareness = scoring.trial === null;
  const measuredOf = (s: ChannelSums): boolean => (awareness ? s.pricedSpend > 0 && s.pricedTrials > 0 : s.trials > 0);
  const measured = sums.filter(measuredOf);
  const priced = sums.filter((s) => s.pricedSpend > 0 && s.pricedTrials > 0);
  let mode: ScoreMode;
  if (awareness) mode = 'cost';
  else if (priced.length === 0) mode = 'rate';
  else if (force !== undefined) mode = force;
  else if (scoring.valueAware && priced.every((s) => s.pricedValue > 0)) mode = 'value';
  else mode = 'cost';

  const pooledRate = (() => {
    const t = measured.reduce((a, s) => a + s.trials, 0);
    return t > 0 ? measured.reduce((a, s) => a + Math.min(s.successes, s.trials), 0) / t : 0.5;
  })();
  const pooledTps = (() => {
    const spend = priced.reduce((a, s) => a + s.pricedSpend, 0);
    return spend > 0 ? priced.reduce((a, s) => a + s.pricedTrials, 0) / spend : 1;
  })();
  const pooledValue = (() => {
    const o = priced.reduce((a, s) => a + s.pricedOutcomes, 0);
    return o > 0 ? priced.reduce((a, s) => a + s.pricedValue, 0) / o : 1;
  })();
  // Prior strengths from how much the measured channels differ (partial pooling).
  const rateStrength = poolingStrength(measured.map((x) => [Math.min(x.successes, x.trials), x.trials]), 'binomial', POSTERIOR_PRIORS.rateStrength);
  // In spend units for the cost: shape = pooled trials per unit of spend × that much spend.
  const costExposure = poolingStrength(priced.map((x) => [x.pricedTrials, x.pricedSpend]), 'poisson', POSTERIOR_PRIORS.costShape / pooledTps);
  const k = Math.max(POSTERIOR_PRIORS.costShape, costExposure * pooledTps);

  const posteriors = sums.map((s): ChannelPosterior => {
    const rate = awareness
      ? null
      : (() => {
          const a = 1 + pooledRate * rateStrength + Math.min(s.successes, s.trials);
          const b = 1 + (1 - pooledRate) * rateStrength + Math.max(0, s.trials - s.successes);
          return { alpha: a, beta: b, mean: a / (a + b) };
        })();
    const known = s.pricedSpend > 0 && s.pricedTrials > 0;
    const cost =
      mode === 'rate'
        ? null
        : (() => {
            const shape = k + (known ? s.pricedTrials : 0);
            const r = k / pooledTps + (known ? s.pricedSpend : 0);
            return { shape, rate: r, mean: shape / r, known };
          })();
    const valuePerOutcome = mode === 'value' ? (s.pricedValue + POSTERIOR_PRIORS.valuePseudoOutcomes * pooledValue) / (s.pricedOutcomes + POSTERIOR_PRIORS.valuePseudoOutcomes) : null;
    const meanScore = (rate?.mean ?? 1) * (cost?.mean ?? 1) * (valuePerOutcome ?? 1);
    return { channel: s.channel, measured: measuredOf(s), rate, cost, valuePerOutcome, meanScore };
  });
  return { mode, posteriors };
}

/** `draws` seeded score draws per channel: rows are draws, columns the channels in order. */
export function drawScores(set: PosteriorSet, random: Random, draws: number): Float64Array[] {
  const out: Float64Array[] = [];
  const n = set.posteriors.length;
  for (let d = 0; d < draws; d++) {
    const row = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = set.posteriors[i]!;
      const r = p.rate ? random.beta(p.rate.alpha, p.rate.beta) : 1;
      const t = p.cost ? random.gamma(p.cost.shape) / p.cost.rate : 1;
      row[i] = r * t * (p.valuePerOutcome ?? 1);
    }
    out.push(row);
  }
  return out;
}

/** P(best) among the columns `among` (others get null); ties go to the earlier channel. */
export function probabilityBest(matrix: readonly Float64Array[], among: readonly number[], width: number): (number | null)[] {
  const wins = new Array<number>(width).fill(0);
  for (const row of matrix) {
    let best = -1;
    let score = -Infinity;
    for (const i of among) {
      if (row[i]! > score) {
        score = row[i]!;
        best = i;
      }
    }
    if (best >= 0) wins[best]! += 1;
  }
  const inAmong = new Set(among);
  return wins.map((w, i) => (inAmong.has(i) && matrix.length > 0 ? w / matrix.length : null));
}

export interface SplitComparison {
  /** Share of draws in which `to` earns more than `from`. */
  pBetter: number;
  /** Expected gain of `to` over `from`, relative to what `from` earns (0.05 = +5%). */
  expectedGain: number;
  /** Expected gain of `to` over `from` per unit of budget, in the score's units (outcomes or value per unit of spend). */
  expectedDifference: number;
}

/** How a split `to` compares with `from` under the posterior draws (score per unit of budget). */
export function compareSplits(matrix: readonly Float64Array[], from: readonly number[], to: readonly number[]): SplitComparison {
  if (matrix.length === 0) return { pBetter: 0, expectedGain: 0, expectedDifference: 0 };
  let better = 0;
  let gain = 0;
  let base = 0;
  for (const row of matrix) {
    let g = 0;
    let b = 0;
    for (let i = 0; i < from.length; i++) {
      g += (to[i]! - from[i]!) * row[i]!;
      b += from[i]! * row[i]!;
    }
    if (g > 0) better++;
    gain += g;
    base += b;
  }
  return { pBetter: better / matrix.length, expectedGain: base > 0 ? gain / base : 0, expectedDifference: gain / matrix.length };
}
