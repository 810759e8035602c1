// What a channel is scored on, per goal metric: the goal's own outcome per unit of spend.
//   sales      conversions (or conversion value, when every measured channel reports it) per unit
//              of spend — shown as CPA (or ROAS)
//   leads      leads (conversions) per unit of spend — shown as cost per lead
//   retention  repeat conversions per unit of spend — shown as CPA
//   engagement engagements per unit of spend — shown as cost per engagement
//   awareness  impressions per unit of spend — shown as CPM (reach is shown beside it)
// A score is rate × trials per unit of spend (conversion rate × clicks per unit of spend); the rate
// needs no currency, the cost does, so evidence in another currency informs the rate only.
import type { GoalMetric } from '../domain/project';

export type Outcome = 'conversions' | 'engagements' | 'impressions';
export type Trial = 'clicks' | 'impressions';

export interface GoalScoring {
  goal: GoalMetric;
  /** What one success is. */
  outcome: Outcome;
  /** What the rate is out of; null when the outcome is bought directly (impressions). */
  trial: Trial | null;
  /** Singular noun for one outcome ("conversion", "lead"). */
  noun: string;
  /** Name of the rate ("conversion rate"); null without a rate. */
  rateName: string | null;
  /** Name of the cost figure ("CPA", "cost per lead", "CPM"). */
  costName: string;
  /** Cost per this many outcomes (1000 for CPM). */
  costPer: number;
  /** Sales may be scored on conversion value (ROAS) when every measured channel reports it. */
  valueAware: boolean;
}

export const GOAL_SCORING: Readonly<Record<GoalMetric, GoalScoring>> = {
  sales: { goal: 'sales', outcome: 'conversions', trial: 'clicks', noun: 'conversion', rateName: 'conversion rate', costName: 'CPA', costPer: 1, valueAware: true },
  leads: { goal: 'leads', outcome: 'conversions', trial: 'clicks', noun: 'lead', rateName: 'conversion rate', costName: 'cost per lead', costPer: 1, valueAware: false },
  retention: { goal: 'retention', outcome: 'conversions', trial: 'clicks', noun: 'conversion', rateName: 'conversion rate', costName: 'CPA', costPer: 1, valueAware: false },
  engagement: { goal: 'engagement', outcome: 'engagements', trial: 'impressions', noun: 'engagement', rateName: 'engagement rate', costName: 'cost per engagement', costPer: 1, valueAware: false },
  awareness: { goal: 'awareness', outcome: 'impressions', trial: null, noun: 'impression', rateName: null, costName: 'CPM', costPer: 1000, valueAware: false },
};

/** The successes and trials of the goal's rate in a set of sums (for change detection and posteriors). */
export function rateParts(scoring: GoalScoring, sums: { clicks: number; conversions: number; impressions: number; engagements: number; spend: number }): { successes: number; trials: number } {
  if (scoring.trial === null) return { successes: sums.impressions, trials: sums.spend };
  const trials = scoring.trial === 'clicks' ? sums.clicks : sums.impressions;
  const successes = scoring.outcome === 'conversions' ? sums.conversions : sums.engagements;
  return { successes: Math.min(successes, trials), trials };
}
