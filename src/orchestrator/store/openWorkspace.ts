// The workspace store: the index `.aicmo/aicmo.db`, one `.aicmo/projects/<slug>.db` per project,
// the deterministic dumps beside them, and the learning-event log (see docs/storage.md).
//
// Every write: workspace lock → reload whatever changed on disk since we read it (a project whose
// .sql no longer matches the hash its .db recorded is rebuilt from the .sql) → BEGIN … fn … COMMIT
// → dump → atomic save of the dump, then of the .db → index row → atomic save of the index → the
// events the write recorded. The dump is saved first: if the process dies between the two saves,
// the .db's recorded hash no longer matches and the next reader rebuilds from the newer dump.
//
// The parts: storeQueue.ts (turns and the lock), indexFile.ts (aicmo.db and workspace.sql),
// projectFiles.ts (a project's .db and .sql), projectCache.ts, createProject.ts, indexer.ts
// (index rows derived from the project files), project/ and workspace/ (the typed tables).
import type { SqlJsStatic } from 'sql.js';
import { existsSync } from 'node:fs';
import { EventLog } from '../events';
import type { Project, ProjectIntake, ProjectPatch } from '../domain/project';
import { inTransaction } from './databaseFile';
import { checkEvent, PendingEvents, type RecordedEvent } from './events';
import { createProjectFiles } from './createProject';
import { IndexFile } from './indexFile';
import { Indexer } from './indexer';
import { initWorkspace } from './initWorkspace';
import { getMeta } from './meta';
import { ProjectCache, type LoadedProject } from './projectCache';
import { ProjectFiles } from './projectFiles';
import { projectReader, projectWriter, type ProjectReader, type ProjectWriter } from './project/transaction';
import { loadSqlJs } from './sqlJs';
import { removeStaleTempFiles } from './staleTempFiles';
import { NEEDS_LOCK, StoreQueue } from './storeQueue';
import type { OpenOptions, ProjectSummary, WorkspaceStore } from './types';
import { toSummary } from './workspace/projects';
import { workspaceReader, workspaceWriter, type WorkspaceReader, type WorkspaceWriter } from './workspace/transaction';
import { workspacePaths, type WorkspacePaths } from './workspacePaths';

const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

export async function openWorkspace(root: string, options: OpenOptions): Promise<WorkspaceStore> {
  if (!options?.deriveSummary) throw new Error('openWorkspace needs the stage rule (options.deriveSummary); front ends open the store with openAicmoWorkspace.');
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

function assertNotPromise(value: unknown): void {
  if (value && typeof (value as { then?: unknown }).then === 'function') {
    throw new Error('Store callbacks must be synchronous: the transaction cannot stay open across an await.');
  }
}

class SqlJsWorkspaceStore implements WorkspaceStore {
  readonly root: string;
  readonly aicmoDir: string;
  readonly events: EventLog;
  private readonly queue: StoreQueue;
  private readonly index: IndexFile;
  private readonly files: ProjectFiles;
  private readonly indexer: Indexer;

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly paths: WorkspacePaths,
    options: OpenOptions,
  ) {
    this.root = paths.root;
    this.aicmoDir = paths.aicmoDir;
    this.events = new EventLog(paths.aicmoDir, options.now ? { now: options.now } : {});
    this.queue = new StoreQueue(
      paths.aicmoDir,
      options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      () => {
        if (!existsSync(paths.projectsDir)) initWorkspace(paths.root);
      },
      () => removeStaleTempFiles(paths.aicmoDir), // once per store, under the lock
    );
    this.index = new IndexFile(SQL, paths);
    this.files = new ProjectFiles(SQL, paths, new ProjectCache());
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
      let pending = new PendingEvents(null);
      const loaded = createProjectFiles(this.SQL, this.paths, this.files, intake, (slug) => this.indexer.hasSlug(slug), (db, project) => {
        pending = new PendingEvents(project.id);
        if (fn) assertNotPromise(fn(projectWriter(db, project, pending, () => undefined)));
      });
      this.files.cache.remember(loaded);
      const project = this.files.projectOf(loaded);
      this.indexer.indexProject(loaded, project, false);
      this.index.save(false);
      await pending.appendTo(this.events);
      return project;
    });
  }

  updateProject(ref: string, patch: ProjectPatch): Promise<Project> {
    return this.queue.write(async () => (await this.writeLocked(ref, (tx) => tx.patchProject(patch))).project);
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
      const pending = new PendingEvents(null);
      let touched = false;
      const result = inTransaction(db, () => {
        const r = fn(workspaceWriter(db, pending, () => (touched = true)));
        assertNotPromise(r);
        return r;
      });
      if (touched) this.index.save();
      await pending.appendTo(this.events);
      return result;
    });
  }

  getSetting(key: string): Promise<string | undefined> {
    return this.readWorkspace((tx) => tx.settings.get(key));
  }

  async setSetting(key: string, value: string | undefined): Promise<void> {
    await this.writeWorkspace((tx) => tx.settings.set(key, value));
  }

  recordEvents(events: readonly RecordedEvent[]): Promise<void> {
    for (const e of events) checkEvent(e);
    return this.queue.inTurn(async () => {
      const pending = new PendingEvents(null);
      for (const e of events) pending.record(e);
      await pending.appendTo(this.events);
    });
  }

  reindex(): Promise<void> {
    return this.queue.write(() => {
      this.indexer.refresh(true, true);
      this.index.save(false);
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
    const loaded = this.load(ref, true) as LoadedProject;
    const before = this.files.projectOf(loaded);
    const pending = new PendingEvents(before.id);
    const metricsBefore = getMeta(loaded.db, 'metrics_changes');
    const { result, dump } = this.files.transact(loaded, before, (db, touch) => {
      const r = fn(projectWriter(db, before, pending, touch));
      assertNotPromise(r);
      return r;
    });
    let project = before;
    if (dump !== null) {
      this.files.save(loaded, dump);
      project = this.files.projectOf(loaded);
      this.indexer.indexProject(loaded, project, getMeta(loaded.db, 'metrics_changes') !== metricsBefore);
      this.index.save(false);
    }
    await pending.appendTo(this.events);
    return { result, project };
  }
}
