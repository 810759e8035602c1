// The workspace store: the index `.aicmo/aicmo.db`, one `.aicmo/projects/<slug>.db` per
// project, and the deterministic dumps beside them (see docs/storage.md).
//
// Every write: workspace lock → reload whatever changed on disk since we read it (a project
// whose .sql no longer matches the hash its .db recorded is rebuilt from the .sql) → BEGIN … fn …
// COMMIT → dump → atomic save of the dump, then of the .db → index row → atomic save of the index.
// The dump is saved first: if the process dies between the two saves, the .db's recorded hash
// no longer matches and the next reader rebuilds from the newer dump.
import type { Database, SqlJsStatic } from 'sql.js';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { AicmoError } from '../domain/errors';
import { newId } from '../domain/ids';
import type { Project, ProjectIntake } from '../domain/project';
import { applyProjectPatch, slugify, validateIntake } from '../domain/projectRules';
import { writeFileAtomic } from './atomicFile';
import { applyConnectionSettings, inTransaction, newDatabase, readDatabaseFile } from './databaseFile';
import { defaultDeriveSummary } from './deriveSummary';
import { dumpDatabase, loadDump } from './dump';
import { fileStamp, sha256 } from './fileStamp';
import { readIndexRows, refreshRollups, toSummary, upsertIndexRow, type IndexedRow } from './indexRows';
import { initWorkspace } from './initWorkspace';
import { readFileInside } from './pathGuard';
import { removeStaleTempFiles } from './staleTempFiles';
import { getMeta, readProjectRow, setMeta, writeProjectRow } from './projectRow';
import { INDEX_MIGRATIONS, LOCAL_META_KEYS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS, WORKSPACE_DUMP_TABLES } from './schema';
import { loadSqlJs } from './sqlJs';
import type { DeriveSummary, OpenOptions, ProjectPatch, ProjectSummary, WorkspaceStore } from './types';
import { acquireWorkspaceLock } from './workspaceLock';
import { displayName, projectDbFile, projectSqlFile, SLUG_PATTERN, workspacePaths, type WorkspacePaths } from './workspacePaths';

export { defaultDeriveSummary } from './deriveSummary';
export { initWorkspace } from './initWorkspace';

const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
const PROJECT_CACHE_SIZE = 16;

/** Thrown inside an unlocked attempt when bringing files up to date needs a write. */
class NeedsLock extends Error {}

interface LoadedProject {
  slug: string;
  db: Database;
  /** Stamps of the files as they were when `db` matched them. */
  dbStamp: string;
  sqlStamp: string;
  /** Dump sections of the last save, and the metric-row change counter they reflect. */
  sections?: Map<string, string>;
  sectionsMetricsChanges?: string;
}

interface LoadedIndex {
  db: Database;
  stamp: string;
  workspaceSqlStamp: string;
  /** An empty stand-in for a folder without `.aicmo/` (never saved). */
  bare?: boolean;
}

const METRIC_SECTION: ReadonlySet<string> = new Set(['metric_rows']);
const NONE: ReadonlySet<string> = new Set();
const PROJECT_DUMP = { title: 'AICMO project dump', tables: PROJECT_DUMP_TABLES, localMetaKeys: LOCAL_META_KEYS };
const WORKSPACE_DUMP = { title: 'AICMO workspace dump (team and settings; projects live in projects/*.sql)', tables: WORKSPACE_DUMP_TABLES };

/** Re-derives every index row from the project files (used by repair). */
export function reindexWorkspace(store: WorkspaceStore): Promise<void> {
  if (!(store instanceof SqlJsWorkspaceStore)) throw new Error('reindexWorkspace needs a store made by openWorkspace.');
  return store.reindexAll();
}

export async function openWorkspace(root: string, options: OpenOptions = {}): Promise<WorkspaceStore> {
  const SQL = await loadSqlJs();
  if (options.create) initWorkspace(root);
  const store = new SqlJsWorkspaceStore(SQL, workspacePaths(root), options);
  try {
    await store.listProjects(); // surfaces unreadable/newer-schema index files now, refreshes a stale index
  } catch (e) {
    store.close();
    throw e;
  }
  return store;
}

