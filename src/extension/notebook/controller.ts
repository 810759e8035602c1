// The campaign notebook's controller: runs a cell through the same core operation as "Run One
// Subsystem" (`flow.run` with `only`), one cell after another for Run All, each with its own
// AbortSignal fed by its execution's cancellation token (no interruptHandler, so the token fires).
// A cell that waits for an approval says why instead of running; a failure stays in its cell.
// Outputs are always rebuilt from the store, so they show what the panels and the CLI show.
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import { NOTEBOOK_CONTROLLER_ID, NOTEBOOK_TYPE } from '../../protocol/notebookIds';
import type { FlowResult } from '../core';
import { engineForRun, kaizenEnabled } from '../generationEngine';
import type { AicmoState } from '../state';
import { requireTrust } from '../trust';
import { cellOutput } from './cellOutput';
import { cellName, notebookProject } from './serializer';

type Notice = { level: 'info' | 'warning' | 'error'; message: string };

const sentence = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export class CampaignController implements vscode.Disposable {
  readonly controller: vscode.NotebookController;
  private order = 0;
  /** Cells with an execution of ours (running, queued or refreshing): a refresh leaves them alone. */
  private readonly busy = new Set<vscode.NotebookCell>();
  /** The last outcome shown in a cell (run or decision), until the cell runs again. */
  private readonly notices = new Map<string, Notice>();
  private readonly selected = new Set<string>();
  /** Each cell's last run as this controller ended it (VS Code's copy may lag behind a refresh). */
  private readonly refreshes = new Set<Promise<void>>();
  private readonly summaries = new WeakMap<vscode.NotebookCell, vscode.NotebookCellExecutionSummary>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly state: AicmoState) {
    this.controller = vscode.notebooks.createNotebookController(NOTEBOOK_CONTROLLER_ID, NOTEBOOK_TYPE, 'AICMO');
    this.controller.description = 'Runs each cell through AICMO';
    this.controller.detail = 'A cell runs its subsystem as "Run One Subsystem" does; Run All runs them in order.';
    this.controller.supportsExecutionOrder = true;
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
    this.subscriptions.push(
      this.controller,
      this.controller.onDidChangeSelectedNotebooks(({ notebook, selected }) => {
        if (selected) this.selected.add(notebook.uri.toString());
        else this.selected.delete(notebook.uri.toString());
      }),
    );
  }

  /** Resolves when no refresh execution of ours is open. */
  async idle(): Promise<void> {
    while (this.refreshes.size > 0) await Promise.all([...this.refreshes]);
  }

  /** Whether this controller may write the notebook's outputs (VS Code selected it for the notebook). */
  isSelectedFor(notebook: vscode.NotebookDocument): boolean {
    return this.selected.has(notebook.uri.toString());
  }

  setNotice(notebook: vscode.NotebookDocument, cell: string, notice: Notice | undefined): void {
    const key = `${notebook.uri.toString()}#${cell}`;
    if (notice) this.notices.set(key, notice);
    else this.notices.delete(key);
  }

  private async execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    const executions = cells.map((cell) => {
      this.busy.add(cell);
      return { cell, execution: this.controller.createNotebookCellExecution(cell) };
    });
    try {
      for (const { cell, execution } of executions) {
        const order = ++this.order;
        const startTime = Date.now();
        execution.executionOrder = order;
        execution.start(startTime);
        let success: boolean | undefined;
        try {
          if (execution.token.isCancellationRequested) {
            this.setNotice(notebook, cellName(cell), { level: 'warning', message: 'Cancelled before it started.' });
            success = undefined;
          } else success = await this.runCell(cell, notebook, execution.token);
        } catch (e) {
          this.state.log.error(`Notebook cell ${cellName(cell)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          this.setNotice(notebook, cellName(cell), { level: 'error', message: sentence(e) });
          success = false;
        }
        await execution.replaceOutput(await this.outputsFor(notebook, [cell]).then((o) => o[0] ?? []));
        const endTime = Date.now();
        this.summaries.set(cell, { executionOrder: order, ...(success === undefined ? {} : { success }), timing: { startTime, endTime } });
        execution.end(success, endTime);
        this.busy.delete(cell);
      }
    } finally {
      for (const { cell } of executions) this.busy.delete(cell);
      await this.state.refresh(); // trees, status bar, panels — and (through them) the open notebooks
    }
  }

  /** Runs one cell; true when it completed, false when it failed, undefined when it waited or was cancelled. */
  private async runCell(cell: vscode.NotebookCell, notebook: vscode.NotebookDocument, token: vscode.CancellationToken): Promise<boolean | undefined> {
    const name = cellName(cell);
    const project = notebookProject(notebook);
    if (!project) throw new Error('This notebook has lost the project it belongs to; reopen it with "AICMO: Open Campaign Notebook".');
    this.setNotice(notebook, name, undefined);
    if (name === 'brief') return true; // the brief is read, not run (Edit Intake changes it)
    if (!this.state.session.registry.find(name)) return false; // its output says there is no such subsystem
    requireTrust(trustWords('flow.run', { only: name }));
    const core = this.state.session.core;
    const controller = new AbortController();
    const cancel = token.onCancellationRequested(() => controller.abort(new Error('Cancelled by the user.')));
    try {
      const engine = await engineForRun(this.state.log, core);
      const env = await this.state.session.env();
      const result = await core.runOperation(env, 'flow.run', { project: project.id, only: name, skipKaizen: !kaizenEnabled() }, { signal: controller.signal, engine });
      if (!result.ok) {
        this.setNotice(notebook, name, { level: 'error', message: sentence(result.error.message) });
        return false;
      }
      const r = (result.value.value as FlowResult).subsystems.find((s) => s.name === name);
      this.state.log.info(`Notebook: ${result.value.message}${r?.message ? ` ${r.message}` : ''}${r?.error ? ` ${r.error}` : ''}`);
      if (!r || r.status === 'completed') {
        this.setNotice(notebook, name, { level: 'info', message: r?.message ? `${result.value.message} ${r.message.replace(/^./, (c) => c.toUpperCase())}` : result.value.message });
        return true;
      }
      if (r.status === 'failed') {
        this.setNotice(notebook, name, { level: 'error', message: `${name} failed: ${r.error ?? 'see the AICMO log'}` });
        return false;
      }
      const message = r.status === 'waiting' ? `${r.message ?? `${name} is waiting for an approval`}; it did not run.` : r.status === 'cancelled' ? 'The run was cancelled; nothing was written.' : (r.message ?? r.status);
      this.setNotice(notebook, name, { level: 'warning', message: message.replace(/^./, (c) => c.toUpperCase()) });
      return undefined;
    } finally {
      cancel.dispose();
    }
  }

  /** The outputs of some cells of a notebook, from the store (with each cell's last notice). */
  async outputsFor(notebook: vscode.NotebookDocument, cells: readonly vscode.NotebookCell[]): Promise<vscode.NotebookCellOutput[][]> {
    const project = notebookProject(notebook);
    if (!project || cells.length === 0) return cells.map(() => []);
    const env = await this.state.session.env();
    const result = await this.state.session.core.getNotebookOutputs(env, project.id, cells.map(cellName));
    if (!result.ok) {
      const text = vscode.NotebookCellOutputItem.text(`> ${result.error.message}`, 'text/markdown');
      return cells.map(() => [new vscode.NotebookCellOutput([text])]);
    }
    return result.value.cells.map((o) => {
      const notice = this.notices.get(`${notebook.uri.toString()}#${o.data.cell}`);
      return [cellOutput(notice ? { ...o, data: { ...o.data, notice } } : o)];
    });
  }

  /**
   * Rewrites the outputs of a notebook's code cells from the store (after a run elsewhere, a
   * decision, a git pull), keeping each cell's execution summary. Only a notebook this controller
   * is selected for can be written; cells being run are left to their run.
   */
  async refresh(notebook: vscode.NotebookDocument): Promise<void> {
    if (!this.isSelectedFor(notebook) || notebook.isClosed) return;
    const cells = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && !this.busy.has(c));
    if (cells.length === 0) return;
    const outputs = await this.outputsFor(notebook, cells);
    cells.forEach((cell, i) => {
      if (this.busy.has(cell) || notebook.isClosed) return;
      this.busy.add(cell);
      try {
        const previous = this.summaries.get(cell) ?? cell.executionSummary;
        const execution = this.controller.createNotebookCellExecution(cell);
        execution.executionOrder = previous?.executionOrder;
        execution.start(previous?.timing?.startTime);
        const done = () => {
          execution.end(previous?.success, previous?.timing?.endTime);
          this.busy.delete(cell);
        };
        const p: Promise<void> = Promise.resolve(execution.replaceOutput(outputs[i]!)).then(done, done).finally(() => this.refreshes.delete(p));
        this.refreshes.add(p);
      } catch (e) {
        this.busy.delete(cell);
        this.state.log.debug(`Notebook refresh of ${cellName(cell)} skipped: ${sentence(e)}`);
      }
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
