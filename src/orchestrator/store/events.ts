// Learning events recorded inside a store transaction. An operation records its facts with
// `tx.events.record(…)`; the store appends them to the event log after the transaction's files
// are saved (a transaction that fails records nothing). Events are checked when recorded, so a
// bad one aborts the transaction instead of being lost after the save.
import { AicmoError } from '../domain/errors';
import { KNOWN_EVENT_TYPES, type EventLog, type KnownEventType, type LearningEvent, type NewEvent } from '../events';

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

/** The events of one transaction, appended once its files are saved. */
export class PendingEvents implements EventRecorder {
  private readonly events: NewEvent[] = [];

  constructor(private readonly project: string | null) {}

  record(event: RecordedEvent): void {
    checkEvent(event);
    this.events.push({ type: event.type, actor: event.actor, data: event.data ?? {}, project: event.project === undefined ? this.project : event.project });
  }

  get size(): number {
    return this.events.length;
  }

  async appendTo(log: EventLog): Promise<LearningEvent[]> {
    const out: LearningEvent[] = [];
    for (const e of this.events) out.push(await log.append(e));
    return out;
  }
}
