// PM panel: tasks with live status and hours, the plan's critical path and capacity per role
// (mirrors services/pmDashboard.ts PmDashboard).
import * as v from 'valibot';
import { command, notification } from '../ipc';
import { projectRefSchema, snapshotParams, type Snapshot } from '../common';

const n = v.nullable(v.number());
const s = v.nullable(v.string());

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;

export const pmTaskSchema = v.object({
  id: v.string(),
  title: v.string(),
  phase: v.string(),
  role: s,
  assignee: s,
  estimatedHours: n,
  actualHours: n,
  start: s,
  due: s,
  dependsOn: v.array(v.string()),
  status: v.string(),
  completedAt: s,
  onCriticalPath: v.boolean(),
});
export type PmTaskView = v.InferOutput<typeof pmTaskSchema>;

export const roleCapacitySchema = v.object({
  role: v.string(),
  members: v.array(v.string()),
  weeklyHours: v.number(),
  demandHours: v.number(),
  availableHours: n,
  peakWeekHours: v.number(),
  overAllocated: v.boolean(),
  note: v.string(),
});
export type RoleCapacityView = v.InferOutput<typeof roleCapacitySchema>;

export const pmDataSchema = v.object({
  plan: v.nullable(
    v.object({
      version: v.number(),
      status: v.string(),
      schedule: v.object({ start: v.string(), end: s, finish: v.string(), fitsWindow: v.nullable(v.boolean()) }),
      criticalPathDays: v.number(),
      warnings: v.array(v.string()),
    }),
  ),
  tasks: v.array(pmTaskSchema),
  criticalPath: v.array(v.string()),
  capacity: v.array(roleCapacitySchema),
  progress: v.object({ total: v.number(), done: v.number(), estimatedHours: v.number(), actualHours: v.number() }),
  notes: v.array(v.string()),
  /** Each role's human name ("media_buyer" → "Media buyer"). */
  roleNames: v.record(v.string(), v.string()),
});
export type PmData = v.InferOutput<typeof pmDataSchema>;
export type PmSnapshot = Snapshot<PmData>;

export const PmSnapshotNotification = notification('pm/snapshot', snapshotParams(pmDataSchema));

const taskId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const hours = v.pipe(v.number(), v.minValue(0, 'hours must not be negative'), v.maxValue(10_000, 'hours must be at most 10,000'));
export const CompleteTaskCommand = command('pm/completeTask', v.object({ project: projectRefSchema, id: taskId, hours }));
export const UpdateTaskStatusCommand = command('pm/updateTaskStatus', v.object({ project: projectRefSchema, id: taskId, status: v.picklist(TASK_STATUSES) }));

export const PM_COMMANDS = [CompleteTaskCommand, UpdateTaskStatusCommand] as const;
