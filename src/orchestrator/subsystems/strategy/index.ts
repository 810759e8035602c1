// Strategy subsystem: the campaign plan a client approves before creatives are made.
import { insightsOfKind } from '../../kaizen/types';
import { throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildStrategy } from './rules';
import type { StrategyContent } from './types';
import { validateStrategy } from './validate';

export const strategySubsystem: Subsystem<StrategyContent> = {
  name: 'strategy',
  description: 'Executive summary, objectives and KPIs, pillars, funnel, timeline, risks and checklist from the intake.',
  needs: [],
  initialStatus: 'in_review',
  run(ctx) {
    throwIfAborted(ctx.signal);
    const { content, applied } = buildStrategy(ctx.project, insightsOfKind(ctx.insights, 'rejection-reason'), ctx.skipKaizen);
    return { content, appliedInsights: applied };
  },
  validate: validateStrategy,
};

export type { StrategyContent } from './types';
