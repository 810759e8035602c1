// Artifact versions of one project file: typed reads (latest per kind, history of a kind) and
// the writes the orchestrator and the approval actions make (insert a version, change status).
import type { Database } from 'sql.js';
import { newId } from '../domain/ids';
import type { AppliedInsight } from '../kaizen/types';
import type { ArtifactStatus } from '../subsystems/types';
import { allRows, json, numOrNull, oneRow, text, textOrNull, type Row } from './sqlRows';

/** Recorded in an artifact's insights when it was made on priors alone (skip Kaizen). */
export const SKIP_KAIZEN_INSIGHT_ID = 'kaizen:skipped';
export const SKIP_KAIZEN_SENTENCE = 'Made on priors alone (Kaizen skipped): no learned insight was applied.';

export interface StoredArtifact<C = unknown> {
  id: string;
  /** The subsystem that made it (strategy, media, …). */
  kind: string;
  version: number;
  status: ArtifactStatus;
  /** The subsystem's content; null for a failed attempt. */
  content: C | null;
  /** sha256 of the upstream versions, project revision and options it was made from. */
  inputsHash: string | null;
  /** Upstream artifact versions it was built from (kind → version). */
  inputs: Record<string, number>;
  /** Kaizen insights that shaped it (one sentence each). */
  insights: AppliedInsight[];
  /** True when it was made with Kaizen skipped (priors only). */
  skipKaizen: boolean;
  runId: string | null;
  durationMs: number | null;
  /** Set on a failed attempt: the error message. */
  error: string | null;
  /** One sentence on its status, e.g. why it is stale. */
  statusNote: string | null;
  createdAt: string;
}

function toArtifact(r: Row): StoredArtifact {
  const insights = json<AppliedInsight[]>(r.insights, []);
  const content = r.error === null || r.error === undefined ? json<unknown>(r.content, null) : null;
  return {
    id: text(r.id),
    kind: text(r.kind),
    version: Number(r.version),
    status: text(r.status) as ArtifactStatus,
    content,
    inputsHash: textOrNull(r.inputs_hash),
    inputs: json<Record<string, number>>(r.inputs, {}),
    insights: insights.filter((i) => i.id !== SKIP_KAIZEN_INSIGHT_ID),
    skipKaizen: insights.some((i) => i.id === SKIP_KAIZEN_INSIGHT_ID),
    runId: textOrNull(r.run_id),
    durationMs: numOrNull(r.duration_ms),
    error: textOrNull(r.error),
    statusNote: textOrNull(r.status_note),
    createdAt: text(r.created_at),
  };
}

/**
 * The latest successful version of each kind (failed attempts are history, not results).
 * Keys are artifact kinds; a kind with only failed attempts is absent.
 */
export function latestArtifacts(db: Database): Record<string, StoredArtifact> {
  const rows = allRows(
    db,
    `SELECT a.* FROM artifacts a
       JOIN (SELECT kind, MAX(version) AS v FROM artifacts WHERE error IS NULL GROUP BY kind) m
         ON m.kind = a.kind AND m.v = a.version
      ORDER BY a.kind`,
  );
  const out: Record<string, StoredArtifact> = {};
  for (const r of rows) out[text(r.kind)] = toArtifact(r);
  return out;
}

/** The latest successful version of one kind, or undefined. */
export function latestArtifact(db: Database, kind: string): StoredArtifact | undefined {
  const r = oneRow(db, 'SELECT * FROM artifacts WHERE kind = ? AND error IS NULL ORDER BY version DESC LIMIT 1', [kind]);
  return r ? toArtifact(r) : undefined;
}

/** The latest attempt of one kind, failed or not (to tell whether the last run of it failed). */
export function latestAttempt(db: Database, kind: string): StoredArtifact | undefined {
  const r = oneRow(db, 'SELECT * FROM artifacts WHERE kind = ? ORDER BY version DESC LIMIT 1', [kind]);
  return r ? toArtifact(r) : undefined;
}

/** Every version of one kind, newest first, failed attempts included. */
export function artifactHistory(db: Database, kind: string): StoredArtifact[] {
  return allRows(db, 'SELECT * FROM artifacts WHERE kind = ? ORDER BY version DESC', [kind]).map(toArtifact);
}

export function getArtifact(db: Database, id: string): StoredArtifact | undefined {
  const r = oneRow(db, 'SELECT * FROM artifacts WHERE id = ?', [id]);
  return r ? toArtifact(r) : undefined;
}

/** The next version number of a kind (1 for the first). */
export function nextArtifactVersion(db: Database, kind: string): number {
  const r = oneRow(db, 'SELECT COALESCE(MAX(version), 0) AS v FROM artifacts WHERE kind = ?', [kind]);
  return Number(r?.v ?? 0) + 1;
}

export interface NewArtifact {
  kind: string;
  status: ArtifactStatus;
  content: unknown;
  inputsHash?: string | null;
  inputs?: Record<string, number>;
  insights?: AppliedInsight[];
  skipKaizen?: boolean;
  runId?: string | null;
  durationMs?: number | null;
  /** A failed attempt: the error message (content is then not a result). */
  error?: string | null;
  statusNote?: string | null;
  /** ISO timestamp; default now. */
  createdAt?: string;
}

/** Inserts the next version of `a.kind` and returns it as stored. */
export function insertArtifact(db: Database, a: NewArtifact): StoredArtifact {
  const id = newId('a_');
  const version = nextArtifactVersion(db, a.kind);
  const insights = [...(a.insights ?? [])];
  if (a.skipKaizen) insights.push({ id: SKIP_KAIZEN_INSIGHT_ID, sentence: SKIP_KAIZEN_SENTENCE });
  db.run(
    `INSERT INTO artifacts(id, kind, version, status, content, inputs_hash, insights, run_id, duration_ms, error, created_at, inputs, status_note)
     VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      a.kind,
      version,
      a.status,
      JSON.stringify(a.content ?? {}),
      a.inputsHash ?? null,
      JSON.stringify(insights),
      a.runId ?? null,
      a.durationMs === undefined || a.durationMs === null ? null : Math.round(a.durationMs),
      a.error ?? null,
      a.createdAt ?? new Date().toISOString(),
      JSON.stringify(a.inputs ?? {}),
      a.statusNote ?? null,
    ],
  );
  return getArtifact(db, id)!;
}

/** Changes the status (and note) of one artifact version. */
export function setArtifactStatus(db: Database, id: string, status: ArtifactStatus, statusNote: string | null = null): void {
  db.run('UPDATE artifacts SET status = ?, status_note = ? WHERE id = ?', [status, statusNote, id]);
}
