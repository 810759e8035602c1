// Every command the extension registers (package.json contributes exactly these; a unit test
// checks both ways). The "Open <panel>" commands come from the panel catalog. Pure data: read at
// activation.
import { PANEL_CATALOG, type PanelId } from '../protocol/panelCatalog';

export const ACTION_COMMAND_IDS = [
  'aicmo.newProject',
  'aicmo.openDemo',
  'aicmo.editIntake',
  'aicmo.runFullFlow',
  'aicmo.runSubsystem',
  'aicmo.retryFailed',
  'aicmo.approveStrategy',
  'aicmo.rejectStrategy',
  'aicmo.requestStrategyChanges',
  'aicmo.approveMediaPlan',
  'aicmo.rejectMediaPlan',
  'aicmo.requestMediaPlanChanges',
  'aicmo.approveAllCreatives',
  'aicmo.importMetrics',
  'aicmo.importTrends',
  'aicmo.importLeads',
  'aicmo.completeTask',
  'aicmo.addTeamMember',
  'aicmo.exportReport',
  'aicmo.pauseAll',
  'aicmo.resumeAll',
  'aicmo.showLearningEvents',
  'aicmo.selectProject',
  'aicmo.openSettings',
  'aicmo.refresh',
  'aicmo.showLog',
  'aicmo.openArtifact',
  'aicmo.openCampaignNotebook',
] as const;

export type PanelCommandId = (typeof PANEL_CATALOG)[PanelId]['openCommand'];
export type CommandId = (typeof ACTION_COMMAND_IDS)[number] | PanelCommandId;

export const PANEL_COMMAND_IDS = Object.values(PANEL_CATALOG).map((p) => p.openCommand) as PanelCommandId[];

export const COMMAND_IDS: readonly CommandId[] = [...ACTION_COMMAND_IDS, ...PANEL_COMMAND_IDS];
