// `aicmo repair`: moves each unreadable .db aside (`<name>.corrupt-<timestamp>`) and has it rebuilt
// from its .sql dump, moves an unreadable `workspace.sql` aside (`.conflict-<timestamp>` for one
// git left with merge conflict markers) and writes it again from this copy's index, and rebuilds
// the index from the project files. A file from a newer AICMO (newer schema) is reported and left
// alone; so is a project dump that cannot be read (a conflict in it is for a person to resolve).
// The rebuilding itself is done by the store (projectFiles.ts, indexFile.ts), so outboxes that
// came with the dumps are checked against the event log as on every rebuild.
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { isAicmoError } from '../domain/errors';
import { readDatabaseFile } from './databaseFile';
import { loadDump } from './dump';
import { assertNoConflict, isConflictError, RESOLVE } from './mergeConflict';
import { INDEX_MIGRATIONS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS, WORKSPACE_DUMP_TABLES } from './schema';
import { readFileInside } from './pathGuard';
import { loadSqlJs } from './sqlJs';
import { acquireWorkspaceLock } from './workspaceLock';
import { EventLog } from '../events';
import { checkEvent, type RecordedEvent } from './events';
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
  /** Files written again: databases from their dumps, workspace.sql from the index. */
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

  const moveAside = (file: string, reason: string, kind = 'corrupt') => {
    const movedTo = `${file}.${kind}-${stampNow()}`;
    renameSync(file, movedTo);
    report.movedAside.push({ file: show(file), movedTo: show(movedTo), reason });
  };

  /** Whether a dump can be loaded: problems are reported, nothing is written. */
  const dumpLoads = (file: string, migrations: typeof PROJECT_MIGRATIONS, tables: readonly string[], advice?: string): true | { problem: RepairProblem; newer: boolean; conflict: boolean } => {
    try {
      const text = readFileInside(file, 'utf8');
      assertNoConflict(text, show(file), advice);
      loadDump(SQL, text, show(file), migrations, tables).close();
      return true;
    } catch (e) {
      if (!isAicmoError(e)) throw e;
      return { problem: { file: show(file), message: e.message }, newer: e.code === 'newer-schema', conflict: isConflictError(e) };
    }
  };

  let indexNewer = false;
  let workspaceDumpAside = false;
  const toRebuild: string[] = [];
  const lock = await acquireWorkspaceLock(paths.aicmoDir, options.lockTimeoutMs ?? 10_000);
  try {
    const names = existsSync(paths.projectsDir) ? readdirSync(paths.projectsDir) : [];
    const slugs = new Set(names.filter((n) => /\.(db|sql)$/.test(n)).map((n) => n.replace(/\.(db|sql)$/, '')).filter((s) => SLUG_PATTERN.test(s)));
    for (const slug of [...slugs].sort()) {
      const dbFile = projectDbFile(paths, slug);
      const sqlFile = projectSqlFile(paths, slug);
      if (existsSync(dbFile)) {
        try {
          readDatabaseFile(SQL, dbFile, show(dbFile), PROJECT_MIGRATIONS).close();
          continue; // a readable .db: the store reconciles it with its dump
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
      if (!existsSync(sqlFile)) continue;
      const loads = dumpLoads(sqlFile, PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES);
      if (loads === true) toRebuild.push(slug);
      else (loads.newer ? report.newerSchema : report.unrecovered).push(loads.problem);
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

    // workspace.sql bricks every open when it cannot be read (a conflict after git pull): it is
    // kept aside and written again from this copy's index (or empty, when there is none).
    if (!indexNewer && existsSync(paths.workspaceSql)) {
      const loads = dumpLoads(paths.workspaceSql, INDEX_MIGRATIONS, WORKSPACE_DUMP_TABLES, `${RESOLVE}; repair kept it aside and wrote workspace.sql again from this copy's team and settings`);
      if (loads !== true && loads.newer) report.newerSchema.push(loads.problem);
      else if (loads !== true) {
        moveAside(paths.workspaceSql, loads.problem.message, loads.conflict ? 'conflict' : 'corrupt');
        workspaceDumpAside = true;
      }
    }
  } finally {
    lock.release();
  }

  const events = (): RecordedEvent[] => options.events?.(report) ?? [];
  if (!indexNewer) {
    const store = await openWorkspace(root, { lockTimeoutMs: options.lockTimeoutMs, deriveSummary: options.deriveSummary });
    try {
      await store.reindex(); // rebuilds each missing .db from its dump, and a missing workspace.sql
      for (const slug of toRebuild) if (existsSync(projectDbFile(paths, slug))) report.rebuilt.push(show(projectDbFile(paths, slug)));
      if (workspaceDumpAside && existsSync(paths.workspaceSql)) report.rebuilt.push(show(paths.workspaceSql));
      const rows = await store.listProjects();
      report.projects = rows.filter((r) => !r.flags.unreadable).length;
      for (const r of rows) {
        if (r.flags.unreadable && !report.unrecovered.some((u) => u.file.includes(`/${r.slug}.`)) && !report.newerSchema.some((u) => u.file.includes(`/${r.slug}.`))) {
          report.unrecovered.push({ file: show(path.join(paths.projectsDir, `${r.slug}.sql`)), message: String(r.flags.unreadable) });
        }
      }
      await store.recordEvents(events()); // through the index's outbox, like every event
    } finally {
      store.close();
    }
  } else {
    // The index is from a newer AICMO and cannot be written: the event goes to the log directly.
    const log = new EventLog(paths.aicmoDir);
    for (const e of events()) {
      checkEvent(e);
      const stamped = log.stamp({ type: e.type, actor: e.actor, data: e.data ?? {}, project: e.project ?? null });
      await log.appendLine({ ts: stamped.ts, line: JSON.stringify(stamped) });
    }
  }
  return report;
}
