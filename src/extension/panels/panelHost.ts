// The panel host: opens each panel as a webview (one per panel id, revealed and switched to the
// asked project when already open), serves the Lit bundle under a strict CSP, restores panels after
// a reload (registerWebviewPanelSerializer, persisting only UI state), refreshes them whenever the
// Projects tree reloads (after a command, or when the .aicmo/ watcher fires), and carries out what
// the panels ask through the core (dist/extension-core.js) — never reimplementing it.
import * as vscode from 'vscode';
import type { ImportKind, PanelId } from '../../protocol';
import { PANEL_COMMANDS } from '../commands/panelCommands';
import { engineForRun, engineInUse, kaizenEnabled, kaizenScopingSettings } from '../generationEngine';
import { subsystemOptions } from '../pmSettings';
import type { AicmoState } from '../state';
import { requireTrust } from '../trust';
import { panelHtml } from './panelHtml';
import type { ActionOutcome, PanelServices } from './panelSession';
import { trustActionFor } from './trustWords';
import { WORKSPACE_PANELS, type PanelHost, type PanelKind } from './openPanel';

/** Every panel id (one Open … command each). */
const PANEL_IDS: readonly PanelId[] = [...new Set(Object.values(PANEL_COMMANDS))];

/** Tab titles (the protocol's PANEL_TITLES, kept here so activation does not load the protocol). */
const PANEL_TITLES: Record<PanelId, string> = {
  command: 'Command Center', pipeline: 'Pipeline', warroom: 'War Room', gallery: 'Gallery', pm: 'PM', analytics: 'Analytics',
  controltower: 'Control Tower', portal: 'Client Portal', trends: 'Social Trends', unified: 'Unified View', kaizen: 'Kaizen',
};

export const PANEL_VIEW_TYPE_PREFIX = 'aicmo.panel.';
export const panelViewType = (panel: PanelId) => `${PANEL_VIEW_TYPE_PREFIX}${panel}`;

interface OpenPanel {
  webview: vscode.WebviewPanel;
  session: import('./panelSession').PanelSession;
}

function sentenceOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}

