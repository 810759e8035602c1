// Strategy subsystem: the campaign plan a client approves before creatives are made. Built from
// the vertical's template and the brief, with every change request on earlier versions applied
// and the difference from the previous version recorded with its reasons.
import { insightsOfKind } from '../../kaizen/types';
import { throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildStrategy } from './build';
import type { StrategyContent } from './types';
import { validateStrategy } from './validate';

export const strategySubsystem: Subsystem<StrategyContent> = {
  name: 'strategy',
  description: "Executive summary, the vertical's buying journey, objectives and KPIs, pillars, funnel, timeline, risks, compliance and checklist from the brief; change requests applied.",
  needs: [],
  initialStatus: 'in_review',
  async run(ctx) {
    throwIfAborted(ctx.signal);
    const history = await ctx.data.actionHistory();
    throwIfAborted(ctx.signal);
    const { content, applied } = buildStrategy({
      project: ctx.project,
      reasons: insightsOfKind(ctx.insights, 'rejection-reason'),
      skipKaizen: ctx.skipKaizen,
      history,
      previous: ctx.previous,
      version: ctx.version,
    });
    return { content, appliedInsights: applied };
  },
  validate: validateStrategy,
};

export type { StrategyContent } from './types';
