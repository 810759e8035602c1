// The pipeline stage of a project (DESIGN.md "Stages"): one pure function over plain facts, so
// the rule is stated once and tested as a table. On hold and cancelled are badges, not stages.
import type { Lifecycle, Stage } from './project';

/** Artifact status as the stage rule sees the strategy; 'missing' when none was ever made. */
export type StrategyState = 'missing' | 'draft' | 'in_review' | 'approved' | 'rejected' | 'changes_requested' | 'stale';

/** What the stage rule needs to know about a project (gathered from its file by services/stageFacts.ts). */
export interface StageFacts {
  lifecycle: Lifecycle;
  /** Every required intake field is filled in. */
  intakeComplete: boolean;
  /** Status of the latest strategy version. */
  strategy: StrategyState;
  /** Creatives of the current creatives version. */
  creatives: {
    total: number;
    /** Awaiting a decision: draft, in review or changes requested. */
    undecided: number;
    approved: number;
    /** Approved and given a date. */
    scheduled: number;
  };
  /** Outreach attempts logged for the project's leads. */
  outreachAttempts: number;
  /** Imported metric rows (results arriving). */
  metricRows: number;
}

/**
 * INTAKE (intake incomplete) → STRATEGY (strategy missing, draft, in review, rejected, changes
 * requested or stale) → CREATIVE (strategy approved, execution not started: creatives not all
 * decided, or decided but none scheduled) → EXECUTION (strategy approved and approved creatives
 * scheduled, outreach started or metrics arriving) → DONE (lifecycle done).
 */
export function projectStage(facts: StageFacts): Stage {
  if (facts.lifecycle === 'done') return 'DONE';
  if (!facts.intakeComplete) return 'INTAKE';
  if (facts.strategy !== 'approved') return 'STRATEGY';
  const executing = facts.creatives.scheduled > 0 || facts.outreachAttempts > 0 || facts.metricRows > 0;
  return executing ? 'EXECUTION' : 'CREATIVE';
}

/** Badges shown beside the stage (never a stage of their own). */
export function lifecycleBadges(lifecycle: Lifecycle): { onHold: boolean; cancelled: boolean } {
  return { onHold: lifecycle === 'on_hold', cancelled: lifecycle === 'cancelled' };
}
