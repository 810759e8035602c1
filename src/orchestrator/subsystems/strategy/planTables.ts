// Planning tables for the strategy. These are editorial defaults written for AICMO (not
// measured figures): the funnel emphasis per goal and the share of the campaign window each phase
// takes (pillars, funnel tactics and risks per vertical live in verticals/). Phase shares follow
// a common agency plan: roughly a sixth to plan and approve, a fifth to produce, a short launch,
// most of the flight optimising, and a reporting close. Change them here; tests read the content, not these numbers.
import type { GoalMetric } from '../../domain/project';

export type FunnelStageKey = 'awareness' | 'consideration' | 'conversion' | 'retention';

/** Funnel stages in order, with the KPIs each is judged on (goals and tactics come from the vertical's template). */
export const FUNNEL_KPIS: { stage: FunnelStageKey; kpis: string[] }[] = [
  { stage: 'awareness', kpis: ['reach', 'cpm'] },
  { stage: 'consideration', kpis: ['ctr', 'engagement_rate'] },
  { stage: 'conversion', kpis: ['conversions', 'cpa'] },
  { stage: 'retention', kpis: ['conversions', 'roas'] },
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
