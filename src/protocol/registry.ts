// Every message a webview may send, by panel. The host accepts only these (parseWebviewMessage).
import type { CommandType, NotificationType, RequestType } from './ipc';
import { COMMON_COMMANDS, type PanelId } from './common';
import { GALLERY_COMMANDS } from './panels/gallery';
import { ANALYTICS_MESSAGES, ImportCsvRequest } from './panels/analytics';
import { WARROOM_COMMANDS } from './panels/warroom';
import { PM_COMMANDS } from './panels/pm';
import { CONTROLTOWER_COMMANDS } from './panels/controltower';
import { PORTAL_MESSAGES } from './panels/portal';
import { UNIFIED_COMMANDS } from './panels/unified';
import { PipelineSnapshotNotification } from './panels/pipeline';
import { GallerySnapshotNotification } from './panels/gallery';
import { AnalyticsSnapshotNotification } from './panels/analytics';
import { WarroomSnapshotNotification } from './panels/warroom';
import { PmSnapshotNotification } from './panels/pm';
import { ControlTowerSnapshotNotification } from './panels/controltower';
import { PortalSnapshotNotification } from './panels/portal';
import { TrendsSnapshotNotification } from './panels/trends';
import { UnifiedSnapshotNotification } from './panels/unified';
import { KaizenSnapshotNotification } from './panels/kaizen';
import { CommandSnapshotNotification } from './panels/command';

type WebviewType = CommandType | RequestType;

/** What each panel may send besides the common commands. */
export const PANEL_MESSAGE_TYPES: Record<PanelId, readonly WebviewType[]> = {
  command: [],
  pipeline: [],
  warroom: WARROOM_COMMANDS,
  gallery: GALLERY_COMMANDS,
  pm: PM_COMMANDS,
  analytics: ANALYTICS_MESSAGES,
  controltower: CONTROLTOWER_COMMANDS,
  portal: PORTAL_MESSAGES,
  trends: [ImportCsvRequest],
  unified: UNIFIED_COMMANDS,
  kaizen: [],
};

/** The snapshot notification of each panel. */
export const PANEL_SNAPSHOTS: Record<PanelId, NotificationType> = {
  command: CommandSnapshotNotification,
  pipeline: PipelineSnapshotNotification,
  warroom: WarroomSnapshotNotification,
  gallery: GallerySnapshotNotification,
  pm: PmSnapshotNotification,
  analytics: AnalyticsSnapshotNotification,
  controltower: ControlTowerSnapshotNotification,
  portal: PortalSnapshotNotification,
  trends: TrendsSnapshotNotification,
  unified: UnifiedSnapshotNotification,
  kaizen: KaizenSnapshotNotification,
};

/** What one panel's webview may send (common commands + its own); pass to parseWebviewMessage. */
export function webviewMessageTypes(panel: PanelId): readonly WebviewType[] {
  return [...COMMON_COMMANDS, ...PANEL_MESSAGE_TYPES[panel]];
}

export const WEBVIEW_MESSAGE_TYPES: readonly WebviewType[] = [
  ...COMMON_COMMANDS,
  ...new Set(Object.values(PANEL_MESSAGE_TYPES).flat()),
];
