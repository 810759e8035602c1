// How results reach the user: one notification at the end with an action, errors as one sentence
// with "Show Log", details in the AICMO log. Notifications are never awaited by commands (a
// notification waits for a click; scripts and tests must not).
import * as vscode from 'vscode';

export interface NotifyAction {
  title: string;
  command: string;
  args?: unknown[];
}

function show(kind: 'info' | 'warning' | 'error', message: string, actions: NotifyAction[]): void {
  const titles = actions.map((a) => a.title);
  const shown =
    kind === 'info' ? vscode.window.showInformationMessage(message, ...titles)
    : kind === 'warning' ? vscode.window.showWarningMessage(message, ...titles)
    : vscode.window.showErrorMessage(message, ...titles);
  void shown.then((picked) => {
    const action = actions.find((a) => a.title === picked);
    if (action) void vscode.commands.executeCommand(action.command, ...(action.args ?? []));
  });
}

export const SHOW_LOG: NotifyAction = { title: 'Show Log', command: 'aicmo.showLog' };

export function notifyInfo(message: string, ...actions: NotifyAction[]): void {
  show('info', message, actions);
}

export function notifyWarning(message: string, ...actions: NotifyAction[]): void {
  show('warning', message, actions);
}

export function notifyError(message: string): void {
  show('error', message, [SHOW_LOG]);
}
