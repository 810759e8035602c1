// The `outbox` table, in project files and in the index alike: the learning events of the last
// write, committed in its transaction (one row per event: its id, time and the exact line the log
// gets). After the save the store appends them to events/YYYY-MM.jsonl; the next write replaces
// them with its own. Rows a writer could not append (it died holding the lock) or that arrived
// through git are appended by the next lock holder, unless the log already has them.
import type { Database } from 'sql.js';
import type { LogLine } from '../events';
import { allRows, text } from './sqlRows';

export interface OutboxRow extends LogLine {
  id: string;
}

export function outboxRows(db: Database): OutboxRow[] {
  return allRows(db, 'SELECT id, ts, line FROM outbox ORDER BY id').map((r) => ({ id: text(r.id), ts: text(r.ts), line: text(r.line) }));
}

/** Replaces the outbox with the rows of this write (the earlier ones are in the log already). */
export function replaceOutbox(db: Database, rows: readonly OutboxRow[]): void {
  db.run('DELETE FROM outbox');
  for (const r of rows) db.run('INSERT INTO outbox(id, ts, line) VALUES(?, ?, ?)', [r.id, r.ts, r.line]);
}
