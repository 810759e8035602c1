// Budget priors by goal metric: the split used when there is no performance evidence (or with
// --skip-kaizen). EDITORIAL DATA, not measured figures: starting points written for AICMO —
// intent channels (search, shopping) lead for leads and sales, LinkedIn for B2B-style lead goals,
// feed and video platforms for awareness and engagement, email for retention. An entry with
// `verticals` is planned only for projects of those verticals (domain/verticals.ts): Google
// Shopping needs a product feed (e-commerce, CPG); LinkedIn targets companies and roles (B2B,
// finance); Performance Max reaches Maps and local searches (local businesses). Once results
// are imported, Thompson sampling on the goal's own metric replaces them (see rules.ts).
import type { GoalMetric } from '../../domain/project';
import type { Channel } from '../../domain/channels';
import type { Vertical } from '../../domain/verticals';

export interface PriorEntry {
  channel: Channel;
  share: number;
  why: string;
  /** Planned only for these verticals ('local' = any local business); absent = every vertical. */
  verticals?: readonly (Vertical | 'local')[];
}

export const PRIORS_BY_GOAL: Record<GoalMetric, PriorEntry[]> = {
  awareness: [
    { channel: 'meta', share: 0.3, why: 'broad, low-CPM reach with frequency control' },
    { channel: 'youtube', share: 0.25, why: 'video reach and recall' },
    { channel: 'tiktok', share: 0.15, why: 'reach with younger audiences through short video' },
    { channel: 'instagram', share: 0.15, why: 'visual reach in feed and stories' },
    { channel: 'google_display', share: 0.15, why: 'low-CPM reach across sites and apps' },
  ],
  leads: [
    { channel: 'google_search', share: 0.35, why: 'captures people already searching for the solution' },
    { channel: 'linkedin', share: 0.3, why: 'targets companies, roles and seniority', verticals: ['b2b', 'finance'] },
    { channel: 'meta', share: 0.2, why: 'lead forms at a lower cost per lead' },
    { channel: 'google_pmax', share: 0.15, why: 'reaches local searches and Maps for a local business', verticals: ['local'] },
    { channel: 'email', share: 0.15, why: 'nurtures leads toward a sales conversation' },
  ],
  sales: [
    { channel: 'google_search', share: 0.3, why: 'high purchase intent on product searches' },
    { channel: 'google_shopping', share: 0.15, why: 'product listings with price and image where people compare', verticals: ['ecommerce', 'cpg'] },
    { channel: 'meta', share: 0.25, why: 'prospecting and retargeting with product ads' },
    { channel: 'instagram', share: 0.15, why: 'visual product discovery' },
    { channel: 'tiktok', share: 0.1, why: 'product discovery through short video' },
    { channel: 'email', share: 0.1, why: 'converts visitors and past buyers cheaply' },
  ],
  engagement: [
    { channel: 'instagram', share: 0.3, why: 'comments, shares and saves in feed and reels' },
    { channel: 'tiktok', share: 0.3, why: 'high interaction on short video' },
    { channel: 'meta', share: 0.2, why: 'community and group conversation' },
    { channel: 'x', share: 0.2, why: 'real-time conversation on topics' },
  ],
  retention: [
    { channel: 'email', share: 0.4, why: 'direct, owned channel to existing customers' },
    { channel: 'meta', share: 0.25, why: 'custom-audience retargeting of customers' },
    { channel: 'instagram', share: 0.2, why: 'keeps the brand present for followers' },
    { channel: 'google_search', share: 0.15, why: 'brand searches from returning customers' },
  ],
};

/** The prior share of a channel the brief allows that the goal's table does not list. */
export const UNLISTED_PRIOR = { share: 0.1, why: 'allowed by the brief; not in the priors table for this goal, so it starts small' } as const;

/**
 * The prior share of a channel this project already runs (its own results are imported) that the
 * goal's priors table does not plan for it: a candidate, started small, so its results can move it.
 */
export const RUNNING_PRIOR = { share: 0.1, why: (rows: number): string => `this project already runs it (${rows.toLocaleString('en')} rows of its own results); not in the priors table for this goal, so it starts small` } as const;

/** Campaign objective per goal metric (named as in Google Ads and Meta's objective-based buying). */
export const OBJECTIVE_BY_GOAL: Record<GoalMetric, { objective: string; optimizeFor: string }> = {
  awareness: { objective: 'Awareness (reach)', optimizeFor: 'reach and impressions at the lowest CPM, frequency capped' },
  leads: { objective: 'Lead generation', optimizeFor: 'conversions (leads) at or under the target CPA' },
  sales: { objective: 'Sales (conversions)', optimizeFor: 'purchases and conversion value (ROAS)' },
  engagement: { objective: 'Engagement', optimizeFor: 'engagements per unit of spend' },
  retention: { objective: 'Retention (existing customers)', optimizeFor: 'repeat conversions from existing customers' },
};

/** Default allocator settings; a workspace can override them through the run options. */
export const ALLOCATION_DEFAULTS = {
  /** Thompson draws per plan. */
  draws: 10_000,
  /** No planned channel gets less than this share, so it keeps being measured. */
  explorationFloor: 0.05,
  /** One re-plan moves a channel's share by at most this much from the approved plan (absolute, 0.10 = 10 points). */
  maxStep: 0.1,
  /**
   * Not chasing noise: a re-plan moves away from the approved split only when the draws say the
   * move earns more with at least this probability…
   */
  minConfidence: 0.95,
  /**
   * …and by at least this much in expectation for every 10 points of budget it moves (0.02: a
   * 10-point move must earn 2% more of the goal's outcome, a 2-point move 0.4% more).
   */
  minGain: 0.02,
  /**
   * …and the newest week's results alone and the results before it alone each give the move at
   * least this probability (two weeks agreeing: one week of results, however lopsided, cannot move
   * the plan; a channel with a detected change counts its results since the change in both).
   */
  minAgreement: 0.8,
  /** Channels new to the plan since it was approved enter at their prior shares (each at most the step limit), together at most this much. */
  maxEntering: 0.5,
  /**
   * A limit is "costly" when the move it holds back would earn at least this much more (0.05 = +5%)
   * with at least `minConfidence`, and passes the tests above: the proposal then suggests it.
   */
  costlyGain: 0.05,
} as const;
