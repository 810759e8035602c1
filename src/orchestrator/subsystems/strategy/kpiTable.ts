// KPIs by goal metric. Source: the KPI definitions in notes/marketing-facts.md (every ratio from
// summed numerators and denominators) and the objective-to-metric pairing the ad platforms use
// in objective-based buying (Google Ads and Meta Ads Manager campaign objectives: awareness →
// reach/CPM/frequency, leads → conversions/cost per result, sales → conversion value/ROAS,
// engagement → engagements). The first KPI of each goal is the primary one.
import type { GoalMetric } from '../../domain/project';

export interface KpiDefinition {
  key: string;
  label: string;
  unit: 'count' | 'ratio' | 'money' | 'multiple';
  /** Which direction is success (CPA under target is success). */
  direction: 'higher' | 'lower';
  formula: string;
  /** Other names an intake may use for this KPI's target. */
  aliases: string[];
}

export const KPI_DEFINITIONS: Record<string, KpiDefinition> = {
  reach: { key: 'reach', label: 'Reach', unit: 'count', direction: 'higher', formula: 'unique people reached (de-duplicated by the platform; not additive)', aliases: [] },
  impressions: { key: 'impressions', label: 'Impressions', unit: 'count', direction: 'higher', formula: 'sum of impressions', aliases: [] },
  cpm: { key: 'cpm', label: 'CPM', unit: 'money', direction: 'lower', formula: 'spend ÷ impressions × 1,000', aliases: ['cost_per_mille'] },
  frequency: { key: 'frequency', label: 'Frequency', unit: 'multiple', direction: 'lower', formula: 'impressions ÷ reach', aliases: [] },
  ctr: { key: 'ctr', label: 'CTR', unit: 'ratio', direction: 'higher', formula: 'clicks ÷ impressions', aliases: ['click_through_rate'] },
  cpc: { key: 'cpc', label: 'CPC', unit: 'money', direction: 'lower', formula: 'spend ÷ clicks', aliases: [] },
  conversions: { key: 'conversions', label: 'Conversions', unit: 'count', direction: 'higher', formula: 'sum of conversions', aliases: ['leads', 'purchases', 'sales', 'orders', 'signups', 'results'] },
  cpa: { key: 'cpa', label: 'CPA', unit: 'money', direction: 'lower', formula: 'spend ÷ conversions', aliases: ['cpl', 'cost_per_lead', 'cost_per_acquisition', 'cac'] },
  conversion_rate: { key: 'conversion_rate', label: 'Conversion rate', unit: 'ratio', direction: 'higher', formula: 'conversions ÷ clicks', aliases: ['cvr', 'conv_rate'] },
  conversion_value: { key: 'conversion_value', label: 'Conversion value', unit: 'money', direction: 'higher', formula: 'sum of conversion value', aliases: ['revenue', 'value'] },
  roas: { key: 'roas', label: 'ROAS', unit: 'multiple', direction: 'higher', formula: 'conversion value ÷ spend', aliases: [] },
  roi: { key: 'roi', label: 'ROI', unit: 'ratio', direction: 'higher', formula: '(conversion value − spend) ÷ spend', aliases: [] },
  engagements: { key: 'engagements', label: 'Engagements', unit: 'count', direction: 'higher', formula: 'sum of engagements', aliases: [] },
  engagement_rate: { key: 'engagement_rate', label: 'Engagement rate (per reach)', unit: 'ratio', direction: 'higher', formula: 'engagements ÷ reach', aliases: ['er'] },
};

/** KPI keys per goal metric, primary first, with the label the goal gives them. */
export const KPIS_BY_GOAL: Record<GoalMetric, { key: string; label?: string }[]> = {
  awareness: [{ key: 'reach' }, { key: 'impressions' }, { key: 'cpm' }, { key: 'frequency' }, { key: 'ctr' }],
  leads: [{ key: 'conversions', label: 'Leads (conversions)' }, { key: 'cpa', label: 'Cost per lead (CPA)' }, { key: 'conversion_rate' }, { key: 'ctr' }],
  sales: [{ key: 'conversion_value', label: 'Revenue (conversion value)' }, { key: 'roas' }, { key: 'conversions', label: 'Purchases (conversions)' }, { key: 'cpa', label: 'Cost per purchase (CPA)' }],
  engagement: [{ key: 'engagements' }, { key: 'engagement_rate' }, { key: 'ctr' }, { key: 'cpm' }],
  retention: [{ key: 'conversions', label: 'Repeat purchases (conversions)' }, { key: 'roas' }, { key: 'engagement_rate' }, { key: 'cpa' }],
};

/** The KPI key an intake target name refers to ("CPL" → cpa), or null when unknown. */
export function kpiKeyFor(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  for (const def of Object.values(KPI_DEFINITIONS)) if (def.key === key || def.aliases.includes(key)) return def.key;
  return null;
}
