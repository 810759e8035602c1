// The media plan artifact's content.
import type { GoalMetric } from '../../domain/project';

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
}

export interface MediaPosterior {
  channel: string;
  alpha: number;
  beta: number;
  /** Posterior mean conversion rate. */
  mean: number;
  /** Probability of being the best among the channels with results (Thompson draws); null without results. */
  pBest: number | null;
  /** Weighted evidence behind the posterior. */
  conversions: number;
  clicks: number;
}

export interface MediaContent {
  objective: { goalMetric: GoalMetric; objective: string; optimizeFor: string };
  budget: { amountMinor: number; amount: number; currency: string; formatted: string };
  flight: { start: string; end: string; days: number } | null;
  allocations: MediaAllocation[];
  method: 'thompson-sampling' | 'priors';
  /** Says how the split was made (and, without evidence, that it comes from priors). */
  methodNote: string;
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
  parameters: { draws: number; explorationFloor: number; maxStep: number; caps: Record<string, number>; baseline: string };
  posteriors: MediaPosterior[];
  excludedChannels: string[];
}
