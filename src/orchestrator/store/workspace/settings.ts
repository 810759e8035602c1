// The `settings` table of the workspace index (dumped to workspace.sql): workspace-wide switches
// such as the global pause.
import type { Database } from 'sql.js';
import { oneRow, text } from '../sqlRows';

export interface SettingsReader {
  get(key: string): string | undefined;
}

export interface SettingsWriter extends SettingsReader {
  /** Sets a value; undefined removes the key. */
  set(key: string, value: string | undefined): void;
}

export function readSettings(db: Database): SettingsReader {
  return {
    get(key) {
      const r = oneRow(db, 'SELECT value FROM settings WHERE key = ?', [key]);
      return r ? text(r.value) : undefined;
    },
  };
}

export function writeSettings(db: Database, touch: () => void): SettingsWriter {
  return {
    ...readSettings(db),
    set(key, value) {
      touch();
      if (value === undefined) db.run('DELETE FROM settings WHERE key = ?', [key]);
      else db.run('INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
    },
  };
}
