// The controller every panel app uses: subscribes to the host, sends the ready handshake with the
// persisted UI state, validates each incoming message against the panel's notifications (an
// invalid one is logged and ignored), keeps the latest snapshot, correlates request responses,
// and persists UI state with setState.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import {
  commandMessage,
  isNotification,
  requestMessage,
  type CommandType,
  type NotificationType,
  type ParamsOf,
  type RequestType,
  type ResponseOf,
} from '../../protocol/ipc';
import { NoticeNotification, ReadyCommand, TakeStepCommand, uiStateSchema, type PanelId, type Snapshot, type UiState } from '../../protocol/common';
import { parseHostMessage } from '../../protocol/parseHostMessage';
import { createHost, type HostSeam } from './host';

export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
  /** The next steps the outcome offers, as button labels (taken by position). */
  steps?: string[];
  /** Ids the outcome asks the panel to select (e.g. the creatives that need fixing). */
  select?: string[];
}

export class PanelController<T> implements ReactiveController {
  /** The latest snapshot (null until the host sent one). */
  snapshot: Snapshot<T> | null = null;
  notice: Notice | null = null;
  ui: UiState;
  /** Messages ignored because they did not match the protocol (for diagnostics and tests). */
  ignored = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private off: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly panel: PanelId,
    private readonly snapshotType: NotificationType<string, Snapshot<T>>,
    private readonly requests: readonly RequestType[] = [],
    private readonly seam: HostSeam = createHost(),
  ) {
    const saved = v.safeParse(uiStateSchema, seam.getState());
    this.ui = saved.success ? saved.output : {};
    host.addController(this);
  }

  hostConnected(): void {
    this.off = this.seam.onMessage((raw) => this.receive(raw));
    this.seam.post(commandMessage(ReadyCommand, { panel: this.panel, state: this.ui }));
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }

  send<C extends CommandType>(type: C, params: ParamsOf<C>): void {
    this.seam.post(commandMessage(type, params));
  }

  /** Sends a request; resolves with the typed response value, rejects with the host's error. */
  request<Q extends RequestType>(type: Q, params: ParamsOf<Q>): Promise<ResponseOf<Q>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.seam.post(requestMessage(type, id, params));
    });
  }

  /** Merges and persists UI state (never data). */
  setUi(patch: Partial<UiState>): void {
    this.ui = { ...this.ui, ...patch };
    this.seam.setState(this.ui);
    this.host.requestUpdate();
  }

  filter(key: string): string {
    return this.ui.filters?.[key] ?? '';
  }

  setFilter(key: string, value: string): void {
    const filters = { ...(this.ui.filters ?? {}) };
    if (value) filters[key] = value;
    else delete filters[key];
    this.setUi({ filters });
  }

  /** Takes the notice's next step at this position (the host runs it) and dismisses the notice. */
  takeStep(index: number): void {
    this.seam.post(commandMessage(TakeStepCommand, { index }));
    this.dismissNotice();
  }

  dismissNotice(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  private receive(raw: unknown): void {
    const parsed = parseHostMessage(raw, [this.snapshotType, NoticeNotification], this.requests);
    if (!parsed.ok) {
      this.ignored++;
      console.warn(`[aicmo ${this.panel}] ${parsed.error}`);
      return;
    }
    const msg = parsed.message;
    if (msg.type === 'response') {
      const waiting = this.pending.get(msg.id);
      if (!waiting) return;
      this.pending.delete(msg.id);
      if (msg.ok) waiting.resolve(msg.value);
      else waiting.reject(new Error(msg.error));
      return;
    }
    if (isNotification(msg, NoticeNotification)) {
      this.notice = msg.params;
      // The outcome names what to look at next: the selection becomes exactly that.
      if (msg.params.select) this.setUi({ selection: msg.params.select });
    } else if (isNotification(msg, this.snapshotType)) {
      this.snapshot = msg.params;
      if (msg.params.project && msg.params.project.slug !== this.ui.project) this.setUi({ project: msg.params.project.slug });
    }
    this.host.requestUpdate();
  }
}
