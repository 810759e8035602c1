// Opens a database file with sql.js, refusing anything that is not a complete SQLite database
// of a schema version this code knows. Refusal never touches the file.
import type { Database, SqlJsStatic } from 'sql.js';
import { AicmoError } from '../domain/errors';
import { assertKnownVersion, migrate, userVersion } from './migrations';
import { readFileInside } from './pathGuard';
import type { Migration } from './schema';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Connection settings that sql.js's export() resets: re-apply after every export. */
export function applyConnectionSettings(db: Database): void {
  db.run('PRAGMA foreign_keys = ON');
}

function unreadable(label: string, why: string, cause?: unknown): AicmoError {
  return new AicmoError('unreadable-file', `${label} cannot be read (${why}); it was left untouched — run "aicmo repair" to rebuild it from its .sql dump.`, {
    details: { file: label, why },
    cause,
  });
}

/** Checks the bytes look like a whole SQLite file: header, page size, page count. */
export function checkDatabaseBytes(bytes: Uint8Array, label: string): void {
  if (bytes.length < 100) throw unreadable(label, bytes.length === 0 ? 'the file is empty' : 'the file is truncated');
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, 16).equals(HEADER)) throw unreadable(label, 'it is not an SQLite database');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw unreadable(label, 'its header is damaged');
  if (bytes.length % pageSize !== 0) throw unreadable(label, 'the file is truncated');
  const changeCounter = view.getUint32(24);
  const pages = view.getUint32(28);
  const validFor = view.getUint32(92);
  if (validFor === changeCounter && pages !== 0 && pages * pageSize !== bytes.length) {
    throw unreadable(label, pages * pageSize > bytes.length ? 'the file is truncated' : 'its size does not match its header');
  }
}

/**
 * Opens `bytes` as a database: validated, version-checked, migrated in memory to the current
 * schema (the migrated copy reaches disk with the next save). Throws 'unreadable-file' or
 * 'newer-schema' naming `label`.
 */
export function openDatabaseBytes(SQL: SqlJsStatic, bytes: Uint8Array, label: string, migrations: readonly Migration[]): Database {
  checkDatabaseBytes(bytes, label);
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (e) {
    throw unreadable(label, 'it is not an SQLite database', e);
  }
  try {
    let version: number;
    try {
      version = userVersion(db);
      const check = db.exec('PRAGMA quick_check(1)')[0]?.values[0]?.[0];
      if (check !== 'ok') throw new Error(String(check));
    } catch (e) {
      throw unreadable(label, 'its contents are damaged', e);
    }
    assertKnownVersion(version, migrations, label);
    if (version === 0) throw unreadable(label, 'it is not an AICMO database');
    migrate(db, migrations, label);
    applyConnectionSettings(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function readDatabaseFile(SQL: SqlJsStatic, file: string, label: string, migrations: readonly Migration[]): Database {
  return openDatabaseBytes(SQL, readFileInside(file), label, migrations);
}

export function newDatabase(SQL: SqlJsStatic, migrations: readonly Migration[], label: string): Database {
  const db = new SQL.Database();
  migrate(db, migrations, label);
  applyConnectionSettings(db);
  return db;
}

/** Runs `fn` in a transaction; rolls back and rethrows if it throws. */
export function inTransaction<T>(db: Database, fn: () => T): T {
  db.run('BEGIN');
  try {
    const result = fn();
    db.run('COMMIT');
    return result;
  } catch (e) {
    try { db.run('ROLLBACK'); } catch { /* fn may have ended the transaction itself */ }
    throw e;
  }
}
