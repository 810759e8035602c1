// Gathers the facts the stage rule and the pipeline flags need from one project file. Runs on
// every write (as the store's deriveSummary), so each read is a small aggregate.
import { missingIntakeFields } from '../domain/projectRules';
import type { StageFacts, StrategyState } from '../domain/stage';
import type { LeadCounts, ProjectReader } from '../store/types';

const UNDECIDED = new Set(['draft', 'in_review', 'changes_requested']);

export interface ProjectFacts extends StageFacts {
  missingIntake: string[];
  /** Subsystems whose latest attempt failed (not yet retried successfully). */
  failedSubsystems: string[];
  /** Latest artifacts marked stale (built on an upstream version that was replaced). */
  staleArtifacts: string[];
  leadCounts: LeadCounts;
  creativesRejected: number;
}

export function gatherProjectFacts(tx: ProjectReader): ProjectFacts {
  const project = tx.project;
  const latest = tx.artifacts.latestByKind();
  const strategy: StrategyState = (latest.strategy?.status as StrategyState | undefined) ?? 'missing';
  const creatives = { total: 0, undecided: 0, approved: 0, scheduled: 0 };
  let creativesRejected = 0;
  for (const c of tx.creatives.list()) {
    creatives.total++;
    if (UNDECIDED.has(c.status)) creatives.undecided++;
    else if (c.status === 'approved') creatives.approved++;
    else if (c.status === 'scheduled') {
      creatives.approved++;
      creatives.scheduled++;
    } else if (c.status === 'rejected') creativesRejected++;
  }
  const counts = tx.leads.counts();
  const missingIntake = missingIntakeFields(project);
  return {
    lifecycle: project.lifecycle,
    intakeComplete: missingIntake.length === 0,
    strategy,
    creatives,
    outreachAttempts: counts.outreachAttempts,
    metricRows: tx.metrics.count(),
    missingIntake,
    failedSubsystems: tx.artifacts.failedKinds(),
    staleArtifacts: Object.values(latest)
      .filter((a) => a.status === 'stale')
      .map((a) => a.kind)
      .sort(),
    leadCounts: counts,
    creativesRejected,
  };
}