class SqlJsWorkspaceStore implements WorkspaceStore {
  readonly root: string;
  readonly aicmoDir: string;
  private readonly paths: WorkspacePaths;
  private readonly lockTimeoutMs: number;
  private readonly deriveSummary: DeriveSummary;
  private index: LoadedIndex | undefined;
  private readonly projects = new Map<string, LoadedProject>();
  private queue: Promise<unknown> = Promise.resolve();
  private lastScan: { dirStamp: string; indexStamp: string } | undefined;
  private closed = false;
  private staleTempsRemoved = false;

  constructor(
    private readonly SQL: SqlJsStatic,
    paths: WorkspacePaths,
    options: OpenOptions,
  ) {
    this.paths = paths;
    this.root = paths.root;
    this.aicmoDir = paths.aicmoDir;
    this.lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    this.deriveSummary = options.deriveSummary ?? defaultDeriveSummary;
  }

  // ---- public API -------------------------------------------------------------------------

  listProjects(): Promise<ProjectSummary[]> {
    return this.read((locked) => {
      this.refreshIndex(locked);
      return readIndexRows(this.indexDb(locked)).map(toSummary);
    });
  }

  getProject(ref: string): Promise<Project> {
    return this.read((locked) => this.projectOf(this.loadProject(this.resolve(ref, locked), locked)));
  }

  createProject(intake: ProjectIntake): Promise<Project> {
    return this.write(() => this.createProjectLocked(intake));
  }

  updateProject(ref: string, patch: ProjectPatch): Promise<Project> {
    return this.write(() => {
      const slug = this.resolve(ref, true);
      return this.writeProjectLocked(slug, (db, current) => {
        const next = applyProjectPatch(current, patch);
        writeProjectRow(db, next);
      }).project;
    });
  }

  readProject<T>(ref: string, fn: (db: Database, project: Project) => T): Promise<T> {
    return this.read((locked) => {
      const loaded = this.loadProject(this.resolve(ref, locked), locked);
      return fn(loaded.db, this.projectOf(loaded));
    });
  }

  writeProject<T>(ref: string, fn: (db: Database, project: Project) => T): Promise<T> {
    return this.write(() => this.writeProjectLocked(this.resolve(ref, true), fn).result);
  }

  readWorkspace<T>(fn: (db: Database) => T): Promise<T> {
    return this.read((locked) => fn(this.indexDb(locked)));
  }

  writeWorkspace<T>(fn: (db: Database) => T): Promise<T> {
    return this.write(() => {
      const db = this.indexDb(true);
      const result = inTransaction(db, () => {
        const r = fn(db);
        assertNotPromise(r);
        return r;
      });
      this.saveIndex();
      return result;
    });
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.readWorkspace((db) => {
      const stmt = db.prepare('SELECT value FROM settings WHERE key = ?');
      try {
        stmt.bind([key]);
        return stmt.step() ? String(stmt.get()[0]) : undefined;
      } finally {
        stmt.free();
      }
    });
  }

