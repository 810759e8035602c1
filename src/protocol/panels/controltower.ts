// Control Tower panel: the execution timeline, failed runs with retry, the global pause, data
// freshness per source and the generation engine (timeline entries mirror services/timeline.ts).
import * as v from 'valibot';
import { command, notification } from '../ipc';
import { projectRef, projectRefSchema, snapshotParams, type Snapshot } from '../common';

export const timelineEntrySchema = v.object({
  at: v.string(),
  kind: v.string(),
  title: v.string(),
  actor: v.nullable(v.string()),
  ref: v.string(),
  /** The project it belongs to, on workspace-wide lists. */
  project: v.optional(projectRef),
});
export type TimelineEntryView = v.InferOutput<typeof timelineEntrySchema>;

export const failedRunSchema = v.object({
  project: projectRef,
  subsystem: v.string(),
  error: v.string(),
  at: v.string(),
});
export type FailedRunView = v.InferOutput<typeof failedRunSchema>;

export const freshnessSchema = v.object({
  /** e.g. "Google Ads", "Meta Ads", "Google Trends". */
  source: v.string(),
  project: v.nullable(projectRef),
  /** ISO timestamp of the last import, or null when nothing was imported. */
  lastImport: v.nullable(v.string()),
});
export type FreshnessView = v.InferOutput<typeof freshnessSchema>;

export const controlTowerDataSchema = v.object({
  paused: v.boolean(),
  engine: v.object({ name: v.string(), detail: v.string() }),
  timeline: v.array(timelineEntrySchema),
  failedRuns: v.array(failedRunSchema),
  freshness: v.array(freshnessSchema),
});
export type ControlTowerData = v.InferOutput<typeof controlTowerDataSchema>;
export type ControlTowerSnapshot = Snapshot<ControlTowerData>;

export const ControlTowerSnapshotNotification = notification('controltower/snapshot', snapshotParams(controlTowerDataSchema));

export const subsystemNameSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/, 'must be a subsystem name'));
export const SetPausedCommand = command('controltower/setPaused', v.object({ on: v.boolean() }));
export const RetrySubsystemCommand = command('controltower/retrySubsystem', v.object({ project: projectRefSchema, name: subsystemNameSchema }));

/** Data older than this is flagged stale on the Control Tower. */
export const FRESHNESS_LIMIT_DAYS = 7;

export const CONTROLTOWER_COMMANDS = [SetPausedCommand, RetrySubsystemCommand] as const;
