// Learning events recorded inside a store transaction. An operation records its facts with
// `tx.events.record(…)`; each is stamped (id, time) at once and written into the file's outbox in
// the same transaction, so the event is committed with the write (store/outbox.ts); the store
// appends it to the event log after the save. A transaction that fails records nothing. Events are
// checked when recorded, so a bad one aborts the transaction instead of being lost after the save.
import { AicmoError } from '../domain/errors';
import { KNOWN_EVENT_TYPES, type EventLog, type KnownEventType, type NewEvent } from '../events';
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

const known = new Set<string>(KNOWN_EVENT_TYPES);

export function checkEvent(e: RecordedEvent): void {
  if (!known.has(e.type)) throw new AicmoError('invalid-input', `"${String(e.type)}" is not a known event type (add it to KNOWN_EVENT_TYPES in events/types.ts).`, { field: 'type' });
  if (typeof e.actor !== 'string' || e.actor.trim() === '') throw new AicmoError('invalid-input', 'An event needs an actor (who did it).', { field: 'actor' });
}

/** The events of one transaction: outbox rows, appended to the log once the files are saved. */
export class PendingEvents implements EventRecorder {
  private readonly events: OutboxRow[] = [];

  constructor(
    private readonly project: string | null,
    private readonly log: Pick<EventLog, 'stamp'>,
  ) {}

  record(event: RecordedEvent): void {
    checkEvent(event);
    const input: NewEvent = { type: event.type, actor: event.actor, data: event.data ?? {}, project: event.project === undefined ? this.project : event.project };
    const stamped = this.log.stamp(input);
    this.events.push({ id: stamped.id, ts: stamped.ts, line: JSON.stringify(stamped) });
  }

  get size(): number {
    return this.events.length;
  }

  rows(): readonly OutboxRow[] {
    return this.events;
  }
}
