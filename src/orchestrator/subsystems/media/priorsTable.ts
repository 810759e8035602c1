// Budget priors by goal metric: the split used when there is no performance evidence (or with
// --skip-kaizen). These are editorial starting points written for AICMO, not measured figures:
// intent channels (search) lead for leads and sales, LinkedIn for B2B-style lead goals, feed and
// video platforms for awareness and engagement, email for retention. Once results are imported,
// Thompson sampling over the measured conversion rates replaces them (see rules.ts).
import type { GoalMetric } from '../../domain/project';
import type { Channel } from '../../domain/channels';

export const PRIORS_BY_GOAL: Record<GoalMetric, { channel: Channel; share: number; why: string }[]> = {
  awareness: [
    { channel: 'meta', share: 0.35, why: 'broad, low-CPM reach with frequency control' },
    { channel: 'youtube', share: 0.25, why: 'video reach and recall' },
    { channel: 'tiktok', share: 0.2, why: 'reach with younger audiences through short video' },
    { channel: 'instagram', share: 0.2, why: 'visual reach in feed and stories' },
  ],
  leads: [
    { channel: 'google_search', share: 0.35, why: 'captures people already searching for the solution' },
    { channel: 'linkedin', share: 0.3, why: 'targets companies, roles and seniority' },
    { channel: 'meta', share: 0.2, why: 'lead forms at a lower cost per lead' },
    { channel: 'email', share: 0.15, why: 'nurtures leads toward a sales conversation' },
  ],
  sales: [
    { channel: 'google_search', share: 0.35, why: 'high purchase intent on product searches' },
    { channel: 'meta', share: 0.3, why: 'prospecting and retargeting with product ads' },
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
  /** One re-plan moves a channel's share by at most this much (absolute, 0.10 = 10 points). */
  maxStep: 0.1,
} as const;
