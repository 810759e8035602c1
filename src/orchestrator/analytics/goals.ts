// Goal progress against the project's KPI targets, aware of which direction is good, reading each
// target name through the KPI vocabulary (kpiNames.ts): `cpl` on a leads campaign is spend ÷
// conversions, `leads` is its conversions, `sql_rate` needs a sqls column.
//
// Three kinds of target:
// - totals (conversions, clicks, impressions, conversion value, engagements): higher is better and
//   the target is for the whole project, so it is pro-rated by the elapsed share of the project's
//   days (start..end, inclusive) when both dates are known: expected-to-date = target × elapsed
//   days ÷ project days. Without dates the full target is the yardstick.
// - levels (reach, not additive): compared with the full target; over several rows reach is a
//   lower bound, so it can show a target met but never one missed.
// - ratios (cpa, cpc, cpm, cpe: lower is better; roas, roi, ctr, conversion rate, engagement rate,
//   aov: higher is better) are compared with the target as they stand.
// pace = actual ÷ expected (higher is better) or expected ÷ actual (lower is better), then
//   ahead    pace ≥ 1.10
//   on track 0.90 ≤ pace < 1.10
//   behind   pace < 0.90; also a cost per conversion whose spend already exceeds the target with
//            no conversion yet (even the first one would cost more than the target)
//   no data  no figure: no rows, a column the results lack, a zero denominator, nothing expected yet
// Money targets are in major units; rates are fractions (0.05 = 5 %).
import type { GoalMetric } from '../domain/project';
import { minorDigits } from '../domain/money';
import type { Totals } from './kpis';
import { CONVERSION_WORDS, FIELD_NAMES, KPI_SPECS, readKpiName, type KpiKey, type ResultField } from './kpiNames';
import { periodDays } from './periods';

export type GoalStatus = 'ahead' | 'on track' | 'behind' | 'no data';
export type Direction = 'higher' | 'lower';

export const AHEAD_AT = 1.1;
export const BEHIND_BELOW = 0.9;

export interface GoalProgress {
  /** The target's name as the intake gives it ("cpl"). */
  metric: string;
  /** The KPI it computes as ("cpa"), or null when the results cannot answer it. */
  kpi: string | null;
  /** What it is called for this campaign ("Cost per lead"). */
  label: string;
  target: number;
  actual: number | null;
  direction: Direction | null;
  /** Totals: actual ÷ full target. Ratios: the pace (direction-adjusted actual vs target). */
  progress: number | null;
  /** What was expected by now (pro-rated totals; the target itself for levels and ratios). */
  expected: number | null;
  /** Direction-adjusted actual ÷ expected; ≥ 1 is good. */
  pace: number | null;
  status: GoalStatus;
  /** The column the results would need to answer this target (e.g. "sqls (sales-qualified leads)"). */
  needs?: string;
  note?: string;
}

