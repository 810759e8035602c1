// Orchestrator runs of one project file.
import type { Database } from 'sql.js';
import { allRows, oneRow, text, textOrNull, type Row } from './sqlRows';

export type RunStatus = 'running' | 'completed' | 'failed' | 'partial' | 'cancelled';

export interface RunRow {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  skipKaizen: boolean;
  /** A summary of what failed, waited or was skipped; null when all went well. */
  error: string | null;
}

function toRun(r: Row): RunRow {
  return {
    id: text(r.id),
    startedAt: text(r.started_at),
    finishedAt: textOrNull(r.finished_at),
    status: text(r.status) as RunStatus,
    skipKaizen: Number(r.skip_kaizen) === 1,
    error: textOrNull(r.error),
  };
}

/** Runs, newest first. */
export function listRuns(db: Database): RunRow[] {
  return allRows(db, 'SELECT * FROM runs ORDER BY started_at DESC, id DESC').map(toRun);
}

export function getRun(db: Database, id: string): RunRow | undefined {
  const r = oneRow(db, 'SELECT * FROM runs WHERE id = ?', [id]);
  return r ? toRun(r) : undefined;
}

export function insertRun(db: Database, run: { id: string; startedAt: string; skipKaizen: boolean }): void {
  db.run("INSERT INTO runs(id, started_at, finished_at, status, skip_kaizen, error) VALUES(?, ?, NULL, 'running', ?, NULL)", [run.id, run.startedAt, run.skipKaizen ? 1 : 0]);
}

export function finishRun(db: Database, id: string, status: RunStatus, finishedAt: string, error: string | null): void {
  db.run('UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE id = ?', [status, finishedAt, error, id]);
}
