// Long work under a notification with a Cancel button wired to an AbortSignal, plus the status
// bar spinner while it runs.
import * as vscode from 'vscode';

export type Report = (message: string) => void;

export interface BusyIndicator {
  busy(label: string): vscode.Disposable;
}

export async function withCancellableProgress<T>(title: string, busy: BusyIndicator, work: (signal: AbortSignal, report: Report) => Promise<T>): Promise<T> {
  const spinner = busy.busy(title);
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const controller = new AbortController();
      const cancel = token.onCancellationRequested(() => controller.abort(new Error('Cancelled by the user.')));
      try {
        return await work(controller.signal, (message) => progress.report({ message }));
      } finally {
        cancel.dispose();
      }
    });
  } finally {
    spinner.dispose();
  }
}