export interface GoalContext {
  currency: string;
  /** The campaign's goal: what its conversions count (leads, purchases). */
  goalMetric?: GoalMetric;
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

/** A KPI measured from totals, or why it has no figure. */
export interface KpiMeasure {
  value: number | null;
  /** False when the figure is a lower bound (reach over several rows). */
  exact: boolean;
  /** Why there is no figure (or why it is a bound), in words. */
  why?: string;
  /** The results lack this column. */
  missing?: ResultField;
  /** The denominator is zero. */
  zero?: ResultField;
}

function fieldValue(t: Totals, f: ResultField, currency: string): number | null {
  if (f === 'reach') return t.reach?.value ?? null;
  const v = t[f];
  if (v === null) return null;
  return f === 'spendMinor' || f === 'conversionValueMinor' ? v / 10 ** minorDigits(currency) : v;
}

/** Measures one KPI from summed totals (money in major units). */
export function measureKpi(key: KpiKey, t: Totals, currency: string): KpiMeasure {
  const spec = KPI_SPECS[key];
  if (t.rows === 0) return { value: null, exact: true, why: 'no results imported for this period' };
  for (const f of spec.fields) {
    if (fieldValue(t, f, currency) === null) return { value: null, exact: true, missing: f, why: `needs a ${FIELD_NAMES[f]} column: the imported results have none` };
  }
  const [a, b] = spec.fields.map((f) => fieldValue(t, f, currency)!) as [number, number | undefined];
  if (spec.kind !== 'ratio') {
    if (key === 'reach' && !t.reach!.exact) return { value: a, exact: false, why: t.reach!.method };
    return { value: a, exact: true };
  }
  if (key === 'frequency' && !t.reach!.exact) return { value: null, exact: true, why: `frequency needs exact reach, and ${t.reach!.method}` };
  if (b === 0) return { value: null, exact: true, zero: spec.fields[1]!, why: `no ${FIELD_NAMES[spec.fields[1]!]} yet` };
  const ratio = a / b!;
  if (key === 'cpm') return { value: ratio * 1000, exact: true };
  if (key === 'roi') return { value: (a - b!) / b!, exact: true };
  return { value: ratio, exact: true };
}

const money = (x: number, currency: string) => x.toLocaleString('en', { minimumFractionDigits: minorDigits(currency), maximumFractionDigits: minorDigits(currency) });

export function goalProgress(targets: Record<string, number>, totals: Totals, ctx: GoalContext): GoalProgress[] {
  const share = elapsedShare(ctx);
  return Object.entries(targets).map(([metric, target]): GoalProgress => {
    const reading = readKpiName(metric, ctx.goalMetric);
    const none = { metric, kpi: reading.kpi, label: reading.label, target, actual: null, progress: null, expected: null, pace: null } as const;
    if (reading.kpi === null) {
      return { ...none, direction: null, status: 'no data', ...(reading.needs ? { needs: reading.needs } : {}), note: reading.reason! };
    }
    const spec = KPI_SPECS[reading.kpi];
    const m = measureKpi(reading.kpi, totals, ctx.currency);
    const base = { ...none, direction: spec.direction };
    if (m.value === null) {
      const needs = m.missing ? { needs: FIELD_NAMES[m.missing] } : {};
      // Spend already above a cost-per target with nothing to show for it: the first conversion would cost more.
      const spend = fieldValue(totals, 'spendMinor', ctx.currency);
      if (m.zero && spec.direction === 'lower' && spec.fields[0] === 'spendMinor' && spend !== null && spend > target) {
        const nothing = m.zero === 'conversions' && ctx.goalMetric ? `no ${CONVERSION_WORDS[ctx.goalMetric].noun}s` : `no ${FIELD_NAMES[m.zero]}`;
        return { ...base, status: 'behind', note: `${money(spend, ctx.currency)} ${ctx.currency} spent with ${nothing} yet: already above the target of ${money(target, ctx.currency)}` };
      }
      return { ...base, status: 'no data', ...needs, note: `no data: ${m.why!}` };
    }
    const actual = m.value;
    if (spec.kind === 'total') {
      const expected = share === null ? target : target * share;
      const pace = expected <= 0 ? null : actual / expected;
      return {
        ...base,
        actual,
        progress: target === 0 ? null : actual / target,
        expected,
        pace,
        status: statusOf(pace),
        note: share === null ? 'compared with the full target (project dates not known)' : `pro-rated: ${(share * 100).toFixed(1)} % of the project's days elapsed`,
      };
    }
    let pace: number | null = null;
    if (target > 0) {
      if (spec.direction === 'higher') pace = actual / target;
      else pace = actual === 0 ? Infinity : target / actual;
    }
    if (!m.exact) {
      // A lower bound can show a target met, never one missed.
      const met = pace !== null && pace >= BEHIND_BELOW;
      return { ...base, actual, progress: pace, expected: target, pace: met ? pace : null, status: met ? statusOf(pace) : 'no data', note: `at least ${actual.toLocaleString('en')}: ${m.why!}` };
    }
    return { ...base, actual, progress: pace, expected: target, pace, status: statusOf(pace) };
  });
}
