// The shape of a strategy template for one vertical: how its customers buy, the pillars a senior
// strategist would build on for each goal, the funnel tactics (tagged with the channels they
// need, so the brief's channel rules can drop them), the vertical's own risks and, where the
// vertical is regulated, the advertising rules that bind every claim.
import type { Channel } from '../../../domain/channels';
import type { GoalMetric } from '../../../domain/project';
import type { FunnelStageKey } from '../planTables';
import type { RiskTemplate } from '../riskTable';

/** Brief facts a template sentence can be filled from. */
export type FactKey = 'benefit' | 'proof' | 'offer' | 'competitor' | 'audience2' | 'landing';

export interface PillarTemplate {
  name: string;
  /** With {product}, {audience}, {brand}, {geo} and the facts it needs. */
  description: string;
  /** Goals this pillar serves; absent = every goal. */
  goals?: readonly GoalMetric[];
  /** Facts the description needs; without them `fallback` is used, or the pillar is skipped. */
  needs?: readonly FactKey[];
  fallback?: string;
  /** Channels the pillar depends on: dropped when the brief's channel rules exclude all of them. */
  channels?: readonly Channel[];
}

export interface Tactic {
  text: string;
  channels?: readonly Channel[];
}

export type { RiskTemplate };

export interface ComplianceRule {
  rule: string;
  /** Where the rule comes from, in words ("UK CAP Code 12; GDC guidance on advertising"). */
  source: string;
}

/** A word in the brief's claims that needs substantiation or is not allowed in this vertical. */
export interface ClaimWord {
  /** Whole words, case-insensitive; a trailing * matches any ending. */
  word: string;
  why: string;
}

export interface VerticalTemplate {
  /** How customers in this vertical buy, one or two sentences with {product}, {audience}, {geo}. */
  journey: string;
  /** In the order a strategist would lead with them; goal-filtered, 3–5 taken. */
  pillars: readonly PillarTemplate[];
  funnel: Record<FunnelStageKey, { goal: string; tactics: readonly Tactic[] }>;
  risks: readonly RiskTemplate[];
  /** Risks that replace the generic risk of a goal in this vertical (null = the vertical's own risks cover it). */
  goalRisks?: Partial<Record<GoalMetric, RiskTemplate | null>>;
  compliance?: readonly ComplianceRule[];
  claimWords?: readonly ClaimWord[];
  /** Checklist items the vertical adds to the standard ones. */
  checklist?: readonly string[];
}
