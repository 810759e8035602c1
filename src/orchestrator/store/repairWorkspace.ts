// `aicmo repair`: moves each unreadable .db aside (`<name>.corrupt-<timestamp>`), rebuilds it
// from its .sql dump, and rebuilds the index from the project files. A file from a newer AICMO
// (newer schema) is reported and left alone; so is a dump that cannot be read.
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { isAicmoError } from '../domain/errors';
import { writeFileAtomic } from './atomicFile';
import { applyConnectionSettings, readDatabaseFile } from './databaseFile';
import { loadDump } from './dump';
import { sha256 } from './fileStamp';
import { setMeta } from './meta';
import { readFileInside } from './pathGuard';
import { INDEX_MIGRATIONS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS } from './schema';
import { loadSqlJs } from './sqlJs';
import { acquireWorkspaceLock } from './workspaceLock';
import { EventLog } from '../events';
import { PendingEvents, type RecordedEvent } from './events';
import { openWorkspace } from './openWorkspace';
import type { SummaryRule } from './types';
import { displayName, projectDbFile, projectSqlFile, SLUG_PATTERN, workspacePaths } from './workspacePaths';

export interface RepairProblem {
  /** Workspace-relative file, e.g. `.aicmo/projects/acme.db`. */
  file: string;
  message: string;
}

export interface RepairReport {
  /** Unreadable files moved out of the way (never deleted). */
  movedAside: { file: string; movedTo: string; reason: string }[];
  /** Databases written from their dumps. */
  rebuilt: string[];
  /** Files from a newer AICMO: left untouched; update AICMO to use them. */
  newerSchema: RepairProblem[];
  /** What could not be rebuilt (e.g. a bad .db with an unreadable or missing dump). */
  unrecovered: RepairProblem[];
  /** Projects in the rebuilt index. */
  projects: number;
}

const stampNow = () => new Date().toISOString().replace(/[:.]/g, '-');

export interface RepairOptions {
  /** The stage rule the rebuilt index is derived with (the one every front end opens with). */
  deriveSummary: SummaryRule;
  lockTimeoutMs?: number;
  /** Events to record once the repair is done (through the reopened store). */
  events?: (report: RepairReport) => RecordedEvent[];
}

export async function repairWorkspace(root: string, options: RepairOptions): Promise<RepairReport> {
  const SQL = await loadSqlJs();
  const paths = workspacePaths(root);
  const report: RepairReport = { movedAside: [], rebuilt: [], newerSchema: [], unrecovered: [], projects: 0 };
  if (!existsSync(paths.aicmoDir)) return report;
  const show = (f: string) => displayName(paths, f);

  const moveAside = (file: string, reason: string) => {
    const movedTo = `${file}.corrupt-${stampNow()}`;
    renameSync(file, movedTo);
    report.movedAside.push({ file: show(file), movedTo: show(movedTo), reason });
  };

  let indexNewer = false;
  const lock = await acquireWorkspaceLock(paths.aicmoDir, options.lockTimeoutMs ?? 10_000);
  try {
    const names = existsSync(paths.projectsDir) ? readdirSync(paths.projectsDir) : [];
    const slugs = new Set(names.filter((n) => /\.(db|sql)$/.test(n)).map((n) => n.replace(/\.(db|sql)$/, '')).filter((s) => SLUG_PATTERN.test(s)));
    for (const slug of [...slugs].sort()) {
      const dbFile = projectDbFile(paths, slug);
      const sqlFile = projectSqlFile(paths, slug);
      let dbOk = false;
      if (existsSync(dbFile)) {
        try {
          readDatabaseFile(SQL, dbFile, show(dbFile), PROJECT_MIGRATIONS).close();
          dbOk = true;
        } catch (e) {
          if (!isAicmoError(e)) throw e;
          if (e.code === 'newer-schema') {
            report.newerSchema.push({ file: show(dbFile), message: e.message });
            continue;
          }
          if (!existsSync(sqlFile)) {
            report.unrecovered.push({ file: show(dbFile), message: `${e.message} There is no dump to rebuild it from, so it was left in place.` });
            continue;
          }
          moveAside(dbFile, e.message);
        }
      }
      if (dbOk || !existsSync(sqlFile)) continue; // a readable .db: the normal open reconciles it with its dump
      try {
        const text = readFileInside(sqlFile, 'utf8');
        const db = loadDump(SQL, text, show(sqlFile), PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES);
        try {
          setMeta(db, 'dump_sha256', sha256(text));
          const bytes = db.export();
          applyConnectionSettings(db);
          writeFileAtomic(dbFile, bytes);
          report.rebuilt.push(show(dbFile));
        } finally {
          db.close();
        }
      } catch (e) {
        if (!isAicmoError(e)) throw e;
        (e.code === 'newer-schema' ? report.newerSchema : report.unrecovered).push({ file: show(sqlFile), message: e.message });
      }
    }

    if (existsSync(paths.indexDb)) {
      try {
        readDatabaseFile(SQL, paths.indexDb, show(paths.indexDb), INDEX_MIGRATIONS).close();
      } catch (e) {
        if (!isAicmoError(e)) throw e;
        if (e.code === 'newer-schema') {
          report.newerSchema.push({ file: show(paths.indexDb), message: e.message });
          indexNewer = true;
        } else {
          moveAside(paths.indexDb, e.message);
        }
      }
    }
  } finally {
    lock.release();
  }

  if (!indexNewer) {
    const store = await openWorkspace(root, { lockTimeoutMs: options.lockTimeoutMs, deriveSummary: options.deriveSummary });
    try {
      await store.reindex();
      const rows = await store.listProjects();
      report.projects = rows.filter((r) => !r.flags.unreadable).length;
      for (const r of rows) {
        if (r.flags.unreadable && !report.unrecovered.some((u) => u.file.includes(`/${r.slug}.`)) && !report.newerSchema.some((u) => u.file.includes(`/${r.slug}.`))) {
          report.unrecovered.push({ file: show(path.join(paths.projectsDir, `${r.slug}.sql`)), message: String(r.flags.unreadable) });
        }
      }
    } finally {
      store.close();
    }
  }
  const events = new PendingEvents(null);
  for (const e of options.events?.(report) ?? []) events.record(e);
  await events.appendTo(new EventLog(paths.aicmoDir));
  return report;
}
