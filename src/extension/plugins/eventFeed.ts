// onDidRecordEvent: the workspace's event log followed as it grows. Started by the first listener:
// a watcher on .aicmo/events/*.jsonl and, after every refresh (a command ran here), a read of the
// lines appended since — so events written by this window, the CLI or another window all arrive.
import * as vscode from 'vscode';
import type { AicmoLearningEvent } from '../../../api/aicmo';
import type { AicmoState } from '../state';

export class EventFeed implements vscode.Disposable {
  private readonly emitter: vscode.EventEmitter<AicmoLearningEvent>;
  private started: vscode.Disposable[] | undefined;
  private tail: { read(): Promise<AicmoLearningEvent[]> } | undefined;
  private root: string | undefined;
  private listeners = 0;

  constructor(private readonly state: AicmoState) {
    this.emitter = new vscode.EventEmitter<AicmoLearningEvent>();
  }

  readonly event: vscode.Event<AicmoLearningEvent> = (listener, thisArgs, disposables) => {
    const sub = this.emitter.event(listener, thisArgs);
    this.listeners++;
    void this.start();
    const d = new vscode.Disposable(() => {
      sub.dispose();
      this.listeners--;
    });
    if (Array.isArray(disposables)) disposables.push(d);
    return d;
  };

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = [];
    const root = this.state.session.quietRoot();
    if (!root) {
      this.started = undefined; // no campaigns folder yet: the next listener tries again
      return;
    }
    this.root = root;
    const tail = new this.state.session.core.EventTail(`${root}/.aicmo`);
    await tail.start();
    this.tail = tail as never;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '.aicmo/events/*.jsonl'));
    const read = () => void this.read();
    this.started.push(watcher, watcher.onDidChange(read), watcher.onDidCreate(read), this.state.projects.onDidLoad(read));
  }

  private async read(): Promise<void> {
    if (!this.tail || this.listeners === 0) return;
    try {
      for (const e of await this.tail.read()) this.emitter.fire(structuredClone(e));
    } catch (e) {
      this.state.log.warn(`Reading new learning events in ${this.root}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    for (const d of this.started ?? []) d.dispose();
    this.emitter.dispose();
  }
}
