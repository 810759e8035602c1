// Goal progress against the project's KPI targets, aware of which direction is good.
//
// Two kinds of target:
// - totals (conversions, clicks, impressions, conversionValue/revenue, engagements): higher is
//   better and the target is for the whole project, so it is pro-rated by the elapsed share of
//   the project's days (start..end, inclusive) when both dates are known: expected-to-date =
//   target × elapsed days ÷ project days. Without dates the full target is the yardstick.
// - ratios (cpa, cpc, cpm: lower is better; roas, roi, ctr, conversionRate, engagementRate:
//   higher is better) are compared with the target as they stand.
// pace = actual ÷ expected (higher is better) or expected ÷ actual (lower is better), then
//   ahead    pace ≥ 1.10
//   on track 0.90 ≤ pace < 1.10
//   behind   pace < 0.90
//   no data  no actual figure (no rows or a zero denominator), or nothing expected yet
// Money targets are in major units; rates are fractions (0.05 = 5 %).
import type { Kpis, Totals } from './kpis';
import { minorDigits } from '../domain/money';
import { periodDays } from './periods';

export type GoalStatus = 'ahead' | 'on track' | 'behind' | 'no data';
export type Direction = 'higher' | 'lower';

export const AHEAD_AT = 1.1;
export const BEHIND_BELOW = 0.9;

interface GoalMetric {
  direction: Direction;
  kind: 'total' | 'ratio';
  actual: (t: Totals, k: Kpis, currency: string) => number | null;
}

const major = (minor: number | null, currency: string) => (minor === null ? null : minor / 10 ** minorDigits(currency));

export const GOAL_METRIC_RULES: Record<string, GoalMetric> = {
  conversions: { direction: 'higher', kind: 'total', actual: (t) => t.conversions },
  clicks: { direction: 'higher', kind: 'total', actual: (t) => t.clicks },
  impressions: { direction: 'higher', kind: 'total', actual: (t) => t.impressions },
  engagements: { direction: 'higher', kind: 'total', actual: (t) => t.engagements },
  conversionValue: { direction: 'higher', kind: 'total', actual: (t, _k, c) => major(t.conversionValueMinor, c) },
  revenue: { direction: 'higher', kind: 'total', actual: (t, _k, c) => major(t.conversionValueMinor, c) },
  cpa: { direction: 'lower', kind: 'ratio', actual: (_t, k) => k.cpa },
  cpc: { direction: 'lower', kind: 'ratio', actual: (_t, k) => k.cpc },
  cpm: { direction: 'lower', kind: 'ratio', actual: (_t, k) => k.cpm },
  roas: { direction: 'higher', kind: 'ratio', actual: (_t, k) => k.roas },
  roi: { direction: 'higher', kind: 'ratio', actual: (_t, k) => k.roi },
  ctr: { direction: 'higher', kind: 'ratio', actual: (_t, k) => k.ctr },
  conversionRate: { direction: 'higher', kind: 'ratio', actual: (_t, k) => k.conversionRate },
  engagementRate: { direction: 'higher', kind: 'ratio', actual: (_t, k) => k.engagementRate.value },
};

export interface GoalProgress {
  metric: string;
  target: number;
  actual: number | null;
  direction: Direction | null;
  /** Totals: actual ÷ full target. Ratios: the pace (direction-adjusted actual vs target). */
  progress: number | null;
  /** What was expected by now (pro-rated totals; the target itself for ratios). */
  expected: number | null;
  /** Direction-adjusted actual ÷ expected; ≥ 1 is good. */
  pace: number | null;
  status: GoalStatus;
  note?: string;
}

export interface GoalContext {
  currency: string;
  /** Project dates (inclusive); when both are known, total targets are pro-rated. */
  projectStart?: string;
  projectEnd?: string;
  /** The day the figures run to (the period's end or the last data date). */
  asOf?: string;
}

export function statusOf(pace: number | null): GoalStatus {
  if (pace === null || Number.isNaN(pace)) return 'no data';
  if (pace >= AHEAD_AT) return 'ahead';
  if (pace >= BEHIND_BELOW) return 'on track';
  return 'behind';
}

/** Share of the project's days elapsed by `asOf` (0..1), or null when the dates are not known. */
export function elapsedShare(ctx: GoalContext): number | null {
  if (!ctx.projectStart || !ctx.projectEnd || !ctx.asOf) return null;
  const total = periodDays({ from: ctx.projectStart, to: ctx.projectEnd });
  if (total <= 0) return null;
  const elapsed = periodDays({ from: ctx.projectStart, to: ctx.asOf < ctx.projectEnd ? ctx.asOf : ctx.projectEnd });
  return Math.min(1, Math.max(0, elapsed / total));
}

export function goalProgress(targets: Record<string, number>, totals: Totals, kpis: Kpis, ctx: GoalContext): GoalProgress[] {
  const share = elapsedShare(ctx);
  return Object.entries(targets).map(([metric, target]): GoalProgress => {
    const rule = GOAL_METRIC_RULES[metric];
    if (!rule) {
      return { metric, target, actual: null, direction: null, progress: null, expected: null, pace: null, status: 'no data', note: `no rule for "${metric}" (known: ${Object.keys(GOAL_METRIC_RULES).join(', ')})` };
    }
    const actual = totals.rows === 0 ? null : rule.actual(totals, kpis, ctx.currency);
    if (rule.kind === 'total') {
      const expected = share === null ? target : target * share;
      const pace = actual === null || expected <= 0 ? null : actual / expected;
      return {
        metric,
        target,
        actual,
        direction: rule.direction,
        progress: actual === null || target === 0 ? null : actual / target,
        expected,
        pace,
        status: statusOf(pace),
        note: share === null ? 'compared with the full target (project dates not known)' : `pro-rated: ${(share * 100).toFixed(1)} % of the project's days elapsed`,
      };
    }
    let pace: number | null = null;
    if (actual !== null && target > 0) {
      if (rule.direction === 'higher') pace = actual / target;
      else pace = actual === 0 ? Infinity : target / actual;
    }
    return { metric, target, actual, direction: rule.direction, progress: pace, expected: target, pace, status: statusOf(pace) };
  });
}
