// The `meta` key/value table of a database file (project and index alike): revision, dump hash,
// change counters.
import type { Database } from 'sql.js';

export function getMeta(db: Database, key: string): string | undefined {
  const stmt = db.prepare('SELECT value FROM meta WHERE key = ?');
  try {
    stmt.bind([key]);
    return stmt.step() ? String(stmt.get()[0]) : undefined;
  } finally {
    stmt.free();
  }
}

export function setMeta(db: Database, key: string, value: string): void {
  db.run('INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
}
