// The `runs` table of a project file: one row per orchestrator run, naming the process that runs
// it (pid and host), so a run whose process died is marked interrupted (store/interruptedRuns.ts).
import type { Database } from 'sql.js';
import { hostname } from 'node:os';
import { allRows, numOrNull, text, textOrNull, type Row } from '../sqlRows';

export type RunStatus = 'running' | 'completed' | 'failed' | 'partial' | 'cancelled' | 'interrupted';

export interface RunRow {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  skipKaizen: boolean;
  /** A summary of what failed, waited or was skipped; null when all went well. */
  error: string | null;
  /** The process that ran it (null for runs recorded before AICMO kept it). */
  pid: number | null;
  host: string | null;
}

export interface RunsReader {
  /** Runs, newest first. */
  list(): RunRow[];
}

export interface RunsWriter extends RunsReader {
  /** A running run of this process. */
  start(run: { id: string; startedAt: string; skipKaizen: boolean }): void;
  finish(id: string, status: RunStatus, finishedAt: string, error: string | null): void;
}

function toRun(r: Row): RunRow {
  return {
    id: text(r.id),
    startedAt: text(r.started_at),
    finishedAt: textOrNull(r.finished_at),
    status: text(r.status) as RunStatus,
    skipKaizen: Number(r.skip_kaizen) === 1,
    error: textOrNull(r.error),
    pid: numOrNull(r.pid),
    host: textOrNull(r.host),
  };
}

export function readRuns(db: Database): RunsReader {
  return { list: () => allRows(db, 'SELECT * FROM runs ORDER BY started_at DESC, id DESC').map(toRun) };
}

export function writeRuns(db: Database, touch: () => void): RunsWriter {
  return {
    ...readRuns(db),
    start(run) {
      touch();
      db.run("INSERT INTO runs(id, started_at, finished_at, status, skip_kaizen, error, pid, host) VALUES(?, ?, NULL, 'running', ?, NULL, ?, ?)", [run.id, run.startedAt, run.skipKaizen ? 1 : 0, process.pid, hostname()]);
    },
    finish(id, status, finishedAt, error) {
      touch();
      db.run('UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE id = ?', [status, finishedAt, error, id]);
    },
  };
}
