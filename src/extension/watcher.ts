// Live refresh: a FileSystemWatcher on `.aicmo/` of the campaigns folder. Changes made outside this
// window (the CLI, git pull, another window) reload the trees, debounced so a save that touches
// several files (database, dump, events) reloads once.
import * as vscode from 'vscode';

export function watchAicmoFolder(root: string, onChange: (uri: vscode.Uri) => void, debounceMs = 300): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '.aicmo/**'));
  let timer: NodeJS.Timeout | undefined;
  let last: vscode.Uri | undefined;
  const fire = (uri: vscode.Uri) => {
    // Atomic-save temp files, the workspace lock, and saved campaign notebooks (their outputs come from the store).
    if (/\.tmp-[^/]*$|\/\.lock[^/]*$|\/\.aicmo\/notebooks\//.test(uri.path)) return;
    last = uri;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange(last!);
    }, debounceMs);
  };
  const subscriptions = [watcher, watcher.onDidCreate(fire), watcher.onDidChange(fire), watcher.onDidDelete(fire)];
  return new vscode.Disposable(() => {
    if (timer) clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
  });
}
