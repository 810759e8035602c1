// Unified View panel: the eight subsystem outputs of one project side by side
// (mirrors services/unifiedView.ts ProjectUnifiedView, as an ordered list).
import * as v from 'valibot';
import { command, notification } from '../ipc';
import { projectRefSchema, snapshotParams, type Snapshot } from '../common';
import { subsystemNameSchema } from './controltower';
import { approveMediaParams, mediaPlanViewSchema, refuseMediaParams } from './mediaPlan';

export const unifiedArtifactSchema = v.object({
  name: v.string(),
  /** The subsystem as people name it ("Brand guide", "Project plan"). */
  label: v.string(),
  status: v.string(),
  version: v.nullable(v.number()),
  /** One-line summaries of the content, made by the host (content itself stays on the host). */
  highlights: v.array(v.string()),
  insights: v.array(v.object({ id: v.string(), sentence: v.string() })),
  skipKaizen: v.boolean(),
  statusNote: v.nullable(v.string()),
  createdAt: v.nullable(v.string()),
  lastError: v.nullable(v.string()),
  /** This version does not reflect what arrived since it was made (what changed, one sentence); absent when it does. */
  outOfDate: v.optional(v.string()),
});
export type UnifiedArtifactView = v.InferOutput<typeof unifiedArtifactSchema>;

export const unifiedDataSchema = v.object({
  artifacts: v.array(unifiedArtifactSchema),
  /** The latest media plan, for the media card's decisions (null before the first run). */
  media: v.nullable(mediaPlanViewSchema),
});
export type UnifiedData = v.InferOutput<typeof unifiedDataSchema>;
export type UnifiedSnapshot = Snapshot<UnifiedData>;

export const UnifiedSnapshotNotification = notification('unified/snapshot', snapshotParams(unifiedDataSchema));

export const RunSubsystemCommand = command('unified/runSubsystem', v.object({ project: projectRefSchema, name: subsystemNameSchema }));

export const ApproveMediaPlanCommand = command('unified/approveMedia', approveMediaParams);
export const RequestMediaPlanChangesCommand = command('unified/requestMediaChanges', refuseMediaParams);

export const UNIFIED_COMMANDS = [RunSubsystemCommand, ApproveMediaPlanCommand, RequestMediaPlanChangesCommand] as const;
