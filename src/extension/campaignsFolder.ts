// Which workspace folder holds the campaigns (`.aicmo/`): the `aicmo.campaignsFolder` setting (a
// folder name or path), else the only folder, else a folder that already has `.aicmo/`, else the
// user is asked once and the answer is remembered for this workspace.
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { PromptCancelled, UserFacingError } from './outcome';

const REMEMBERED_KEY = 'aicmo.campaignsFolder';

function localFolders(): vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
}

/** The campaigns folder without asking; undefined when it needs a question (or there is none). */
export function campaignsFolderQuietly(state: vscode.Memento): string | undefined {
  const folders = localFolders();
  if (folders.length === 0) return undefined;
  const setting = vscode.workspace.getConfiguration('aicmo').get<string>('campaignsFolder', '').trim();
  if (setting) {
    const byName = folders.find((f) => f.name === setting);
    if (byName) return byName.uri.fsPath;
    const absolute = path.isAbsolute(setting) ? setting : path.join(folders[0]!.uri.fsPath, setting);
    return absolute;
  }
  if (folders.length === 1) return folders[0]!.uri.fsPath;
  const remembered = state.get<string>(REMEMBERED_KEY);
  if (remembered && folders.some((f) => f.uri.fsPath === remembered)) return remembered;
  const withAicmo = folders.filter((f) => existsSync(path.join(f.uri.fsPath, '.aicmo')));
  if (withAicmo.length === 1) return withAicmo[0]!.uri.fsPath;
  return undefined;
}

/** The campaigns folder, asking (and remembering) in a multi-root workspace. */
export async function campaignsFolder(state: vscode.Memento): Promise<string> {
  const quiet = campaignsFolderQuietly(state);
  if (quiet) return quiet;
  if (localFolders().length === 0) throw new UserFacingError('Open a folder first: AICMO keeps its projects in the workspace folder.', 'not-found');
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder holds the campaigns (.aicmo/)? AICMO remembers your answer.' });
  if (!picked) throw new PromptCancelled('the campaigns folder');
  await state.update(REMEMBERED_KEY, picked.uri.fsPath);
  return picked.uri.fsPath;
}
