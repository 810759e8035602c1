// Command panel: what needs the strategist now, each item linked to the panel that resolves it.
import * as v from 'valibot';
import { notification } from '../ipc';
import { panelIdSchema, projectRef, snapshotParams, type Snapshot } from '../common';

export const ATTENTION_KINDS = ['approval', 'failed-run', 'overdue-task', 'stale-artifact', 'goal-behind', 'new-leads'] as const;

export const attentionItemSchema = v.object({
  kind: v.picklist(ATTENTION_KINDS),
  project: projectRef,
  /** One sentence: what is waiting. */
  title: v.string(),
  /** ISO timestamp or date it has been waiting since, when known. */
  since: v.nullable(v.string()),
  /** Where it is resolved. */
  panel: panelIdSchema,
});
export type AttentionItemView = v.InferOutput<typeof attentionItemSchema>;

export const activitySchema = v.object({ at: v.string(), title: v.string(), actor: v.nullable(v.string()), project: v.nullable(projectRef) });
export type ActivityView = v.InferOutput<typeof activitySchema>;

export const commandDataSchema = v.object({ items: v.array(attentionItemSchema), activity: v.array(activitySchema) });
export type CommandData = v.InferOutput<typeof commandDataSchema>;
export type CommandSnapshot = Snapshot<CommandData>;

export const CommandSnapshotNotification = notification('command/snapshot', snapshotParams(commandDataSchema));
