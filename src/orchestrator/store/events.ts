// Learning events recorded inside a store transaction. An operation records its facts with
// `tx.events.record(…)`; the store appends them to the event log after the transaction's files
// are saved (a transaction that fails records nothing). Events are checked when recorded, so a
// bad one aborts the transaction instead of being lost after the save.
import { eventLine, type EventLog, type KnownEventType, type LearningEvent, type NewEvent } from '../events';

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

/** The events of one transaction, appended once its files are saved. */
export class PendingEvents implements EventRecorder {
  private readonly events: NewEvent[] = [];

  constructor(private readonly project: string | null) {}

  record(event: RecordedEvent): void {
    checkEvent(event, this.project);
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
