// Budget allocation math: projection of shares onto bounds (exploration floor, client caps, step
// limit per re-plan) and exact largest-remainder rounding to integer minor units. The posteriors
// and Thompson draws are in posteriors.ts. Pure functions.

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
