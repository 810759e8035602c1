// The index file `.aicmo/aicmo.db`: loaded when its stamp changes, kept in line with
// `.aicmo/workspace.sql` (the dump of the team and settings, which git versions), and saved
// atomically (the workspace dump first when team or settings changed).
import type { Database, SqlJsStatic } from 'sql.js';
import { existsSync } from 'node:fs';
import { writeFileAtomic } from './atomicFile';
import { applyConnectionSettings, inTransaction, newDatabase, readDatabaseFile } from './databaseFile';
import { dumpDatabase, loadDump } from './dump';
import { fileStamp, sha256 } from './fileStamp';
import { assertNoConflict, RESOLVE } from './mergeConflict';
import { getMeta, setMeta } from './meta';
import { readFileInside } from './pathGuard';
import { INDEX_MIGRATIONS, WORKSPACE_DUMP_TABLES } from './schema';
import { NEEDS_LOCK, type Attempt } from './storeQueue';
import { displayName, type WorkspacePaths } from './workspacePaths';

interface LoadedIndex {
  db: Database;
  stamp: string;
  workspaceSqlStamp: string;
  /** An empty stand-in for a folder without `.aicmo/` (never saved). */
  bare?: boolean;
}

const WORKSPACE_CONFLICT_ADVICE = `${RESOLVE} or run "aicmo repair", which keeps the conflicted file aside and rebuilds it from this copy's team and settings`;

const WORKSPACE_DUMP = { title: 'AICMO workspace dump (team and settings; projects live in projects/*.sql)', tables: WORKSPACE_DUMP_TABLES };

export interface OpenedIndex {
  db: Database;
  /** aicmo.db was missing and was made empty: every row must be derived from the project files. */
  created: boolean;
}

export class IndexFile {
  private index: LoadedIndex | undefined;

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly paths: WorkspacePaths,
    /** Told when team, settings and outbox were taken from workspace.sql: that outbox is checked against the log. */
    private readonly synced: () => void = () => undefined,
    /** Read-only (Restricted Mode): the index is built and kept in memory, never saved. */
    private readonly readOnly = false,
  ) {}

  /** The stamp of aicmo.db as last loaded or saved ('' before the first save). */
  get stamp(): string | undefined {
    return this.index?.stamp;
  }

  /** The index database, reloaded if aicmo.db or workspace.sql changed on disk. */
  open(locked: boolean): Attempt<OpenedIndex> {
    const stamp = fileStamp(this.paths.indexDb);
    const bareButCreated = this.index?.bare === true && existsSync(this.paths.aicmoDir);
    if (!this.index || this.index.stamp !== stamp || bareButCreated) {
      if (stamp === '') {
        if (!existsSync(this.paths.aicmoDir)) {
          // A bare folder: an empty, unsaved index (the first write creates the files).
          if (!this.index) this.index = { db: newDatabase(this.SQL, INDEX_MIGRATIONS, 'the workspace index'), stamp: '', workspaceSqlStamp: '', bare: true };
          return { db: this.index.db, created: false };
        }
        if (!locked) return NEEDS_LOCK;
        this.replace({ db: newDatabase(this.SQL, INDEX_MIGRATIONS, 'the workspace index'), stamp: '', workspaceSqlStamp: '' });
        this.syncWorkspaceDump(true, true);
        return { db: this.index!.db, created: true };
      }
      const db = readDatabaseFile(this.SQL, this.paths.indexDb, displayName(this.paths, this.paths.indexDb), INDEX_MIGRATIONS);
      this.replace({ db, stamp, workspaceSqlStamp: '' });
    }
    if (this.syncWorkspaceDump(locked, false) === NEEDS_LOCK) return NEEDS_LOCK;
    return { db: this.index!.db, created: false };
  }

  /** Exports the index, rewrites workspace.sql if team/settings changed, then saves aicmo.db (read-only: keeps it in memory). */
  save(dumpWorkspace = true): void {
    if (this.readOnly) return;
    const index = this.index!;
    try {
      if (dumpWorkspace) {
        const text = dumpDatabase(index.db, WORKSPACE_DUMP);
        const hash = sha256(text);
        if (getMeta(index.db, 'dump_sha256') !== hash || fileStamp(this.paths.workspaceSql) === '') {
          writeFileAtomic(this.paths.workspaceSql, text);
          setMeta(index.db, 'dump_sha256', hash);
        }
        index.workspaceSqlStamp = fileStamp(this.paths.workspaceSql);
      }
      const bytes = index.db.export();
      applyConnectionSettings(index.db);
      writeFileAtomic(this.paths.indexDb, bytes);
      index.stamp = fileStamp(this.paths.indexDb);
    } catch (e) {
      // Memory and disk may now disagree: forget the in-memory copy, reload on next use.
      index.db.close();
      this.index = undefined;
      throw e;
    }
  }

  close(): void {
    this.index?.db.close();
    this.index = undefined;
  }

  private replace(next: LoadedIndex): void {
    if (this.index && this.index.db !== next.db) this.index.db.close();
    this.index = next;
  }

  /** Brings team/settings in the index in line with workspace.sql when the dump changed (git pull). */
  private syncWorkspaceDump(locked: boolean, force: boolean): Attempt<void> {
    const index = this.index!;
    const stamp = fileStamp(this.paths.workspaceSql);
    if (!force && stamp === index.workspaceSqlStamp) return;
    if (stamp === '') {
      index.workspaceSqlStamp = stamp;
      return; // no dump yet: the next workspace write creates it
    }
    const text = readFileInside(this.paths.workspaceSql, 'utf8');
    const hash = sha256(text);
    if (getMeta(index.db, 'dump_sha256') !== hash) {
      assertNoConflict(text, displayName(this.paths, this.paths.workspaceSql), WORKSPACE_CONFLICT_ADVICE);
      if (!locked) return NEEDS_LOCK;
      const fromDump = loadDump(this.SQL, text, displayName(this.paths, this.paths.workspaceSql), INDEX_MIGRATIONS, WORKSPACE_DUMP_TABLES);
      try {
        inTransaction(index.db, () => {
          for (const table of WORKSPACE_DUMP_TABLES) {
            index.db.run(`DELETE FROM ${table}`);
            const res = fromDump.exec(`SELECT * FROM ${table}`)[0];
            for (const row of res?.values ?? []) {
              index.db.run(`INSERT INTO ${table}(${res!.columns.join(',')}) VALUES(${row.map(() => '?').join(',')})`, row);
            }
          }
          setMeta(index.db, 'dump_sha256', hash);
        });
      } finally {
        fromDump.close();
      }
      this.synced();
      if (!force) this.save(false);
    }
    index.workspaceSqlStamp = stamp;
  }
}
