// Analytics panel: KPIs, change against the previous period, goals, breakdown, trend, A/B
// readings (mirrors analytics/analyticsDashboard.ts AnalyticsDashboard; money in major units).
import * as v from 'valibot';
import { command, notification, request } from '../ipc';
import { isoDateSchema, projectRefSchema, snapshotParams, type Snapshot } from '../common';

const n = v.nullable(v.number());
export const moneyTotalsSchema = v.object({
  spend: n,
  impressions: n,
  clicks: n,
  conversions: n,
  conversionValue: n,
  engagements: n,
  reach: v.optional(v.object({ value: v.number(), exact: v.boolean(), method: v.string() })),
});
export const kpisSchema = v.object({
  ctr: n,
  cpc: n,
  cpm: n,
  cpa: n,
  conversionRate: n,
  roas: n,
  roi: n,
  engagementRate: v.object({ value: n, denominator: v.string() }),
  frequency: n,
});
const changeSchema = v.object({ current: n, previous: n, absolute: n, relative: n });
export const goalSchema = v.object({
  metric: v.string(),
  target: v.number(),
  actual: n,
  direction: v.nullable(v.picklist(['higher', 'lower'])),
  progress: n,
  expected: n,
  pace: n,
  status: v.picklist(['ahead', 'on track', 'behind', 'no data']),
  note: v.optional(v.string()),
});
export type GoalView = v.InferOutput<typeof goalSchema>;

const arm = v.object({ conversions: v.number(), trials: v.number(), rate: v.number(), credibleInterval: v.tuple([v.number(), v.number()]) });
export const abReadingSchema = v.object({
  name: v.string(),
  a: v.object({ label: v.string(), ...arm.entries }),
  b: v.object({ label: v.string(), ...arm.entries }),
  diff: v.number(),
  z: n,
  pValue: n,
  pBBeatsA: v.number(),
  verdict: v.picklist(['not enough data', 'B is better', 'A is better', 'no significant difference']),
});
export type AbReadingView = v.InferOutput<typeof abReadingSchema>;

export const GROUP_BY_IDS = ['platform', 'channel', 'campaign', 'week', 'month', 'project'] as const;

export const analyticsDataSchema = v.object({
  currency: v.string(),
  period: v.object({ from: v.nullable(v.string()), to: v.nullable(v.string()) }),
  previousPeriod: v.nullable(v.object({ from: v.string(), to: v.string() })),
  rows: v.number(),
  totals: moneyTotalsSchema,
  kpis: kpisSchema,
  change: v.nullable(v.record(v.string(), changeSchema)),
  goals: v.array(goalSchema),
  by: v.string(),
  /** `label`: the key as people read it ("Google Search", "Week of 5 October 2026"), made by the host. */
  groups: v.array(v.object({ key: v.string(), label: v.optional(v.string()), rows: v.number(), totals: moneyTotalsSchema, kpis: kpisSchema })),
  trend: v.array(v.object({ date: v.string(), ...moneyTotalsSchema.entries })),
  abTests: v.optional(v.array(abReadingSchema)),
  notes: v.array(v.string()),
});
export type AnalyticsData = v.InferOutput<typeof analyticsDataSchema>;
export type AnalyticsSnapshot = Snapshot<AnalyticsData>;

export const AnalyticsSnapshotNotification = notification('analytics/snapshot', snapshotParams(analyticsDataSchema));

export const IMPORT_KINDS = ['google-ads', 'meta-ads', 'generic', 'trends', 'leads'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The host asks for a file, imports it all-or-nothing and answers with what happened. */
export const ImportCsvRequest = request(
  'data/importCsv',
  v.object({ project: projectRefSchema, kind: v.picklist(IMPORT_KINDS) }),
  v.object({ imported: v.boolean(), message: v.string() }),
);
export const AnalyticsQueryCommand = command(
  'analytics/query',
  v.object({ project: projectRefSchema, from: v.optional(isoDateSchema), to: v.optional(isoDateSchema), by: v.picklist(GROUP_BY_IDS) }),
);

export const ANALYTICS_MESSAGES = [ImportCsvRequest, AnalyticsQueryCommand] as const;
