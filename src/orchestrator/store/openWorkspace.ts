// The workspace store: the index `.aicmo/aicmo.db`, one `.aicmo/projects/<slug>.db` per project,
// the deterministic dumps beside them, and the learning-event log (see docs/storage.md).
//
// Every write: workspace lock → reload whatever changed on disk since we read it (a project whose
// .sql no longer matches the hash its .db recorded is rebuilt from the .sql) → BEGIN … fn, its
// events into the outbox … COMMIT → dump → atomic save of the dump, then of the .db → index row →
// atomic save of the index → the outbox appended to the event log → unlock. The dump is saved
// first: if the process dies between the two saves, the .db's recorded hash no longer matches and
// the next reader rebuilds from the newer dump. If it dies before the outbox is appended, its lock
// is left behind, and whoever takes the lock over appends what the log lacks (`recover`).
//
// The parts: storeQueue.ts (turns and the lock), indexFile.ts (aicmo.db and workspace.sql),
// projectFiles.ts (a project's .db and .sql), projectCache.ts, createProject.ts, indexer.ts
// (index rows derived from the project files), project/ and workspace/ (the typed tables).
import type { SqlJsStatic } from 'sql.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { EventLog, type LogLine } from '../events';
import { isAicmoError } from '../domain/errors';
import type { Project, ProjectIntake, ProjectPatch } from '../domain/project';
import { inTransaction } from './databaseFile';
import { checkEvent, PendingEvents, type RecordedEvent } from './events';
import { createProjectFiles } from './createProject';
import { IndexFile } from './indexFile';
import { Indexer } from './indexer';
import { initWorkspace } from './initWorkspace';
import { interruptOrphanedRuns, runIsOrphaned } from './interruptedRuns';
import { getMeta } from './meta';
import { outboxRows, replaceOutbox, type OutboxRow } from './outbox';
import { ProjectCache, type LoadedProject } from './projectCache';
import { ProjectFiles } from './projectFiles';
import { projectReader, projectWriter, type ProjectReader, type ProjectWriter } from './project/transaction';
import { loadSqlJs } from './sqlJs';
import { removeStaleTempFiles } from './staleTempFiles';
import { NEEDS_LOCK, StoreQueue } from './storeQueue';
import type { OpenOptions, ProjectSummary, WorkspaceStore } from './types';
import { toSummary } from './workspace/projects';
import { workspaceReader, workspaceWriter, type WorkspaceReader, type WorkspaceWriter } from './workspace/transaction';
import { noteRecovery, recoveryPending } from './workspaceLock';
import { SLUG_PATTERN, workspacePaths, type WorkspacePaths } from './workspacePaths';

const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
/** Project files changed this long before a dead holder took the lock are checked too (clocks of other hosts). */
const RECOVERY_SLACK_MS = 60_000;

export async function openWorkspace(root: string, options: OpenOptions): Promise<WorkspaceStore> {
  if (!options?.deriveSummary) throw new Error('openWorkspace needs the stage rule (options.deriveSummary); front ends open the store with openAicmoWorkspace.');
  const SQL = await loadSqlJs();
  const readOnly = options.readOnly === true;
  if (options.create && !readOnly) initWorkspace(root);
  const store = new SqlJsWorkspaceStore(SQL, workspacePaths(root), options);
  try {
    // A writer that died holding the lock: append what it saved but did not log, before anything
    // else (a read-only store leaves that, and runs left running, to the next writer).
    if (!readOnly && recoveryPending(store.aicmoDir)) await store.recoverNow();
    const rows = await store.listProjects(); // surfaces unreadable/newer-schema index files now, refreshes a stale index
    if (!readOnly) await store.interruptOrphanedRuns(rows);
  } catch (e) {
    store.close();
    throw e;
  }
  return store;
}

