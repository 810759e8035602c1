// Runs left `running` by a process that is gone (killed, crashed, the machine went down): each
// run row names its process (pid and host), and on the next open — and when a lock of a dead
// holder is taken over — such runs are marked `interrupted`, with a `flow.interrupted` event, in
// a write under the lock. A run of this host is orphaned when its process is gone (or it is older
// than MAX_RUN_MS, in case its pid was reused); a run of another host, or of an AICMO that did
// not record the process, only when it started more than FOREIGN_RUN_MS ago.
import { hostname } from 'node:os';
import type { ProjectWriter } from './project/transaction';
import type { RunRow } from './project/runs';
import { processAlive } from './workspaceLock';

export const FOREIGN_RUN_MS = 60 * 60_000;
export const MAX_RUN_MS = 24 * 60 * 60_000;

export function runIsOrphaned(run: RunRow, now: number, host: string = hostname()): boolean {
  if (run.status !== 'running') return false;
  const age = now - Date.parse(run.startedAt);
  if (run.pid !== null && run.host === host) {
    if (run.pid === process.pid) return false;
    return !processAlive(run.pid) || age > MAX_RUN_MS;
  }
  return !(age <= FOREIGN_RUN_MS);
}

function why(run: RunRow, host: string): string {
  if (run.pid !== null && run.host === host) return `Interrupted: the process running it (pid ${run.pid}) is gone.`;
  if (run.host !== null) return `Interrupted: it was started on ${run.host} more than an hour ago and never finished.`;
  return 'Interrupted: it was started more than an hour ago and never finished.';
}

/** Marks the project's orphaned runs interrupted, each with its `flow.interrupted` event; returns how many. */
export function interruptOrphanedRuns(tx: ProjectWriter, now: Date): number {
  const host = hostname();
  const orphaned = tx.runs.list().filter((r) => runIsOrphaned(r, now.getTime(), host));
  for (const r of orphaned) {
    const note = why(r, host);
    tx.runs.finish(r.id, 'interrupted', now.toISOString(), note);
    tx.events.record({ type: 'flow.interrupted', actor: 'aicmo', data: { runId: r.id, startedAt: r.startedAt, pid: r.pid, host: r.host, note } });
  }
  return orphaned.length;
}
