// KPIs from summed numerators and denominators over a set of rows (never averages of daily
// ratios). A KPI whose denominator is zero or unreported is null ("no data"), never 0 or
// Infinity. Reach is de-duplicated by the platform and is not additive, so it is never summed:
// a single row's reach is reported as is; over several rows the largest single-row reach is
// reported as a lower bound, and frequency (impressions ÷ reach) only when reach is exact.
import { minorDigits } from '../domain/money';
import type { AnalyticsRow } from './types';

export interface ReachSummary {
  value: number;
  exact: boolean;
  /** How reach was combined, in words (shown next to the figure). */
  method: string;
}

export interface Totals {
  rows: number;
  spendMinor: number | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  conversionValueMinor: number | null;
  engagements: number | null;
  reach: ReachSummary | null;
}

export const REACH_NOT_ADDITIVE =
  'reach is de-duplicated by each platform and cannot be added across days, ad sets or platforms; over several rows the largest single-row reach is shown (a lower bound)';

type Additive = 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'conversionValueMinor' | 'engagements';
const ADDITIVE: Additive[] = ['spendMinor', 'impressions', 'clicks', 'conversions', 'conversionValueMinor', 'engagements'];

export function sumTotals(rows: readonly AnalyticsRow[]): Totals {
  const sums: Record<Additive, number | null> = { spendMinor: null, impressions: null, clicks: null, conversions: null, conversionValueMinor: null, engagements: null };
  let reachRows = 0;
  let maxReach = 0;
  for (const r of rows) {
    for (const k of ADDITIVE) {
      const v = r[k];
      if (v !== null) sums[k] = (sums[k] ?? 0) + v;
    }
    if (r.reach !== null) {
      reachRows++;
      maxReach = Math.max(maxReach, r.reach);
    }
  }
  if (sums.conversions !== null) sums.conversions = Math.round(sums.conversions * 1e6) / 1e6;
  const reach: ReachSummary | null =
    reachRows === 0
      ? null
      : reachRows === 1
        ? { value: maxReach, exact: true, method: 'reported by the platform for this row' }
        : { value: maxReach, exact: false, method: `largest single-row reach of ${reachRows} rows (a lower bound; reach is not additive)` };
  return { rows: rows.length, ...sums, reach };
}

export interface Kpis {
  /** clicks ÷ impressions */
  ctr: number | null;
  /** spend ÷ clicks, major units */
  cpc: number | null;
  /** spend ÷ impressions × 1000, major units */
  cpm: number | null;
  /** spend ÷ conversions, major units */
  cpa: number | null;
  /** conversions ÷ clicks */
  conversionRate: number | null;
  /** conversion value ÷ spend */
  roas: number | null;
  /** (conversion value − spend) ÷ spend */
  roi: number | null;
  /** engagements ÷ impressions (the denominator is named because there is no standard one) */
  engagementRate: { value: number | null; denominator: 'impressions' };
  /** impressions ÷ reach, only when reach is exact (one row); otherwise null */
  frequency: number | null;
}

function ratio(numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * scale;
}

export function computeKpis(t: Totals, currency: string): Kpis {
  const unit = 10 ** minorDigits(currency);
  const spend = t.spendMinor === null ? null : t.spendMinor / unit;
  const value = t.conversionValueMinor === null ? null : t.conversionValueMinor / unit;
  return {
    ctr: ratio(t.clicks, t.impressions),
    cpc: ratio(spend, t.clicks),
    cpm: ratio(spend, t.impressions, 1000),
    cpa: ratio(spend, t.conversions),
    conversionRate: ratio(t.conversions, t.clicks),
    roas: ratio(value, spend),
    roi: value === null ? null : ratio(value - (spend ?? 0), spend),
    engagementRate: { value: ratio(t.engagements, t.impressions), denominator: 'impressions' },
    frequency: t.reach?.exact ? ratio(t.impressions, t.reach.value) : null,
  };
}
