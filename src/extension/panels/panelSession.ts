// One open panel's conversation with its webview, without vscode (the host wires it to a real
// WebviewPanel; tests give it a fake webview). It validates every incoming message against the
// panel's protocol (an invalid one is logged and ignored — nothing changes), waits for the ready
// handshake before posting anything, keeps what is posted while the panel is hidden and replays
// it when the panel is visible again (every notice; the snapshot is rebuilt once, when it shows),
// and after each command posts the outcome as a notice and then a fresh full snapshot. What a
// command or request does comes from the panel's descriptor (descriptors/): an operation to run.
import {
  NewProjectCommand,
  NoticeNotification,
  OpenNotebookCommand,
  OpenPanelCommand,
  PANEL_CATALOG,
  PANEL_SNAPSHOTS,
  ReadyCommand,
  RefreshCommand,
  SelectProjectCommand,
  TakeStepCommand,
  MAX_STEPS,
  isCommand,
  notificationMessage,
  parseWebviewMessage,
  uiStateSchema,
  webviewMessageTypes,
  type HostMessage,
  type PanelId,
  type RequestType,
  type Snapshot,
  type UiState,
  type WebviewMessage,
} from '../../protocol';
import * as v from 'valibot';
import { OPERATION_CATALOG, type OperationName } from '../../orchestrator/operations/catalog';
import type { NextStep, OperationCall } from '../../orchestrator/operations';
import { PANEL_DESCRIPTORS, type CommandEffect, type RequestHandler, type SnapshotRequest } from './descriptors';

/** What the session needs from a webview (vscode.Webview fits). */
export interface WebviewLike {
  postMessage(message: unknown): Thenable<boolean> | Promise<boolean>;
}

export interface PanelLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What the panel shows: the project, and (Analytics) the period and breakdown it asked for. */
export type SnapshotQuery = Omit<SnapshotRequest, 'engine' | 'project'> & { project: string | null };

/** An operation that ran: its sentence (and value), or the one sentence saying why it did not; either may offer next steps. */
export type RunOutcome = { ok: true; message: string; value: unknown; next?: readonly NextStep[] } | { ok: false; message: string; next?: readonly NextStep[] };

/** Everything a session calls out to (the host implements these with the core and vscode). */
export interface PanelServices {
  snapshot(panel: PanelId, query: SnapshotQuery): Promise<Snapshot<unknown>>;
  /** Runs the operation a command or request maps to (the implementation checks workspace trust). */
  run(call: OperationCall): Promise<RunOutcome>;
  /** Asks the person for a file; undefined when none was chosen. */
  pickFile(title: string): Promise<string | undefined>;
  /** Why this call may not run here (e.g. an untrusted workspace), checked before asking for a file. */
  refusal?(call: OperationCall): string | undefined;
  openPanel(panel: PanelId, project: string | null): Promise<void>;
  /** Opens a file an operation wrote, or shows it in the Explorer (a next step). */
  openFile?(path: string, reveal: boolean): Promise<void>;
  newProject(): Promise<void>;
  /** Opens a project's campaign notebook. */
  openNotebook?(project: string): Promise<void>;
  /** Called when the webview changes project, so the host can remember it (title, persistence). */
  projectChanged?(panel: PanelId, project: string | null): void;
  log: PanelLog;
}

export class PanelSession {
  private ready = false;
  private visible = true;
  private disposed = false;
  /** Posted while not ready or hidden: notices in order, and only the newest snapshot. */
  private queue: HostMessage[] = [];
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  private staleWhileHidden = false;
  private query: SnapshotQuery;
  ui: UiState;
  /** Invalid messages received (logged and ignored). */
  ignored = 0;
  /** The newest snapshot built for the webview (posted, or queued while hidden). */
  private latest: Snapshot<unknown> | undefined;
  /** The next steps the latest notice offered (the webview takes one by its position). */
  private steps: readonly NextStep[] = [];

  constructor(
    readonly panel: PanelId,
    private readonly webview: WebviewLike,
    private readonly services: PanelServices,
    initial: { project?: string | null; ui?: unknown } = {},
  ) {
    const saved = v.safeParse(uiStateSchema, initial.ui ?? {});
    this.ui = saved.success ? saved.output : {};
    this.query = { project: initial.project ?? this.ui.project ?? null };
  }

