// Small typed helpers over sql.js statements: all rows of a query as objects, one row, and
// column readers that turn SQL NULL into undefined/null the same way everywhere.
import type { Database, SqlValue } from 'sql.js';

export type Row = Record<string, SqlValue>;

/** Every row of `sql` as an object keyed by column name. */
export function allRows(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    const out: Row[] = [];
    while (stmt.step()) out.push(stmt.getAsObject() as Row);
    return out;
  } finally {
    stmt.free();
  }
}

/** The first row of `sql`, or undefined. */
export function oneRow(db: Database, sql: string, params: SqlValue[] = []): Row | undefined {
  return allRows(db, sql, params)[0];
}

export const text = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : String(v));
export const textOrNull = (v: SqlValue | undefined): string | null => (v === null || v === undefined ? null : String(v));
export const numOrNull = (v: SqlValue | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** Parses a JSON column, falling back to `fallback` for NULL or empty text. */
export function json<T>(v: SqlValue | undefined, fallback: T): T {
  if (v === null || v === undefined || v === '') return fallback;
  return JSON.parse(String(v)) as T;
}
