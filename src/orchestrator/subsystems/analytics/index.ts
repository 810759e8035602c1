// Analytics subsystem: the project's dashboard and creative A/B readings, or "no data".
import { throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildAnalytics } from './rules';
import type { AnalyticsContent } from './types';
import { validateAnalytics } from './validate';

export const analyticsSubsystem: Subsystem<AnalyticsContent> = {
  name: 'analytics',
  description: 'KPIs from summed totals, goal progress and creative A/B readings; "no data" when nothing is imported.',
  needs: [],
  async run(ctx) {
    throwIfAborted(ctx.signal);
    const rows = await ctx.data.metricRows();
    const results = await ctx.data.creativeResults();
    throwIfAborted(ctx.signal);
    return { content: buildAnalytics(ctx.project, rows, results), appliedInsights: [] };
  },
  validate: validateAnalytics,
};

export type { AnalyticsContent } from './types';
