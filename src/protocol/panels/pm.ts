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

export const teamMemberSchema = v.object({ id: v.string(), name: v.string(), role: v.string(), roleLabel: v.string(), weeklyHours: v.number() });
export type TeamMemberView = v.InferOutput<typeof teamMemberSchema>;

/** The workspace team the form edits (team.add / team.remove / team.setRate). */
export const pmTeamSchema = v.object({
  members: v.array(teamMemberSchema),
  /** The roles a member can have, with their human names, in the plan's order. */
  roles: v.array(v.object({ id: v.string(), label: v.string() })),
  /** The rate as stored ("95 GBP"), to prefill the field; null when not set. */
  hourlyRate: s,
  /** The rate in words ("95 GBP an hour", "not set"). */
  hourlyRateText: v.string(),
});
export type PmTeamView = v.InferOutput<typeof pmTeamSchema>;

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
  /**
   * The plan's unassigned and over-allocated roles in one sentence (instead of a warning per
   * role), shown with "Assign team"; null when every role is staffed within its hours.
   */
  staffing: v.nullable(v.object({ message: v.string(), roles: v.array(v.string()) })),
  team: pmTeamSchema,
});
export type PmData = v.InferOutput<typeof pmDataSchema>;
export type PmSnapshot = Snapshot<PmData>;

export const PmSnapshotNotification = notification('pm/snapshot', snapshotParams(pmDataSchema));

const taskId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const hours = v.pipe(v.number(), v.minValue(0, 'hours must not be negative'), v.maxValue(10_000, 'hours must be at most 10,000'));
export const CompleteTaskCommand = command('pm/completeTask', v.object({ project: projectRefSchema, id: taskId, hours }));
export const UpdateTaskStatusCommand = command('pm/updateTaskStatus', v.object({ project: projectRefSchema, id: taskId, status: v.picklist(TASK_STATUSES) }));

const memberName = v.pipe(v.string(), v.trim(), v.minLength(1, 'a team member needs a name'), v.maxLength(80, 'a name is at most 80 characters'));
const roleId = v.pipe(v.string(), v.minLength(1), v.maxLength(60));
const weeklyHours = v.pipe(v.number(), v.minValue(0.5, 'weekly hours must be more than 0'), v.maxValue(80, 'weekly hours must be at most 80'));
export const AddTeamMemberCommand = command('pm/addTeamMember', v.object({ project: projectRefSchema, name: memberName, role: roleId, weeklyHours }));
/** `id`: the member's id (a name may have several roles). */
export const RemoveTeamMemberCommand = command('pm/removeTeamMember', v.object({ project: projectRefSchema, id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }));
/** `rate`: "95", "95 GBP", "£95"; null clears it. */
export const SetHourlyRateCommand = command('pm/setHourlyRate', v.object({ project: projectRefSchema, rate: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1, 'type a rate, e.g. 95 or 95 GBP'), v.maxLength(40))) }));

export const PM_COMMANDS = [CompleteTaskCommand, UpdateTaskStatusCommand, AddTeamMemberCommand, RemoveTeamMemberCommand, SetHourlyRateCommand] as const;
