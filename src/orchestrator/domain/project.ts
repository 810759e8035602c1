// The project (a client campaign) and its intake. Types first; validation in projectRules.ts.
import type { Channel } from './channels';

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

  // ---- The brief's facts, which copy is written from (all optional; absent = not given) ----
  /** Concrete benefits or features, as the client states them ("Pasta made fresh every morning"). */
  benefits?: string[];
  /** Proof points: ratings, customer counts, awards. */
  proofPoints?: string[];
  /** The offer, if there is one. Without it no creative offers anything (no discount, trial, deadline or price). */
  offer?: string;
  /** Languages of the copy as BCP 47 tags (en, de, fr, es-MX); absent = en. */
  languages?: string[];
  /** Tone of voice, in the client's words ("warm, plain-spoken"). */
  tone?: string;
  /** Where ads send people (http or https URL). */
  landingUrl?: string;
  /** Competitors: known to the planner, never named in ads. */
  competitors?: string[];

  // ---- Channel rules as data (bind the media plan and every subsystem) ----
  /** Channels the plan may use; absent or empty = the planner chooses. */
  allowedChannels?: Channel[];
  /** Channels the plan must not use. */
  excludedChannels?: Channel[];
  /** Most of the budget a channel may get, as a share 0–1 (0.3 = 30%). */
  channelCaps?: Partial<Record<Channel, number>>;
}

/** The intake fields added with the brief's facts and channel rules (all optional). */
export const BRIEF_FIELDS = ['benefits', 'proofPoints', 'offer', 'languages', 'tone', 'landingUrl', 'competitors', 'allowedChannels', 'excludedChannels', 'channelCaps'] as const;

/** Every field of an intake (a patch may change these and the lifecycle, nothing else). */
export const INTAKE_FIELDS = [
  'name', 'client', 'brand', 'industry', 'geography', 'product', 'goal', 'goalMetric', 'audiences', 'budgetMinor', 'currency',
  'startDate', 'endDate', 'constraints', 'mustInclude', 'doNotDo', 'kpiTargets', ...BRIEF_FIELDS,
] as const satisfies readonly (keyof ProjectIntake)[];

export interface Project extends ProjectIntake {
  id: string;
  slug: string;
  lifecycle: Lifecycle;
  createdAt: string;
  updatedAt: string;
  /** Increments with every write to the project's file. */
  revision: number;
}

/** A change to a project: some intake fields and/or its lifecycle (validated by projectRules.ts applyProjectPatch). */
export type ProjectPatch = Partial<ProjectIntake> & { lifecycle?: Lifecycle };
