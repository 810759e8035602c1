// The analytics math library: KPIs, periods, grouping, goals, trend strength and A/B readings.
export * from './types';
export * from './kpis';
export * from './grouping';
export * from './periods';
export * from './goals';
export * from './kpiNames';
export * from './trendStrength';
export * from './abTest';
export { normalCdf, normalQuantile, betaCdf, betaQuantile, probBetaGreater } from './distributions';
export { analyticsDashboard, checkDashboardQuery, trendsDashboard, type AnalyticsDashboard, type DashboardProject, type DashboardQuery, type DashboardRow, type TrendSeries } from './analyticsDashboard';