  async setSetting(key: string, value: string | undefined): Promise<void> {
    await this.writeWorkspace((db) => {
      if (value === undefined) db.run('DELETE FROM settings WHERE key = ?', [key]);
      else db.run('INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
    });
  }

  /** Re-derives every index row from the project files. */
  reindexAll(): Promise<void> {
    return this.write(() => {
      this.refreshIndex(true, true);
      this.saveIndex(false);
    });
  }

  close(): void {
    this.closed = true;
    for (const p of this.projects.values()) p.db.close();
    this.projects.clear();
    this.index?.db.close();
    this.index = undefined;
  }

  // ---- serialization and locking ----------------------------------------------------------

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A read: tries without the lock; if files must be rebuilt or the index refreshed, retries under it. */
  private read<T>(op: (locked: boolean) => T): Promise<T> {
    return this.serial(async () => {
      this.assertOpen();
      try {
        return op(false);
      } catch (e) {
        if (!(e instanceof NeedsLock)) throw e;
      }
      return this.withLock(() => op(true));
    });
  }

  private write<T>(op: () => T): Promise<T> {
    return this.serial(async () => {
      this.assertOpen();
      if (!existsSync(this.paths.projectsDir)) initWorkspace(this.root);
      return this.withLock(() => {
        if (!this.staleTempsRemoved) removeStaleTempFiles(this.aicmoDir); // once per store, under the lock
        this.staleTempsRemoved = true;
        return op();
      });
    });
  }

  private async withLock<T>(op: () => T): Promise<T> {
    const lock = await acquireWorkspaceLock(this.aicmoDir, this.lockTimeoutMs);
    try {
      return op();
    } finally {
      lock.release();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The workspace store is closed.');
  }

  // ---- the index --------------------------------------------------------------------------

  /** The index database, reloaded if aicmo.db or workspace.sql changed on disk. */
  private indexDb(locked: boolean): Database {
    const stamp = fileStamp(this.paths.indexDb);
    const bareButCreated = this.index?.bare === true && existsSync(this.paths.aicmoDir);
    if (!this.index || this.index.stamp !== stamp || bareButCreated) {
      if (stamp === '') {
        if (!existsSync(this.paths.aicmoDir)) {
          // A bare folder: an empty, unsaved index (the first write creates the files).
          if (!this.index) this.index = { db: newDatabase(this.SQL, INDEX_MIGRATIONS, 'the workspace index'), stamp: '', workspaceSqlStamp: '', bare: true };
          return this.index.db;
        }
        if (!locked) throw new NeedsLock();
        this.replaceIndex({ db: newDatabase(this.SQL, INDEX_MIGRATIONS, 'the workspace index'), stamp: '', workspaceSqlStamp: '' });
        this.syncWorkspaceDump(true, true);
        this.refreshIndex(true, true);
        this.saveIndex();
        return this.index!.db;
      }
      const db = readDatabaseFile(this.SQL, this.paths.indexDb, displayName(this.paths, this.paths.indexDb), INDEX_MIGRATIONS);
      this.replaceIndex({ db, stamp, workspaceSqlStamp: '' });
    }
    this.syncWorkspaceDump(locked, false);
    return this.index!.db;
  }

  private replaceIndex(next: LoadedIndex): void {
    if (this.index && this.index.db !== next.db) this.index.db.close();
    this.index = next;
  }

  /** Brings team/settings in the index in line with workspace.sql when the dump changed (git pull). */
  private syncWorkspaceDump(locked: boolean, force: boolean): void {
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
      if (!locked) throw new NeedsLock();
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
      if (!force) this.saveIndex(false);
    }
    index.workspaceSqlStamp = stamp;
  }

  /** Exports the index, rewrites workspace.sql if team/settings changed, then saves aicmo.db. */
  private saveIndex(dumpWorkspace = true): void {
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

  /** Slugs of the projects present on disk: one per `<slug>.sql` dump. */
  private projectSlugsOnDisk(): Set<string> {
    let names: string[];
    try {
      names = readdirSync(this.paths.projectsDir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
      throw e;
    }
    const slugs = new Set<string>();
    for (const n of names) {
      if (!n.endsWith('.sql')) continue;
      const slug = n.slice(0, -4);
      if (SLUG_PATTERN.test(slug)) slugs.add(slug);
    }
    return slugs;
  }

  /**
   * Re-derives index rows whose project files changed behind our back (another process that
   * crashed before updating the index, git pull, files added or removed by git), drops rows
   * whose project is gone. `all` re-derives every row (a rebuilt index).
   */
  private refreshIndex(locked: boolean, all = false): void {
    if (!existsSync(this.paths.aicmoDir)) {
      this.indexDb(locked);
      return;
    }
    const db = this.indexDb(locked);
    // Nothing renamed into or out of projects/ and nobody saved the index since our last full
    // scan: the rows are current (in-place edits of one project are caught when it is read).
    const dirStamp = fileStamp(this.paths.projectsDir);
    if (!all && this.lastScan && this.lastScan.dirStamp === dirStamp && this.lastScan.indexStamp === this.index?.stamp) return;
    const rows = new Map(readIndexRows(db).map((r) => [r.slug, r]));
    const onDisk = this.projectSlugsOnDisk();
    const stale: string[] = [];
    for (const slug of onDisk) {
      const row = rows.get(slug);
      if (all || !row || row.flags.unreadable || row.dbStamp !== fileStamp(projectDbFile(this.paths, slug)) || row.sqlStamp !== fileStamp(projectSqlFile(this.paths, slug))) {
        stale.push(slug);
      }
    }
    const gone = [...rows.keys()].filter((slug) => !onDisk.has(slug));
    if (stale.length === 0 && gone.length === 0) {
      if (this.index && this.index.stamp !== '') this.lastScan = { dirStamp, indexStamp: this.index.stamp };
      return;
    }
    if (!locked) throw new NeedsLock();
    let changed = false;
    for (const slug of gone) {
      db.run('DELETE FROM channel_week_rollups WHERE project_id = ?', [rows.get(slug)!.id]);
      db.run('DELETE FROM projects WHERE slug = ?', [slug]);
      this.forgetProject(slug);
      changed = true;
    }
    for (const slug of stale) {
      const row = rows.get(slug);
      try {
        const loaded = this.loadProject(slug, true);
        // Files changed behind our back (a crashed writer, a merge that kept the revision):
        // re-derive the whole row and its rollups.
        this.indexProject(loaded, this.projectOf(loaded), true);
        changed = true;
      } catch (e) {
        if (!(e instanceof AicmoError) || (e.code !== 'unreadable-file' && e.code !== 'newer-schema')) throw e;
        // Keep listing the others; the row says what is wrong with this one.
        if (row && !row.flags.unreadable) {
          db.run('UPDATE projects SET flags = ? WHERE slug = ?', [JSON.stringify({ ...row.flags, unreadable: e.message }), slug]);
          changed = true;
        } else if (!row) {
          this.indexUnreadable(slug, e);
          changed = true;
        }
      }
    }
    if (changed) this.saveIndex(false);
  }

  private indexUnreadable(slug: string, e: AicmoError): void {
    const db = this.indexDb(true);
    db.run(
      `INSERT INTO projects(id, slug, name, industry, goal_metric, currency, budget_minor, stage, lifecycle, flags, revision, updated_at)
       VALUES(?, ?, ?, '', 'awareness', '', 0, 'INTAKE', 'active', ?, 0, '')
       ON CONFLICT(slug) DO UPDATE SET flags = excluded.flags`,
      [`unreadable:${slug}`, slug, slug, JSON.stringify({ unreadable: e.message })],
    );
  }

  private indexProject(loaded: LoadedProject, project: Project, rollups: boolean): void {
    const db = this.indexDb(true);
    const derived = this.deriveSummary(loaded.db, project);
    db.run('DELETE FROM projects WHERE slug = ? AND id <> ?', [project.slug, project.id]);
    upsertIndexRow(db, { ...project, slug: loaded.slug }, derived, { dbStamp: loaded.dbStamp, sqlStamp: loaded.sqlStamp });
    if (rollups) refreshRollups(db, loaded.db, project.id);
  }

  /** The slug for an id or slug; refreshes the index once if it is not there yet. */
  private resolve(ref: string, locked: boolean): string {
    const find = (): IndexedRow | undefined => readIndexRows(this.indexDb(locked), 'WHERE id = ? OR slug = ?', [ref, ref])[0];
    let row = find();
    if (!row || !existsSync(projectSqlFile(this.paths, row.slug))) {
      this.refreshIndex(locked);
      row = find();
    }
    if (!row) throw new AicmoError('not-found', `No project "${ref}" in this workspace (looked for an id or slug).`, { details: { ref } });
    return row.slug;
  }

  // ---- project files ----------------------------------------------------------------------

  private forgetProject(slug: string): void {
    const p = this.projects.get(slug);
    if (p) {
      p.db.close();
      this.projects.delete(slug);
    }
  }

  private remember(loaded: LoadedProject): LoadedProject {
    const existing = this.projects.get(loaded.slug);
    if (existing && existing.db !== loaded.db) existing.db.close();
    this.projects.delete(loaded.slug);
    this.projects.set(loaded.slug, loaded);
    while (this.projects.size > PROJECT_CACHE_SIZE) {
      const oldest = this.projects.keys().next().value as string;
      this.forgetProject(oldest);
    }
    return loaded;
  }

  /**
   * The project's database, current with the files on disk: reloads the .db when it changed,
   * and rebuilds it from the .sql when the dump differs from the one the .db last wrote.
   */
  private loadProject(slug: string, locked: boolean): LoadedProject {
    const dbFile = projectDbFile(this.paths, slug);
    const sqlFile = projectSqlFile(this.paths, slug);
    const dbStamp = fileStamp(dbFile);
    const sqlStamp = fileStamp(sqlFile);
    const cached = this.projects.get(slug);
    if (cached && cached.dbStamp === dbStamp && cached.sqlStamp === sqlStamp) return this.remember(cached);
    if (sqlStamp === '') throw new AicmoError('not-found', `The project "${slug}" has no dump (${displayName(this.paths, sqlFile)}).`, { details: { slug } });

    let db: Database | undefined;
    if (cached && cached.dbStamp === dbStamp) {
      db = cached.db; // only the dump changed
    } else if (dbStamp !== '') {
      db = readDatabaseFile(this.SQL, dbFile, displayName(this.paths, dbFile), PROJECT_MIGRATIONS);
    }
    const text = readFileInside(sqlFile, 'utf8');
    const hash = sha256(text);
    if (db && getMeta(db, 'dump_sha256') === hash) {
      return this.remember({ slug, db, dbStamp, sqlStamp });
    }
    // The dump is newer than the .db (git pull, merge, fresh clone, crash between the saves).
    if (db && db !== cached?.db) db.close();
    if (!locked) throw new NeedsLock();
    const rebuilt = loadDump(this.SQL, text, displayName(this.paths, sqlFile), PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES);
    try {
      if (!readProjectRow(rebuilt)) throw new AicmoError('unreadable-file', `${displayName(this.paths, sqlFile)} has no project row.`, { details: { file: sqlFile } });
      setMeta(rebuilt, 'dump_sha256', hash);
      const bytes = rebuilt.export();
      applyConnectionSettings(rebuilt);
      writeFileAtomic(dbFile, bytes);
    } catch (e) {
      rebuilt.close();
      throw e;
    }
    if (cached) this.forgetProject(slug);
    return this.remember({ slug, db: rebuilt, dbStamp: fileStamp(dbFile), sqlStamp });
  }

  private projectOf(loaded: LoadedProject): Project {
    const project = readProjectRow(loaded.db);
    if (!project) throw new AicmoError('unreadable-file', `${displayName(this.paths, projectDbFile(this.paths, loaded.slug))} has no project row.`);
    return { ...project, slug: loaded.slug };
  }

  private writeProjectLocked<T>(slug: string, fn: (db: Database, project: Project) => T): { result: T; project: Project } {
    const loaded = this.loadProject(slug, true);
    const db = loaded.db;
    const before = this.projectOf(loaded);
    const metricsBefore = getMeta(db, 'metrics_changes');
    let dump = '';
    let result: T;
    try {
      result = this.runWrite(db, loaded, before, fn, (text) => (dump = text));
    } catch (e) {
      loaded.sectionsMetricsChanges = undefined;
      throw e;
    }
    this.saveProjectFiles(loaded, dump);
    const project = this.projectOf(loaded);
    this.indexProject(loaded, project, getMeta(db, 'metrics_changes') !== metricsBefore);
    this.saveIndex(false);
    return { result, project };
  }

  private runWrite<T>(db: Database, loaded: LoadedProject, before: Project, fn: (db: Database, project: Project) => T, setDump: (text: string) => void): T {
    return inTransaction(db, () => {
      const r = fn(db, before);
      assertNotPromise(r);
      setMeta(db, 'revision', String(before.revision + 1));
      db.run('UPDATE project SET updated_at = ?', [new Date().toISOString()]);
      // The metric rows (most of a big project) are re-read only when they changed.
      const metricsNow = getMeta(db, 'metrics_changes');
      const reuse = metricsNow !== undefined && metricsNow === loaded.sectionsMetricsChanges ? METRIC_SECTION : NONE;
      loaded.sections ??= new Map();
      loaded.sectionsMetricsChanges = undefined;
      const dump = dumpDatabase(db, { ...PROJECT_DUMP, sections: loaded.sections, reuse });
      setMeta(db, 'dump_sha256', sha256(dump));
      setDump(dump);
      loaded.sectionsMetricsChanges = metricsNow;
      return r;
    });
  }

  /** Saves the dump, then the .db. On failure the in-memory copy is dropped (reloaded from disk next time). */
  private saveProjectFiles(loaded: LoadedProject, dump: string): void {
    const dbFile = projectDbFile(this.paths, loaded.slug);
    const sqlFile = projectSqlFile(this.paths, loaded.slug);
    try {
      const bytes = loaded.db.export();
      applyConnectionSettings(loaded.db);
      writeFileAtomic(sqlFile, dump);
      writeFileAtomic(dbFile, bytes);
    } catch (e) {
      this.forgetProject(loaded.slug);
      throw e;
    }
    loaded.dbStamp = fileStamp(dbFile);
    loaded.sqlStamp = fileStamp(sqlFile);
  }

  private createProjectLocked(intake: ProjectIntake): Project {
    validateIntake(intake);
    this.indexDb(true);
    const id = newId('p_');
    const slug = slugify(intake.name) || `project-${id.slice(-8).toLowerCase()}`;
    const sqlFile = projectSqlFile(this.paths, slug);
    const dbFile = projectDbFile(this.paths, slug);
    if (existsSync(sqlFile) || readIndexRows(this.indexDb(true), 'WHERE slug = ?', [slug]).length > 0) {
      throw new AicmoError('conflict', `A project with the slug "${slug}" already exists; choose a different name.`, { field: 'name', details: { slug } });
    }
    if (existsSync(dbFile)) {
      // A working copy whose dump was deleted (e.g. removed by git): keep it aside, never reuse it.
      renameSync(dbFile, `${dbFile}.deleted-${Date.now()}`);
    }
    const now = new Date().toISOString();
    const db = newDatabase(this.SQL, PROJECT_MIGRATIONS, displayName(this.paths, dbFile));
    const loaded: LoadedProject = { slug, db, dbStamp: '', sqlStamp: '' };
    try {
      let dump = '';
      inTransaction(db, () => {
        setMeta(db, 'revision', '1');
        writeProjectRow(db, { ...normalizeIntake(intake), id, slug, lifecycle: 'active', createdAt: now, updatedAt: now });
        dump = dumpDatabase(db, PROJECT_DUMP);
        setMeta(db, 'dump_sha256', sha256(dump));
      });
      this.saveProjectFiles(loaded, dump);
    } catch (e) {
      db.close();
      throw e;
    }
    this.remember(loaded);
    const project = this.projectOf(loaded);
    this.indexProject(loaded, project, false);
    this.saveIndex(false);
    return project;
  }
}

function normalizeIntake(intake: ProjectIntake): ProjectIntake {
  return {
    ...intake,
    name: intake.name.trim(),
    audiences: [...intake.audiences],
    constraints: [...intake.constraints],
    mustInclude: [...intake.mustInclude],
    doNotDo: [...intake.doNotDo],
    kpiTargets: { ...intake.kpiTargets },
  };
}

function assertNotPromise(value: unknown): void {
  if (value && typeof (value as { then?: unknown }).then === 'function') {
    throw new Error('Store callbacks must be synchronous: the transaction cannot stay open across an await.');
  }
}
