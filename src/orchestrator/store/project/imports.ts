// The `imports` table of a project file: one record per imported file (metrics or trends).
import type { Database } from 'sql.js';
import { allRows, text, textOrNull } from '../sqlRows';

export interface ImportRecord {
  fileName: string;
  sha256: string;
  format: string;
  platform: string | null;
  currency: string | null;
  rowsTotal: number;
  rowsImported: number;
  rowsReplaced: number;
  rowsRejected: number;
  importedAt: string;
  actor: string;
}

export interface StoredImport extends Omit<ImportRecord, 'actor'> {
  id: number;
  actor: string | null;
}

export interface ImportsReader {
  /** Every import, oldest first. */
  list(): StoredImport[];
}

export interface ImportsWriter extends ImportsReader {
  /** Records an import and returns its id (the rows it brought carry it). */
  record(r: ImportRecord): number;
  setCounts(id: number, rowsImported: number, rowsReplaced: number): void;
}

export function readImports(db: Database): ImportsReader {
  return {
    list: () =>
      allRows(db, 'SELECT * FROM imports ORDER BY id').map((r) => ({
        id: Number(r.id),
        fileName: text(r.file_name),
        sha256: text(r.sha256),
        format: text(r.format),
        platform: textOrNull(r.platform),
        currency: textOrNull(r.currency),
        rowsTotal: Number(r.rows_total),
        rowsImported: Number(r.rows_imported),
        rowsReplaced: Number(r.rows_replaced),
        rowsRejected: Number(r.rows_rejected),
        importedAt: text(r.imported_at),
        actor: textOrNull(r.actor),
      })),
  };
}

export function writeImports(db: Database, touch: () => void): ImportsWriter {
  return {
    ...readImports(db),
    record(r) {
      touch();
      db.run(
        `INSERT INTO imports(file_name, sha256, format, platform, currency, rows_total, rows_imported, rows_replaced, rows_rejected, imported_at, actor)
         VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.fileName, r.sha256, r.format, r.platform, r.currency, r.rowsTotal, r.rowsImported, r.rowsReplaced, r.rowsRejected, r.importedAt, r.actor],
      );
      return Number(db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0]);
    },
    setCounts(id, rowsImported, rowsReplaced) {
      touch();
      db.run('UPDATE imports SET rows_imported = ?, rows_replaced = ? WHERE id = ?', [rowsImported, rowsReplaced, id]);
    },
  };
}
