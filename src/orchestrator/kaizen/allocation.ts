// Budget allocation math: Beta posteriors of channel conversion rates, Thompson sampling
// (share = probability of being the best channel, estimated from many seeded draws), projection
// of shares onto bounds (exploration floor, client caps, step limit per re-plan) and exact
// largest-remainder rounding to integer minor units. Pure functions; randomness is passed in.
import type { Random } from '../domain/random';
import type { ChannelPerformance } from './types';

export interface ChannelPosterior {
  channel: string;
  alpha: number;
  beta: number;
  /** Posterior mean conversion rate. */
  mean: number;
  /** Weighted conversions and clicks behind the posterior (0 when no evidence). */
  conversions: number;
  clicks: number;
  /** Weighted clicks per unit of spend, when spend is known; null otherwise. */
  clicksPerSpend: number | null;
  hasEvidence: boolean;
}

export interface PosteriorOptions {
  /** Pseudo-clicks of the weak prior centred on the pooled rate (default 20). */
  priorStrength?: number;
  /** Currency of the plan: spend in another currency is not used for cost per click. */
  currency?: string;
}

/**
 * One Beta posterior per channel. Evidence for a channel is summed, each record weighted by its
 * `sameIndustryWeight`. The prior is weak and centred on the pooled conversion rate of all the
 * evidence: Beta(1 + m·s, 1 + (1 − m)·s) with m the pooled rate and s = priorStrength, so a
 * channel without evidence is plausible but uncertain (it keeps being explored).
 */
export function channelPosteriors(channels: readonly string[], evidence: readonly ChannelPerformance[], options: PosteriorOptions = {}): ChannelPosterior[] {
  const strength = options.priorStrength ?? 20;
  const sums = new Map<string, { conv: number; clicks: number; spend: number; spendKnown: boolean }>();
  for (const e of evidence) {
    const w = Math.max(0, e.sameIndustryWeight);
    const clicks = Math.max(0, e.clicks);
    const conv = Math.min(Math.max(0, e.conversions), clicks);
    const s = sums.get(e.channel) ?? { conv: 0, clicks: 0, spend: 0, spendKnown: true };
    s.conv += w * conv;
    s.clicks += w * clicks;
    if (options.currency !== undefined && e.currency !== options.currency) s.spendKnown = false;
    s.spend += w * Math.max(0, e.spend);
    sums.set(e.channel, s);
  }
  let pooledConv = 0;
  let pooledClicks = 0;
  for (const s of sums.values()) {
    pooledConv += s.conv;
    pooledClicks += s.clicks;
  }
  const m = pooledClicks > 0 ? pooledConv / pooledClicks : 0.5;
  const a0 = 1 + m * strength;
  const b0 = 1 + (1 - m) * strength;
  return channels.map((channel) => {
    const s = sums.get(channel);
    const conv = s?.conv ?? 0;
    const clicks = s?.clicks ?? 0;
    const alpha = a0 + conv;
    const beta = b0 + (clicks - conv);
    const clicksPerSpend = s && s.spendKnown && s.spend > 0 && s.clicks > 0 ? s.clicks / s.spend : null;
    return { channel, alpha, beta, mean: alpha / (alpha + beta), conversions: conv, clicks, clicksPerSpend, hasEvidence: clicks > 0 };
  });
}

/**
 * Thompson sampling: draw each channel's conversion rate from its posterior `draws` times and
 * count how often each channel is best. When every channel with evidence has a cost per click,
 * a draw is scored as conversions per unit of spend (rate × clicks per spend; channels without
 * evidence use the pooled clicks per spend), so a channel with cheap clicks is not penalised.
 * Returns P(best) per channel, in the order given; ties go to the earlier channel.
 */
export function thompsonShares(posteriors: readonly ChannelPosterior[], random: Random, draws = 10_000): number[] {
  if (posteriors.length === 0) return [];
  const withEvidence = posteriors.filter((p) => p.hasEvidence);
  const useCost = withEvidence.length > 0 && withEvidence.every((p) => p.clicksPerSpend !== null);
  let pooledCps = 1;
  if (useCost) {
    const clicks = withEvidence.reduce((t, p) => t + p.clicks, 0);
    const spend = withEvidence.reduce((t, p) => t + p.clicks / (p.clicksPerSpend as number), 0);
    pooledCps = spend > 0 ? clicks / spend : 1;
  }
  const factor = posteriors.map((p) => (useCost ? (p.clicksPerSpend ?? pooledCps) : 1));
  const wins = posteriors.map(() => 0);
  for (let d = 0; d < draws; d++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < posteriors.length; i++) {
      const p = posteriors[i]!;
      const score = random.beta(p.alpha, p.beta) * factor[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    wins[best]! += 1;
  }
  return wins.map((w) => w / draws);
}

export interface ShareBounds {
  lo: number;
  hi: number;
}

/**
 * The shares closest to `target` (least squares) that sum to 1 and stay within each channel's
 * [lo, hi]: x_i = clamp(target_i + λ, lo_i, hi_i), with λ found by bisection. Throws a RangeError
 * when the bounds cannot sum to 1.
 */
export function projectShares(target: readonly number[], bounds: readonly ShareBounds[]): number[] {
  if (target.length !== bounds.length) throw new RangeError('target and bounds differ in length');
  if (target.length === 0) return [];
  const sumLo = bounds.reduce((t, b) => t + b.lo, 0);
  const sumHi = bounds.reduce((t, b) => t + b.hi, 0);
  if (sumLo > 1 + 1e-9 || sumHi < 1 - 1e-9) {
    throw new RangeError(`share bounds cannot sum to 100% (lowest ${(sumLo * 100).toFixed(1)}%, highest ${(sumHi * 100).toFixed(1)}%)`);
  }
  const at = (lambda: number): number[] => target.map((t, i) => Math.min(bounds[i]!.hi, Math.max(bounds[i]!.lo, t + lambda)));
  const total = (xs: number[]): number => xs.reduce((t, x) => t + x, 0);
  let lo = -2;
  let hi = 2;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (total(at(mid)) < 1) lo = mid;
    else hi = mid;
  }
  const xs = at((lo + hi) / 2);
  const sum = total(xs);
  return sum > 0 ? xs.map((x) => x / sum) : xs;
}

/**
 * Splits an integer `total` into integers proportional to `weights` that sum to exactly `total`
 * (Hamilton / largest-remainder method): floor every quota, then give the units left over to
 * the largest fractional parts (ties to the earlier entry).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError('cannot split a non-zero total across no entries');
  }
  if (weights.some((w) => !(w >= 0))) throw new RangeError('weights must be non-negative numbers');
  const sum = weights.reduce((t, w) => t + w, 0);
  const norm = sum > 0 ? weights.map((w) => w / sum) : weights.map(() => 1 / weights.length);
  const quotas = norm.map((w) => w * total);
  const out = quotas.map((q) => Math.floor(q));
  let left = total - out.reduce((t, x) => t + x, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    out[order[k]!.i]! += 1;
    left -= 1;
  }
  return out;
}
