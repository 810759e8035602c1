// The index row's stage and flags for a project (plugged into the store as
// OpenOptions.deriveSummary by openAicmoWorkspace): the pipeline reads only these, so listing
// 10,000 projects never opens a project file.
import { lifecycleBadges, projectStage } from '../domain/stage';
import type { ProjectDerivation, ProjectReader, SummaryRule } from '../store/types';
import { gatherProjectFacts } from './stageFacts';

/** Version of the flags' shape; the store derives rows of another version again. */
export const PROJECT_FLAGS_VERSION = 1;

/** The flags as the pipeline reads them back (every key present). */
export interface ProjectFlags {
  rule: number;
  strategyStatus: string;
  strategyInReview: boolean;
  creativesTotal: number;
  /** Creatives awaiting a decision (draft, in review, changes requested). */
  creativesAwaiting: number;
  creativesApproved: number;
  creativesScheduled: number;
  creativesRejected: number;
  failedRun: boolean;
  /** Comma-separated subsystem names whose latest attempt failed. */
  failedSubsystems: string;
  /** Number of latest artifacts marked stale. */
  staleArtifacts: number;
  staleKinds: string;
  onHold: boolean;
  cancelled: boolean;
  /** Comma-separated missing intake fields. */
  missingIntake: string;
  leads: number;
  leadsContacted: number;
  outreach: number;
  leadsReplied: number;
  meetings: number;
  metricRows: number;
}

export function deriveProjectSummary(tx: ProjectReader): ProjectDerivation {
  const project = tx.project;
  const facts = gatherProjectFacts(tx);
  const flags: ProjectFlags = {
    rule: PROJECT_FLAGS_VERSION,
    strategyStatus: facts.strategy,
    strategyInReview: facts.strategy === 'in_review',
    creativesTotal: facts.creatives.total,
    creativesAwaiting: facts.creatives.undecided,
    creativesApproved: facts.creatives.approved,
    creativesScheduled: facts.creatives.scheduled,
    creativesRejected: facts.creativesRejected,
    failedRun: facts.failedSubsystems.length > 0,
    failedSubsystems: facts.failedSubsystems.join(','),
    staleArtifacts: facts.staleArtifacts.length,
    staleKinds: facts.staleArtifacts.join(','),
    ...lifecycleBadges(project.lifecycle),
    missingIntake: facts.missingIntake.join(','),
    leads: facts.leadCounts.leads,
    leadsContacted: facts.leadCounts.contacted,
    outreach: facts.leadCounts.outreachAttempts,
    leadsReplied: facts.leadCounts.replied,
    meetings: facts.leadCounts.meetings,
    metricRows: facts.metricRows,
  };
  return { stage: projectStage(facts), flags: { ...flags } };
}

/** The stage rule as the store takes it. */
export const PROJECT_SUMMARY_RULE: SummaryRule = { version: PROJECT_FLAGS_VERSION, derive: deriveProjectSummary };

/** Reads flags back from an index row, filling what an older or default-derived row lacks. */
export function readProjectFlags(flags: Record<string, boolean | number | string>): ProjectFlags {
  const num = (k: keyof ProjectFlags) => (typeof flags[k] === 'number' ? (flags[k] as number) : 0);
  const bool = (k: keyof ProjectFlags) => flags[k] === true;
  const str = (k: keyof ProjectFlags) => (typeof flags[k] === 'string' ? (flags[k] as string) : '');
  return {
    rule: num('rule'),
    strategyStatus: str('strategyStatus') || 'unknown',
    strategyInReview: bool('strategyInReview'),
    creativesTotal: num('creativesTotal'),
    creativesAwaiting: num('creativesAwaiting'),
    creativesApproved: num('creativesApproved'),
    creativesScheduled: num('creativesScheduled'),
    creativesRejected: num('creativesRejected'),
    failedRun: bool('failedRun'),
    failedSubsystems: str('failedSubsystems'),
    staleArtifacts: num('staleArtifacts'),
    staleKinds: str('staleKinds'),
    onHold: bool('onHold'),
    cancelled: bool('cancelled'),
    missingIntake: str('missingIntake'),
    leads: num('leads'),
    leadsContacted: num('leadsContacted'),
    outreach: num('outreach'),
    leadsReplied: num('leadsReplied'),
    meetings: num('meetings'),
    metricRows: num('metricRows'),
  };
}
