// VS Code entry point. Kept light on purpose: only `vscode` and this file's own glue load at
// activation; the orchestrator (sql.js and the rest) is imported lazily by the commands that need it.
import * as vscode from 'vscode';
import { registerShowLog } from './commands/showLog';

/** What `activate` returns; tests read it through `extension.exports`. */
export interface AicmoApi {
  /** Time spent inside `activate`, in milliseconds. */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): AicmoApi {
  const startedAt = performance.now();
  const log = vscode.window.createOutputChannel('AICMO', { log: true });
  context.subscriptions.push(log);
  registerShowLog(context, log);
  const version = (context.extension.packageJSON as { version?: string }).version ?? 'unknown';
  const activationMs = performance.now() - startedAt;
  log.info(`AICMO ${version} activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
  return { activationMs };
}

export function deactivate(): void {
  // Nothing to release: everything is registered through context.subscriptions.
}
