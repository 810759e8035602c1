// The project (a client campaign) and its intake. Types first; validation in projectRules.ts.

export const GOAL_METRICS = ['awareness', 'leads', 'sales', 'engagement', 'retention'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export const LIFECYCLES = ['active', 'on_hold', 'cancelled', 'done'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const STAGES = ['INTAKE', 'STRATEGY', 'CREATIVE', 'EXECUTION', 'DONE'] as const;
export type Stage = (typeof STAGES)[number];

/** KPI targets by metric name, e.g. { conversions: 500, cpa: 40, roas: 4 } (money in major units). */
export type KpiTargets = Record<string, number>;

export interface ProjectIntake {
  name: string;
  client?: string;
  brand?: string;
  industry: string;
  geography?: string;
  product?: string;
  goal: string;
  goalMetric: GoalMetric;
  audiences: string[];
  /** Budget in integer minor units of `currency`. */
  budgetMinor: number;
  currency: string;
  /** ISO dates (YYYY-MM-DD). */
  startDate?: string;
  endDate?: string;
  constraints: string[];
  mustInclude: string[];
  doNotDo: string[];
  kpiTargets: KpiTargets;
}

export interface Project extends ProjectIntake {
  id: string;
  slug: string;
  lifecycle: Lifecycle;
  createdAt: string;
  updatedAt: string;
  /** Increments with every write to the project's file. */
  revision: number;
}
