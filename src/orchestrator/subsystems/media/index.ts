// Media subsystem: the budget split across channels, learned from results when there are any.
import { insightsOfKind } from '../../kaizen/types';
import type { StrategyContent } from '../strategy/types';
import { optionalInput, throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildMediaPlan, type MediaPlanInput } from './rules';
import type { MediaContent } from './types';
import { validateMedia } from './validate';

export const mediaSubsystem: Subsystem<MediaContent> = {
  name: 'media',
  description: 'Objective, flight dates and a budget split that sums exactly to the budget; Thompson sampling over results, priors without them.',
  needs: ['strategy'],
  run(ctx) {
    throwIfAborted(ctx.signal);
    const options = (ctx.options?.media ?? undefined) as MediaPlanInput['options'];
    const { content, applied } = buildMediaPlan({
      project: ctx.project,
      random: ctx.random,
      evidence: insightsOfKind(ctx.insights, 'channel-performance'),
      skipKaizen: ctx.skipKaizen,
      strategy: optionalInput<StrategyContent>(ctx, 'strategy'),
      previous: ctx.previous,
      options,
    });
    return { content, appliedInsights: applied };
  },
  validate: validateMedia,
};

export type { MediaContent, MediaAllocation } from './types';
