// The `creatives` table of a project file: the current set (one version per creative key), the
// history, and the writes: new versions from a creatives artifact (linked to the version they
// replace, which is marked stale and keeps its decision), rank updates of kept creatives, status
// changes from approval actions, scheduling.
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import type { StoredCreative } from '../../subsystems/types';
import { allRows, json, numOrNull, oneRow, text, textOrNull, type Row } from '../sqlRows';

/** A creative row as stored, with where it came from and why it ranks where it does. */
export interface CreativeRow extends StoredCreative {
  artifactId: string | null;
  /** Version of the creatives artifact it came from. */
  version: number;
  /** The version it replaces (same key), if any. */
  parentId: string | null;
  rank?: number;
  rankReason: string | null;
  scheduledDate: string | null;
  createdAt: string;
  key: string;
  language: string;
  fields: Record<string, string | string[]>;
  facts: string[];
  fingerprint: string;
  /** What it was made from (the parts of its fingerprint). */
  inputs: Record<string, unknown>;
  generation: number;
  /** The newer version that replaced it. */
  replacedBy: string | null;
  /** Why it is stale (replaced, or no longer planned); null while it stands. */
  staleNote: string | null;
  /** Shown in the current set. */
  current: boolean;
}

export interface ListCreativesOptions {
  /** Also list replaced versions and older sets (default: only the current set). */
  allVersions?: boolean;
}

export interface NewCreative {
  /** Id of the row; default a new sortable id. */
  id?: string;
  channel: string;
  format: string;
  angle: string;
  headline: string;
  body: string;
  cta: string;
  status: string;
  violations: unknown[];
  rank?: number | null;
  rankReason?: string | null;
  /** The version it replaces (same key), if any. */
  parentId?: string | null;
  key?: string;
  language?: string;
  fields?: Record<string, string | string[]>;
  facts?: string[];
  fingerprint?: string;
  inputs?: Record<string, unknown>;
  generation?: number;
}

export interface CreativesReader {
  /** Creatives ranked (rank 1 first; stale ones last). By default the current set: one version per creative. */
  list(options?: ListCreativesOptions): CreativeRow[];
  get(id: string): CreativeRow | undefined;
}

export interface CreativesWriter extends CreativesReader {
  /** Inserts creatives (new versions) of one creatives artifact version and returns them as stored. */
  insertSet(artifactId: string, version: number, variants: readonly NewCreative[], createdAt?: string): CreativeRow[];
  /** A newer version replaces this one: it leaves the current set, marked stale, its decision kept. */
  markReplaced(id: string, replacedBy: string, note: string): void;
  /** A kept creative: its rank moves with the set; a stale note (no longer planned) is set or cleared. */
  updateKept(id: string, rank: number | null, rankReason: string | null, staleNote: string | null): void;
  setStatus(id: string, status: string): void;
  /** Marks an approved creative scheduled for `date` (YYYY-MM-DD). */
  schedule(id: string, date: string): void;
}

function toCreative(r: Row): CreativeRow {
  const rank = numOrNull(r.rank);
  return {
    id: text(r.id),
    artifactId: textOrNull(r.artifact_id),
    channel: text(r.channel),
    format: text(r.format),
    angle: text(r.angle),
    headline: text(r.headline),
    body: text(r.body),
    cta: text(r.cta),
    status: text(r.status),
    scheduledDate: textOrNull(r.scheduled_date),
    version: Number(r.version),
    parentId: textOrNull(r.parent_id),
    violations: json<StoredCreative['violations']>(r.violations, []),
    ...(rank === null ? {} : { rank }),
    rankReason: textOrNull(r.rank_reason),
    createdAt: text(r.created_at),
    key: text(r.variant_key),
    language: text(r.language),
    fields: json<Record<string, string | string[]>>(r.fields, {}),
    facts: json<string[]>(r.facts, []),
    fingerprint: text(r.fingerprint),
    inputs: json<Record<string, unknown>>(r.inputs, {}),
    generation: Number(r.generation ?? 0),
    replacedBy: textOrNull(r.replaced_by),
    staleNote: textOrNull(r.stale_note),
    current: Number(r.current) === 1,
  };
}

export function readCreatives(db: Database): CreativesReader {
  const get = (id: string) => {
    const r = oneRow(db, 'SELECT * FROM creatives WHERE id = ?', [id]);
    return r ? toCreative(r) : undefined;
  };
  return {
    list(options = {}) {
      if (options.allVersions) return allRows(db, 'SELECT * FROM creatives ORDER BY current DESC, version DESC, rank IS NULL, rank, id').map(toCreative);
      return allRows(db, 'SELECT * FROM creatives WHERE current = 1 ORDER BY stale_note IS NOT NULL, rank IS NULL, rank, id').map(toCreative);
    },
    get,
  };
}

export function writeCreatives(db: Database, touch: () => void): CreativesWriter {
  const reader = readCreatives(db);
  return {
    ...reader,
    insertSet(artifactId, version, variants, createdAt = new Date().toISOString()) {
      touch();
      const ids: string[] = [];
      for (const v of variants) {
        const id = v.id ?? newId('c_');
        ids.push(id);
        db.run(
          `INSERT INTO creatives(id, artifact_id, channel, format, angle, headline, body, cta, status, scheduled_date, version, parent_id, violations, rank, rank_reason, created_at,
                                 variant_key, language, fields, facts, fingerprint, inputs, generation, replaced_by, stale_note, current)
           VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 1)`,
          [
            id, artifactId, v.channel, v.format, v.angle, v.headline, v.body, v.cta, v.status, version, v.parentId ?? null, JSON.stringify(v.violations), v.rank ?? null, v.rankReason ?? null, createdAt,
            v.key ?? `${v.channel}-${v.angle}`, v.language ?? 'en', JSON.stringify(v.fields ?? {}), JSON.stringify(v.facts ?? []), v.fingerprint ?? '', JSON.stringify(v.inputs ?? {}), v.generation ?? 0,
          ],
        );
      }
      return ids.map((id) => reader.get(id)!);
    },
    markReplaced(id, replacedBy, note) {
      touch();
      db.run('UPDATE creatives SET replaced_by = ?, stale_note = ?, current = 0 WHERE id = ?', [replacedBy, note, id]);
    },
    updateKept(id, rank, rankReason, staleNote) {
      touch();
      db.run('UPDATE creatives SET rank = ?, rank_reason = ?, stale_note = ? WHERE id = ?', [rank, rankReason, staleNote, id]);
    },
    setStatus(id, status) {
      touch();
      db.run('UPDATE creatives SET status = ? WHERE id = ?', [status, id]);
    },
    schedule(id, date) {
      touch();
      db.run("UPDATE creatives SET status = 'scheduled', scheduled_date = ? WHERE id = ?", [date, id]);
    },
  };
}
