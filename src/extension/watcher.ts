// Live refresh: a FileSystemWatcher on `.aicmo/` of the campaigns folder. Changes made outside this
// window (the CLI, git pull, another window) reload the trees, debounced so a save that touches
// several files (database, dump, events) reloads once.
import * as vscode from 'vscode';

export function watchAicmoFolder(root: string, onChange: (uri: vscode.Uri) => void, debounceMs = 300): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '.aicmo/**'));
  let timer: NodeJS.Timeout | undefined;
  let last: vscode.Uri | undefined;
  const fire = (uri: vscode.Uri) => {
    if (/\.tmp-[^/]*$|\/\.lock[^/]*$/.test(uri.path)) return; // atomic-save temp files and the workspace lock
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
