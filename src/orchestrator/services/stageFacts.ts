// Gathers the facts the stage rule and the pipeline flags need from one project file. Runs on
// every write (as the store's deriveSummary), so each query is a small aggregate.
import type { Database } from 'sql.js';
import { latestArtifacts, listCreatives, oneRow } from '../artifacts';
import type { Project } from '../domain/project';
import type { StageFacts, StrategyState } from '../domain/stage';
import { leadCounts, type LeadCounts } from '../leads/leadRows';
import { missingIntakeFields } from '../store/deriveSummary';

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

export function gatherProjectFacts(db: Database, project: Project): ProjectFacts {
  const latest = latestArtifacts(db);
  const strategy: StrategyState = (latest.strategy?.status as StrategyState | undefined) ?? 'missing';
  const creatives = { total: 0, undecided: 0, approved: 0, scheduled: 0 };
  let creativesRejected = 0;
  for (const c of listCreatives(db)) {
    creatives.total++;
    if (UNDECIDED.has(c.status)) creatives.undecided++;
    else if (c.status === 'approved') creatives.approved++;
    else if (c.status === 'scheduled') {
      creatives.approved++;
      creatives.scheduled++;
    } else if (c.status === 'rejected') creativesRejected++;
  }
  // Kinds whose newest attempt (any status) is a failure.
  const failed = oneRow(
    db,
    `SELECT group_concat(a.kind, ',') AS kinds FROM artifacts a
       JOIN (SELECT kind, MAX(version) AS v FROM artifacts GROUP BY kind) m ON m.kind = a.kind AND m.v = a.version
      WHERE a.error IS NOT NULL`,
  );
  const failedSubsystems = failed?.kinds ? String(failed.kinds).split(',').sort() : [];
  const counts = leadCounts(db);
  const metricRows = Number(oneRow(db, 'SELECT COUNT(*) AS n FROM metric_rows')?.n ?? 0);
  const missingIntake = missingIntakeFields(project);
  return {
    lifecycle: project.lifecycle,
    intakeComplete: missingIntake.length === 0,
    strategy,
    creatives,
    outreachAttempts: counts.outreachAttempts,
    metricRows,
    missingIntake,
    failedSubsystems,
    staleArtifacts: Object.values(latest)
      .filter((a) => a.status === 'stale')
      .map((a) => a.kind)
      .sort(),
    leadCounts: counts,
    creativesRejected,
  };
}
