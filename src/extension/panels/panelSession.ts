// One open panel's conversation with its webview, without vscode (the host wires it to a real
// WebviewPanel; tests give it a fake webview). It validates every incoming message against the
// panel's protocol (an invalid one is logged and ignored — nothing changes), waits for the ready
// handshake before posting anything, keeps what is posted while the panel is hidden and replays
// it when the panel is visible again (every notice; the snapshot is rebuilt once, when it shows),
// and after each command posts the outcome as a notice and then a fresh full snapshot.
import {
  AnalyticsQueryCommand,
  ExportReportRequest,
  ImportCsvRequest,
  NewProjectCommand,
  NoticeNotification,
  OpenPanelCommand,
  PANEL_SNAPSHOTS,
  ReadyCommand,
  RefreshCommand,
  SelectProjectCommand,
  errorResponseMessage,
  isCommand,
  isRequest,
  notificationMessage,
  parseWebviewMessage,
  responseMessage,
  uiStateSchema,
  webviewMessageTypes,
  type GROUP_BY_IDS,
  type HostMessage,
  type ImportKind,
  type PanelId,
  type Snapshot,
  type UiState,
  type WebviewMessage,
} from '../../protocol';
import * as v from 'valibot';

/** What the session needs from a webview (vscode.Webview fits). */
export interface WebviewLike {
  postMessage(message: unknown): Thenable<boolean> | Promise<boolean>;
}

export interface PanelLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SnapshotQuery {
  project: string | null;
  analytics?: { by?: (typeof GROUP_BY_IDS)[number]; from?: string; to?: string };
}

/** Outcome of something the panel asked for: the sentence to show. */
export type ActionOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Everything a session calls out to (the host implements these with the core and vscode). */
export interface PanelServices {
  snapshot(panel: PanelId, query: SnapshotQuery): Promise<Snapshot<unknown>>;
  /** Runs a validated panel command (trust checked by the implementation). */
  command(panel: PanelId, message: { method: string; params: unknown }): Promise<ActionOutcome>;
  importCsv(project: string, kind: ImportKind): Promise<ActionOutcome & { imported: boolean }>;
  exportReport(project: string, format: 'markdown' | 'html'): Promise<ActionOutcome & { path: string | null }>;
  openPanel(panel: PanelId, project: string | null): Promise<void>;
  newProject(): Promise<void>;
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
          this.post(notificationMessage(PANEL_SNAPSHOTS[this.panel], snapshot as never));
        } while (this.refreshAgain && !this.disposed);
      } catch (e) {
        // The panel says why instead of loading forever (e.g. no campaigns folder is open).
        const message = e instanceof Error ? e.message : String(e);
        this.services.log.error(`${this.panel} panel: could not build the snapshot: ${e instanceof Error ? (e.stack ?? message) : message}`);
        const failed: Snapshot<unknown> = { project: null, projects: [], actor: '', at: new Date().toISOString(), data: null, error: `Could not read the campaigns: ${message.split('\n')[0]}` };
        this.post(notificationMessage(PANEL_SNAPSHOTS[this.panel], failed as never));
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private notice(level: 'info' | 'warning' | 'error', message: string): void {
    this.post(notificationMessage(NoticeNotification, { level, message: message.slice(0, 2000) }));
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
    if (isCommand(msg, AnalyticsQueryCommand)) {
      const { project, ...analytics } = msg.params;
      this.query = { project, analytics };
      return this.refresh();
    }
    if (isRequest(msg, ImportCsvRequest)) {
      const r = await this.services.importCsv(msg.params.project, msg.params.kind);
      if (r.ok) this.post(responseMessage(ImportCsvRequest, msg.id, { imported: r.imported, message: r.message }));
      else this.post(errorResponseMessage(ImportCsvRequest, msg.id, r.message));
      if (r.imported) await this.refresh();
      return;
    }
    if (isRequest(msg, ExportReportRequest)) {
      const r = await this.services.exportReport(msg.params.project, msg.params.format);
      if (r.ok) this.post(responseMessage(ExportReportRequest, msg.id, { exported: true, message: r.message, path: r.path }));
      else this.post(errorResponseMessage(ExportReportRequest, msg.id, r.message));
      return;
    }
    if (msg.type === 'command') {
      const outcome = await this.services.command(this.panel, msg);
      if (outcome.ok) this.services.log.info(`${this.panel} panel: ${outcome.message}`);
      else this.services.log.error(`${this.panel} panel: ${msg.method} failed: ${outcome.message}`);
      this.notice(outcome.ok ? 'info' : 'error', outcome.message);
      await this.refresh();
      return;
    }
    this.services.log.warn(`${this.panel} panel: no handler for ${msg.type} "${msg.method}"; ignored.`);
  }
}
