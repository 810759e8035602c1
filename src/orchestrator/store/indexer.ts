// Keeps the index derived from the project files: a row per `<slug>.sql` on disk, re-derived when
// its files changed behind our back (another process that crashed before updating the index, git
// pull, files added or removed by git) or when it was derived by another version of the stage
// rule; rows whose project is gone are dropped. A missing aicmo.db is rebuilt from all of them.
import type { Database } from 'sql.js';
import { existsSync, readdirSync } from 'node:fs';
import { AicmoError } from '../domain/errors';
import type { Project } from '../domain/project';
import { fileStamp } from './fileStamp';
import type { IndexFile } from './indexFile';
import type { LoadedProject } from './projectCache';
import type { ProjectFiles } from './projectFiles';
import { projectReader } from './project/transaction';
import { NEEDS_LOCK, type Attempt } from './storeQueue';
import type { SummaryRule } from './types';
import { readIndexRows, upsertIndexRow, type IndexedRow } from './workspace/projects';
import { dropRollups, refreshRollups } from './workspace/rollups';
import { projectDbFile, projectSqlFile, SLUG_PATTERN, type WorkspacePaths } from './workspacePaths';

export class Indexer {
  private lastScan: { dirStamp: string; indexStamp: string } | undefined;

  constructor(
    private readonly paths: WorkspacePaths,
    private readonly index: IndexFile,
    private readonly files: ProjectFiles,
    private readonly rule: SummaryRule,
  ) {}

  /** The index database; a missing aicmo.db is made and every row derived (needs the lock). */
  db(locked: boolean): Attempt<Database> {
    const opened = this.index.open(locked);
    if (opened === NEEDS_LOCK) return NEEDS_LOCK;
    if (opened.created) {
      this.refresh(true, true);
      this.index.save();
    }
    return opened.db;
  }

  /** Index rows, after bringing the index up to date with the project files. */
  rows(locked: boolean): Attempt<IndexedRow[]> {
    if (this.refresh(locked) === NEEDS_LOCK) return NEEDS_LOCK;
    const db = this.db(locked);
    return db === NEEDS_LOCK ? NEEDS_LOCK : readIndexRows(db);
  }

  /** The slug for an id or slug; refreshes the index once if it is not there yet. */
  resolve(ref: string, locked: boolean): Attempt<string> {
    const find = (): Attempt<IndexedRow | undefined> => {
      const db = this.db(locked);
      return db === NEEDS_LOCK ? NEEDS_LOCK : readIndexRows(db, 'WHERE id = ? OR slug = ?', [ref, ref])[0];
    };
    let row = find();
    if (row === NEEDS_LOCK) return NEEDS_LOCK;
    if (!row || !existsSync(projectSqlFile(this.paths, row.slug))) {
      if (this.refresh(locked) === NEEDS_LOCK) return NEEDS_LOCK;
      row = find();
      if (row === NEEDS_LOCK) return NEEDS_LOCK;
    }
    if (!row) throw new AicmoError('not-found', `No project "${ref}" in this workspace (looked for an id or slug).`, { details: { ref } });
    return row.slug;
  }

  /** Whether the index has a project with this slug (locked: the caller writes). */
  hasSlug(slug: string): boolean {
    return readIndexRows(this.db(true) as Database, 'WHERE slug = ?', [slug]).length > 0;
  }

  /** Derives the project's row (and, when its metric rows changed, its rollups) from its file. */
  indexProject(loaded: LoadedProject, project: Project, rollups: boolean): void {
    const db = this.db(true) as Database;
    const reader = projectReader(loaded.db, project);
    const derived = this.rule.derive(reader);
    // `running` is the store's own: the runs in flight, checked on open for a process that is gone.
    const running = reader.runs.list().filter((r) => r.status === 'running').length;
    db.run('DELETE FROM projects WHERE slug = ? AND id <> ?', [project.slug, project.id]);
    upsertIndexRow(db, { ...project, slug: loaded.slug }, { stage: derived.stage, flags: { ...derived.flags, rule: this.rule.version, running } }, { dbStamp: loaded.dbStamp, sqlStamp: loaded.sqlStamp });
    if (rollups) refreshRollups(db, loaded.db, project.id);
  }

