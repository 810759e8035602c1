// Pipeline panel: every project in its stage column (mirrors services/pipeline.ts ProjectsPipeline).
import * as v from 'valibot';
import { notification } from '../ipc';
import { snapshotParams, type Snapshot } from '../common';

export const STAGE_IDS = ['INTAKE', 'STRATEGY', 'CREATIVE', 'EXECUTION', 'DONE'] as const;

/** `waiting`: the project awaits a person's decision (not blocked). */
const blocker = v.object({ code: v.string(), message: v.string(), waiting: v.boolean() });
export type BlockerView = v.InferOutput<typeof blocker>;

export const pipelineProjectSchema = v.object({
  id: v.string(),
  slug: v.string(),
  name: v.string(),
  industry: v.string(),
  goalMetric: v.string(),
  stage: v.picklist(STAGE_IDS),
  lifecycle: v.string(),
  badges: v.array(v.string()),
  budget: v.object({ minor: v.number(), currency: v.string(), display: v.string() }),
  strategyStatus: v.string(),
  creativesAwaiting: v.number(),
  leads: v.number(),
  leadsContacted: v.number(),
  leadsReplied: v.number(),
  meetings: v.number(),
  outreach: v.number(),
  metricRows: v.number(),
  blockers: v.array(blocker),
  updatedAt: v.string(),
});
export type PipelineProjectView = v.InferOutput<typeof pipelineProjectSchema>;

export const pipelineDataSchema = v.object({
  paused: v.boolean(),
  columns: v.array(v.object({ stage: v.picklist(STAGE_IDS), count: v.number(), projects: v.array(pipelineProjectSchema) })),
  totals: v.object({ projects: v.number(), blocked: v.number(), awaitingApproval: v.number(), onHold: v.number(), cancelled: v.number(), leads: v.number(), outreach: v.number() }),
});
export type PipelineData = v.InferOutput<typeof pipelineDataSchema>;
export type PipelineSnapshot = Snapshot<PipelineData>;

export const PipelineSnapshotNotification = notification('pipeline/snapshot', snapshotParams(pipelineDataSchema));
