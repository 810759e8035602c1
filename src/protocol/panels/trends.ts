// Social Trends panel: imported keyword series with their strength, and the content ideas
// (series mirror analytics/analyticsDashboard.ts TrendSeries).
import * as v from 'valibot';
import { notification } from '../ipc';
import { snapshotParams, type Snapshot } from '../common';

export const TREND_STRENGTHS = ['emerging', 'growing', 'peak', 'declining', 'flat', 'not enough data'] as const;

export const trendSeriesSchema = v.object({
  keyword: v.string(),
  geo: v.string(),
  strength: v.picklist(TREND_STRENGTHS),
  points: v.array(v.object({ date: v.string(), value: v.nullable(v.number()), belowOne: v.boolean() })),
  evidence: v.object({ points: v.number(), rule: v.string() }),
});
export type TrendSeriesView = v.InferOutput<typeof trendSeriesSchema>;

export const contentIdeaSchema = v.object({ keyword: v.nullable(v.string()), channel: v.nullable(v.string()), idea: v.string() });
export type ContentIdeaView = v.InferOutput<typeof contentIdeaSchema>;

export const trendsDataSchema = v.object({ series: v.array(trendSeriesSchema), ideas: v.array(contentIdeaSchema) });
export type TrendsData = v.InferOutput<typeof trendsDataSchema>;
export type TrendsSnapshot = Snapshot<TrendsData>;

export const TrendsSnapshotNotification = notification('trends/snapshot', snapshotParams(trendsDataSchema));
