// The `creatives` table of a project file: the variants of each creatives artifact version as
// rows (ranked), and the writes decisions and scheduling make.
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import type { StoredCreative } from '../../subsystems/types';
import { allRows, json, numOrNull, oneRow, text, textOrNull, type Row } from '../sqlRows';

/** A creative row as stored, with where it came from and why it ranks where it does. */
export interface CreativeRow extends StoredCreative {
  artifactId: string | null;
  /** Version of the creatives artifact it came from. */
  version: number;
  parentId: string | null;
  rank?: number;
  rankReason: string | null;
  scheduledDate: string | null;
  createdAt: string;
}

export interface ListCreativesOptions {
  /** Also list creatives of older creatives artifacts (default: only the latest set). */
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
  /** The same variant in the previous set (channel + angle), if any. */
  parentId?: string | null;
}

export interface CreativesReader {
  /**
   * Creatives ranked (rank 1 first). By default only the variants of the latest creatives
   * artifact version that produced any; older sets are history.
   */
  list(options?: ListCreativesOptions): CreativeRow[];
  get(id: string): CreativeRow | undefined;
}

export interface CreativesWriter extends CreativesReader {
  /** Inserts the variants of one creatives artifact version and returns them as stored. */
  insertSet(artifactId: string, version: number, variants: readonly NewCreative[], createdAt?: string): CreativeRow[];
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
  };
}

export function readCreatives(db: Database): CreativesReader {
  const get = (id: string) => {
    const r = oneRow(db, 'SELECT * FROM creatives WHERE id = ?', [id]);
    return r ? toCreative(r) : undefined;
  };
  return {
    list(options = {}) {
      if (options.allVersions) return allRows(db, 'SELECT * FROM creatives ORDER BY version DESC, rank IS NULL, rank, id').map(toCreative);
      const latest = oneRow(db, 'SELECT MAX(version) AS v FROM creatives');
      if (!latest || latest.v === null) return [];
      return allRows(db, 'SELECT * FROM creatives WHERE version = ? ORDER BY rank IS NULL, rank, id', [Number(latest.v)]).map(toCreative);
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
          `INSERT INTO creatives(id, artifact_id, channel, format, angle, headline, body, cta, status, scheduled_date, version, parent_id, violations, rank, rank_reason, created_at)
           VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
          [id, artifactId, v.channel, v.format, v.angle, v.headline, v.body, v.cta, v.status, version, v.parentId ?? null, JSON.stringify(v.violations), v.rank ?? null, v.rankReason ?? null, createdAt],
        );
      }
      return ids.map((id) => reader.get(id)!);
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
