// Task templates for a campaign plan. Hours are AICMO's editorial starting estimates for a
// small agency team (not measured); Kaizen replaces them with calibrated figures once tasks are
// completed with actual hours (kaizen/estimateCalibration.ts). `perChannel` templates repeat for
// every planned channel; a per-channel dependency links to the same channel's task, and a
// dependency of a single task on a per-channel template waits for all channels.
import type { PhaseKey } from '../strategy/planTables';

export interface TaskTemplate {
  template: string;
  title: string;
  phase: PhaseKey;
  role: string;
  hours: number;
  /** Extra hours per week of flight (for recurring work such as reporting). */
  hoursPerFlightWeek?: number;
  perChannel: boolean;
  dependsOn: string[];
  /** Not before the start of this strategy phase. */
  notBeforePhase?: PhaseKey;
}

export const TASK_TEMPLATES: TaskTemplate[] = [
  { template: 'strategy-review', title: 'Strategy review and sign-off', phase: 'plan', role: 'strategist', hours: 6, perChannel: false, dependsOn: [] },
  { template: 'media-setup', title: 'Set up {channel} campaigns and tracking', phase: 'produce', role: 'media_buyer', hours: 4, perChannel: true, dependsOn: ['strategy-review'] },
  { template: 'copywriting', title: 'Write {channel} copy', phase: 'produce', role: 'copywriter', hours: 4, perChannel: true, dependsOn: ['strategy-review'] },
  { template: 'creative-production', title: 'Produce {channel} creatives', phase: 'produce', role: 'designer', hours: 8, perChannel: true, dependsOn: ['copywriting'] },
  { template: 'creative-approval', title: 'Creative approvals with the client', phase: 'produce', role: 'account_manager', hours: 3, perChannel: false, dependsOn: ['creative-production'] },
  { template: 'launch', title: 'Launch campaigns', phase: 'launch', role: 'media_buyer', hours: 4, perChannel: false, dependsOn: ['creative-approval', 'media-setup'], notBeforePhase: 'launch' },
  { template: 'weekly-reporting', title: 'Weekly performance reports and re-plans', phase: 'optimize', role: 'analyst', hours: 0, hoursPerFlightWeek: 2, perChannel: false, dependsOn: ['launch'] },
  { template: 'final-report', title: 'Final report and learnings', phase: 'report', role: 'analyst', hours: 6, perChannel: false, dependsOn: ['weekly-reporting'], notBeforePhase: 'report' },
];

/** Hours per work day assumed for a role nobody on the team has (one full-time person). */
export const UNSTAFFED_DAILY_HOURS = 8;
export const WORK_DAYS_PER_WEEK = 5;
