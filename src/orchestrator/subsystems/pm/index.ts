// PM subsystem: tasks, schedule within team capacity, critical path and capacity per role.
import { insightsOfKind } from '../../kaizen/types';
import type { MediaContent } from '../media/types';
import type { StrategyContent } from '../strategy/types';
import { requiredInput, throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildPm } from './rules';
import type { PmContent } from './types';
import { validatePm } from './validate';

export const pmSubsystem: Subsystem<PmContent> = {
  name: 'pm',
  description: 'Tasks for the planned channels and phases, calibrated estimates, schedule within team capacity, critical path.',
  needs: ['strategy', 'media'],
  async run(ctx) {
    throwIfAborted(ctx.signal);
    const strategy = requiredInput<StrategyContent>(ctx, 'strategy', 'pm');
    const media = requiredInput<MediaContent>(ctx, 'media', 'pm');
    const team = await ctx.data.team();
    throwIfAborted(ctx.signal);
    const { content, applied } = buildPm({
      project: ctx.project,
      channels: media.allocations.filter((a) => a.amountMinor > 0).map((a) => a.channel),
      strategy,
      team,
      accuracy: insightsOfKind(ctx.insights, 'estimate-accuracy'),
      skipKaizen: ctx.skipKaizen,
    });
    return { content, appliedInsights: applied };
  },
  validate: validatePm,
};

export type { PmContent, PmTask, RoleCapacity } from './types';
