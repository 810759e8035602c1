// Planning templates for the strategy. These are editorial defaults written for AICMO (not
// measured figures): pillar themes per goal, the funnel emphasis per goal, and the share of the
// campaign window each phase takes. Phase shares follow a common agency plan: roughly a sixth
// to plan and approve, a fifth to produce, a short launch, most of the flight optimising, and a
// reporting close. Change them here; tests read the content, not these numbers.
import type { GoalMetric } from '../../domain/project';

export interface PillarTemplate {
  name: string;
  description: string;
}

/** Five pillar themes per goal; a strategy takes 3–5 of them in this order. */
export const PILLARS_BY_GOAL: Record<GoalMetric, PillarTemplate[]> = {
  awareness: [
    { name: 'Be seen where {audience} already are', description: 'Broad, frequency-capped reach on the platforms {audience} use daily.' },
    { name: 'One memorable idea', description: 'A single distinctive message for {product}, repeated consistently across every placement.' },
    { name: 'Show, then tell', description: 'Lead with visual, video-first formats that explain {product} in seconds.' },
    { name: 'Borrowed credibility', description: 'Partners, creators and press that {audience} already trust.' },
    { name: 'Measure attention, not vanity', description: 'Judge reach by cost per thousand and frequency, not by likes.' },
  ],
  leads: [
    { name: 'Capture existing demand', description: 'Search and intent signals from {audience} actively looking for {product}.' },
    { name: 'Prove value before the form', description: 'Useful content and proof that earn the lead before asking for details.' },
    { name: 'Frictionless conversion', description: 'Short forms, one clear call to action, fast follow-up.' },
    { name: 'Qualify, then nurture', description: 'Score leads by fit and move the rest through an email nurture.' },
    { name: 'Account-level focus', description: 'Target the companies and roles of {audience}, not just clicks.' },
  ],
  sales: [
    { name: 'Win high-intent shoppers', description: 'Search and shopping placements where {audience} compare and buy {product}.' },
    { name: 'Product-first creative', description: 'Show {product} in use, with price, benefit and proof in every ad.' },
    { name: 'Remove purchase friction', description: 'Landing pages, offers and checkout tuned for conversion.' },
    { name: 'Re-engage the almost-buyers', description: 'Retarget visitors and cart abandoners with a reason to return.' },
    { name: 'Spend follows return', description: 'Move budget weekly toward the channels with the best return on ad spend.' },
  ],
  engagement: [
    { name: 'Conversation starters', description: 'Questions, polls and prompts that invite {audience} to reply.' },
    { name: 'Native to each platform', description: 'Formats made for each feed, not one asset resized everywhere.' },
    { name: 'Community spotlight', description: 'Feature the people who use {product} and their stories.' },
    { name: 'Ride the moment', description: 'Timely content around the topics {audience} follow.' },
    { name: 'Consistent cadence', description: 'A steady publishing rhythm the audience can expect.' },
  ],
  retention: [
    { name: 'Make existing customers feel known', description: 'Personalised messages from what customers already bought or used.' },
    { name: 'Value after the sale', description: 'Onboarding, tips and how-tos that help customers get more from {product}.' },
    { name: 'Reward loyalty', description: 'Offers and early access that thank repeat customers.' },
    { name: 'Win back the lapsed', description: 'A sequence for customers who have not returned.' },
    { name: 'Listen and respond', description: 'Feedback loops that turn complaints into fixes.' },
  ],
};

export type FunnelStageKey = 'awareness' | 'consideration' | 'conversion' | 'retention';

export const FUNNEL_STAGES: { stage: FunnelStageKey; goal: string; tactics: string[]; kpis: string[] }[] = [
  { stage: 'awareness', goal: 'Make {audience} aware of {product}.', tactics: ['Video and image ads with broad targeting', 'Creator or partner content'], kpis: ['reach', 'cpm'] },
  { stage: 'consideration', goal: 'Give {audience} reasons to choose {product}.', tactics: ['Proof points and comparisons', 'Retargeting of engaged viewers'], kpis: ['ctr', 'engagement_rate'] },
  { stage: 'conversion', goal: 'Turn interest into the goal action.', tactics: ['Search ads on high-intent terms', 'Landing page with one call to action'], kpis: ['conversions', 'cpa'] },
  { stage: 'retention', goal: 'Bring customers back and keep them.', tactics: ['Email sequences', 'Loyalty offers'], kpis: ['conversions', 'roas'] },
];

/** The funnel stage a goal weighs most. */
export const PRIMARY_FUNNEL_STAGE: Record<GoalMetric, FunnelStageKey> = {
  awareness: 'awareness',
  engagement: 'consideration',
  leads: 'conversion',
  sales: 'conversion',
  retention: 'retention',
};

export type PhaseKey = 'plan' | 'produce' | 'launch' | 'optimize' | 'report';

export const PHASES: { key: PhaseKey; name: string; share: number; activities: string[] }[] = [
  { key: 'plan', name: 'Plan and approve', share: 0.15, activities: ['Strategy review', 'Brand and media plan sign-off'] },
  { key: 'produce', name: 'Produce', share: 0.2, activities: ['Creative production per channel', 'Creative approvals', 'Tracking set-up'] },
  { key: 'launch', name: 'Launch', share: 0.05, activities: ['Campaigns live', 'First-week checks'] },
  { key: 'optimize', name: 'Optimise', share: 0.45, activities: ['Weekly budget re-plan', 'Creative rotation', 'A/B readings'] },
  { key: 'report', name: 'Report', share: 0.15, activities: ['Final report', 'Learnings into Kaizen'] },
];
