// The project plan: tasks from templates for the planned channels and the strategy's phases,
// estimates calibrated by learned accuracy, dates scheduled from the project start within team
// capacity, the critical path, and capacity per role with over-allocation flagged.
import { AicmoError } from '../../domain/errors';
import type { Project } from '../../domain/project';
import { calibrationFactor } from '../../kaizen/estimateCalibration';
import type { AppliedInsight, EstimateAccuracyInsight } from '../../kaizen/types';
import { channelLabel } from '../../domain/channels';
import { daysBetween, isIsoDate, workDaysInclusive } from '../common/dates';
import type { StrategyContent } from '../strategy/types';
import type { TeamMember } from '../types';
import { criticalPath, hoursByWeek, scheduleTasks } from './schedule';
import { TASK_TEMPLATES, UNSTAFFED_DAILY_HOURS, WORK_DAYS_PER_WEEK, type TaskTemplate } from './taskTemplates';
import type { PmContent, PmTask, RoleCapacity } from './types';

export interface PmInput {
  project: Project;
  channels: readonly string[];
  strategy?: StrategyContent;
  team: readonly TeamMember[];
  accuracy: readonly EstimateAccuracyInsight[];
  skipKaizen: boolean;
  templates?: readonly TaskTemplate[];
}

const halfHours = (h: number): number => Math.round(h * 2) / 2;
const taskId = (template: string, channel: string | null): string => (channel ? `t-${template}-${channel}` : `t-${template}`);

