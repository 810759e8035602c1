// Learning events recorded inside a store transaction. An operation records its facts with
// `tx.events.record(…)`; each is stamped (id, time) at once and written into the file's outbox in
// the same transaction, so the event is committed with the write (store/outbox.ts); the store
// appends it to the event log after the save. A transaction that fails records nothing. Events are
// checked when recorded (type, actor, the log's line cap), so a bad one aborts the transaction
// instead of being lost after the save.
import { eventLine, type EventLog, type KnownEventType, type NewEvent } from '../events';
import type { OutboxRow } from './outbox';

/** An event as an operation records it; the log adds its id and time. */
export interface RecordedEvent {
  type: KnownEventType;
  /** Who did it (a person's name or a tool such as "aicmo"). */
  actor: string;
  data?: Record<string, unknown>;
  /** Default: the transaction's project (none for workspace transactions). */
  project?: string | null;
}

export interface EventRecorder {
  record(event: RecordedEvent): void;
}

/** What readers of the log may do (appends go through transactions). */
export type EventReader = Pick<EventLog, 'query' | 'files'>;

/** Refuses an event the log would refuse (unknown type, no actor, a line over the cap) before anything is saved. */
export function checkEvent(e: RecordedEvent, project: string | null = null): void {
  eventLine({ type: e.type, actor: e.actor, data: e.data ?? {}, project: e.project === undefined ? project : e.project }, new Date());
}

/** The events of one transaction: outbox rows, appended to the log once the files are saved. */
export class PendingEvents implements EventRecorder {
  private readonly events: OutboxRow[] = [];

  constructor(
    private readonly project: string | null,
    private readonly log: Pick<EventLog, 'stamp'>,
  ) {}

  record(event: RecordedEvent): void {
    const input: NewEvent = { type: event.type, actor: event.actor, data: event.data ?? {}, project: event.project === undefined ? this.project : event.project };
    const stamped = this.log.stamp(input); // checked as checkEvent does
    this.events.push({ id: stamped.id, ts: stamped.ts, line: JSON.stringify(stamped) });
  }

  get size(): number {
    return this.events.length;
  }

  rows(): readonly OutboxRow[] {
    return this.events;
  }
}
