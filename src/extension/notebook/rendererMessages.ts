// What AICMO's notebook renderer asks for (renderer messaging): a decision from a cell's output —
// Approve, Reject or Request changes on the strategy, the media plan, a plugin's output, creatives
// one by one or in bulk — or Edit Intake. Every message is checked with the protocol's schemas, must be about the notebook's own
// project, and runs the same operation as the panels and the CLI (refused in Restricted Mode with
// the commands' words); the cells then re-render from the store with the outcome's sentence.
import * as vscode from 'vscode';
import { OPERATION_CATALOG, trustWords, type OperationName } from '../../orchestrator/operations/catalog';
import { NOTEBOOK_RENDERER_ID } from '../../protocol/notebookIds';
import type { AicmoState } from '../state';
import { requireTrust } from '../trust';
import type { CampaignController } from './controller';
import { notebookProject } from './serializer';

const sentence = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export function registerRendererMessages(state: AicmoState, controller: CampaignController, refresh: (notebook: vscode.NotebookDocument) => Promise<void>): vscode.Disposable {
  const messaging = vscode.notebooks.createRendererMessaging(NOTEBOOK_RENDERER_ID);
  return messaging.onDidReceiveMessage(async ({ editor, message }) => {
    const notebook = editor.notebook;
    const core = state.session.core;
    const parsed = core.parseNotebookMessage(message);
    if (!parsed.ok) {
      state.log.warn(parsed.error);
      return;
    }
    const m = parsed.message;
    const project = notebookProject(notebook);
    if (!project || (m.project !== project.slug && m.project !== project.id)) {
      state.log.warn(`The notebook renderer asked about ${m.project}, which is not this notebook's project; ignored.`);
      return;
    }
    if (m.type === 'editIntake') {
      await vscode.commands.executeCommand('aicmo.editIntake', project.slug);
      return; // the command refreshes everything, the notebooks included
    }
    const call = core.decisionCall(m);
    let notice: { level: 'info' | 'error'; message: string };
    try {
      if (!Object.prototype.hasOwnProperty.call(OPERATION_CATALOG, call.name)) throw new Error(`This AICMO cannot run "${call.name}" yet.`);
      requireTrust(trustWords(call.name as OperationName, call.input));
      const result = await core.runOperationByName(await state.session.env(), call.name, { ...call.input, project: project.id });
      notice = result.ok ? { level: 'info', message: result.value.message } : { level: 'error', message: sentence(result.error.message) };
      if (!result.ok && result.error.code === 'internal') state.log.error(`${call.name}: ${result.error.cause instanceof Error ? (result.error.cause.stack ?? '') : ''}`);
    } catch (e) {
      notice = { level: 'error', message: sentence(e) };
    }
    const cell = core.decisionCell(m);
    state.log.info(`Notebook decision (${cell}): ${notice.message}`);
    controller.setNotice(notebook, cell, notice);
    await refresh(notebook);
    await state.refresh();
  });
}
