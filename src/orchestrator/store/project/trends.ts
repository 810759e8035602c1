// The `trend_points` table of a project file: imported keyword interest series (Google Trends),
// one point per (keyword, geo, date).
import type { Database, SqlValue } from 'sql.js';
import type { TrendPoint } from '../../imports/types';

export interface StoredTrendPoint {
  keyword: string;
  geo: string;
  date: string;
  /** 0–100 relative interest; null when the export showed `<1`. */
  value: number | null;
  belowOne: boolean;
  /** Where the series came from (e.g. "google-trends"), when recorded. */
  source: string | null;
}

export interface TrendsReader {
  /** Every point (of one import when given), by keyword, geo and date. */
  points(filter?: { importId?: number }): StoredTrendPoint[];
  count(): number;
}

export interface TrendsWriter extends TrendsReader {
  /** Upserts on (keyword, geo, date): a re-imported window replaces its points. */
  upsert(points: readonly TrendPoint[], importId: number, source: string): { replaced: number };
}

const num = (v: SqlValue | undefined): number | null => (v === null || v === undefined ? null : Number(v));

export function readTrends(db: Database): TrendsReader {
  return {
    points: (filter = {}) =>
      (db.exec('SELECT keyword, geo, date, value, below_one, source FROM trend_points WHERE (? IS NULL OR import_id = ?) ORDER BY keyword, geo, date', [filter.importId ?? null, filter.importId ?? null])[0]?.values ?? []).map((v) => ({
        keyword: String(v[0]),
        geo: String(v[1] ?? ''),
        date: String(v[2]),
        value: num(v[3]),
        belowOne: Number(v[4]) === 1,
        source: v[5] === null ? null : String(v[5]),
      })),
    count: () => Number(db.exec('SELECT COUNT(*) FROM trend_points')[0]!.values[0]![0]),
  };
}

export function writeTrends(db: Database, touch: () => void): TrendsWriter {
  const reader = readTrends(db);
  return {
    ...reader,
    upsert(points, importId, source) {
      touch();
      const before = reader.count();
      const stmt = db.prepare(
        `INSERT INTO trend_points(keyword, geo, date, value, below_one, source, import_id) VALUES(?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(keyword, geo, date) DO UPDATE SET value = excluded.value, below_one = excluded.below_one, source = excluded.source, import_id = excluded.import_id`,
      );
      try {
        for (const p of points) stmt.run([p.keyword, p.geo, p.date, p.value, p.belowOne ? 1 : 0, source, importId]);
      } finally {
        stmt.free();
      }
      return { replaced: points.length - (reader.count() - before) };
    },
  };
}
