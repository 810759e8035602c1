// Which KPI tiles the Analytics panel shows, how each is formatted and which direction is good.
import type { AnalyticsData } from '../../protocol/panels/analytics';
import type { GoodWhen } from '../common/components/kpiTile';
import { formatInt, formatMoney, formatNumber, formatPercent } from '../common/format';

export interface KpiTileView {
  key: string;
  label: string;
  value: string;
  change: number | null;
  goodWhen: GoodWhen;
}

export function kpiTiles(d: AnalyticsData): KpiTileView[] {
  const money = (n: number | null) => formatMoney(n, d.currency);
  const defs: [string, string, string, GoodWhen][] = [
    ['spend', 'Spend', money(d.totals.spend), 'neutral'],
    ['impressions', 'Impressions', formatInt(d.totals.impressions), 'higher'],
    ['clicks', 'Clicks', formatInt(d.totals.clicks), 'higher'],
    ['conversions', 'Conversions', formatNumber(d.totals.conversions), 'higher'],
    ['ctr', 'CTR (clicks ÷ impressions)', formatPercent(d.kpis.ctr), 'higher'],
    ['cpc', 'CPC', money(d.kpis.cpc), 'lower'],
    ['cpa', 'CPA', money(d.kpis.cpa), 'lower'],
    ['conversionRate', 'Conversion rate (÷ clicks)', formatPercent(d.kpis.conversionRate), 'higher'],
    ['roas', 'ROAS', d.kpis.roas === null ? 'no data' : `${formatNumber(d.kpis.roas)}×`, 'higher'],
    ['engagementRate', `Engagement rate (÷ ${d.kpis.engagementRate.denominator})`, formatPercent(d.kpis.engagementRate.value), 'higher'],
  ];
  return defs.map(([key, label, value, goodWhen]) => ({ key, label, value, goodWhen, change: d.change?.[key]?.relative ?? null }));
}

/** "lower is better" / "higher is better" for a goal's direction. */
export function directionWords(direction: 'higher' | 'lower' | null): string {
  return direction === 'lower' ? 'lower is better' : direction === 'higher' ? 'higher is better' : 'direction unknown';
}
