// The panel host: opens each panel as a webview (one per panel id, revealed and switched to the
// asked project when already open), serves the Lit bundle under a strict CSP, restores panels after
// a reload (registerWebviewPanelSerializer, persisting only UI state), refreshes them whenever the
// Projects tree reloads (after a command, or when the .aicmo/ watcher fires), and runs the
// operations the panels' commands map to through the core (dist/extension-core.js), refusing them
// in Restricted Mode with the commands' words.
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import { PANEL_CATALOG, PANEL_IDS, panelViewType, type PanelId } from '../../protocol/panelCatalog';
import type { OperationCall, PanelServices, PanelSession, RunOutcome } from '../core';
import { engineForRun, engineInUse, kaizenEnabled, kaizenScopingSettings } from '../generationEngine';
import { subsystemOptions } from '../pmSettings';
import type { AicmoState } from '../state';
import { requireTrust } from '../trust';
import { panelHtml } from './panelHtml';

export { PANEL_VIEW_TYPE_PREFIX, panelViewType } from '../../protocol/panelCatalog';

interface OpenPanel {
  webview: vscode.WebviewPanel;
  session: PanelSession;
}

function sentenceOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}

export class PanelHost implements vscode.Disposable {
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
  async open(panel: PanelId, project: string | undefined): Promise<void> {
    const existing = this.panels.get(panel);
    if (existing) {
      existing.webview.reveal(undefined, false);
      if (project !== undefined) await existing.session.showProject(project);
      return;
    }
    const webview = vscode.window.createWebviewPanel(panelViewType(panel), this.title(panel, project), vscode.ViewColumn.Active, this.options());
    // Project panels start on the selected project; workspace panels show the whole workspace.
    this.attach(panel, webview, { project: project ?? (PANEL_CATALOG[panel].scope === 'workspace' ? null : (this.state.selectedSlug ?? null)) });
  }

  /** Re-fetches every open panel's snapshot. */
  refreshAll(): void {
    for (const { session } of this.panels.values()) void session.refresh();
  }

  /** The newest snapshot an open panel was given; undefined when it is not open (tests read it). */
  snapshotOf(panel: PanelId): unknown {
    return this.panels.get(panel)?.session.latestSnapshot;
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

  private title(panel: PanelId, project: string | null | undefined): string {
    return `AICMO ${PANEL_CATALOG[panel].title}${project ? `: ${project}` : ''}`;
  }

  private attach(panel: PanelId, webview: vscode.WebviewPanel, initial: { project?: string | null; ui?: unknown }, restored = false): void {
    const previous = this.panels.get(panel);
    if (previous && previous.webview !== webview) previous.webview.dispose();
    // A restored panel gets this version's options; a new one already has them (setting them again
    // would reload its content).
    if (restored) webview.webview.options = this.options();
    webview.iconPath = vscode.Uri.joinPath(this.state.context.extensionUri, 'media', 'aicmo.svg');
    // The session (protocol validation, valibot) lives in the core bundle, loaded on first use.
    const session = this.state.session.core.createPanelSession(panel, webview.webview, this.services(), initial);
    if (session.project && PANEL_CATALOG[panel].scope === 'project') webview.title = this.title(panel, session.project);
    const root = this.state.context.extensionUri;
    webview.webview.html = panelHtml({
      panel,
      title: PANEL_CATALOG[panel].title,
      cspSource: webview.webview.cspSource,
      scriptUri: webview.webview.asWebviewUri(vscode.Uri.joinPath(root, 'dist', 'webviews', `${panel}.js`)).toString(),
      codiconUri: webview.webview.asWebviewUri(vscode.Uri.joinPath(root, 'dist', 'codicons', 'codicon.css')).toString(),
    });
    const entry = { webview, session };
    this.panels.set(panel, entry);
    const listeners = [
      webview.webview.onDidReceiveMessage((raw: unknown) => session.receive(raw).catch((e: unknown) => this.state.log.error(`${panel} panel: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`))),
      webview.onDidChangeViewState((e) => session.setVisible(e.webviewPanel.visible)),
    ];
    session.setVisible(webview.visible);
    webview.onDidDispose(() => {
      session.dispose();
      for (const l of listeners) l.dispose();
      if (this.panels.get(panel) === entry) this.panels.delete(panel);
    });
  }

  /** Runs an operation a panel asked for: trust first, the run settings the commands use, then a refresh. */
  private async run(call: OperationCall): Promise<RunOutcome> {
    const { state } = this;
    try {
      requireTrust(trustWords(call.name, call.input));
      const core = state.session.core;
      const runs = call.name === 'flow.run' || call.name === 'flow.retry';
      const options = runs ? { engine: await engineForRun(state.log, core) } : {};
      const settings = runs ? subsystemOptions() : undefined;
      // Runs from a panel use the same settings as the commands: Kaizen on or off and its scoping, the PM hourly rate.
      const input = runs ? { ...call.input, skipKaizen: !kaizenEnabled(), kaizen: kaizenScopingSettings(), ...(settings ? { settings } : {}) } : call.input;
      const result = await core.runCall(await state.session.env(), { name: call.name, input } as OperationCall, options);
      if (!result.ok) {
        const cause = result.error.cause;
        if (result.error.code === 'internal' && cause instanceof Error) state.log.error(`${call.name}: ${cause.stack ?? cause.message}`);
        return { ok: false, message: sentenceOf(result.error.message), ...(result.error.next ? { next: result.error.next } : {}) };
      }
      return { ok: true, message: result.value.message, value: result.value.value, ...(result.value.next ? { next: result.value.next } : {}) };
    } catch (e) {
      const message = sentenceOf(e);
      state.log.error(`${call.name}: ${e instanceof Error && !(e as { code?: string }).code ? (e.stack ?? e.message) : message}`);
      return { ok: false, message };
    } finally {
      await state.refresh();
    }
  }

  private services(): PanelServices {
    const state = this.state;
    return {
      log: state.log,
      snapshot: async (panel, query) => state.session.core.buildPanelSnapshot(await state.session.env(), panel, { ...query, engine: engineInUse() }),
      run: (call) => this.run(call),
      refusal: (call) => {
        try {
          requireTrust(trustWords(call.name, call.input));
          return undefined;
        } catch (e) {
          return sentenceOf(e);
        }
      },
      pickFile: async (title) => {
        const picked = await vscode.window.showOpenDialog({ title, canSelectMany: false, canSelectFiles: true, filters: { 'CSV files': ['csv', 'tsv', 'txt'], 'All files': ['*'] }, openLabel: 'Import' });
        return picked?.[0]?.fsPath;
      },
      openPanel: (panel, project) => this.open(panel, project ?? undefined),
      openFile: async (path, reveal) => {
        const uri = vscode.Uri.file(path);
        await (reveal ? vscode.commands.executeCommand('revealInExplorer', uri) : vscode.commands.executeCommand('vscode.open', uri));
      },
      newProject: async () => {
        await vscode.commands.executeCommand('aicmo.newProject');
      },
      openNotebook: async (project) => {
        await vscode.commands.executeCommand('aicmo.openCampaignNotebook', project);
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
