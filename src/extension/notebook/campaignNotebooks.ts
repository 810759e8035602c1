// The campaign notebook in VS Code: the serializer, the controller, the cell status bar, the
// renderer's messages and the live refresh. Open notebooks follow every change the trees follow
// (a command, a run from the CLI or another window, a git pull — the .aicmo/ watcher): their
// outputs are rebuilt from the store. AICMO's controller is selected for a campaign notebook as
// soon as one is shown, so its outputs can be kept current.
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from '../../protocol/notebookIds';
import type { AicmoState } from '../state';
import { CampaignController } from './controller';
import { selectAicmoController } from './openNotebook';
import { registerRendererMessages } from './rendererMessages';
import { CampaignSerializer } from './serializer';
import { CampaignStatusBar, SHOW_INSIGHTS_COMMAND } from './statusBar';

const isCampaign = (d: vscode.NotebookDocument | undefined): d is vscode.NotebookDocument => d?.notebookType === NOTEBOOK_TYPE;

export class CampaignNotebooks implements vscode.Disposable {
  readonly controller: CampaignController;
  private readonly statusBar = new CampaignStatusBar();
  private readonly subscriptions: vscode.Disposable[] = [];
  private refreshing: Promise<void> | undefined;
  private again = false;

  constructor(private readonly state: AicmoState) {
    this.controller = new CampaignController(state);
    this.subscriptions.push(
      this.controller,
      vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new CampaignSerializer(state.session, state.log), CampaignSerializer.options),
      vscode.notebooks.registerNotebookCellStatusBarItemProvider(NOTEBOOK_TYPE, this.statusBar),
      registerRendererMessages(state, this.controller, (nb) => this.refreshOne(nb)),
      vscode.commands.registerCommand(SHOW_INSIGHTS_COMMAND, (project: unknown, cell: unknown) => this.showInsights(project, cell)),
      state.projects.onDidLoad(() => void this.refreshAll()),
      vscode.window.onDidChangeActiveNotebookEditor((e) => void this.adopt(e)),
      vscode.workspace.onDidChangeNotebookDocument((e) => {
        if (isCampaign(e.notebook) && e.cellChanges.some((c) => c.outputs !== undefined)) this.statusBar.refresh();
      }),
    );
    void this.adopt(vscode.window.activeNotebookEditor);
  }

  /** Resolves once no refresh of the notebooks' outputs is under way (tests wait for it before running a cell). */
  async idle(): Promise<void> {
    while (this.refreshing) await this.refreshing;
    await this.controller.idle();
  }

  /** Every open campaign notebook's outputs again (coalesced: one pass at a time, one more if asked meanwhile). */
  refreshAll(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        for (const nb of vscode.workspace.notebookDocuments.filter(isCampaign)) await this.refreshOne(nb);
      } while (this.again);
    })().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refreshOne(notebook: vscode.NotebookDocument): Promise<void> {
    try {
      await this.controller.refresh(notebook);
      this.statusBar.refresh();
    } catch (e) {
      this.state.log.warn(`Campaign notebook ${notebook.uri.fsPath}: not refreshed (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  /** A campaign notebook shown without AICMO's controller gets it (and current outputs). */
  private async adopt(editor: vscode.NotebookEditor | undefined): Promise<void> {
    if (!editor || !isCampaign(editor.notebook) || this.controller.isSelectedFor(editor.notebook)) return;
    try {
      await selectAicmoController();
      await this.refreshOne(editor.notebook);
    } catch (e) {
      this.state.log.debug(`Could not select the AICMO controller: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The insights that shaped a cell's latest version, with their evidence; picking one opens Kaizen. */
  private async showInsights(projectArg: unknown, cellArg: unknown): Promise<void> {
    if (typeof projectArg !== 'string' || typeof cellArg !== 'string') return;
    const core = this.state.session.core;
    const env = await this.state.session.env();
    const view = await core.getNotebookOutputs(env, projectArg, [cellArg]);
    const applied = view.ok ? (view.value.cells[0]?.data.insights ?? []) : [];
    const report = await core.getKaizenInsights(env, { project: projectArg });
    const byId = new Map((report.ok ? report.value.insights : []).map((i) => [i.id, i]));
    const items = applied.map((a) => {
      const i = byId.get(a.id);
      const e = i?.evidence;
      return { label: a.sentence, detail: e ? `${i!.summary} — ${e.count} ${e.source}${e.window.from ? `, ${e.window.from} to ${e.window.to}` : ''}` : `${a.id} (no longer derived from the current evidence)` };
    });
    const open = { label: '$(graph) Open Kaizen', detail: 'Every insight and its evidence' };
    const picked = await vscode.window.showQuickPick([...items, open], { placeHolder: items.length ? `${items.length} Kaizen insight${items.length === 1 ? '' : 's'} shaped ${cellArg}` : `No Kaizen insight shaped ${cellArg} (no evidence yet)` });
    if (picked) await vscode.commands.executeCommand('aicmo.openKaizen', projectArg);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
