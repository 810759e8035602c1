// The PM artifact's content.

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
  schedule: { start: string; end: string | null; finish: string; fitsWindow: boolean | null };
  warnings: string[];
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
}
