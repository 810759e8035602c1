// The media plan artifact's content.
import type { GoalMetric } from '../../domain/project';

/** A channel's standing on the goal's own metric, from the (weighted) evidence behind it. */
export interface ChannelMetric {
  /** "CPA", "ROAS", "cost per lead", "CPM", "cost per engagement", or the rate's name when scored on the rate alone. */
  name: string;
  /** In major units of the plan's currency (ROAS: value per unit of spend; rate: 0–1); null when the cost is unknown. */
  value: number | null;
  /** "€20.00", "4.2×", "4.0%", or "unknown in EUR". */
  text: string;
  /** The rate behind it (conversion or engagement rate), when there is one. */
  rate: number | null;
}

export interface MediaAllocation {
  channel: string;
  label: string;
  /** Major units of the plan's currency (amountMinor ÷ 10^digits). */
  amount: number;
  /** Integer minor units; the allocations sum exactly to the budget. */
  amountMinor: number;
  /** Planned share of the budget (0–1, 4 decimals). */
  share: number;
  rationale: string;
  /** The goal metric that decided (null without evidence for this channel). */
  metric?: ChannelMetric | null;
  /** Probability of being the best among the measured channels; null without results. */
  pBest?: number | null;
}

export interface MediaPosterior {
  channel: string;
  /** Beta posterior of the goal's rate (conversion or engagement rate); 0 for awareness. */
  alpha: number;
  beta: number;
  /** Posterior mean rate. */
  mean: number;
  /** Posterior mean outcomes (or value) per unit of spend; the rate when scored on the rate alone. */
  score: number;
  /** Probability of being the best among the channels with results (Thompson draws); null without results. */
  pBest: number | null;
  /** Weighted evidence behind the posterior (successes and trials of the rate). */
  conversions: number;
  clicks: number;
  /** Whether its cost in the plan's currency is known (else the pooled prior is used). */
  costKnown: boolean;
}

/** One channel of a proposal against the approved plan. */
export interface ProposalChange {
  channel: string;
  label: string;
  /** Share in the approved plan (null when the baseline is the priors or the channel is new). */
  from: number | null;
  to: number;
  /** to − from, in points (0.1 = 10 points); null without an approved share. */
  change: number | null;
  /** The evidence that moved it, or why it stayed. */
  why: string;
}

export interface MediaProposal {
  /** What the proposal is measured against. */
  against: { kind: 'approved'; version: number } | { kind: 'priors' };
  changes: ProposalChange[];
  /** True when any share moved by half a point or more. */
  moved: boolean;
  /** One sentence: what changed and why (or why nothing did). */
  summary: string;
}

export interface UnconstrainedMove {
  /** The split without the step limit (floor, caps and channel rules still hold). */
  allocations: { channel: string; label: string; share: number; amountMinor: number; amount: number }[];
  /** Expected gain over the approved split, and over this proposal (0.12 = +12% of the goal's outcome). */
  gainOverApproved: number;
  gainOverProposal: number;
  /** Probability that it beats this proposal. */
  pBetterThanProposal: number;
  /** The largest share move it needs, in points. */
  largestMove: number;
  /**
   * Expected outcomes (conversion value in ROAS mode, impressions for awareness) lost per 1,000
   * units of the plan's currency spent at the proposal instead of this split.
   */
  costOfLimitPerThousand?: number;
}

/** Whether the newest week's results and the older ones each favour a move (two weeks agreeing). */
export interface MoveAgreement {
  /** Monday of the newest week of the evidence. */
  newestWeek: string | null;
  /** Probability the move earns more on the results before the newest week alone (null: none to score). */
  older: number | null;
  /** The same on the newest week's results alone. */
  newest: number | null;
  agrees: boolean;
}

export interface Guardrail {
  /** The user's limit per re-plan (0.1 = 10 points). */
  maxStep: number;
  /** True when the step limit held a channel back. */
  binding: boolean;
  /**
   * True when the evidence makes the limit costly: the larger move passes the evidence and
   * agreement tests and beats the proposal with ≥ 95% probability and ≥ +5% expected; the proposal
   * suggests it (taken only as a person's decision).
   */
  recommendLargerMove: boolean;
  sentence: string;
  /** What kept the approved split when the re-plan did not move: noise (too close to call) or the newest week not agreeing. */
  heldBy?: 'noise' | 'agreement' | null;
  /** The two-weeks-agreeing check of the move taken, held or suggested; null when it was not needed. */
  agreement?: MoveAgreement | null;
}

export interface MediaContent {
  objective: { goalMetric: GoalMetric; objective: string; optimizeFor: string };
  budget: { amountMinor: number; amount: number; currency: string; formatted: string };
  flight: { start: string; end: string; days: number } | null;
  allocations: MediaAllocation[];
  method: 'thompson-sampling' | 'priors' | 'approved-plan';
  /** Says how the split was made (and, without evidence, that it comes from priors). */
  methodNote: string;
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
  parameters: { draws: number; explorationFloor: number; maxStep: number; caps: Record<string, number>; baseline: string; minConfidence?: number; minGain?: number; minAgreement?: number };
  posteriors: MediaPosterior[];
  excludedChannels: string[];
  /** The channel rules the plan obeyed and where each came from. */
  channelRules?: { allowed: string[] | null; excluded: string[]; caps: Record<string, number>; source: Record<'allowed' | 'excluded' | 'caps', string>; readingNote: string | null };
  /** What the goal was scored on ("CPA: conversions per unit of spend in EUR"). */
  scoring?: { metric: string; note: string };
  /** What evidence the plan used, and its fingerprint (same fingerprint + same inputs = same plan). */
  evidence?: { fingerprint: string | null; insights: string[]; notes: string[] };
  /** The diff against the approved plan (or the priors). */
  proposal?: MediaProposal;
  /** The move without the step limit, when it differs from the proposal. */
  unconstrained?: UnconstrainedMove | null;
  guardrail?: Guardrail | null;
  /** Set when a person accepted the larger move (aicmo media approve --accept-larger-move). */
  decision?: { acceptedLargerMove: true; by: string; at: string; fromVersion: number };
}
