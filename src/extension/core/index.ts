// The heavy half of the extension, bundled separately as dist/extension-core.js and loaded on
// first use (lazyCore.ts), so `activate` never pays for sql.js, valibot or the orchestrator. Only
// re-exports of the core: the extension runs the core's operations and reads its query
// services, it never reimplements them. No `vscode` here.
export {
  openAicmoWorkspace,
  serviceEnv,
  getProjectsPipeline,
  getProjectUnifiedView,
  getProjectPmDashboard,
  getProjectMediaPlan,
  getKaizenInsights,
  unwrap,
  type ServiceEnv,
  type ProjectsPipeline,
  type PipelineProject,
  type ProjectUnifiedView,
  type UnifiedArtifact,
  type PmDashboard,
} from '../../orchestrator/services';
export { runOperation, runCall, runOperationByName, type InputOf, type OperationCall, type OperationName, type Outcome, type NextStep, type ValueOf, type ClientReport } from '../../orchestrator/operations';
export type { FlowResult, SubsystemRunResult } from '../../orchestrator/flow';
export { renderWritePrompt, type EngineRecord, type GenerationEngine, type TextWriter, type WriteRequest } from '../../orchestrator/engine';
export type { InsightReport } from '../../orchestrator/kaizen/insights';
export type { Insight } from '../../orchestrator/kaizen/types';
// The Kaizen tree's nodes (grouped and ranked by the Kaizen panel's rule, src/protocol/kaizenGroups.ts).
export { kaizenTreeNodes } from '../tree/kaizenTreeNodes';
export { validateIntake, applyProjectPatch, slugify, isIsoDate } from '../../orchestrator/domain/projectRules';
export { GOAL_METRICS, type GoalMetric, type Project, type ProjectIntake, type ProjectPatch } from '../../orchestrator/domain/project';
export { SUBSYSTEM_NAMES } from '../../orchestrator/subsystems/types';
export type { WorkspaceStore } from '../../orchestrator/store/types';
// The plugins' runtime subsystem registry and the campaign notebook's core half.
export { SubsystemRegistry, type Registration } from '../../orchestrator/plugins';
export { EventTail } from '../../orchestrator/events';
export { ensureNotebookFile, getNotebookOutputs, parseCampaignNotebook, serializeCampaignNotebook, withEverySubsystem, type CampaignCell, type CampaignNotebook, type NotebookCellOutput } from '../../orchestrator/notebook';
export { decisionCall, decisionCell, parseNotebookMessage, type NotebookMessage } from '../../protocol/notebook';
export { OPERATION_CATALOG } from '../../orchestrator/operations/catalog';
// The roles a team member can have, by the names people read (Add Team Member…).
export { PM_ROLES, ROLE_LABELS } from '../../orchestrator/team/roles';
export { MAX_WEEKLY_HOURS } from '../../orchestrator/team/members';
// Intake parsing shared with the CLI (amounts, currencies, KPI pairs): the same input is refused
// with the same words.
export { parseBudget, parseCaps, parseChannelList, parseCurrency, parseKpis, parseLanguages } from '../../orchestrator/domain/intakeParsing';
// Edit Intake: channel names in words, and the free-text constraints read into channel rules (shown for confirmation).
export { channelLabel, type Channel } from '../../orchestrator/domain/channels';
export { planChannelRules, type PlanChannelRules } from '../../orchestrator/subsystems/media/channelRules';
// The Markdown of Open Artifact's preview (it escapes workspace text with the core's escapeMarkdown).
export { unifiedViewMarkdown } from '../panels/markdownText';
// The panels' core half: snapshots built from the panel descriptors, and the per-panel session
// (protocol validation with valibot), so activation does not load the protocol.
export { buildPanelSnapshot } from '../panels/descriptors/buildPanelSnapshot';
export type { SnapshotRequest } from '../panels/descriptors';
export { PanelSession, type PanelServices, type RunOutcome, type SnapshotQuery } from '../panels/panelSession';
import { PanelSession } from '../panels/panelSession';
export function createPanelSession(...args: ConstructorParameters<typeof PanelSession>): PanelSession {
  return new PanelSession(...args);
}