export class AicmoPanelHost implements PanelHost, vscode.Disposable {
  private readonly panels = new Map<PanelId, OpenPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly state: AicmoState) {
    for (const panel of PANEL_IDS) {
      this.subscriptions.push(
        vscode.window.registerWebviewPanelSerializer(panelViewType(panel), {
          deserializeWebviewPanel: async (webview, saved: unknown) => this.attach(panel, webview, { ui: saved ?? {} }, true),
        }),
      );
    }
    // The tree reloads after every command and whenever .aicmo/ changes on disk: panels follow.
    this.subscriptions.push(state.projects.onDidLoad(() => this.refreshAll()));
  }

  /** Opens (or reveals) a panel; `project` is undefined for workspace panels. */
  async open(kind: PanelKind, project: string | undefined): Promise<void> {
    const existing = this.panels.get(kind);
    if (existing) {
      existing.webview.reveal(undefined, false);
      if (project !== undefined) await existing.session.showProject(project);
      return;
    }
    const webview = vscode.window.createWebviewPanel(panelViewType(kind), this.title(kind, project), vscode.ViewColumn.Active, this.options());
    // Project panels start on the selected project; workspace panels show the whole workspace.
    this.attach(kind, webview, { project: project ?? (WORKSPACE_PANELS.has(kind) ? null : (this.state.selectedSlug ?? null)) });
  }

  /** Re-fetches every open panel's snapshot. */
  refreshAll(): void {
    for (const { session } of this.panels.values()) void session.refresh();
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const root = this.state.context.extensionUri;
    return {
      enableScripts: true,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(root, 'dist'), vscode.Uri.joinPath(root, 'media')],
    };
  }

  private title(kind: PanelId, project: string | null | undefined): string {
    return `AICMO ${PANEL_TITLES[kind]}${project ? `: ${project}` : ''}`;
  }

  private attach(kind: PanelId, webview: vscode.WebviewPanel, initial: { project?: string | null; ui?: unknown }, restored = false): void {
    const previous = this.panels.get(kind);
    if (previous && previous.webview !== webview) previous.webview.dispose();
    // A restored panel gets this version's options; a new one already has them (setting them again
    // would reload its content).
    if (restored) webview.webview.options = this.options();
    webview.iconPath = vscode.Uri.joinPath(this.state.context.extensionUri, 'media', 'aicmo.svg');
    // The session (protocol validation, valibot) lives in the core bundle, loaded on first use.
    const session = this.state.session.core.createPanelSession(kind, webview.webview, this.services(), initial);
    if (session.project && !WORKSPACE_PANELS.has(kind)) webview.title = this.title(kind, session.project);
    const root = this.state.context.extensionUri;
    webview.webview.html = panelHtml({
      panel: kind,
      title: PANEL_TITLES[kind],
      cspSource: webview.webview.cspSource,
      scriptUri: webview.webview.asWebviewUri(vscode.Uri.joinPath(root, 'dist', 'webviews', `${kind}.js`)).toString(),
      codiconUri: webview.webview.asWebviewUri(vscode.Uri.joinPath(root, 'dist', 'codicons', 'codicon.css')).toString(),
    });
    const entry = { webview, session };
    this.panels.set(kind, entry);
    const listeners = [
      webview.webview.onDidReceiveMessage((raw: unknown) => session.receive(raw).catch((e: unknown) => this.state.log.error(`${kind} panel: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`))),
      webview.onDidChangeViewState((e) => session.setVisible(e.webviewPanel.visible)),
    ];
    session.setVisible(webview.visible);
    webview.onDidDispose(() => {
      session.dispose();
      for (const l of listeners) l.dispose();
      if (this.panels.get(kind) === entry) this.panels.delete(kind);
    });
  }

  private services(): PanelServices {
    const state = this.state;
    const core = () => state.session.core;
    const env = () => state.session.env();
    const log = state.log;
    const guard = async <T extends ActionOutcome>(what: string, fn: () => Promise<T>, failed: (message: string) => T): Promise<T> => {
      try {
        return await fn();
      } catch (e) {
        const message = sentenceOf(e);
        log.error(`${what}: ${e instanceof Error && !(e as { code?: string }).code ? (e.stack ?? e.message) : message}`);
        return failed(message);
      }
    };
    return {
      log,
      snapshot: async (panel, query) =>
        core().buildPanelSnapshot(await env(), panel, {
          project: query.project,
          ...(query.analytics ? { analytics: query.analytics } : {}),
          engine: engineInUse(),
        }),
      command: (panel, message) =>
        guard(`${panel} panel ${message.method}`, async () => {
          requireTrust(trustActionFor(message.method, message.params));
          const runs = message.method === 'controltower/retrySubsystem' || message.method === 'unified/runSubsystem';
          const engine = runs ? await engineForRun(log, core()) : undefined;
          const settings = runs ? subsystemOptions() : undefined;
          const result = await core().runPanelAction(await env(), message as never, { skipKaizen: !kaizenEnabled(), kaizen: kaizenScopingSettings(), ...(engine ? { engine } : {}), ...(settings ? { options: settings } : {}) });
          await state.refresh();
          return result.ok ? { ok: true as const, message: result.value } : { ok: false as const, message: result.error.message };
        }, (message) => ({ ok: false, message })),
      importCsv: (project: string, kind: ImportKind) =>
        guard(`import ${kind} CSV`, async () => {
          requireTrust(trustActionFor('data/importCsv'));
          const picked = await vscode.window.showOpenDialog({ title: `Import a ${kind} CSV into ${project}`, canSelectMany: false, canSelectFiles: true, filters: { 'CSV files': ['csv', 'tsv', 'txt'], 'All files': ['*'] }, openLabel: 'Import' });
          if (!picked?.[0]) return { ok: true as const, imported: false, message: 'No file was chosen; nothing was imported.' };
          const result = await core().importPanelCsv(await env(), project, kind, picked[0].fsPath);
          await state.refresh();
          return result.ok ? { ok: true as const, imported: true, message: result.value } : { ok: false as const, imported: false, message: result.error.message };
        }, (message) => ({ ok: false, imported: false, message })),
      exportReport: (project, format) =>
        guard('export the client review pack', async () => {
          requireTrust(trustActionFor('portal/exportReport'));
          const result = await core().exportPanelReport(await env(), project, format);
          return result.ok ? { ok: true as const, message: result.value.message, path: result.value.path } : { ok: false as const, message: result.error.message, path: null };
        }, (message) => ({ ok: false, message, path: null })),
      openPanel: (panel, project) => this.open(panel, project ?? undefined),
      newProject: async () => {
        await vscode.commands.executeCommand('aicmo.newProject');
      },
      projectChanged: (panel, project) => {
        const open = this.panels.get(panel);
        if (open && project) open.webview.title = this.title(panel, project);
      },
    };
  }

  dispose(): void {
    for (const { webview } of this.panels.values()) webview.dispose();
    this.panels.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
