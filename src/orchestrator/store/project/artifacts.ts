// The `artifacts` table of a project file: every version each subsystem made (failed attempts
// included), read as StoredArtifact; writes insert the next version or change a status.
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import type { AppliedInsight } from '../../kaizen/types';
import type { ArtifactStatus } from '../../subsystems/types';
import { allRows, json, numOrNull, oneRow, text, textOrNull, type Row } from '../sqlRows';

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

export interface ArtifactsReader {
  /**
   * The latest successful version of each kind (failed attempts are history, not results).
   * Keys are artifact kinds; a kind with only failed attempts is absent.
   */
  latestByKind(): Record<string, StoredArtifact>;
  /** The latest successful version of one kind. */
  latest(kind: string): StoredArtifact | undefined;
  /** The latest attempt of one kind, failed or not (did the last run of it fail?). */
  latestAttempt(kind: string): StoredArtifact | undefined;
  /** Every version of one kind, newest first, failed attempts included. */
  history(kind: string): StoredArtifact[];
  get(id: string): StoredArtifact | undefined;
  /** The next version number of a kind (1 for the first). */
  nextVersion(kind: string): number;
  /** Kinds whose newest attempt failed (not retried successfully since), sorted. */
  failedKinds(): string[];
  /** Every failed attempt, oldest first. */
  failures(): StoredArtifact[];
}

export interface ArtifactsWriter extends ArtifactsReader {
  /** Inserts the next version of `a.kind` and returns it as stored. */
  insert(a: NewArtifact): StoredArtifact;
  /** Changes the status (and note) of one version. */
  setStatus(id: string, status: ArtifactStatus, statusNote?: string | null): void;
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

export function readArtifacts(db: Database): ArtifactsReader {
  const get = (id: string) => {
    const r = oneRow(db, 'SELECT * FROM artifacts WHERE id = ?', [id]);
    return r ? toArtifact(r) : undefined;
  };
  return {
    latestByKind() {
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
    },
    latest(kind) {
      const r = oneRow(db, 'SELECT * FROM artifacts WHERE kind = ? AND error IS NULL ORDER BY version DESC LIMIT 1', [kind]);
      return r ? toArtifact(r) : undefined;
    },
    latestAttempt(kind) {
      const r = oneRow(db, 'SELECT * FROM artifacts WHERE kind = ? ORDER BY version DESC LIMIT 1', [kind]);
      return r ? toArtifact(r) : undefined;
    },
    history(kind) {
      return allRows(db, 'SELECT * FROM artifacts WHERE kind = ? ORDER BY version DESC', [kind]).map(toArtifact);
    },
    get,
    nextVersion(kind) {
      const r = oneRow(db, 'SELECT COALESCE(MAX(version), 0) AS v FROM artifacts WHERE kind = ?', [kind]);
      return Number(r?.v ?? 0) + 1;
    },
    failedKinds() {
      const r = oneRow(
        db,
        `SELECT group_concat(a.kind, ',') AS kinds FROM artifacts a
           JOIN (SELECT kind, MAX(version) AS v FROM artifacts GROUP BY kind) m ON m.kind = a.kind AND m.v = a.version
          WHERE a.error IS NOT NULL`,
      );
      return r?.kinds ? String(r.kinds).split(',').sort() : [];
    },
    failures() {
      return allRows(db, 'SELECT * FROM artifacts WHERE error IS NOT NULL ORDER BY created_at, id').map(toArtifact);
    },
  };
}

export function writeArtifacts(db: Database, touch: () => void): ArtifactsWriter {
  const reader = readArtifacts(db);
  return {
    ...reader,
    insert(a) {
      touch();
      const id = newId('a_');
      const version = reader.nextVersion(a.kind);
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
      return reader.get(id)!;
    },
    setStatus(id, status, statusNote = null) {
      touch();
      db.run('UPDATE artifacts SET status = ?, status_note = ? WHERE id = ?', [status, statusNote, id]);
    },
  };
}
