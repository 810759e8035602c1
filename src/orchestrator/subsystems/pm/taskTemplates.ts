// Task templates for a campaign plan. Hours are AICMO's editorial starting estimates for a
// small agency team (not measured); Kaizen replaces them with calibrated figures once tasks are
// completed with actual hours (kaizen/estimateCalibration.ts). `perChannel` templates repeat for
// every planned channel; a per-channel dependency links to the same channel's task, and a
// dependency of a single task on a per-channel template waits for all channels. `weekly`
// templates repeat once per week of the flight (hours per week), each not before its own week,
// so recurring work is spread over the campaign instead of landing in its first days.
import type { PhaseKey } from '../strategy/planTables';

export interface TaskTemplate {
  template: string;
  title: string;
  phase: PhaseKey;
  role: string;
  /** Hours of one task (of one week's occurrence, for weekly templates). */
  hours: number;
  perChannel: boolean;
  /** Once per week of the flight, from the week after launch until the report phase. */
  weekly?: boolean;
  dependsOn: string[];
  /** Not before the start of this strategy phase. */
  notBeforePhase?: PhaseKey;
  /** Not before the last work day of this phase (a sign-off at the end of planning). */
  atEndOfPhase?: PhaseKey;
}

export const TASK_TEMPLATES: TaskTemplate[] = [
  { template: 'strategy-review', title: 'Strategy review with the client', phase: 'plan', role: 'strategist', hours: 6, perChannel: false, dependsOn: [] },
  { template: 'plan-approval', title: 'Client sign-off of the strategy and media plan', phase: 'plan', role: 'account_manager', hours: 2, perChannel: false, dependsOn: ['strategy-review'], atEndOfPhase: 'plan' },
  { template: 'media-setup', title: 'Set up {channel} campaigns and tracking', phase: 'produce', role: 'media_buyer', hours: 4, perChannel: true, dependsOn: ['plan-approval'], notBeforePhase: 'produce' },
  { template: 'copywriting', title: 'Write {channel} copy', phase: 'produce', role: 'copywriter', hours: 4, perChannel: true, dependsOn: ['plan-approval'], notBeforePhase: 'produce' },
  { template: 'creative-production', title: 'Produce {channel} creatives', phase: 'produce', role: 'designer', hours: 8, perChannel: true, dependsOn: ['copywriting'], notBeforePhase: 'produce' },
  { template: 'creative-approval', title: 'Creative approvals with the client', phase: 'produce', role: 'account_manager', hours: 3, perChannel: false, dependsOn: ['creative-production'] },
  { template: 'launch', title: 'Launch campaigns', phase: 'launch', role: 'media_buyer', hours: 4, perChannel: false, dependsOn: ['creative-approval', 'media-setup'], notBeforePhase: 'launch' },
  { template: 'weekly-optimisation', title: 'Optimise bids, budgets and creative rotation', phase: 'optimize', role: 'media_buyer', hours: 1.5, perChannel: false, weekly: true, dependsOn: ['launch'] },
  { template: 'weekly-reporting', title: 'Weekly performance report and re-plan', phase: 'optimize', role: 'analyst', hours: 2, perChannel: false, weekly: true, dependsOn: ['launch'] },
  { template: 'final-report', title: 'Final report and learnings', phase: 'report', role: 'analyst', hours: 6, perChannel: false, dependsOn: ['weekly-reporting'], notBeforePhase: 'report' },
];

/** Hours per work day assumed for a role nobody on the team has (one full-time person). */
export const UNSTAFFED_DAILY_HOURS = 8;
export const WORK_DAYS_PER_WEEK = 5;
/** Weeks of recurring work planned when the brief has no end date. */
export const DEFAULT_FLIGHT_WEEKS = 4;
