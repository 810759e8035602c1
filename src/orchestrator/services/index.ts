// The operator services: what the panels and the CLI call. Typed results, errors as values
// (`Result<T>`); open the workspace with `openAicmoWorkspace` so the real stage rule is used.
export * from './result';
export { serviceEnv, type ServiceEnv } from './env';
export { openAicmoWorkspace } from './openAicmoWorkspace';
export { deriveProjectSummary, readProjectFlags, PROJECT_FLAGS_VERSION, type ProjectFlags } from './deriveProjectSummary';
export { gatherProjectFacts, type ProjectFacts } from './stageFacts';
export { blockersOf, type Blocker } from './blockers';
export { isPaused, PAUSE_SETTING } from '../actions/pause';
export { getProjectsPipeline, buildPipeline, type ProjectsPipeline, type PipelineColumn, type PipelineProject } from './pipeline';
export { getProjectContext, type ProjectContext } from './projectContext';
export { getCreativesForProject, regenerateCreatives, type ProjectCreatives, type RankedCreative, type RegeneratedCreatives } from './creatives';
export { getProjectUnifiedView, type ProjectUnifiedView, type UnifiedArtifact } from './unifiedView';
export { getProjectPmDashboard, type PmDashboard, type PmDashboardTask } from './pmDashboard';
export { getProjectAnalyticsDashboard, getProjectTrends } from './analyticsDashboard';
export { getExecutionTimeline, TIMELINE_KINDS, type ExecutionTimeline, type TimelineEntry, type TimelineKind } from './timeline';
export { importLeads, listProjectLeads, logOutreachAttempt, type ProjectLeads } from './leads';
export { exportClientReport, REPORT_FORMATS, type ClientReport, type ReportFormat } from './clientReport';
export { getKaizenInsights } from './kaizenInsights';
export { getWorkspaceTeam, addWorkspaceTeamMember, removeWorkspaceTeamMember, setWorkspaceHourlyRate, type Team, type TeamMember, type TeamMemberInput, type HourlyRate } from './team';
export { getProjectMediaPlan, type ProjectMediaPlan } from './mediaPlan';
export {
  runProjectFlow,
  retryFailedSubsystems,
  decideProjectStrategy,
  decideProjectMedia,
  decideProjectCreatives,
  scheduleCreatives,
  completeProjectTask,
  setGlobalPause,
  type FlowRunOptions,
  type DecisionInput,
  type ScheduledCreatives,
} from './actions';
export {
  createProject,
  updateProject,
  archiveProject,
  createProjectRecorded,
  updateProjectRecorded,
  archiveProjectRecorded,
  type FieldChanges,
  type ChangeOrigin,
} from './projects';
