// The query services: what front ends read (pipeline, project context, unified view, dashboards,
// timeline, insights) as typed results, errors as values (`Result<T>`). What users do is in
// ../operations. Open the workspace with `openAicmoWorkspace` so the real stage rule is used.
export * from './result';
export { serviceEnv, type ServiceEnv } from './env';
export { openAicmoWorkspace, repairAicmoWorkspace } from './openAicmoWorkspace';
export { deriveProjectSummary, readProjectFlags, PROJECT_FLAGS_VERSION, PROJECT_SUMMARY_RULE, type ProjectFlags } from './deriveProjectSummary';
export { gatherProjectFacts, type ProjectFacts } from './stageFacts';
export { blockersOf, type Blocker } from './blockers';
export { isPaused, PAUSE_SETTING } from '../flow/pause';
export { getProjectsPipeline, buildPipeline, type ProjectsPipeline, type PipelineColumn, type PipelineProject } from './pipeline';
export { getProjectContext, type ProjectContext } from './projectContext';
export { getCreativesForProject, type ProjectCreatives, type RankedCreative } from './creatives';
export { getProjectUnifiedView, type ProjectUnifiedView, type UnifiedArtifact } from './unifiedView';
export { getProjectPmDashboard, type PmDashboard, type PmDashboardTask } from './pmDashboard';
export { getProjectAnalyticsDashboard, getProjectTrends } from './analyticsDashboard';
export { DECISION_PAST, getExecutionTimeline, runEndText, TIMELINE_KINDS, type ExecutionTimeline, type TimelineEntry, type TimelineKind } from './timeline';
export { listProjectLeads, type ProjectLeads } from './leads';
export { getKaizenInsights } from './kaizenInsights';
export { getStrategyVersions } from './strategyVersions';
export { getWorkspaceTeam, type Team, type TeamMember, type HourlyRate } from './team';
export { getProjectMediaPlan, type ProjectMediaPlan } from './mediaPlan';
