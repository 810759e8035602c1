import * as vscode from 'vscode';

/** "AICMO: Show Log" — reveals the AICMO output channel without taking focus from the editor. */
export function registerShowLog(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('aicmo.showLog', () => {
      log.show(true);
    }),
  );
}