  get project(): string | null {
    return this.query.project;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** The newest snapshot built for this panel (what it shows, or will show when visible again). */
  get latestSnapshot(): Snapshot<unknown> | undefined {
    return this.latest;
  }

  /** Messages waiting for the panel to be ready or visible (tests read it). */
  get queued(): readonly HostMessage[] {
    return this.queue;
  }

  /** Shows another project (Open … with a project while the panel is open). */
  async showProject(project: string | null): Promise<void> {
    if (project === this.query.project) return;
    this.query = { project };
    this.services.projectChanged?.(this.panel, project);
    await this.refresh();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (!visible) return;
    this.flush();
    if (this.staleWhileHidden) void this.refresh();
  }

  dispose(): void {
    this.disposed = true;
    this.queue = [];
  }

  /** Entry point for everything the webview posts (untrusted). */
  async receive(raw: unknown): Promise<void> {
    const parsed = parseWebviewMessage(raw, webviewMessageTypes(this.panel));
    if (!parsed.ok) {
      this.ignored++;
      this.services.log.warn(`${this.panel} panel: ${parsed.error}`);
      return;
    }
    await this.handle(parsed.message);
  }

  /** Fetches and posts a fresh full snapshot (coalesced: one at a time, the last one wins). */
  refresh(): Promise<void> {
    if (this.disposed || !this.ready) return Promise.resolve();
    // A hidden panel is not rebuilt on every change: once, when it shows again.
    if (!this.visible) {
      this.staleWhileHidden = true;
      return Promise.resolve();
    }
    this.staleWhileHidden = false;
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          const snapshot = await this.services.snapshot(this.panel, this.query);
          if (snapshot.error) this.services.log.warn(`${this.panel} panel: ${snapshot.error}`);
          if (snapshot.project && snapshot.project.slug !== this.query.project) this.query = { ...this.query, project: snapshot.project.slug };
          this.latest = snapshot;
          this.post(notificationMessage(PANEL_SNAPSHOTS[this.panel], snapshot as never));
        } while (this.refreshAgain && !this.disposed);
      } catch (e) {
        // The panel says why instead of loading forever (e.g. no campaigns folder is open).
        const message = e instanceof Error ? e.message : String(e);
        this.services.log.error(`${this.panel} panel: could not build the snapshot: ${e instanceof Error ? (e.stack ?? message) : message}`);
        const failed: Snapshot<unknown> = { project: null, projects: [], actor: '', at: new Date().toISOString(), data: null, error: `Could not read the campaigns: ${message.split('\n')[0]}` };
        this.latest = failed;
        this.post(notificationMessage(PANEL_SNAPSHOTS[this.panel], failed as never));
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private notice(level: 'info' | 'warning' | 'error', message: string, next: readonly NextStep[] = [], select?: string[]): void {
    // "Open Gallery" in the Gallery is no step: the panel is already open.
    this.steps = next.filter((s) => !(s.target.kind === 'panel' && s.target.panel === this.panel)).slice(0, MAX_STEPS);
    const steps = this.steps.map((s) => s.label.slice(0, 120));
    this.post(notificationMessage(NoticeNotification, { level, message: message.slice(0, 2000), ...(steps.length > 0 ? { steps } : {}), ...(select ? { select } : {}) }));
  }

  /** Takes a next step the latest notice offered: opens the panel or file, or runs the operation (the core offered it). */
  private async takeStep(index: number): Promise<void> {
    const step = this.steps[index];
    if (!step) {
      this.services.log.warn(`${this.panel} panel: no next step ${index + 1} is on offer; ignored.`);
      return;
    }
    const t = step.target;
    if (t.kind === 'panel') return this.services.openPanel(t.panel, t.project ?? null);
    if (t.kind === 'file') {
      if (this.services.openFile) return this.services.openFile(t.path, t.reveal === true);
      this.services.log.warn(`${this.panel} panel: cannot open files here; ${t.path} was not opened.`);
      return;
    }
    return this.apply(TakeStepCommand.method, { run: { name: t.name, input: t.input } as OperationCall }, true);
  }

  private post(message: HostMessage): void {
    if (this.disposed) return;
    if (!this.ready || !this.visible) {
      if (message.type === 'notification' && message.method === PANEL_SNAPSHOTS[this.panel].method) {
        this.queue = this.queue.filter((m) => !(m.type === 'notification' && m.method === message.method));
      }
      this.queue.push(message);
      return;
    }
    void Promise.resolve(this.webview.postMessage(message)).catch((e: unknown) => this.services.log.warn(`${this.panel} panel: a message was not delivered (${e instanceof Error ? e.message : String(e)}).`));
  }

  private flush(): void {
    if (!this.ready || !this.visible || this.disposed) return;
    const waiting = this.queue;
    this.queue = [];
    for (const m of waiting) this.post(m);
  }

  /** Why this panel may not run the call: the catalog lists the operations each message runs. */
  private outsideCatalog(method: string, call: OperationCall): string | undefined {
    const allowed = (PANEL_CATALOG[this.panel].messages as Record<string, readonly OperationName[] | undefined>)[method] ?? [];
    if (allowed.includes(call.name)) return undefined;
    return `The ${PANEL_CATALOG[this.panel].title} panel does not ${OPERATION_CATALOG[call.name].summary}.`;
  }

  /** A command's effect: another view of the data, or an operation whose sentence is posted as a notice before a fresh snapshot. */
  private async apply(method: string, effect: CommandEffect, offeredByCore = false): Promise<void> {
    if ('query' in effect) {
      this.query = { project: effect.query.project ?? this.query.project, ...(effect.query.analytics ? { analytics: effect.query.analytics } : {}) };
      return this.refresh();
    }
    // A next step is an operation the core offered after an outcome; a panel's own command may run only what its catalog lists.
    const outside = offeredByCore ? undefined : this.outsideCatalog(method, effect.run);
    const outcome: RunOutcome = outside ? { ok: false as const, message: outside } : await this.services.run(effect.run);
    if (outcome.ok) this.services.log.info(`${this.panel} panel: ${outcome.message}`);
    else this.services.log.error(`${this.panel} panel: ${method} failed: ${outcome.message}`);
    const select = outcome.ok && effect.select ? effect.select(outcome.value) : undefined;
    this.notice(outcome.ok ? 'info' : 'error', outcome.message, outcome.next ?? [], select);
    await this.refresh();
  }

  /** A request's answer: a file first when it needs one (after checking the call may run), then the operation; the response carries its sentence. */
  private async answer(id: number, method: string, params: unknown, handler: RequestHandler<RequestType>): Promise<void> {
    let file: string | undefined;
    const outside = this.outsideCatalog(method, handler.call(params, undefined));
    if (outside) {
      this.services.log.error(`${this.panel} panel: ${method} refused: ${outside}`);
      this.post({ type: 'response', id, method, ok: false, error: outside });
      return;
    }
    if (handler.file) {
      const refused = this.services.refusal?.(handler.call(params, undefined));
      if (refused) {
        this.services.log.error(`${this.panel} panel: ${method} refused: ${refused}`);
        this.post({ type: 'response', id, method, ok: false, error: refused });
        return;
      }
      file = await this.services.pickFile(handler.file.title(params));
      if (file === undefined) {
        this.post({ type: 'response', id, method, ok: true, value: handler.file.cancelled });
        return;
      }
    }
    const outcome = await this.services.run(handler.call(params, file));
    if (!outcome.ok) {
      this.services.log.error(`${this.panel} panel: ${method} failed: ${outcome.message}`);
      this.post({ type: 'response', id, method, ok: false, error: outcome.message });
      return;
    }
    this.services.log.info(`${this.panel} panel: ${outcome.message}`);
    this.post({ type: 'response', id, method, ok: true, value: handler.respond(outcome) });
    await this.refresh();
  }

  private async handle(msg: WebviewMessage): Promise<void> {
    if (isCommand(msg, ReadyCommand)) {
      this.ready = true;
      if (msg.params.state) {
        this.ui = msg.params.state;
        if (msg.params.state.project && this.query.project === null) this.query = { ...this.query, project: msg.params.state.project };
      }
      // Anything queued before ready (notices) goes first; the snapshot below is the fresh one.
      this.queue = this.queue.filter((m) => !(m.type === 'notification' && m.method === PANEL_SNAPSHOTS[this.panel].method));
      this.flush();
      await this.refresh();
      return;
    }
    if (isCommand(msg, RefreshCommand)) return this.refresh();
    if (isCommand(msg, SelectProjectCommand)) return this.showProject(msg.params.project);
    if (isCommand(msg, OpenPanelCommand)) return this.services.openPanel(msg.params.panel, msg.params.project ?? null);
    if (isCommand(msg, NewProjectCommand)) return this.services.newProject();
    if (isCommand(msg, TakeStepCommand)) return this.takeStep(msg.params.index);
    if (isCommand(msg, OpenNotebookCommand)) return this.services.openNotebook?.(msg.params.project);
    if (msg.type === 'command') {
      // The message passed this panel's schemas, so its params are the handler's.
      const handler = (PANEL_DESCRIPTORS[this.panel].commands as Record<string, ((params: unknown) => CommandEffect) | undefined>)[msg.method];
      if (handler) return this.apply(msg.method, handler(msg.params));
    }
    if (msg.type === 'request') {
      const handler = (PANEL_DESCRIPTORS[this.panel].requests as Record<string, RequestHandler<RequestType> | undefined>)[msg.method];
      if (handler) return this.answer(msg.id, msg.method, msg.params, handler);
    }
    this.services.log.warn(`${this.panel} panel: no handler for ${msg.type} "${msg.method}"; ignored.`);
  }
}
