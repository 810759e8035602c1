// VS Code entry point. Kept light on purpose: activation registers the views, commands, status bar
// and watcher; the orchestrator (sql.js and the rest, dist/extension-core.js) is loaded by the
// first command or view that needs it (lazyCore.ts).
import * as vscode from 'vscode';
import type { AicmoApi } from './api';
import type { CommandId } from './commandIds';
import { approvalCommands } from './commands/approvalCommands';
import { flowCommands } from './commands/flowCommands';
import { importCommands } from './commands/importCommands';
import { mediaCommands } from './commands/mediaCommands';
import { notebookCommands } from './commands/notebookCommands';
import { panelCommands } from './commands/panelCommands';
import { projectCommands } from './commands/projectCommands';
import { registerAicmoCommand, type Handler } from './commands/registerCommand';
import { registerShowLog } from './commands/showLog';
import { workCommands } from './commands/workCommands';
import { coreLoadMs } from './lazyCore';
import { CampaignNotebooks } from './notebook/campaignNotebooks';
import { createPluginApi } from './plugins/pluginApi';
import { previewText, registerPreviewProvider } from './panels/markdownPreview';
import { PanelHost } from './panels/panelHost';
import { PANEL_IDS, type PanelId } from '../protocol/panelCatalog';
import { AicmoSession } from './session';
import { AicmoState } from './state';
import { AicmoStatusBar } from './statusBar';
import { KaizenTreeProvider } from './tree/kaizenTree';
import { ProjectsTreeProvider } from './tree/projectsTree';
import { watchAicmoFolder } from './watcher';

export type { AicmoApi } from './api';

export function activate(context: vscode.ExtensionContext): AicmoApi {
  const startedAt = performance.now();
  const log = vscode.window.createOutputChannel('AICMO', { log: true });
  context.subscriptions.push(log);
  registerShowLog(context, log);

  const session = new AicmoSession(context.workspaceState, log);
  const status = new AicmoStatusBar();
  const selected = { slug: (): string | undefined => undefined };
  const projects = new ProjectsTreeProvider(session, log, () => selected.slug());
  const kaizen = new KaizenTreeProvider(session, log);
  const shared = new AicmoState(context, log, session, projects, kaizen, status);
  selected.slug = () => shared.selectedSlug;
  context.subscriptions.push(session, status, projects, kaizen);
  context.subscriptions.push(projects.onDidLoad((pipeline) => status.update(pipeline, shared.selectedSlug)));

  const projectsView = vscode.window.createTreeView('aicmo.projects', { treeDataProvider: projects, showCollapseAll: true });
  const kaizenView = vscode.window.createTreeView('aicmo.kaizen', { treeDataProvider: kaizen });
  context.subscriptions.push(projectsView, kaizenView);
  // Clicking a project in the tree makes it the selected project (status bar, default target).
  context.subscriptions.push(projectsView.onDidChangeSelection((e) => {
    const node = e.selection[0];
    if (node?.kind === 'project' && node.project.slug !== shared.selectedSlug) void shared.select(node.project.slug);
  }));
  registerPreviewProvider(context);
  const panelHost = new PanelHost(shared); // the webview panels (and their serializers)
  const notebooks = new CampaignNotebooks(shared); // the campaign notebook (serializer, controller, renderer messages)
  const pluginApi = createPluginApi(shared); // getAPI(1) for other extensions
  context.subscriptions.push(panelHost, notebooks, pluginApi);

  // Every contributed command (commandIds.ts) has its handler here: a missing one does not compile.
  const handlers: Record<Exclude<CommandId, 'aicmo.showLog'>, Handler> = {
    ...projectCommands(shared),
    ...flowCommands(shared),
    ...approvalCommands(shared),
    ...mediaCommands(shared),
    ...importCommands(shared),
    ...workCommands(shared),
    ...panelCommands(shared, panelHost),
    ...notebookCommands(shared),
  };
  for (const [id, handler] of Object.entries(handlers)) registerAicmoCommand(context, log, id, handler);

  // Live refresh from disk; only once something has loaded the core or a view is showing (a
  // change on disk must not load sql.js into a window that never looked at AICMO).
  let watcher: vscode.Disposable | undefined;
  const refreshFromDisk = (uri?: vscode.Uri) => {
    if (coreLoadMs() === undefined && !projectsView.visible && !kaizenView.visible) return;
    if (uri) log.debug(`Changed on disk: ${uri.fsPath}; refreshing`);
    void shared.refresh();
  };
  const watch = () => {
    watcher?.dispose();
    const root = session.quietRoot();
    watcher = root ? watchAicmoFolder(root, refreshFromDisk) : undefined;
  };
  watch();
  context.subscriptions.push(
    new vscode.Disposable(() => watcher?.dispose()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      watch();
      refreshFromDisk();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('aicmo.campaignsFolder')) {
        watch();
        refreshFromDisk();
      } else if (e.affectsConfiguration('aicmo.kaizen')) kaizen.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => refreshFromDisk()),
  );

  const version = (context.extension.packageJSON as { version?: string }).version ?? 'unknown';
  const activationMs = performance.now() - startedAt;
  log.info(`AICMO ${version} activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted: read-only'})`);
  return {
    getAPI: (version: 1) => pluginApi.getAPI(version),
    activationMs,
    coreLoadMs,
    projectsTree: () => projects.snapshot(),
    refresh: () => shared.refresh(),
    statusBarText: () => status.text,
    campaignsFolder: () => session.quietRoot(),
    previewText,
    notebooksIdle: () => notebooks.idle(),
    panelSnapshot: (panel: string) => ((PANEL_IDS as readonly string[]).includes(panel) ? panelHost.snapshotOf(panel as PanelId) : undefined),
    kaizenInsights: async () => (await kaizen.load())?.insights.map((i) => i.summary) ?? [],
    kaizenTree: async () => {
      kaizen.refresh();
      return kaizen.snapshot();
    },
  };
}

export function deactivate(): void {
  // Everything (the store included) is released through context.subscriptions.
}
