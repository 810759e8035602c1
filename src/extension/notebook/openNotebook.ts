// "AICMO: Open Campaign Notebook": the project's notebook (.aicmo/notebooks/<slug>.campaign), made
// when missing (the brief, then one cell per subsystem in run order), opened with AICMO's
// controller selected so its cells run and its outputs stay current.
import * as vscode from 'vscode';
import { NOTEBOOK_CONTROLLER_ID } from '../../protocol/notebookIds';
import type { CommandOutcome } from '../outcome';
import { UserFacingError } from '../outcome';
import type { AicmoState } from '../state';
import { resolveProject } from '../targets';
import { requireTrust } from '../trust';

export const EXTENSION_ID = 'aicmo.aicmo';

/** Selects AICMO's controller for the active notebook editor (VS Code's own kernel picker command, with the id). */
export async function selectAicmoController(): Promise<void> {
  await vscode.commands.executeCommand('_notebook.selectKernel', { id: NOTEBOOK_CONTROLLER_ID, extension: EXTENSION_ID });
}

export async function openCampaignNotebook(state: AicmoState, arg: unknown): Promise<CommandOutcome<{ file: string; created: boolean }>> {
  const ref = await resolveProject(state, arg, 'Open the campaign notebook of which project?');
  const env = await state.session.env();
  const core = state.session.core;
  const found = await core.getNotebookOutputs(env, ref, []);
  if (!found.ok) throw new UserFacingError(found.error.message, found.error.code);
  const project = found.value.project;
  const existing = vscode.workspace.notebookDocuments.find((d) => d.notebookType === 'aicmo-campaign' && (d.metadata?.aicmo as { project?: { id?: string } } | undefined)?.project?.id === project.id);
  let file: { file: string; created: boolean };
  if (existing) file = { file: existing.uri.fsPath, created: false };
  else {
    const root = state.session.quietRoot();
    if (!root) throw new UserFacingError('Choose the campaigns folder first (AICMO asks when a command needs it).', 'not-found');
    const made = core.ensureNotebookFile(root, project, state.session.registry.list().map((s) => s.name), { create: vscode.workspace.isTrusted });
    if (!made.exists) requireTrust('Making a campaign notebook');
    file = made;
  }
  const document = existing ?? (await vscode.workspace.openNotebookDocument(vscode.Uri.file(file.file)));
  await vscode.window.showNotebookDocument(document, { preview: false });
  await selectAicmoController();
  return { ok: true, message: `${file.created ? 'Made and opened' : 'Opened'} the campaign notebook of ${project.name}.`, value: file };
}
