// The analytics dashboard of one project: totals, KPIs, change against the previous period of
// the same length, goal progress, a breakdown and a time series, computed from the rows given
// (the analytics service reads them from the store). Money is in major units. Pure.
import { minorDigits } from '../domain/money';
import { AicmoError } from '../domain/errors';
import type { GoalMetric } from '../domain/project';
import type { Granularity } from '../imports/types';
import type { AnalyticsRow } from './types';
import { goalProgress, type GoalProgress } from './goals';
import { GROUP_BYS, groupRows, type GroupBy } from './grouping';
import { computeKpis, REACH_NOT_ADDITIVE, sumTotals, type Kpis, type Totals } from './kpis';
import { change, dataRange, previousPeriod, type Change } from './periods';
import { trendStrength, type TrendEvidence, type TrendStrength } from './trendStrength';

export interface DashboardQuery {
  from?: string;
  to?: string;
  by?: GroupBy;
}

export interface MoneyTotals {
  spend: number | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  conversionValue: number | null;
  engagements: number | null;
  reach?: { value: number; exact: boolean; method: string };
}

/** The dashboard's KPIs are exactly the library's (money in major units). */
export type DashboardKpis = Kpis;

export interface AnalyticsDashboard {
  project: { id: string; slug: string; name: string };
  currency: string;
  period: { from: string | null; to: string | null };
  previousPeriod: { from: string; to: string } | null;
  rows: number;
  totals: MoneyTotals;
  kpis: DashboardKpis;
  /** Each total and KPI against the previous period; null when that period has no rows. */
  change: Record<string, Change> | null;
  goals: GoalProgress[];
  by: GroupBy;
  groups: Array<{ key: string; rows: number; totals: MoneyTotals; kpis: DashboardKpis }>;
  trend: Array<{ date: string } & MoneyTotals>;
  notes: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored metric row as the dashboard reads it. */
export interface DashboardRow extends AnalyticsRow {
  granularity: Granularity;
  currency: string;
}

/** What the dashboard needs to know about the project. */
export interface DashboardProject {
  id: string;
  slug: string;
  name: string;
  currency: string;
  /** How the brief states the goal (sales, leads, …): reads goal names such as "bookings". */
  goalMetric?: GoalMetric;
  kpiTargets: Record<string, number>;
  startDate?: string;
  endDate?: string;
}

function round(x: number | null, digits: number): number | null {
  if (x === null || !Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function moneyTotals(t: Totals, currency: string): MoneyTotals {
  const unit = 10 ** minorDigits(currency);
  return {
    spend: t.spendMinor === null ? null : t.spendMinor / unit,
    impressions: t.impressions,
    clicks: t.clicks,
    conversions: t.conversions,
    conversionValue: t.conversionValueMinor === null ? null : t.conversionValueMinor / unit,
    engagements: t.engagements,
    ...(t.reach ? { reach: t.reach } : {}),
  };
}

function dashboardKpis(t: Totals, currency: string): DashboardKpis {
  const k = computeKpis(t, currency);
  const money = minorDigits(currency) + 2;
  return {
    ctr: round(k.ctr, 6),
    cpc: round(k.cpc, money),
    cpm: round(k.cpm, money),
    cpa: round(k.cpa, money),
    conversionRate: round(k.conversionRate, 6),
    roas: round(k.roas, 4),
    roi: round(k.roi, 4),
    engagementRate: { value: round(k.engagementRate.value, 6), denominator: 'impressions' },
    frequency: round(k.frequency, 4),
  };
}

/** Throws the one sentence naming the field of a query that cannot be answered. */
export function checkDashboardQuery(q: DashboardQuery): void {
  for (const [field, value] of [
    ['from', q.from],
    ['to', q.to],
  ] as const) {
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new AicmoError('invalid-input', `The ${field} date "${value}" is not a date (expected YYYY-MM-DD).`, { field });
    }
  }
  if (q.from && q.to && q.from > q.to) throw new AicmoError('invalid-input', `The from date ${q.from} is after the to date ${q.to}.`, { field: 'from' });
  if (q.by && !GROUP_BYS.includes(q.by)) throw new AicmoError('invalid-input', `The breakdown "${q.by}" is not one of ${GROUP_BYS.join(', ')}.`, { field: 'by' });
}

/** The dashboard of `project` from all its metric rows (`all`, in date order). */
export function analyticsDashboard(project: DashboardProject, all: readonly DashboardRow[], query: DashboardQuery = {}): AnalyticsDashboard {
  checkDashboardQuery(query);
  const by = query.by ?? 'channel';
  const currency = all[0]?.currency ?? project.currency;
  const range = dataRange(all);
  const period = { from: query.from ?? range?.from ?? null, to: query.to ?? range?.to ?? null };
  const current = all.filter((r) => (!period.from || r.date >= period.from) && (!period.to || r.date <= period.to));
  const totals = sumTotals(current);
  const notes: string[] = [];
  if (totals.reach) notes.push(REACH_NOT_ADDITIVE);
  notes.push('engagement rate = engagements ÷ impressions');
  if (current.length === 0) notes.push('no metric rows in this period: every figure is "no data"');

  let previous: { from: string; to: string } | null = null;
  let changes: Record<string, Change> | null = null;
  if (period.from && period.to) {
    previous = previousPeriod({ from: period.from, to: period.to });
    const before = all.filter((r) => r.date >= previous!.from && r.date <= previous!.to);
    if (before.length) {
      const [a, b] = [moneyTotals(totals, currency), moneyTotals(sumTotals(before), currency)];
      const [ka, kb] = [dashboardKpis(totals, currency), dashboardKpis(sumTotals(before), currency)];
      changes = {};
      for (const key of ['spend', 'impressions', 'clicks', 'conversions', 'conversionValue'] as const) changes[key] = change(a[key], b[key]);
      for (const key of ['ctr', 'cpc', 'cpm', 'cpa', 'conversionRate', 'roas', 'roi'] as const) changes[key] = change(ka[key], kb[key]);
    } else notes.push(`no rows in the previous period (${previous.from} to ${previous.to}): no change shown`);
  }

  const goals = goalProgress(project.kpiTargets, totals, {
    currency,
    goalMetric: project.goalMetric,
    projectStart: project.startDate,
    projectEnd: project.endDate,
    asOf: period.to ?? undefined,
  }).map((g) => ({ ...g, actual: round(g.actual, 6), progress: round(g.progress, 6), expected: round(g.expected, 6), pace: round(g.pace, 6) }));
  const groups = groupRows(current, by).map((g) => {
    const t = sumTotals(g.rows);
    return { key: g.key, rows: g.rows.length, totals: moneyTotals(t, currency), kpis: dashboardKpis(t, currency) };
  });
  const trendBy: GroupBy = current.some((r) => r.granularity !== 'day') ? (current.some((r) => r.granularity === 'month') ? 'month' : 'week') : 'day';
  const trend = groupRows(current, trendBy).map((g) => ({ date: g.key, ...moneyTotals(sumTotals(g.rows), currency) }));
  return {
    project: { id: project.id, slug: project.slug, name: project.name },
    currency,
    period,
    previousPeriod: previous,
    rows: current.length,
    totals: moneyTotals(totals, currency),
    kpis: dashboardKpis(totals, currency),
    change: changes,
    goals,
    by,
    groups,
    trend,
    notes,
  };
}

export interface TrendSeries {
  keyword: string;
  geo: string;
  strength: TrendStrength;
  points: Array<{ date: string; value: number | null; belowOne: boolean }>;
  evidence: TrendEvidence;
}

/** Each keyword series (keyword × geo) of the points given, with its strength. */
export function trendsDashboard(points: ReadonlyArray<{ keyword: string; geo: string; date: string; value: number | null; belowOne: boolean }>): TrendSeries[] {
  const series = new Map<string, TrendSeries['points']>();
  for (const p of points) {
    const key = JSON.stringify([p.keyword, p.geo]);
    const list = series.get(key) ?? [];
    list.push({ date: p.date, value: p.value, belowOne: p.belowOne });
    series.set(key, list);
  }
  return [...series.entries()].map(([key, points]) => {
    const [keyword, geo] = JSON.parse(key) as [string, string];
    const { strength, evidence } = trendStrength(points);
    return { keyword, geo, strength, points, evidence };
  });
}
