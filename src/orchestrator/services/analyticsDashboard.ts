// The analytics library's dashboards of one project as Results: the rows are read from the
// project file here, the figures computed by the (pure) analytics math.
import { analyticsDashboard, checkDashboardQuery, trendsDashboard, type AnalyticsDashboard, type DashboardQuery, type TrendSeries } from '../analytics';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function getProjectAnalyticsDashboard(env: ServiceEnv, projectRef: string, query: DashboardQuery = {}): Promise<Result<AnalyticsDashboard>> {
  return attempt(async () => {
    checkDashboardQuery(query); // a bad query is refused before the project file is read
    const { project, rows } = await env.store.readProject(projectRef, (tx) => ({ project: tx.project, rows: tx.metrics.select() }));
    return analyticsDashboard(project, rows, query);
  });
}

export function getProjectTrends(env: ServiceEnv, projectRef: string): Promise<Result<TrendSeries[]>> {
  return attempt(async () => trendsDashboard(await env.store.readProject(projectRef, (tx) => tx.trends.points())));
}
