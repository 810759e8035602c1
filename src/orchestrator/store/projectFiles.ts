// One project's files, `.aicmo/projects/<slug>.db` and its dump `<slug>.sql`: loaded current with
// the disk (the .db reloaded when it changed, rebuilt from the .sql when the dump is newer than
// the .db — git pull, merge, fresh clone, a crash between the two saves), and saved dump first.
import type { Database, SqlJsStatic } from 'sql.js';
import { AicmoError } from '../domain/errors';
import type { Project } from '../domain/project';
import { writeFileAtomic } from './atomicFile';
import { applyConnectionSettings, inTransaction, readDatabaseFile } from './databaseFile';
import { dumpDatabase, loadDump } from './dump';
import { fileStamp, sha256 } from './fileStamp';
import { getMeta, setMeta } from './meta';
import { assertNoConflict } from './mergeConflict';
import { replaceOutbox, type OutboxRow } from './outbox';
import { readFileInside } from './pathGuard';
import type { LoadedProject, ProjectCache } from './projectCache';
import { readProjectRow } from './project/projectRow';
import { LOCAL_META_KEYS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS } from './schema';
import { NEEDS_LOCK, type Attempt } from './storeQueue';
import { displayName, projectDbFile, projectSqlFile, type WorkspacePaths } from './workspacePaths';

export const PROJECT_DUMP = { title: 'AICMO project dump', tables: PROJECT_DUMP_TABLES, localMetaKeys: LOCAL_META_KEYS };

const METRIC_SECTION: ReadonlySet<string> = new Set(['metric_rows']);
const NONE: ReadonlySet<string> = new Set();

export class ProjectFiles {
  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly paths: WorkspacePaths,
    readonly cache: ProjectCache,
    /** Told about each project rebuilt from its dump: its outbox came from elsewhere and is checked against the log. */
    private readonly rebuilt: (slug: string) => void = () => undefined,
    /** Read-only (Restricted Mode): a project is rebuilt from its dump in memory, and nothing is saved. */
    private readonly readOnly = false,
  ) {}

  /** The project's database, current with the files on disk. */
  load(slug: string, locked: boolean): Attempt<LoadedProject> {
    const dbFile = projectDbFile(this.paths, slug);
    const sqlFile = projectSqlFile(this.paths, slug);
    const dbStamp = fileStamp(dbFile);
    const sqlStamp = fileStamp(sqlFile);
    const cached = this.cache.get(slug);
    if (cached && cached.dbStamp === dbStamp && cached.sqlStamp === sqlStamp) return this.cache.remember(cached);
    if (sqlStamp === '') throw new AicmoError('not-found', `The project "${slug}" has no dump (${displayName(this.paths, sqlFile)}).`, { details: { slug } });

    let db: Database | undefined;
    if (cached && cached.dbStamp === dbStamp) {
      db = cached.db; // only the dump changed
    } else if (dbStamp !== '') {
      db = readDatabaseFile(this.SQL, dbFile, displayName(this.paths, dbFile), PROJECT_MIGRATIONS);
    }
    const text = readFileInside(sqlFile, 'utf8');
    const hash = sha256(text);
    if (db && getMeta(db, 'dump_sha256') === hash) return this.cache.remember({ slug, db, dbStamp, sqlStamp });
    // The dump is newer than the .db (git pull, merge, fresh clone, crash between the saves).
    if (db && db !== cached?.db) db.close();
    assertNoConflict(text, displayName(this.paths, sqlFile));
    if (!locked) return NEEDS_LOCK;
    const rebuilt = loadDump(this.SQL, text, displayName(this.paths, sqlFile), PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES);
    try {
      if (!readProjectRow(rebuilt)) throw new AicmoError('unreadable-file', `${displayName(this.paths, sqlFile)} has no project row.`, { details: { file: sqlFile } });
      setMeta(rebuilt, 'dump_sha256', hash);
      if (this.readOnly) {
        // Kept in memory for as long as the files stay as they are (their stamps say so).
        if (cached) this.cache.forget(slug);
        return this.cache.remember({ slug, db: rebuilt, dbStamp, sqlStamp });
      }
      const bytes = rebuilt.export();
      applyConnectionSettings(rebuilt);
      writeFileAtomic(dbFile, bytes);
    } catch (e) {
      rebuilt.close();
      throw e;
    }
    if (cached) this.cache.forget(slug);
    const loaded = this.cache.remember({ slug, db: rebuilt, dbStamp: fileStamp(dbFile), sqlStamp });
    this.rebuilt(slug);
    return loaded;
  }

  projectOf(loaded: LoadedProject): Project {
    const project = readProjectRow(loaded.db);
    if (!project) throw new AicmoError('unreadable-file', `${displayName(this.paths, projectDbFile(this.paths, loaded.slug))} has no project row.`);
    return { ...project, slug: loaded.slug };
  }

  /**
   * Runs `write` in a transaction. When it wrote something (`touch` was called) the outbox gets
   * the write's events (`outbox()`), the revision and `updated_at` move on and the new dump is
   * made; the caller saves it. If `write` throws, the transaction is rolled back and the error propagates.
   */
  transact<T>(loaded: LoadedProject, before: Project, write: (db: Database, touch: () => void) => T, outbox: () => readonly OutboxRow[]): { result: T; dump: string | null } {
    const db = loaded.db;
    let touched = false;
    let dump: string | null = null;
    try {
      const result = inTransaction(db, () => {
        const r = write(db, () => (touched = true));
        if (!touched) return r;
        replaceOutbox(db, outbox());
        setMeta(db, 'revision', String(before.revision + 1));
        db.run('UPDATE project SET updated_at = ?', [new Date().toISOString()]);
        // The metric rows (most of a big project) are re-read only when they changed.
        const metricsNow = getMeta(db, 'metrics_changes');
        const reuse = metricsNow !== undefined && metricsNow === loaded.sectionsMetricsChanges ? METRIC_SECTION : NONE;
        loaded.sections ??= new Map();
        loaded.sectionsMetricsChanges = undefined;
        dump = dumpDatabase(db, { ...PROJECT_DUMP, sections: loaded.sections, reuse });
        setMeta(db, 'dump_sha256', sha256(dump));
        loaded.sectionsMetricsChanges = metricsNow;
        return r;
      });
      return { result, dump };
    } catch (e) {
      loaded.sectionsMetricsChanges = undefined;
      throw e;
    }
  }

  /** Saves the dump, then the .db. On failure the in-memory copy is dropped (reloaded from disk next time). */
  save(loaded: LoadedProject, dump: string): void {
    if (this.readOnly) throw new Error('A read-only store saved a project file.');
    const dbFile = projectDbFile(this.paths, loaded.slug);
    const sqlFile = projectSqlFile(this.paths, loaded.slug);
    try {
      const bytes = loaded.db.export();
      applyConnectionSettings(loaded.db);
      writeFileAtomic(sqlFile, dump);
      writeFileAtomic(dbFile, bytes);
    } catch (e) {
      this.cache.forget(loaded.slug);
      throw e;
    }
    loaded.dbStamp = fileStamp(dbFile);
    loaded.sqlStamp = fileStamp(sqlFile);
  }
}
