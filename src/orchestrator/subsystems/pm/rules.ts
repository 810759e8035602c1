// The project plan: tasks from templates for the planned channels and the strategy's phases,
// estimates calibrated by learned accuracy, dates scheduled within team capacity (production only
// after the client signs the plan off; weekly work once per week of the flight), the critical
// path, capacity per role with over-allocation flagged, and planned hours against the budget.
import type { Project } from '../../domain/project';
import { calibrationFactor } from '../../kaizen/estimateCalibration';
import type { AppliedInsight, EstimateAccuracyInsight } from '../../kaizen/types';
import { channelLabel } from '../../domain/channels';
import { addDays, longDate, onOrBeforeWorkDay, weekStart, workDaysInclusive } from '../common/dates';
import type { StrategyContent } from '../strategy/types';
import type { HourlyRateSetting, TeamMember } from '../types';
import { agencyCost } from './agencyCost';
import { staffingSentence } from './staffing';
import { planDates, type PlanDates } from './planDates';
import { criticalPath, hoursByWeek, scheduleTasks, type ScheduledTask } from './schedule';
import { DEFAULT_FLIGHT_WEEKS, TASK_TEMPLATES, UNSTAFFED_DAILY_HOURS, WORK_DAYS_PER_WEEK, type TaskTemplate } from './taskTemplates';
import type { PmContent, PmTask, RoleCapacity } from './types';

export interface PmInput {
  project: Project;
  channels: readonly string[];
  strategy?: StrategyContent;
  team: readonly TeamMember[];
  accuracy: readonly EstimateAccuracyInsight[];
  skipKaizen: boolean;
  templates?: readonly TaskTemplate[];
  /** The run's day (YYYY-MM-DD): a brief without a start date starts on the next working day. */
  today?: string;
  /** The previous PM content (its assumed start is kept). */
  previous?: unknown;
  hourlyRate?: HourlyRateSetting | null;
}

const halfHours = (h: number): number => Math.round(h * 2) / 2;
const taskId = (template: string, channel: string | null, week?: number): string => `t-${template}${channel ? `-${channel}` : ''}${week === undefined ? '' : `-w${week}`}`;

interface Draft extends PmTask {
  notBefore?: string;
}

/** The Mondays of the weeks that carry weekly work: from the week after launch until the report phase (or the end). */
function flightWeeks(launchDue: string, dates: PlanDates): string[] {
  const first = addDays(weekStart(launchDue), 7);
  const reportStart = dates.phases.get('report')?.start ?? null;
  const last = reportStart ? addDays(reportStart, -1) : dates.end;
  const weeks: string[] = [];
  if (last === null) {
    for (let k = 0; k < DEFAULT_FLIGHT_WEEKS; k++) weeks.push(addDays(first, 7 * k));
    return weeks;
  }
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) weeks.push(monday);
  // A flight shorter than a week still gets one round of weekly work.
  return weeks.length > 0 ? weeks : [first];
}