function assertNotPromise(value: unknown): void {
  if (value && typeof (value as { then?: unknown }).then === 'function') {
    throw new Error('Store callbacks must be synchronous: the transaction cannot stay open across an await.');
  }
}

class SqlJsWorkspaceStore implements WorkspaceStore {
  readonly root: string;
  readonly aicmoDir: string;
  readonly events: EventLog;
  readonly readOnly: boolean;
  private readonly queue: StoreQueue;
  private readonly index: IndexFile;
  private readonly files: ProjectFiles;
  private readonly indexer: Indexer;
  /** Outboxes that came from elsewhere (a dump rebuilt, workspace.sql synced, a crash): checked against the log before the lock is let go. */
  private readonly unchecked = { index: false, projects: new Set<string>() };

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly paths: WorkspacePaths,
    options: OpenOptions,
  ) {
    this.root = paths.root;
    this.aicmoDir = paths.aicmoDir;
    this.events = new EventLog(paths.aicmoDir, options.now ? { now: options.now } : {});
    const readOnly = options.readOnly === true;
    this.readOnly = readOnly;
    this.queue = new StoreQueue(
      paths.aicmoDir,
      options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      {
        beforeWrite: () => {
          if (!existsSync(paths.projectsDir)) initWorkspace(paths.root);
        },
        firstLockedWrite: () => removeStaleTempFiles(paths.aicmoDir), // once per store, under the lock
        recover: (since) => this.recover(since),
        settle: () => this.appendUnchecked(),
      },
      readOnly,
    );
    // Read-only: rebuilt files stay in memory, and their outboxes are the next writer's business.
    this.index = new IndexFile(SQL, paths, readOnly ? undefined : () => (this.unchecked.index = true), readOnly);
    this.files = new ProjectFiles(SQL, paths, new ProjectCache(), readOnly ? undefined : (slug) => this.unchecked.projects.add(slug), readOnly);
    this.indexer = new Indexer(paths, this.index, this.files, options.deriveSummary);
  }

  listProjects(): Promise<ProjectSummary[]> {
    return this.queue.read((locked) => {
      const rows = this.indexer.rows(locked);
      return rows === NEEDS_LOCK ? NEEDS_LOCK : rows.map(toSummary);
    });
  }

  getProject(ref: string): Promise<Project> {
    return this.queue.read((locked) => {
      const loaded = this.load(ref, locked);
      return loaded === NEEDS_LOCK ? NEEDS_LOCK : this.files.projectOf(loaded);
    });
  }

  createProject(intake: ProjectIntake, fn?: (tx: ProjectWriter) => void): Promise<Project> {
    return this.queue.write(async () => {
      this.indexer.db(true);
      let pending = new PendingEvents(null, this.events);
      const loaded = createProjectFiles(this.SQL, this.paths, this.files, intake, (slug) => this.indexer.hasSlug(slug), (db, project) => {
        pending = new PendingEvents(project.id, this.events);
        if (fn) assertNotPromise(fn(projectWriter(db, project, pending, () => undefined)));
        replaceOutbox(db, pending.rows());
      });
      this.files.cache.remember(loaded);
      const project = this.files.projectOf(loaded);
      this.indexer.indexProject(loaded, project, false);
      this.index.save(false);
      await this.append(pending.rows());
      return project;
    });
  }

  updateProject(ref: string, patch: ProjectPatch | ((current: Project) => ProjectPatch)): Promise<Project> {
    return this.queue.write(async () => (await this.writeLocked(ref, (tx) => tx.patchProject(typeof patch === 'function' ? patch(tx.project) : patch))).project);
  }

  readProject<T>(ref: string, fn: (tx: ProjectReader) => T): Promise<T> {
    return this.queue.read((locked) => {
      const loaded = this.load(ref, locked);
      if (loaded === NEEDS_LOCK) return NEEDS_LOCK;
      const result = fn(projectReader(loaded.db, this.files.projectOf(loaded)));
      assertNotPromise(result);
      return result;
    });
  }

  writeProject<T>(ref: string, fn: (tx: ProjectWriter) => T): Promise<T> {
    return this.queue.write(async () => (await this.writeLocked(ref, fn)).result);
  }

  readWorkspace<T>(fn: (tx: WorkspaceReader) => T): Promise<T> {
    return this.queue.read((locked) => {
      const db = this.indexer.db(locked);
      if (db === NEEDS_LOCK) return NEEDS_LOCK;
      const result = fn(workspaceReader(db));
      assertNotPromise(result);
      return result;
    });
  }

  writeWorkspace<T>(fn: (tx: WorkspaceWriter) => T): Promise<T> {
    return this.queue.write(async () => {
      const db = this.indexer.db(true);
      if (db === NEEDS_LOCK) throw new Error('unreachable: the index needed the lock while holding it');
      await this.appendUnchecked(); // before this write replaces the outbox
      const pending = new PendingEvents(null, this.events);
      let touched = false;
      const result = inTransaction(db, () => {
        const r = fn(workspaceWriter(db, pending, () => (touched = true)));
        assertNotPromise(r);
        if (touched) replaceOutbox(db, pending.rows());
        return r;
      });
      if (!touched) return result;
      this.index.save();
      await this.append(pending.rows());
      return result;
    });
  }

  getSetting(key: string): Promise<string | undefined> {
    return this.readWorkspace((tx) => tx.settings.get(key));
  }

  async setSetting(key: string, value: string | undefined): Promise<void> {
    await this.writeWorkspace((tx) => tx.settings.set(key, value));
  }

  async recordEvents(events: readonly RecordedEvent[]): Promise<void> {
    for (const e of events) checkEvent(e);
    if (events.length === 0) return;
    // Through the index's outbox, like every other event.
    await this.writeWorkspace((tx) => {
      for (const e of events) tx.events.record(e);
    });
  }

  reindex(): Promise<void> {
    return this.queue.write(() => {
      this.indexer.refresh(true, true);
      this.index.save(); // workspace.sql too, when it is missing (repair kept a bad one aside)
    });
  }

  close(): void {
    this.queue.close();
    this.files.cache.clear();
    this.index.close();
  }

  private load(ref: string, locked: boolean): LoadedProject | typeof NEEDS_LOCK {
    const slug = this.indexer.resolve(ref, locked);
    return slug === NEEDS_LOCK ? NEEDS_LOCK : this.files.load(slug, locked);
  }

  /** A project write under the lock: transaction, files, index row, then the recorded events. */
  private async writeLocked<T>(ref: string, fn: (tx: ProjectWriter) => T): Promise<{ result: T; project: Project }> {
    this.load(ref, true);
    await this.appendUnchecked(); // a rebuilt dump's outbox, before this write replaces it
    const loaded = this.load(ref, true) as LoadedProject;
    const before = this.files.projectOf(loaded);
    const pending = new PendingEvents(before.id, this.events);
    const metricsBefore = getMeta(loaded.db, 'metrics_changes');
    const { result, dump } = this.files.transact(
      loaded,
      before,
      (db, touch) => {
        const r = fn(projectWriter(db, before, pending, touch));
        assertNotPromise(r);
        return r;
      },
      () => pending.rows(),
    );
    let project = before;
    if (dump !== null) {
      this.files.save(loaded, dump);
      project = this.files.projectOf(loaded);
      this.indexer.indexProject(loaded, project, getMeta(loaded.db, 'metrics_changes') !== metricsBefore);
      this.index.save(false);
      await this.append(pending.rows());
    }
    return { result, project };
  }

  /**
   * Appends outbox rows to the log (under the lock, after their files were saved). If that fails
   * (disk full, a refused path), the next lock holder is told to recover, so the rows are appended
   * then, before any write replaces them.
   */
  private async append(rows: readonly LogLine[]): Promise<void> {
    try {
      for (const r of rows) await this.events.appendLine(r);
    } catch (e) {
      noteRecovery(this.aicmoDir, Date.now());
      throw e;
    }
  }

  /** Appends what outboxes that came from elsewhere hold and the log lacks (under the lock). */
  private async appendUnchecked(): Promise<void> {
    while (this.unchecked.index || this.unchecked.projects.size > 0) {
      const rows: OutboxRow[] = [];
      if (this.unchecked.index) {
        this.unchecked.index = false;
        const db = this.indexer.db(true);
        if (db !== NEEDS_LOCK) rows.push(...outboxRows(db));
      }
      for (const slug of [...this.unchecked.projects]) {
        this.unchecked.projects.delete(slug);
        const loaded = this.loadQuietly(slug);
        if (loaded) rows.push(...outboxRows(loaded.db));
      }
      await this.append(await this.events.missing(rows));
    }
  }

  /** A project's files for recovery: undefined when they cannot be read (the index row says why). */
  private loadQuietly(slug: string): LoadedProject | undefined {
    try {
      return this.files.load(slug, true) as LoadedProject;
    } catch (e) {
      if (isAicmoError(e) && (e.code === 'unreadable-file' || e.code === 'newer-schema' || e.code === 'not-found')) return undefined;
      throw e;
    }
  }

  /**
   * A holder died with the lock it took at `since`: the index and every project file saved since
   * may hold outbox rows it never appended, and its runs may be left running.
   */
  private async recover(since: number): Promise<void> {
    this.unchecked.index = true;
    const changed = this.projectsChangedSince(since - RECOVERY_SLACK_MS);
    for (const slug of changed) this.unchecked.projects.add(slug);
    await this.appendUnchecked();
    for (const slug of changed) {
      const loaded = this.loadQuietly(slug);
      if (loaded && readRuns(loaded, this.files).some((r) => runIsOrphaned(r, Date.now()))) {
        await this.writeLocked(slug, (tx) => interruptOrphanedRuns(tx, new Date()));
      }
    }
  }

  private projectsChangedSince(cutoff: number): string[] {
    let names: string[];
    try {
      names = readdirSync(this.paths.projectsDir);
    } catch {
      return [];
    }
    const slugs = new Set<string>();
    for (const name of names) {
      const m = /^(.+)\.(db|sql)$/.exec(name);
      if (!m || !SLUG_PATTERN.test(m[1]!) || !existsSync(path.join(this.paths.projectsDir, `${m[1]}.sql`))) continue;
      try {
        if (statSync(path.join(this.paths.projectsDir, name)).mtimeMs >= cutoff) slugs.add(m[1]!);
      } catch {
        /* removed meanwhile */
      }
    }
    return [...slugs].sort();
  }

  /** Takes the lock now, so that a dead holder's work is finished (`recover`) before the first read. */
  recoverNow(): Promise<void> {
    return this.queue.write(() => undefined);
  }

  /** Marks runs whose process is gone interrupted (projects whose index row counts a running run). */
  async interruptOrphanedRuns(rows: readonly ProjectSummary[]): Promise<void> {
    for (const row of rows) {
      if (!(Number(row.flags.running) > 0) || row.flags.unreadable) continue;
      try {
        const orphaned = await this.readProject(row.id, (tx) => tx.runs.list().some((r) => runIsOrphaned(r, Date.now())));
        if (orphaned) await this.writeProject(row.id, (tx) => interruptOrphanedRuns(tx, new Date()));
      } catch (e) {
        // A file that cannot be read keeps its run until it is repaired; its row says why.
        if (!(isAicmoError(e) && (e.code === 'unreadable-file' || e.code === 'newer-schema' || e.code === 'not-found'))) throw e;
      }
    }
  }
}

function readRuns(loaded: LoadedProject, files: ProjectFiles) {
  return projectReader(loaded.db, files.projectOf(loaded)).runs.list();
}
