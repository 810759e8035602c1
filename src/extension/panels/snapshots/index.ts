// The panels' data half, bundled into the core (dist/extension-core.js): snapshots built from the
// operator services and panel commands run through them. No vscode.
export { buildPanelSnapshot, WORKSPACE_PANEL_IDS, type SnapshotRequest } from './panelSnapshot';
export { runPanelAction, importPanelCsv, exportPanelReport, WRITING_METHODS, type PanelAction, type ActionOptions } from './panelActions';
export { artifactHighlights } from './highlights';
export { eventSummary } from './eventSummary';
export { attentionItems, overdueTasks, type ProjectFacts } from './commandItems';
export { portalData, type PortalInputs } from './portalRequests';
export { controlTowerData, sourceName, type ProjectTimeline } from './controlTower';
// The per-panel message session (protocol validation with valibot) also lives in the core bundle,
// so activation does not load the protocol.
export { PanelSession } from '../panelSession';
import { PanelSession } from '../panelSession';
export function createPanelSession(...args: ConstructorParameters<typeof PanelSession>): PanelSession {
  return new PanelSession(...args);
}