export function buildPm(input: PmInput): { content: PmContent; applied: AppliedInsight[] } {
  const { project } = input;
  const dates = planDates({ project, strategyTimeline: input.strategy?.timeline, today: input.today, previous: input.previous });
  const { start, end, phases } = dates;
  const templates = input.templates ?? TASK_TEMPLATES;

  const accuracy = new Map((input.skipKaizen ? [] : input.accuracy).map((a) => [a.payload.template, a]));
  const applied: AppliedInsight[] = [];
  const factors = new Map<string, number>();
  for (const t of templates) {
    const insight = accuracy.get(t.template);
    const factor = insight ? calibrationFactor(insight.payload) : 1;
    factors.set(t.template, factor);
    if (insight && factor !== 1) {
      applied.push({ id: insight.id, sentence: `${t.template} estimates × ${factor.toFixed(2)} (completed tasks took ${insight.payload.actual} h against ${insight.payload.estimated} h estimated over ${insight.payload.n} task${insight.payload.n === 1 ? '' : 's'}).` });
    }
  }
  const perChannel = new Set(templates.filter((t) => t.perChannel).map((t) => t.template));
  const weeklyTemplates = new Set(templates.filter((t) => t.weekly).map((t) => t.template));

  const draft = (t: TaskTemplate, channel: string | null, ids: (dep: string) => string[], week?: { n: number; monday: string }): Draft => {
    const factor = factors.get(t.template)!;
    const phase = phases.get(t.phase)?.phase ?? t.phase;
    let notBefore = t.notBeforePhase ? (phases.get(t.notBeforePhase)?.start ?? undefined) : undefined;
    const endOf = t.atEndOfPhase ? phases.get(t.atEndOfPhase)?.end : undefined;
    if (endOf) notBefore = onOrBeforeWorkDay(endOf) < start ? start : onOrBeforeWorkDay(endOf);
    if (week) notBefore = week.monday;
    const title = t.title.replace('{channel}', channel ? channelLabel(channel) : '') + (week ? ` (week ${week.n}, from ${longDate(week.monday)})` : '');
    return {
      id: taskId(t.template, channel, week?.n),
      template: t.template,
      title,
      phase,
      role: t.role,
      channel,
      estimatedHours: halfHours(t.hours * factor),
      baseHours: t.hours,
      calibration: Math.round(factor * 1000) / 1000,
      start,
      due: start,
      dependsOn: t.dependsOn.flatMap(ids),
      status: 'todo',
      ...(week ? { week: week.n } : {}),
      ...(notBefore ? { notBefore } : {}),
    };
  };

  const schedule = (tasks: readonly Draft[], dailyHours: (role: string) => number): Map<string, ScheduledTask> =>
    scheduleTasks(
      tasks.map((t) => ({ id: t.id, role: t.role, hours: t.estimatedHours, dependsOn: t.dependsOn, notBefore: t.notBefore })),
      start,
      dailyHours,
    );

  // One-off tasks first (the weekly work hangs off the launch, whose date the schedule decides).
  const byTemplate = new Map<string, Draft[]>();
  const depIds = (channel: string | null) => (dep: string): string[] => {
    if (perChannel.has(dep)) return channel ? [taskId(dep, channel)] : input.channels.map((c) => taskId(dep, c));
    return (byTemplate.get(dep) ?? []).map((t) => t.id);
  };
  const tasks: Draft[] = [];
  const add = (list: Draft[]) => {
    for (const t of list) {
      tasks.push(t);
      byTemplate.set(t.template, [...(byTemplate.get(t.template) ?? []), t]);
    }
  };
  const oneOff = templates.filter((t) => !t.weekly && !t.dependsOn.some((d) => weeklyTemplates.has(d)));
  for (const t of oneOff) add((t.perChannel ? input.channels : [null]).map((c) => draft(t, c, depIds(c))));

  const members = new Map<string, TeamMember[]>();
  for (const m of input.team) if (m.weeklyHours > 0) members.set(m.role, [...(members.get(m.role) ?? []), m]);
  const weekly = (role: string): number => (members.get(role) ?? []).reduce((t, m) => t + m.weeklyHours, 0);
  const daily = (role: string): number => (weekly(role) > 0 ? weekly(role) / WORK_DAYS_PER_WEEK : UNSTAFFED_DAILY_HOURS);

  const first = schedule(tasks, daily);
  const launch = tasks.find((t) => t.template === 'launch');
  const lastOneOff = tasks.reduce((m, t) => (first.get(t.id)!.due > m ? first.get(t.id)!.due : m), start);
  const weeks = flightWeeks(launch ? first.get(launch.id)!.due : lastOneOff, dates);
  for (const t of templates.filter((x) => x.weekly)) add(weeks.map((monday, i) => draft(t, null, depIds(null), { n: i + 1, monday })));
  for (const t of templates.filter((x) => !x.weekly && x.dependsOn.some((d) => weeklyTemplates.has(d)))) add((t.perChannel ? input.channels : [null]).map((c) => draft(t, c, depIds(c))));

  const placed = schedule(tasks, daily);
  for (const t of tasks) {
    const s = placed.get(t.id)!;
    t.start = s.start;
    t.due = s.due;
  }
  const cp = criticalPath(tasks, placed);
  const finish = tasks.reduce((m, t) => (t.due > m ? t.due : m), start);

  const warnings: string[] = [...dates.warnings];
  const notes: string[] = [...dates.notes];
  const windowDays = end ? workDaysInclusive(start, end) : null;
  const capacity: RoleCapacity[] = [...new Set(tasks.map((t) => t.role))].map((role) => {
    const roleTasks = tasks.filter((t) => t.role === role);
    const demandHours = halfHours(roleTasks.reduce((s, t) => s + t.estimatedHours, 0));
    const weeklyHours = weekly(role);
    const availableHours = windowDays === null ? null : halfHours((weeklyHours * windowDays) / WORK_DAYS_PER_WEEK);
    const weeksOf = hoursByWeek(roleTasks.map((t) => placed.get(t.id)!));
    const peakWeekHours = halfHours(Math.max(0, ...weeksOf.values()));
    const unstaffed = weeklyHours === 0;
    const lateTasks = end !== null && roleTasks.some((t) => t.due > end);
    const overAllocated = unstaffed || (availableHours !== null && demandHours > availableHours) || lateTasks;
    let note: string;
    if (unstaffed) note = `Nobody on the team has the role ${role}: scheduled as one full-time person (${UNSTAFFED_DAILY_HOURS} h a day); add someone with aicmo team add NAME --role ${role} --hours H.`;
    else if (availableHours !== null && demandHours > availableHours) note = `Needs ${demandHours} h but the team has ${availableHours} h in the project window.`;
    else if (lateTasks) note = `Fits the hours but not the dates: some tasks end after ${end}.`;
    else if (peakWeekHours > weeklyHours) note = `${demandHours} h of ${availableHours ?? 'open-ended'} h available; the busiest week needs ${peakWeekHours} h of ${weeklyHours} h.`;
    else note = availableHours === null ? `${demandHours} h of work at ${weeklyHours} h a week (no end date to compare with).` : `${demandHours} h of ${availableHours} h available.`;
    return { role, members: (members.get(role) ?? []).map((m) => m.name), weeklyHours, demandHours, availableHours, peakWeekHours, overAllocated, note };
  });
  const staffing = staffingSentence(capacity);
  if (staffing) warnings.push(staffing);
  if (end && finish > end) warnings.push(`The plan finishes on ${finish}, after the project end date ${end}.`);

  const plannedHours = halfHours(tasks.reduce((s, t) => s + t.estimatedHours, 0));
  const cost = agencyCost(project, plannedHours, input.hourlyRate ?? null);
  notes.push(cost.cost.note);
  if (cost.warning) warnings.push(cost.warning);

  const kaizen: PmContent['kaizen'] = input.skipKaizen
    ? { mode: 'skipped', note: 'Kaizen skipped: template estimates used as they are.' }
    : applied.length > 0
      ? { mode: 'applied', note: `Estimates calibrated for ${applied.length} task template${applied.length === 1 ? '' : 's'} from completed tasks.` }
      : { mode: 'no-evidence', note: 'No evidence yet: no completed tasks with actual hours, template estimates used.' };
  const out: PmTask[] = tasks.map(({ notBefore: _n, ...t }) => t);
  return {
    content: {
      tasks: out,
      criticalPath: cp.path,
      criticalPathDays: cp.days,
      capacity,
      schedule: { start, end, finish, fitsWindow: end === null ? null : finish <= end, startAssumed: dates.startAssumed },
      agencyCost: cost.cost,
      notes,
      warnings,
      kaizen,
    },
    applied,
  };
}

