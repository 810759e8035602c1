// The one seam between commands and panels: `openPanel(kind, project)`. `activate` registers the
// webview panel host (panelHost.ts) with `setPanelHost`; without one (never in the extension as
// shipped) a panel falls back to a read-only Markdown preview of the project's unified view.
import type { PanelId } from '../../protocol/common';
import type { AicmoState } from '../state';
import { openMarkdownPreview } from './markdownPreview';

/** The panels, by the ids the webview protocol uses (src/protocol/common.ts PANEL_IDS). */
export type PanelKind = PanelId;

/** Panels that show the whole workspace rather than one project. */
export const WORKSPACE_PANELS: ReadonlySet<PanelKind> = new Set<PanelKind>(['command', 'pipeline', 'controltower', 'kaizen']);

export interface PanelHost {
  /** Opens (or reveals) the panel; `project` is undefined for workspace panels. */
  open(kind: PanelKind, project: string | undefined): Promise<void>;
}

let host: PanelHost | undefined;

/** Called by `activate` with the webview panel host; replaces the Markdown fallback. */
export function setPanelHost(next: PanelHost | undefined): void {
  host = next;
}

export async function openPanel(state: AicmoState, kind: PanelKind, project: string | undefined): Promise<string> {
  if (host) {
    await host.open(kind, project);
    return `Opened the ${kind} panel.`;
  }
  return openMarkdownPreview(state, kind, project);
}