  /**
   * Re-derives stale rows and drops rows whose project is gone; `all` re-derives every row (a
   * rebuilt index, repair). Saves the index when it changed a row.
   */
  refresh(locked: boolean, all = false): Attempt<void> {
    if (!existsSync(this.paths.aicmoDir)) {
      return this.db(locked) === NEEDS_LOCK ? NEEDS_LOCK : undefined;
    }
    const opened = this.db(locked);
    if (opened === NEEDS_LOCK) return NEEDS_LOCK;
    const db = opened;
    // Nothing renamed into or out of projects/ and nobody saved the index since our last full
    // scan: the rows are current (in-place edits of one project are caught when it is read).
    const dirStamp = fileStamp(this.paths.projectsDir);
    if (!all && this.lastScan && this.lastScan.dirStamp === dirStamp && this.lastScan.indexStamp === this.index.stamp) return;
    const rows = new Map(readIndexRows(db).map((r) => [r.slug, r]));
    const onDisk = this.projectSlugsOnDisk();
    const stale: string[] = [];
    for (const slug of onDisk) {
      const row = rows.get(slug);
      if (
        all ||
        !row ||
        row.flags.unreadable ||
        row.flags.rule !== this.rule.version ||
        typeof row.flags.running !== 'number' ||
        row.dbStamp !== fileStamp(projectDbFile(this.paths, slug)) ||
        row.sqlStamp !== fileStamp(projectSqlFile(this.paths, slug))
      ) {
        stale.push(slug);
      }
    }
    const gone = [...rows.keys()].filter((slug) => !onDisk.has(slug));
    if (stale.length === 0 && gone.length === 0) {
      if (this.index.stamp) this.lastScan = { dirStamp, indexStamp: this.index.stamp };
      return;
    }
    if (!locked) return NEEDS_LOCK;
    let changed = false;
    for (const slug of gone) {
      dropRollups(db, rows.get(slug)!.id);
      db.run('DELETE FROM projects WHERE slug = ?', [slug]);
      this.files.cache.forget(slug);
      changed = true;
    }
    for (const slug of stale) {
      const row = rows.get(slug);
      try {
        const loaded = this.files.load(slug, true) as LoadedProject;
        // Files changed behind our back (a crashed writer, a merge that kept the revision):
        // re-derive the whole row and its rollups.
        this.indexProject(loaded, this.files.projectOf(loaded), true);
        changed = true;
      } catch (e) {
        if (!(e instanceof AicmoError) || (e.code !== 'unreadable-file' && e.code !== 'newer-schema')) throw e;
        // Keep listing the others; the row says what is wrong with this one.
        if (row && !row.flags.unreadable) {
          db.run('UPDATE projects SET flags = ? WHERE slug = ?', [JSON.stringify({ ...row.flags, unreadable: e.message }), slug]);
          changed = true;
        } else if (!row) {
          this.indexUnreadable(db, slug, e);
          changed = true;
        }
      }
    }
    if (changed) this.index.save(false);
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

  private indexUnreadable(db: Database, slug: string, e: AicmoError): void {
    db.run(
      `INSERT INTO projects(id, slug, name, industry, goal_metric, currency, budget_minor, stage, lifecycle, flags, revision, updated_at)
       VALUES(?, ?, ?, '', 'awareness', '', 0, 'INTAKE', 'active', ?, 0, '')
       ON CONFLICT(slug) DO UPDATE SET flags = excluded.flags`,
      [`unreadable:${slug}`, slug, slug, JSON.stringify({ unreadable: e.message })],
    );
  }
}
