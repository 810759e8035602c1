// What keeps a project from moving on, in words a strategist acts on: read from the index row's
// stage and flags only (no project file is opened).
import type { Stage } from '../domain/project';
import type { ProjectFlags } from './deriveProjectSummary';

export interface Blocker {
  /** Stable key for front ends (icons, filters). */
  code: string;
  /** One sentence. */
  message: string;
  /** Not a blocker: the project waits for a person's decision (a strategy or creatives to approve). */
  waiting: boolean;
}

/** Codes that mean "awaiting approval", not "blocked". */
export const AWAITING_DECISION: ReadonlySet<string> = new Set(['strategy-in-review', 'creatives-awaiting']);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function blockersOf(stage: Stage, f: ProjectFlags, context: { paused: boolean; goalMetric?: string; unreadable?: string }): Blocker[] {
  const out: Blocker[] = [];
  const add = (code: string, message: string) => out.push({ code, message, waiting: AWAITING_DECISION.has(code) });
  if (context.unreadable) add('unreadable', `The project file cannot be read: ${context.unreadable}`);
  if (f.cancelled) add('cancelled', 'The project is cancelled.');
  if (f.onHold) add('on-hold', 'The project is on hold.');
  if (stage === 'DONE') return out;
  if (context.paused) add('paused', 'The global pause is on: no new runs start until it is lifted.');
  if (f.failedRun) add('failed-run', `The last run of ${f.failedSubsystems.split(',').join(', ')} failed; retry it.`);
  if (f.staleArtifacts > 0) add('stale', `${f.staleKinds.split(',').join(', ')} ${f.staleArtifacts === 1 ? 'is' : 'are'} stale (built on a replaced version); run the flow again.`);
  switch (stage) {
    case 'INTAKE':
      add('intake-incomplete', `The intake is missing ${f.missingIntake.split(',').filter(Boolean).join(', ') || 'required fields'}.`);
      break;
    case 'STRATEGY':
      if (f.strategyStatus === 'missing') add('strategy-missing', 'No strategy yet: run the flow.');
      else if (f.strategyStatus === 'in_review') add('strategy-in-review', 'The strategy is waiting for approval.');
      else if (f.strategyStatus === 'rejected') add('strategy-rejected', 'The strategy was rejected: revise it and run the strategy again.');
      else if (f.strategyStatus === 'changes_requested') add('strategy-changes-requested', 'Changes were requested on the strategy: revise it and run the strategy again.');
      else if (f.strategyStatus === 'stale') add('strategy-stale', 'The strategy is stale: run the strategy again.');
      else add('strategy-not-approved', `The strategy is ${f.strategyStatus.replace(/_/g, ' ')}, not approved.`);
      break;
    case 'CREATIVE':
      if (f.creativesTotal === 0) add('creatives-missing', 'No creatives yet: run the flow (the strategy is approved).');
      else if (f.creativesAwaiting > 0) add('creatives-awaiting', `${plural(f.creativesAwaiting, 'creative')} ${f.creativesAwaiting === 1 ? 'is' : 'are'} waiting for a decision.`);
      else if (f.creativesApproved === 0) add('creatives-none-approved', 'No creative is approved: every variant was rejected.');
      else add('creatives-not-scheduled', `${plural(f.creativesApproved, 'approved creative')} ${f.creativesApproved === 1 ? 'is' : 'are'} not scheduled.`);
      break;
    case 'EXECUTION':
      if (f.creativesAwaiting > 0) add('creatives-awaiting', `${plural(f.creativesAwaiting, 'creative')} still ${f.creativesAwaiting === 1 ? 'waits' : 'wait'} for a decision.`);
      if (context.goalMetric === 'leads' && f.leads === 0) add('no-leads', 'No leads imported yet for a leads campaign.');
      else if (f.leads > 0 && f.outreach === 0) add('no-outreach', `${plural(f.leads, 'lead')} imported, none contacted yet.`);
      if (f.metricRows === 0) add('no-results', 'No results imported yet.');
      break;
  }
  return out;
}
