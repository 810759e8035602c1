// The KPI vocabulary: every KPI AICMO can compute from imported results (what it is called, its
// formula, which fields it needs, which direction is good), and what a target name a person types
// ("cpl", "Cost per lead", "leads", "sql_rate") means for a campaign's goal. One table for goals,
// strategy objectives and the client report, so they never disagree about what a name means.
// Definitions: notes/marketing-facts.md (every ratio from summed numerators and denominators).
import type { GoalMetric } from '../domain/project';

/** The KPIs that imported results (spend, impressions, clicks, conversions, value, reach, engagements) can answer. */
export const KPI_KEYS = [
  'conversions',
  'clicks',
  'impressions',
  'engagements',
  'conversion_value',
  'reach',
  'cpa',
  'cpc',
  'cpm',
  'cpe',
  'roas',
  'roi',
  'ctr',
  'conversion_rate',
  'engagement_rate',
  'frequency',
  'aov',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** A column of the imported results (the Totals field it is summed into). */
export type ResultField = 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'conversionValueMinor' | 'engagements' | 'reach';

export const FIELD_NAMES: Record<ResultField, string> = {
  spendMinor: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  conversions: 'conversions',
  conversionValueMinor: 'conversion value',
  engagements: 'engagements',
  reach: 'reach',
};

export interface KpiSpec {
  key: KpiKey;
  label: string;
  unit: 'count' | 'ratio' | 'money' | 'multiple';
  /** Which direction is success (CPA under target is success). */
  direction: 'higher' | 'lower';
  /**
   * total: summed over the period, and a campaign target is pro-rated by elapsed days;
   * level: not additive (reach), compared with the full target; ratio: compared as it stands.
   */
  kind: 'total' | 'level' | 'ratio';
  formula: string;
  /** The result columns it is computed from; the last one is the denominator of a ratio. */
  fields: readonly ResultField[];
}

export const KPI_SPECS: Record<KpiKey, KpiSpec> = {
  conversions: { key: 'conversions', label: 'Conversions', unit: 'count', direction: 'higher', kind: 'total', formula: 'sum of conversions', fields: ['conversions'] },
  clicks: { key: 'clicks', label: 'Clicks', unit: 'count', direction: 'higher', kind: 'total', formula: 'sum of clicks', fields: ['clicks'] },
  impressions: { key: 'impressions', label: 'Impressions', unit: 'count', direction: 'higher', kind: 'total', formula: 'sum of impressions', fields: ['impressions'] },
  engagements: { key: 'engagements', label: 'Engagements', unit: 'count', direction: 'higher', kind: 'total', formula: 'sum of engagements', fields: ['engagements'] },
  conversion_value: { key: 'conversion_value', label: 'Conversion value', unit: 'money', direction: 'higher', kind: 'total', formula: 'sum of conversion value', fields: ['conversionValueMinor'] },
  reach: { key: 'reach', label: 'Reach', unit: 'count', direction: 'higher', kind: 'level', formula: 'unique people reached (de-duplicated by the platform; not additive)', fields: ['reach'] },
  cpa: { key: 'cpa', label: 'CPA', unit: 'money', direction: 'lower', kind: 'ratio', formula: 'spend ÷ conversions', fields: ['spendMinor', 'conversions'] },
  cpc: { key: 'cpc', label: 'CPC', unit: 'money', direction: 'lower', kind: 'ratio', formula: 'spend ÷ clicks', fields: ['spendMinor', 'clicks'] },
  cpm: { key: 'cpm', label: 'CPM', unit: 'money', direction: 'lower', kind: 'ratio', formula: 'spend ÷ impressions × 1,000', fields: ['spendMinor', 'impressions'] },
  cpe: { key: 'cpe', label: 'Cost per engagement', unit: 'money', direction: 'lower', kind: 'ratio', formula: 'spend ÷ engagements', fields: ['spendMinor', 'engagements'] },
  roas: { key: 'roas', label: 'ROAS', unit: 'multiple', direction: 'higher', kind: 'ratio', formula: 'conversion value ÷ spend', fields: ['conversionValueMinor', 'spendMinor'] },
  roi: { key: 'roi', label: 'ROI', unit: 'ratio', direction: 'higher', kind: 'ratio', formula: '(conversion value − spend) ÷ spend', fields: ['conversionValueMinor', 'spendMinor'] },
  ctr: { key: 'ctr', label: 'CTR', unit: 'ratio', direction: 'higher', kind: 'ratio', formula: 'clicks ÷ impressions', fields: ['clicks', 'impressions'] },
  conversion_rate: { key: 'conversion_rate', label: 'Conversion rate', unit: 'ratio', direction: 'higher', kind: 'ratio', formula: 'conversions ÷ clicks', fields: ['conversions', 'clicks'] },
  engagement_rate: { key: 'engagement_rate', label: 'Engagement rate (per impression)', unit: 'ratio', direction: 'higher', kind: 'ratio', formula: 'engagements ÷ impressions', fields: ['engagements', 'impressions'] },
  frequency: { key: 'frequency', label: 'Frequency', unit: 'multiple', direction: 'lower', kind: 'ratio', formula: 'impressions ÷ reach', fields: ['impressions', 'reach'] },
  aov: { key: 'aov', label: 'Average order value', unit: 'money', direction: 'higher', kind: 'ratio', formula: 'conversion value ÷ conversions', fields: ['conversionValueMinor', 'conversions'] },
};

/** What a conversion is for each goal: the word for one, and the labels of the count and its cost. */
export const CONVERSION_WORDS: Record<GoalMetric, { noun: string; count: string; cost: string }> = {
  leads: { noun: 'lead', count: 'Leads', cost: 'Cost per lead' },
  sales: { noun: 'purchase', count: 'Purchases', cost: 'Cost per purchase' },
  retention: { noun: 'repeat purchase', count: 'Repeat purchases', cost: 'Cost per repeat purchase' },
  awareness: { noun: 'conversion', count: 'Conversions', cost: 'Cost per conversion' },
  engagement: { noun: 'conversion', count: 'Conversions', cost: 'Cost per conversion' },
};

/** "Cost per lead" → "costperlead": names compare without case, spaces, hyphens or underscores. */
export function normalizeKpiName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

type Alias = { kpi: KpiKey; goals?: readonly GoalMetric[]; label?: 'count' | 'cost' };

const LEAD_GOALS = ['leads'] as const;
const PURCHASE_GOALS = ['sales', 'retention'] as const;

/** Names (normalized) → the KPI they mean; `goals` limits a name to the goals whose conversions it describes. */
const ALIASES: Record<string, Alias> = {
  conversions: { kpi: 'conversions', label: 'count' },
  conversion: { kpi: 'conversions', label: 'count' },
  conv: { kpi: 'conversions', label: 'count' },
  convs: { kpi: 'conversions', label: 'count' },
  results: { kpi: 'conversions', label: 'count' },
  actions: { kpi: 'conversions', label: 'count' },
  cpa: { kpi: 'cpa', label: 'cost' },
  cac: { kpi: 'cpa', label: 'cost' },
  costperacquisition: { kpi: 'cpa', label: 'cost' },
  costperconversion: { kpi: 'cpa', label: 'cost' },
  costperresult: { kpi: 'cpa', label: 'cost' },
  costperaction: { kpi: 'cpa', label: 'cost' },
  costperconv: { kpi: 'cpa', label: 'cost' },
  clicks: { kpi: 'clicks' },
  impressions: { kpi: 'impressions' },
  impr: { kpi: 'impressions' },
  engagements: { kpi: 'engagements' },
  engagement: { kpi: 'engagements' },
  conversionvalue: { kpi: 'conversion_value' },
  convvalue: { kpi: 'conversion_value' },
  revenue: { kpi: 'conversion_value' },
  value: { kpi: 'conversion_value' },
  salesvalue: { kpi: 'conversion_value' },
  reach: { kpi: 'reach' },
  cpc: { kpi: 'cpc' },
  costperclick: { kpi: 'cpc' },
  cpm: { kpi: 'cpm' },
  costpermille: { kpi: 'cpm' },
  costperthousand: { kpi: 'cpm' },
  cpe: { kpi: 'cpe' },
  costperengagement: { kpi: 'cpe' },
  roas: { kpi: 'roas' },
  returnonadspend: { kpi: 'roas' },
  roi: { kpi: 'roi' },
  ctr: { kpi: 'ctr' },
  clickthroughrate: { kpi: 'ctr' },
  conversionrate: { kpi: 'conversion_rate' },
  convrate: { kpi: 'conversion_rate' },
  cvr: { kpi: 'conversion_rate' },
  engagementrate: { kpi: 'engagement_rate' },
  er: { kpi: 'engagement_rate' },
  frequency: { kpi: 'frequency' },
  freq: { kpi: 'frequency' },
  aov: { kpi: 'aov', goals: PURCHASE_GOALS },
  averageordervalue: { kpi: 'aov', goals: PURCHASE_GOALS },
  // A leads campaign's conversions are its leads (bookings, enquiries, sign-ups).
  leads: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  lead: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  signups: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  enquiries: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  inquiries: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  bookings: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  appointments: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  registrations: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  demorequests: { kpi: 'conversions', goals: LEAD_GOALS, label: 'count' },
  cpl: { kpi: 'cpa', goals: LEAD_GOALS, label: 'cost' },
  costperlead: { kpi: 'cpa', goals: LEAD_GOALS, label: 'cost' },
  costperbooking: { kpi: 'cpa', goals: LEAD_GOALS, label: 'cost' },
  costperenquiry: { kpi: 'cpa', goals: LEAD_GOALS, label: 'cost' },
  costpersignup: { kpi: 'cpa', goals: LEAD_GOALS, label: 'cost' },
  // A sales (or retention) campaign's conversions are its purchases.
  purchases: { kpi: 'conversions', goals: PURCHASE_GOALS, label: 'count' },
  orders: { kpi: 'conversions', goals: PURCHASE_GOALS, label: 'count' },
  sales: { kpi: 'conversions', goals: PURCHASE_GOALS, label: 'count' },
  transactions: { kpi: 'conversions', goals: PURCHASE_GOALS, label: 'count' },
  cpo: { kpi: 'cpa', goals: PURCHASE_GOALS, label: 'cost' },
  costperorder: { kpi: 'cpa', goals: PURCHASE_GOALS, label: 'cost' },
  costperpurchase: { kpi: 'cpa', goals: PURCHASE_GOALS, label: 'cost' },
  costpersale: { kpi: 'cpa', goals: PURCHASE_GOALS, label: 'cost' },
};

/** Names people use for figures that imported ad results do not carry: the column each needs. */
const NEEDS_COLUMN: Record<string, { label: string; column: string; unit?: KpiSpec['unit'] }> = {
  sqlrate: { label: 'SQL rate', column: 'sqls (sales-qualified leads)', unit: 'ratio' },
  sqls: { label: 'Sales-qualified leads', column: 'sqls (sales-qualified leads)' },
  sql: { label: 'Sales-qualified leads', column: 'sqls (sales-qualified leads)' },
  mqls: { label: 'Marketing-qualified leads', column: 'mqls (marketing-qualified leads)' },
  mql: { label: 'Marketing-qualified leads', column: 'mqls (marketing-qualified leads)' },
  mqlrate: { label: 'MQL rate', column: 'mqls (marketing-qualified leads)', unit: 'ratio' },
  qualifiedleads: { label: 'Qualified leads', column: 'qualified leads' },
  costpersql: { label: 'Cost per SQL', column: 'sqls (sales-qualified leads)', unit: 'money' },
  ltv: { label: 'Customer lifetime value', column: 'customer lifetime value', unit: 'money' },
  clv: { label: 'Customer lifetime value', column: 'customer lifetime value', unit: 'money' },
  ltvcac: { label: 'LTV : CAC', column: 'customer lifetime value', unit: 'multiple' },
  calls: { label: 'Calls', column: 'calls' },
  phonecalls: { label: 'Calls', column: 'calls' },
  storevisits: { label: 'Store visits', column: 'store visits' },
  videoviews: { label: 'Video views', column: 'video views' },
  views: { label: 'Video views', column: 'video views' },
  vtr: { label: 'View-through rate', column: 'video views', unit: 'ratio' },
  followers: { label: 'Followers', column: 'followers' },
  installs: { label: 'App installs', column: 'installs' },
  unsubscribes: { label: 'Unsubscribes', column: 'unsubscribes' },
  churn: { label: 'Churn', column: 'customers (start and end of period)' },
  churnrate: { label: 'Churn rate', column: 'customers (start and end of period)', unit: 'ratio' },
  retentionrate: { label: 'Retention rate', column: 'customers (start and end of period)', unit: 'ratio' },
  nps: { label: 'Net promoter score', column: 'survey responses' },
  brandlift: { label: 'Brand lift', column: 'brand-lift survey results' },
};

/** What a target name means for a campaign: a KPI the results can answer, or the column it would need. */
export interface KpiReading {
  /** The name as given. */
  name: string;
  /** The KPI it computes as, or null when the imported results cannot answer it. */
  kpi: KpiKey | null;
  label: string;
  formula: string;
  /** When kpi is null and the name is known: the column the results would need. */
  needs?: string;
  /** When kpi is null: one sentence saying why. */
  reason?: string;
  /** When kpi is null and the name is known: what kind of figure it is (a rate, money, a count). */
  unit?: KpiSpec['unit'];
}

/** The label of a KPI for a goal ("Cost per lead" for a leads goal's CPA). */
export function kpiLabel(key: KpiKey, goal?: GoalMetric): string {
  if (goal && key === 'conversions') return CONVERSION_WORDS[goal].count;
  if (goal && key === 'cpa') return CONVERSION_WORDS[goal].cost;
  return KPI_SPECS[key].label;
}

function formulaFor(key: KpiKey, goal?: GoalMetric): string {
  const spec = KPI_SPECS[key];
  if (!goal || !spec.fields.includes('conversions') || CONVERSION_WORDS[goal].noun === 'conversion') return spec.formula;
  return spec.formula.replace(/conversions(?! value)/, `conversions (${CONVERSION_WORDS[goal].noun}s)`);
}

/**
 * Reads a target name for a goal: `cpl` on a leads campaign is spend ÷ conversions; `leads` on a
 * sales campaign needs a leads column (its conversions count purchases); `sql_rate` needs a sqls
 * column; a name AICMO does not know says so.
 */
export function readKpiName(name: string, goal?: GoalMetric): KpiReading {
  const key = normalizeKpiName(name);
  const alias = ALIASES[key] ?? (key.endsWith('s') ? undefined : ALIASES[`${key}s`]);
  if (alias) {
    if (alias.goals && goal && !alias.goals.includes(goal)) {
      const means = CONVERSION_WORDS[goal].noun;
      const wanted = alias.goals.includes('leads') ? 'leads' : 'purchases';
      return {
        name,
        kpi: null,
        label: name,
        formula: 'as defined by the client',
        needs: wanted,
        reason: `needs a ${wanted} column: this ${goal} campaign's conversions count ${means === 'conversion' ? 'its goal actions' : `${means}s`}, not ${wanted}`,
      };
    }
    const label = alias.label === 'count' ? kpiLabel('conversions', goal) : alias.label === 'cost' ? kpiLabel('cpa', goal) : kpiLabel(alias.kpi, goal);
    return { name, kpi: alias.kpi, label, formula: formulaFor(alias.kpi, goal) };
  }
  const needs = NEEDS_COLUMN[key];
  if (needs) return { name, kpi: null, label: needs.label, formula: 'as defined by the client', needs: needs.column, unit: needs.unit ?? 'count', reason: `needs a ${needs.column} column: imported ad results carry spend, impressions, clicks, conversions, value, reach and engagements only` };
  return { name, kpi: null, label: name, formula: 'as defined by the client', reason: `"${name}" is not a KPI AICMO can compute (known: ${knownNames().join(', ')})` };
}

/** The names AICMO computes, for messages (canonical keys and the common aliases). */
export function knownNames(): string[] {
  return [...KPI_KEYS, 'cpl', 'leads', 'purchases', 'revenue'];
}