export function buildPm(input: PmInput): { content: PmContent; applied: AppliedInsight[] } {
  const { project } = input;
  if (!isIsoDate(project.startDate)) {
    throw new AicmoError('invalid-input', 'PM needs the project\'s start date to schedule tasks: add startDate (YYYY-MM-DD) to the intake.', { field: 'startDate' });
  }
  const start = project.startDate;
  const end = isIsoDate(project.endDate) && project.endDate >= start ? project.endDate : null;
  const templates = input.templates ?? TASK_TEMPLATES;
  const phases = new Map((input.strategy?.timeline ?? []).map((p) => [p.key, p]));
  const launchStart = phases.get('launch')?.start ?? start;
  const flightWeeks = end ? Math.max(1, Math.ceil((daysBetween(launchStart, end) + 1) / 7)) : 4;

  const accuracy = new Map((input.skipKaizen ? [] : input.accuracy).map((a) => [a.payload.template, a]));
  const applied: AppliedInsight[] = [];
  const perChannelTemplates = new Set(templates.filter((t) => t.perChannel).map((t) => t.template));

  const tasks: PmTask[] = [];
  const notBefore = new Map<string, string>();
  for (const t of templates) {
    const base = t.hours + (t.hoursPerFlightWeek ?? 0) * flightWeeks;
    const insight = accuracy.get(t.template);
    const factor = insight ? calibrationFactor(insight.payload) : 1;
    if (insight && factor !== 1) {
      applied.push({ id: insight.id, sentence: `${t.template} estimates × ${factor.toFixed(2)} (completed tasks took ${insight.payload.actual} h against ${insight.payload.estimated} h estimated over ${insight.payload.n} task${insight.payload.n === 1 ? '' : 's'}).` });
    }
    for (const channel of t.perChannel ? input.channels : [null]) {
      const id = taskId(t.template, channel);
      const dependsOn = t.dependsOn.flatMap((dep) => {
        if (!perChannelTemplates.has(dep)) return [taskId(dep, null)];
        return channel ? [taskId(dep, channel)] : input.channels.map((c) => taskId(dep, c));
      });
      const phaseName = phases.get(t.phase)?.phase ?? t.phase;
      const earliest = t.notBeforePhase ? phases.get(t.notBeforePhase)?.start : undefined;
      if (earliest) notBefore.set(id, earliest);
      tasks.push({
        id,
        template: t.template,
        title: t.title.replace('{channel}', channel ? channelLabel(channel) : ''),
        phase: phaseName,
        role: t.role,
        channel,
        estimatedHours: halfHours(base * factor),
        baseHours: base,
        calibration: Math.round(factor * 1000) / 1000,
        start: start,
        due: start,
        dependsOn,
        status: 'todo',
      });
    }
  }

  const members = new Map<string, TeamMember[]>();
  for (const m of input.team) if (m.weeklyHours > 0) members.set(m.role, [...(members.get(m.role) ?? []), m]);
  const weekly = (role: string): number => (members.get(role) ?? []).reduce((t, m) => t + m.weeklyHours, 0);
  const daily = (role: string): number => (weekly(role) > 0 ? weekly(role) / WORK_DAYS_PER_WEEK : UNSTAFFED_DAILY_HOURS);

  const schedule = scheduleTasks(
    tasks.map((t) => ({ id: t.id, role: t.role, hours: t.estimatedHours, dependsOn: t.dependsOn, notBefore: notBefore.get(t.id) })),
    start,
    daily,
  );
  for (const t of tasks) {
    const s = schedule.get(t.id)!;
    t.start = s.start;
    t.due = s.due;
  }
  const cp = criticalPath(tasks, schedule);
  const finish = tasks.reduce((m, t) => (t.due > m ? t.due : m), start);

  const warnings: string[] = [];
  const windowDays = end ? workDaysInclusive(start, end) : null;
  const capacity: RoleCapacity[] = [...new Set(tasks.map((t) => t.role))].map((role) => {
    const roleTasks = tasks.filter((t) => t.role === role);
    const demandHours = halfHours(roleTasks.reduce((s, t) => s + t.estimatedHours, 0));
    const weeklyHours = weekly(role);
    const availableHours = windowDays === null ? null : halfHours((weeklyHours * windowDays) / WORK_DAYS_PER_WEEK);
    const weeks = hoursByWeek(roleTasks.map((t) => schedule.get(t.id)!));
    const peakWeekHours = halfHours(Math.max(0, ...weeks.values()));
    const unstaffed = weeklyHours === 0;
    const overAllocated = unstaffed || (availableHours !== null && demandHours > availableHours) || (end !== null && roleTasks.some((t) => t.due > end));
    let note: string;
    if (unstaffed) note = `Nobody on the team has the role ${role}: scheduled as one full-time person (${UNSTAFFED_DAILY_HOURS} h a day) — assign someone.`;
    else if (availableHours !== null && demandHours > availableHours) note = `Needs ${demandHours} h but the team has ${availableHours} h in the project window.`;
    else if (end !== null && roleTasks.some((t) => t.due > end)) note = `Fits the hours but not the dates: some tasks end after ${end}.`;
    else note = availableHours === null ? `${demandHours} h of work at ${weeklyHours} h a week (no end date to compare with).` : `${demandHours} h of ${availableHours} h available.`;
    if (overAllocated) warnings.push(`${role}: ${note}`);
    return { role, members: (members.get(role) ?? []).map((m) => m.name), weeklyHours, demandHours, availableHours, peakWeekHours, overAllocated, note };
  });
  if (end && finish > end) warnings.push(`The plan finishes on ${finish}, after the project end date ${end}.`);

  const kaizen: PmContent['kaizen'] = input.skipKaizen
    ? { mode: 'skipped', note: 'Kaizen skipped: template estimates used as they are.' }
    : applied.length > 0
      ? { mode: 'applied', note: `Estimates calibrated for ${applied.length} task template${applied.length === 1 ? '' : 's'} from completed tasks.` }
      : { mode: 'no-evidence', note: 'No evidence yet: no completed tasks with actual hours, template estimates used.' };
  return {
    content: { tasks, criticalPath: cp.path, criticalPathDays: cp.days, capacity, schedule: { start, end, finish, fitsWindow: end === null ? null : finish <= end }, warnings, kaizen },
    applied,
  };
}
