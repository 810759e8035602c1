// Every message a webview may send and the snapshot it receives, by panel (the panels themselves
// are listed in panelCatalog.ts). The host accepts only these (parseWebviewMessage); the
// compiler checks that each panel's messages are the ones the catalog names.
import type { CommandType, NotificationType, ParamsOf, RequestType } from './ipc';
import { COMMON_COMMANDS } from './common';
import { PANEL_CATALOG, PANEL_IDS, type PanelId } from './panelCatalog';
import { GALLERY_COMMANDS, GallerySnapshotNotification } from './panels/gallery';
import { ANALYTICS_MESSAGES, AnalyticsSnapshotNotification, ImportCsvRequest } from './panels/analytics';
import { WARROOM_COMMANDS, WarroomSnapshotNotification } from './panels/warroom';
import { PM_COMMANDS, PmSnapshotNotification } from './panels/pm';
import { CONTROLTOWER_COMMANDS, ControlTowerSnapshotNotification } from './panels/controltower';
import { PORTAL_MESSAGES, PortalSnapshotNotification } from './panels/portal';
import { UNIFIED_COMMANDS, UnifiedSnapshotNotification } from './panels/unified';
import { PipelineSnapshotNotification } from './panels/pipeline';
import { TrendsSnapshotNotification } from './panels/trends';
import { KaizenSnapshotNotification } from './panels/kaizen';
import { CommandSnapshotNotification } from './panels/command';

type WebviewType = CommandType | RequestType;

/** Each panel's snapshot notification and the messages it sends besides the common ones. */
export const PANEL_PROTOCOL = {
  command: { snapshot: CommandSnapshotNotification, messages: [] },
  pipeline: { snapshot: PipelineSnapshotNotification, messages: [] },
  warroom: { snapshot: WarroomSnapshotNotification, messages: WARROOM_COMMANDS },
  gallery: { snapshot: GallerySnapshotNotification, messages: GALLERY_COMMANDS },
  pm: { snapshot: PmSnapshotNotification, messages: PM_COMMANDS },
  analytics: { snapshot: AnalyticsSnapshotNotification, messages: ANALYTICS_MESSAGES },
  controltower: { snapshot: ControlTowerSnapshotNotification, messages: CONTROLTOWER_COMMANDS },
  portal: { snapshot: PortalSnapshotNotification, messages: PORTAL_MESSAGES },
  trends: { snapshot: TrendsSnapshotNotification, messages: [ImportCsvRequest] },
  unified: { snapshot: UnifiedSnapshotNotification, messages: UNIFIED_COMMANDS },
  kaizen: { snapshot: KaizenSnapshotNotification, messages: [] },
} as const satisfies { readonly [P in PanelId]: { readonly snapshot: NotificationType; readonly messages: readonly WebviewType[] } };

type Protocol = typeof PANEL_PROTOCOL;

/** The messages (command and request types) panel P sends besides the common ones. */
export type PanelMessageType<P extends PanelId> = Protocol[P]['messages'][number];
/** Its commands and requests, by kind. */
export type PanelCommandType<P extends PanelId> = Extract<PanelMessageType<P>, CommandType>;
export type PanelRequestType<P extends PanelId> = Extract<PanelMessageType<P>, RequestType>;
/** The data of panel P's snapshot (what its builder returns). */
export type PanelData<P extends PanelId> = NonNullable<ParamsOf<Protocol[P]['snapshot']>['data']>;

// The catalog and the protocol name the same messages for every panel (a missing or extra one
// does not compile).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agreement = { [P in PanelId]: Same<PanelMessageType<P>['method'], keyof (typeof PANEL_CATALOG)[P]['messages']> }[PanelId];
const catalogAgrees: Agreement extends true ? true : never = true;
void catalogAgrees;

/** What each panel may send besides the common commands. */
export const PANEL_MESSAGE_TYPES: Record<PanelId, readonly WebviewType[]> = Object.fromEntries(PANEL_IDS.map((p): [PanelId, readonly WebviewType[]] => [p, PANEL_PROTOCOL[p].messages])) as Record<PanelId, readonly WebviewType[]>;

/** The snapshot notification of each panel. */
export const PANEL_SNAPSHOTS: Record<PanelId, NotificationType> = Object.fromEntries(PANEL_IDS.map((p): [PanelId, NotificationType] => [p, PANEL_PROTOCOL[p].snapshot])) as Record<PanelId, NotificationType>;

/** What one panel's webview may send (common commands + its own); pass to parseWebviewMessage. */
export function webviewMessageTypes(panel: PanelId): readonly WebviewType[] {
  return [...COMMON_COMMANDS, ...PANEL_MESSAGE_TYPES[panel]];
}

export const WEBVIEW_MESSAGE_TYPES: readonly WebviewType[] = [
  ...COMMON_COMMANDS,
  ...new Set(Object.values(PANEL_MESSAGE_TYPES).flat()),
];
