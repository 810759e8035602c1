// Change detection on a channel's weekly results: has the goal metric's rate changed, beyond
// what noise explains? The test is a likelihood-ratio change-point test (one change, at an
// unknown week): for every split of the weekly series into "before" (≥ 2 weeks) and "after"
// (≥ 1 week), G = 2·(log L(two rates) − log L(one rate)), which is χ²(1) under no change for a
// fixed split. The split with the largest G is kept and its p-value is Bonferroni-corrected for
// the number of splits tried. A change is reported when that corrected p-value is below
// `alpha` (0.001), the rate moved by at least `minRelativeChange` (25%) and the after segment has
// enough evidence (at least 5 expected successes). Rates are binomial (conversions of clicks,
// engagements of impressions) or Poisson (impressions per unit of spend).
import { erfc } from '../analytics/distributions';

export interface WeekPoint {
  /** Monday of the week (YYYY-MM-DD). */
  week: string;
  /** First date with results in that week (what "since" names). */
  firstDate: string;
  successes: number;
  /** Clicks or impressions (binomial) or spend (Poisson exposure). */
  trials: number;
}

export type RateModel = 'binomial' | 'poisson';

export interface ChangeReading {
  /** First date of the after segment. */
  since: string;
  /** Rate before and after (successes ÷ trials). */
  before: number;
  after: number;
  direction: 'rose' | 'fell';
  /** Weeks in the after segment. */
  weeksAfter: number;
  /** Likelihood-ratio statistic and its Bonferroni-corrected p-value. */
  statistic: number;
  pValue: number;
  /** Successes and trials on each side. */
  evidence: { before: { successes: number; trials: number }; after: { successes: number; trials: number } };
}

export const CHANGE_TEST = { alpha: 0.001, minRelativeChange: 0.25, minExpectedAfter: 5, minWeeksBefore: 2 } as const;

const xlogy = (x: number, y: number): number => (x > 0 ? x * Math.log(y) : 0);

function logLik(model: RateModel, s: number, n: number): number {
  if (!(n > 0)) return 0;
  const p = s / n;
  if (model === 'poisson') return xlogy(s, p) - s;
  return xlogy(s, p) + xlogy(n - s, 1 - p);
}

/** P(χ²₁ > g). */
export function chiSquare1Tail(g: number): number {
  return g <= 0 ? 1 : erfc(Math.sqrt(g / 2));
}

/** The most likely single change in `points` (oldest first), or null when noise explains the series. */
export function detectChange(points: readonly WeekPoint[], model: RateModel, test: Partial<typeof CHANGE_TEST> = {}): ChangeReading | null {
  const t = { ...CHANGE_TEST, ...test };
  const usable = points.filter((p) => p.trials > 0 && p.successes >= 0);
  if (usable.length < t.minWeeksBefore + 1) return null;
  const totalS = usable.reduce((a, p) => a + p.successes, 0);
  const totalN = usable.reduce((a, p) => a + p.trials, 0);
  const pooled = logLik(model, totalS, totalN);
  let best: { k: number; g: number; s1: number; n1: number; s2: number; n2: number } | null = null;
  let splits = 0;
  let s1 = 0;
  let n1 = 0;
  for (let k = 0; k < usable.length - 1; k++) {
    s1 += usable[k]!.successes;
    n1 += usable[k]!.trials;
    if (k + 1 < t.minWeeksBefore) continue;
    splits++;
    const s2 = totalS - s1;
    const n2 = totalN - n1;
    const g = 2 * (logLik(model, s1, n1) + logLik(model, s2, n2) - pooled);
    if (!best || g > best.g) best = { k: k + 1, g, s1, n1, s2, n2 };
  }
  if (!best || splits === 0) return null;
  const pValue = Math.min(1, splits * chiSquare1Tail(best.g));
  const before = best.s1 / best.n1;
  const after = best.s2 / best.n2;
  const expectedAfter = (totalS / totalN) * best.n2;
  const relative = before > 0 ? Math.abs(after / before - 1) : after > 0 ? Infinity : 0;
  if (pValue >= t.alpha || relative < t.minRelativeChange || expectedAfter < t.minExpectedAfter) return null;
  return {
    since: usable[best.k]!.firstDate,
    before,
    after,
    direction: after > before ? 'rose' : 'fell',
    weeksAfter: usable.length - best.k,
    statistic: best.g,
    pValue,
    evidence: { before: { successes: best.s1, trials: best.n1 }, after: { successes: best.s2, trials: best.n2 } },
  };
}
