// KPIs by goal metric. The KPIs themselves (formula, unit, direction, aliases) are the analytics
// vocabulary's (analytics/kpiNames.ts, from notes/marketing-facts.md), so an objective is always
// something the dashboard can measure. The pairing follows the ad platforms' objective-based
// buying (Google Ads and Meta Ads Manager campaign objectives: awareness → reach/CPM/frequency,
// leads → conversions/cost per result, sales → conversion value/ROAS, engagement → engagements).
// The first KPI of each goal is the primary one.
import type { KpiKey } from '../../analytics/kpiNames';
import type { GoalMetric } from '../../domain/project';

/** KPI keys per goal metric, primary first, with the label the goal gives them. */
export const KPIS_BY_GOAL: Record<GoalMetric, { key: KpiKey; label?: string }[]> = {
  awareness: [{ key: 'reach' }, { key: 'impressions' }, { key: 'cpm' }, { key: 'frequency' }, { key: 'ctr' }],
  leads: [{ key: 'conversions', label: 'Leads (conversions)' }, { key: 'cpa', label: 'Cost per lead (CPA)' }, { key: 'conversion_rate' }, { key: 'ctr' }],
  sales: [{ key: 'conversion_value', label: 'Revenue (conversion value)' }, { key: 'roas' }, { key: 'conversions', label: 'Purchases (conversions)' }, { key: 'cpa', label: 'Cost per purchase (CPA)' }],
  engagement: [{ key: 'engagements' }, { key: 'engagement_rate' }, { key: 'cpe' }, { key: 'ctr' }],
  retention: [{ key: 'conversions', label: 'Repeat purchases (conversions)' }, { key: 'roas' }, { key: 'cpa', label: 'Cost per repeat purchase (CPA)' }, { key: 'engagement_rate' }],
};
