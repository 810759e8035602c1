// Brings a database to the schema version the code knows, keyed by PRAGMA user_version.
import type { Database } from 'sql.js';
import { AicmoError } from '../domain/errors';
import type { Migration } from './schema';

export function userVersion(db: Database): number {
  const v = db.exec('PRAGMA user_version')[0]?.values[0]?.[0];
  return typeof v === 'number' ? v : 0;
}

/** Throws 'newer-schema' when `version` is beyond what `migrations` knows. */
export function assertKnownVersion(version: number, migrations: readonly Migration[], fileLabel: string): void {
  if (version > migrations.length) {
    throw new AicmoError(
      'newer-schema',
      `${fileLabel} has schema version ${version}, newer than this AICMO understands (${migrations.length}); update AICMO to open it.`,
      { details: { file: fileLabel, version, known: migrations.length } },
    );
  }
}

/** Applies migrations above the file's version, up to `target` (default: all), in one transaction. */
export function migrate(db: Database, migrations: readonly Migration[], fileLabel: string, target = migrations.length): boolean {
  const from = userVersion(db);
  assertKnownVersion(from, migrations, fileLabel);
  if (from >= target) return false;
  db.run('BEGIN');
  try {
    for (const m of migrations.slice(from, target)) {
      db.exec(m.sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
    }
    db.run('COMMIT');
  } catch (e) {
    db.run('ROLLBACK');
    throw e;
  }
  return true;
}
