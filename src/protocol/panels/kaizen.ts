// Kaizen panel: insights with their evidence and the learning-event stream
// (insights mirror kaizen/insights.ts InsightReport; events mirror events/types.ts LearningEvent).
import * as v from 'valibot';
import { notification } from '../ipc';
import { snapshotParams, type Snapshot } from '../common';

export const insightSchema = v.object({
  id: v.string(),
  kind: v.string(),
  summary: v.string(),
  evidence: v.object({
    count: v.number(),
    window: v.object({ from: v.nullable(v.string()), to: v.nullable(v.string()) }),
    projects: v.array(v.string()),
    source: v.string(),
  }),
});
export type InsightView = v.InferOutput<typeof insightSchema>;

export const learningEventSchema = v.object({
  id: v.string(),
  ts: v.string(),
  type: v.string(),
  project: v.nullable(v.string()),
  actor: v.string(),
  /** One line describing the event's data (made by the host). */
  summary: v.string(),
});
export type LearningEventView = v.InferOutput<typeof learningEventSchema>;

export const kaizenDataSchema = v.object({
  insights: v.array(insightSchema),
  kinds: v.array(v.object({ kind: v.string(), insights: v.number(), evidence: v.number(), note: v.string() })),
  /** Newest first. */
  events: v.array(learningEventSchema),
});
export type KaizenData = v.InferOutput<typeof kaizenDataSchema>;
export type KaizenSnapshot = Snapshot<KaizenData>;

export const KaizenSnapshotNotification = notification('kaizen/snapshot', snapshotParams(kaizenDataSchema));
