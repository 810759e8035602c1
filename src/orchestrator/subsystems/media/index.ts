// Media subsystem: the budget split across channels, learned from results when there are any,
// re-planned from the last approved plan and approved by a person like the strategy.
import { insightsOfKind } from '../../kaizen/types';
import type { StrategyContent } from '../strategy/types';
import { optionalInput, throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildMediaPlan, mediaEvidenceFingerprint, type MediaOptions } from './rules';
import type { MediaContent } from './types';
import { validateMedia } from './validate';

export const mediaSubsystem: Subsystem<MediaContent> = {
  name: 'media',
  description: "Objective, flight dates and a budget split that sums exactly to the budget, within the brief's channel rules; Thompson sampling on the goal's metric over results, priors without them.",
  needs: ['strategy'],
  initialStatus: 'in_review',
  downstreamUsesApproved: true,
  evidenceFingerprint: ({ project, insights, skipKaizen, options }) => mediaEvidenceFingerprint(project, insightsOfKind(insights, 'channel-performance'), skipKaizen, (options?.media ?? {}) as MediaOptions),
  run(ctx) {
    throwIfAborted(ctx.signal);
    const options = (ctx.options?.media ?? undefined) as MediaOptions | undefined;
    const { content, applied } = buildMediaPlan({
      project: ctx.project,
      random: ctx.random,
      evidence: insightsOfKind(ctx.insights, 'channel-performance'),
      skipKaizen: ctx.skipKaizen,
      strategy: optionalInput<StrategyContent>(ctx, 'strategy'),
      ...(ctx.approved ? { approved: ctx.approved } : {}),
      ...(options ? { options } : {}),
    });
    return { content, appliedInsights: applied };
  },
  validate: validateMedia,
};

export type { MediaContent, MediaAllocation } from './types';
export { readChannelRules, planChannelRules, type ChannelRuleReading, type PlanChannelRules } from './channelRules';
