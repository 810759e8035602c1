// War Room panel: one project's intake and its strategy versions with the approval trail
// (mirrors services/projectContext.ts ProjectContext, plus every strategy version for the diff).
import * as v from 'valibot';
import { command, notification } from '../ipc';
import { actorSchema, projectRefSchema, requiredText, snapshotParams, type Snapshot } from '../common';
import { approveMediaParams, mediaPlanViewSchema, refuseMediaParams } from './mediaPlan';

export const intakeSchema = v.object({
  name: v.string(),
  client: v.optional(v.string()),
  brand: v.optional(v.string()),
  industry: v.string(),
  geography: v.optional(v.string()),
  product: v.optional(v.string()),
  goal: v.string(),
  goalMetric: v.string(),
  audiences: v.array(v.string()),
  budgetMinor: v.number(),
  currency: v.string(),
  startDate: v.optional(v.string()),
  endDate: v.optional(v.string()),
  constraints: v.array(v.string()),
  mustInclude: v.array(v.string()),
  doNotDo: v.array(v.string()),
  kpiTargets: v.record(v.string(), v.number()),
  lifecycle: v.optional(v.string()),
});
export type IntakeView = v.InferOutput<typeof intakeSchema>;

export const strategyVersionSchema = v.object({
  version: v.number(),
  status: v.string(),
  createdAt: v.string(),
  statusNote: v.nullable(v.string()),
  /** StrategyContent as JSON (rendered field by field; unknown fields shown as text). */
  content: v.nullable(v.record(v.string(), v.unknown())),
  insights: v.array(v.object({ id: v.string(), sentence: v.string() })),
});
export type StrategyVersionView = v.InferOutput<typeof strategyVersionSchema>;

export const approvalActionSchema = v.object({
  id: v.string(),
  at: v.string(),
  actor: v.object({ name: v.string(), kind: v.string() }),
  action: v.string(),
  target: v.object({ kind: v.string(), id: v.string(), label: v.optional(v.string()) }),
  comment: v.optional(v.string()),
});
export type ApprovalActionView = v.InferOutput<typeof approvalActionSchema>;

export const warroomDataSchema = v.object({
  intake: intakeSchema,
  stage: v.string(),
  badges: v.array(v.string()),
  blockers: v.array(v.object({ code: v.string(), message: v.string() })),
  /** Oldest first; the last one is the current strategy. */
  versions: v.array(strategyVersionSchema),
  approvals: v.array(approvalActionSchema),
  /** The latest media plan (null before the first run). */
  media: v.nullable(mediaPlanViewSchema),
});
export type WarroomData = v.InferOutput<typeof warroomDataSchema>;
export type WarroomSnapshot = Snapshot<WarroomData>;

export const WarroomSnapshotNotification = notification('warroom/snapshot', snapshotParams(warroomDataSchema));

const version = v.pipe(v.number(), v.integer(), v.minValue(1));
const reason = requiredText(2000);
export const ApproveStrategyCommand = command('warroom/approveStrategy', v.object({ project: projectRefSchema, version, by: actorSchema }));
export const RejectStrategyCommand = command('warroom/rejectStrategy', v.object({ project: projectRefSchema, version, by: actorSchema, reason }));
export const RequestStrategyChangesCommand = command('warroom/requestStrategyChanges', v.object({ project: projectRefSchema, version, by: actorSchema, reason }));
/** Saves the edited content as a new strategy version built on `baseVersion`. */
export const SaveStrategyEditCommand = command(
  'warroom/saveStrategyEdit',
  v.object({ project: projectRefSchema, baseVersion: version, by: actorSchema, content: v.record(v.string(), v.unknown()) }),
);

/** Decisions on the latest media plan (media.decide); approve may accept the larger move the plan recommends. */
export const ApproveMediaCommand = command('warroom/approveMedia', approveMediaParams);
export const RejectMediaCommand = command('warroom/rejectMedia', refuseMediaParams);
export const RequestMediaChangesCommand = command('warroom/requestMediaChanges', refuseMediaParams);

export const WARROOM_COMMANDS = [ApproveStrategyCommand, RejectStrategyCommand, RequestStrategyChangesCommand, SaveStrategyEditCommand, ApproveMediaCommand, RejectMediaCommand, RequestMediaChangesCommand] as const;
