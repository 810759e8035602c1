// The strategy artifact's content.
import type { GoalMetric } from '../../domain/project';
import type { Vertical } from '../../domain/verticals';
import type { FunnelStageKey, PhaseKey } from './planTables';

export interface StrategyObjective {
  kpi: string;
  label: string;
  unit: 'count' | 'ratio' | 'money' | 'multiple';
  direction: 'higher' | 'lower';
  formula: string;
  /** Target from the intake (money in major units), or null when the intake gives none. */
  target: number | null;
  targetSource: 'intake' | 'not set';
  primary: boolean;
  /** When imported results cannot answer this objective: the column they would need. */
  needs?: string;
}

export interface StrategyPhase {
  key: PhaseKey;
  phase: string;
  /** ISO dates, or null when the intake has no dates. */
  start: string | null;
  end: string | null;
  activities: string[];
}

/** A phrase of the brief that needs evidence or breaks a rule of the vertical before it appears in an ad. */
export interface ClaimToCheck {
  /** The brief's text the phrase was found in. */
  text: string;
  field: 'benefits' | 'proofPoints' | 'offer' | 'mustInclude';
  word: string;
  why: string;
}

/** A change request (request-changes or reject with a reason) and what this version did about it. */
export interface ChangeRequestRecord {
  /** The approval action's id. */
  id: string;
  at: string;
  by: string;
  byKind: 'internal' | 'client';
  kind: 'request_changes' | 'reject';
  reason: string;
  outcome: 'applied' | 'partly applied' | 'not applied';
  /** What changed because of it, one sentence each. */
  applied: string[];
  /** What could not be changed here, and why, one sentence each. */
  notApplied: string[];
  /** The same, as the client report says it (no commands or internal names), one sentence each. */
  clientNotes: string[];
}

export interface StrategyChange {
  section: 'summary' | 'situation' | 'objectives' | 'pillars' | 'funnel' | 'timeline' | 'risks' | 'compliance' | 'checklist';
  change: 'added' | 'removed' | 'changed' | 'moved';
  /** What changed: a pillar's name, a KPI, a phase, a risk. */
  item: string;
  before?: string;
  after?: string;
  /** Why, in words: the request (quoted), "the brief changed", a Kaizen insight, or AICMO's templates. */
  because: string;
  /** The change request that caused it, when one did. */
  requestId?: string;
}

/** How this version differs from the one before it, and why. */
export interface StrategyRevision {
  basedOn: number;
  /** Change requests first answered by this version (ids of `changeRequests`). */
  requests: string[];
  changes: StrategyChange[];
  note: string;
}

export interface StrategyContent {
  executiveSummary: string;
  vertical: { key: Vertical; label: string; local: boolean; matched: string | null; note: string };
  situation: {
    client: string | null;
    brand: string | null;
    industry: string;
    geography: string | null;
    product: string | null;
    goal: string;
    goalMetric: GoalMetric;
    audiences: string[];
    constraints: string[];
    budget: { amountMinor: number; currency: string; formatted: string };
    dates: { start: string; end: string } | null;
    /** How customers in this vertical buy, filled from the brief. */
    buyingJourney: string;
    /** The brief's facts the plan is written from (empty when the brief gives none). */
    facts: { benefits: string[]; proofPoints: string[]; offer: string | null; competitors: string[]; landingUrl: string | null };
    /** Channels the brief's rules keep out of the plan (excluded, or not in the allowed list). */
    channelRules: { allowed: string[]; excluded: string[] };
  };
  objectives: StrategyObjective[];
  pillars: { name: string; description: string }[];
  funnel: { stage: FunnelStageKey; emphasis: 'primary' | 'supporting'; goal: string; tactics: string[]; kpis: string[] }[];
  timeline: StrategyPhase[];
  risks: { risk: string; likelihood: 'low' | 'medium' | 'high'; mitigation: string }[];
  /** Advertising rules of a regulated vertical (healthcare, finance, packaged food); empty otherwise. */
  compliance: { rule: string; source: string }[];
  claimsToCheck: ClaimToCheck[];
  checklist: { item: string; source: 'standard' | 'vertical' | 'kaizen'; insightId?: string; count?: number }[];
  /** Every change request on the strategy so far, oldest first, with what was done about it. */
  changeRequests: ChangeRequestRecord[];
  /** How this version differs from the previous one (null for the first). */
  revision: StrategyRevision | null;
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
}
