// The heavy half of the extension, bundled separately as dist/extension-core.js and loaded on
// first use (lazyCore.ts), so `activate` never pays for sql.js or the orchestrator. Only
// re-exports of the core: the extension calls the orchestrator's services and actions, it never
// reimplements them. No `vscode` here.
export {
  openAicmoWorkspace,
  serviceEnv,
  getProjectsPipeline,
  getProjectUnifiedView,
  getProjectPmDashboard,
  getProjectAnalyticsDashboard,
  getCreativesForProject,
  getExecutionTimeline,
  getKaizenInsights,
  importLeads,
  exportClientReport,
  readProjectFlags,
  unwrap,
  createProjectRecorded,
  updateProjectRecorded,
  type ServiceEnv,
  type ProjectsPipeline,
  type PipelineProject,
  type ProjectUnifiedView,
  type UnifiedArtifact,
  type PmDashboard,
  type ClientReport,
} from '../../orchestrator/services';
export { runFlow, retryFailed, type FlowResult, type SubsystemRunResult } from '../../orchestrator/flow';
export { renderWritePrompt, type EngineRecord, type GenerationEngine, type TextWriter, type WriteRequest } from '../../orchestrator/engine';
export { decideStrategy, decideCreatives, completeTask } from '../../orchestrator/actions';
export { setGlobalPause } from '../../orchestrator/services';
export { importMetricsFile, importTrendsFile, type MetricsImportResult, type TrendsImportResult } from '../../orchestrator/imports';
export type { InsightReport } from '../../orchestrator/kaizen/insights';
export type { Insight } from '../../orchestrator/kaizen/types';
export { validateIntake, applyProjectPatch, slugify, isIsoDate } from '../../orchestrator/domain/projectRules';
export { isKnownCurrency, minorDigits, toMajor, toMinor } from '../../orchestrator/domain/money';
export { GOAL_METRICS, type GoalMetric, type Project, type ProjectIntake } from '../../orchestrator/domain/project';
export { isAicmoError } from '../../orchestrator/domain/errors';
export { SUBSYSTEM_NAMES } from '../../orchestrator/subsystems/types';
export { EventLog } from '../../orchestrator/events';
export type { WorkspaceStore, ProjectPatch } from '../../orchestrator/store/types';
// Intake parsing shared with the CLI (amounts, currencies, KPI pairs): the same input is refused
// with the same words.
export { parseBudget, parseCurrency, parseKpis } from '../../orchestrator/domain/intakeParsing';
export { DEMO_PROJECTS } from '../../cli/demo/demoProjects';
// The demo's sample exports (dist/demo-data, shipped in the VSIX) and their import plan.
export { findSampleData, importDemoData } from '../../cli/demo/sampleData';
// The panels' data half: snapshots from the services and panel commands through them.
export * from '../panels/snapshots';
