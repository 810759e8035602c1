// getProjectAnalyticsDashboard: the analytics library's dashboard of one project as a Result.
import { getAnalyticsDashboard, getTrendsDashboard, type AnalyticsDashboard, type DashboardQuery, type TrendSeries } from '../analytics';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function getProjectAnalyticsDashboard(env: ServiceEnv, projectRef: string, query: DashboardQuery = {}): Promise<Result<AnalyticsDashboard>> {
  return attempt(() => getAnalyticsDashboard(env.store, projectRef, query));
}

export function getProjectTrends(env: ServiceEnv, projectRef: string): Promise<Result<TrendSeries[]>> {
  return attempt(() => getTrendsDashboard(env.store, projectRef));
}
