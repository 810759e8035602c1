// The PM artifact's content.
import type { HourlyRateSetting } from '../types';

export interface PmTask {
  /** "t-<template>" or "t-<template>-<channel>". */
  id: string;
  template: string;
  title: string;
  phase: string;
  role: string;
  channel: string | null;
  /** Calibrated estimate (half-hour steps). */
  estimatedHours: number;
  /** The template's estimate before calibration. */
  baseHours: number;
  /** Calibration factor applied (1 without evidence). */
  calibration: number;
  /** Work days (ISO dates) the task is scheduled on. */
  start: string;
  due: string;
  dependsOn: string[];
  status: 'todo';
  /** For weekly tasks: the week of the flight (1 = the first week after launch). */
  week?: number;
}

export interface RoleCapacity {
  role: string;
  members: string[];
  /** Summed weekly hours of the members with this role (0 when unstaffed). */
  weeklyHours: number;
  /** Summed estimated hours of the role's tasks. */
  demandHours: number;
  /** Weekly hours × work weeks in the project window; null without an end date. */
  availableHours: number | null;
  /** Highest hours scheduled for the role in one week. */
  peakWeekHours: number;
  overAllocated: boolean;
  note: string;
}

export interface PmContent {
  tasks: PmTask[];
  /** Task ids of the longest dependency chain, by scheduled duration in work days. */
  criticalPath: string[];
  criticalPathDays: number;
  capacity: RoleCapacity[];
  /** `startAssumed`: the brief has no start date and the plan starts on the next working day after it was first made. */
  schedule: { start: string; end: string | null; finish: string; fitsWindow: boolean | null; startAssumed: boolean };
  /** Planned hours against a rough agency cost (hours × hourly rate) and the budget. */
  agencyCost: {
    hours: number;
    rate: HourlyRateSetting | null;
    /** Hours × rate in the project's currency, or null (no rate, or a rate in another currency). */
    amountMinor: number | null;
    formatted: string | null;
    budgetMinor: number;
    currency: string;
    /** Cost ÷ budget (4 decimals). */
    budgetShare: number | null;
    overBudget: boolean;
    note: string;
  };
  /** What the plan assumed or could not check, one sentence each (not problems). */
  notes: string[];
  /** Problems a person must act on, one sentence each. */
  warnings: string[];
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
}
