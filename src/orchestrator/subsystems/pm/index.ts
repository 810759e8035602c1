// PM subsystem: tasks, schedule within team capacity, critical path, capacity per role, and the
// planned hours against a rough agency cost.
import { insightsOfKind } from '../../kaizen/types';
import type { MediaContent } from '../media/types';
import type { StrategyContent } from '../strategy/types';
import { requiredInput, throwIfAborted } from '../common/inputs';
import type { HourlyRateSetting, Subsystem, SubsystemContext } from '../types';
import { buildPm } from './rules';
import type { PmContent } from './types';
import { validatePm } from './validate';

/** The workspace's hourly rate, else VS Code's `aicmo.pm.hourlyRate` passed as `options.pm.hourlyRate`. */
async function hourlyRateOf(ctx: SubsystemContext): Promise<HourlyRateSetting | null> {
  const workspace = (await ctx.data.hourlyRate?.()) ?? null;
  if (workspace) return workspace;
  const fromOptions = (ctx.options?.pm as { hourlyRate?: unknown } | undefined)?.hourlyRate;
  return typeof fromOptions === 'number' && Number.isFinite(fromOptions) && fromOptions > 0 ? { amount: fromOptions, currency: null, source: 'vscode' } : null;
}

export const pmSubsystem: Subsystem<PmContent> = {
  name: 'pm',
  description: 'Tasks for the planned channels and phases, calibrated estimates, schedule within team capacity, critical path, agency hours against the budget.',
  needs: ['strategy', 'media'],
  async run(ctx) {
    throwIfAborted(ctx.signal);
    const strategy = requiredInput<StrategyContent>(ctx, 'strategy', 'pm');
    const media = requiredInput<MediaContent>(ctx, 'media', 'pm');
    const team = await ctx.data.team();
    const hourlyRate = await hourlyRateOf(ctx);
    throwIfAborted(ctx.signal);
    const { content, applied } = buildPm({
      project: ctx.project,
      channels: media.allocations.filter((a) => a.amountMinor > 0).map((a) => a.channel),
      strategy,
      team,
      accuracy: insightsOfKind(ctx.insights, 'estimate-accuracy'),
      skipKaizen: ctx.skipKaizen,
      ...(ctx.today ? { today: ctx.today } : {}),
      ...(ctx.previous ? { previous: ctx.previous.content } : {}),
      hourlyRate,
    });
    return { content, appliedInsights: applied };
  },
  validate: validatePm,
};

export type { PmContent, PmTask, RoleCapacity } from './types';
