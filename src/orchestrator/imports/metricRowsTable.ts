// Writing and reading metric_rows / trend_points / imports (columns as in store/schema.ts).
// spend_minor is NOT NULL in the schema: a row whose spend was not reported is stored as 0
// with extra.spendNotReported = true, and read back as null (never a silent zero).
import type { Database, SqlValue } from 'sql.js';
import type { AnalyticsRow } from '../analytics/types';
import type { Granularity, MetricRow, TrendPoint } from './types';

export interface ImportRecord {
  fileName: string;
  sha256: string;
  format: string;
  platform: string | null;
  currency: string | null;
  rowsTotal: number;
  rowsImported: number;
  rowsReplaced: number;
  rowsRejected: number;
  importedAt: string;
  actor: string;
}

export function insertImport(db: Database, r: ImportRecord): number {
  db.run(
    `INSERT INTO imports(file_name, sha256, format, platform, currency, rows_total, rows_imported, rows_replaced, rows_rejected, imported_at, actor)
     VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [r.fileName, r.sha256, r.format, r.platform, r.currency, r.rowsTotal, r.rowsImported, r.rowsReplaced, r.rowsRejected, r.importedAt, r.actor],
  );
  return Number(db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0]);
}

export function updateImportCounts(db: Database, id: number, rowsImported: number, rowsReplaced: number): void {
  db.run('UPDATE imports SET rows_imported = ?, rows_replaced = ? WHERE id = ?', [rowsImported, rowsReplaced, id]);
}

export function countRows(db: Database, table: 'metric_rows' | 'trend_points'): number {
  return Number(db.exec(`SELECT COUNT(*) FROM ${table}`)[0]!.values[0]![0]);
}

/** Upserts on (platform, campaign, ad_set, ad, date): a re-imported window replaces its rows. */
export function upsertMetricRows(db: Database, rows: MetricRow[], importId: number): void {
  const stmt = db.prepare(
    `INSERT INTO metric_rows(date, granularity, platform, channel, account, campaign, ad_set, ad, currency, spend_minor, impressions, clicks,
       conversions, conversion_value_minor, reach, engagements, attribution, extra, import_id)
     VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(platform, campaign, ad_set, ad, date) DO UPDATE SET
       granularity = excluded.granularity, channel = excluded.channel, account = excluded.account, currency = excluded.currency,
       spend_minor = excluded.spend_minor, impressions = excluded.impressions, clicks = excluded.clicks, conversions = excluded.conversions,
       conversion_value_minor = excluded.conversion_value_minor, reach = excluded.reach, engagements = excluded.engagements,
       attribution = excluded.attribution, extra = excluded.extra, import_id = excluded.import_id`,
  );
  try {
    for (const r of rows) {
      const extra = r.spendMinor === null ? { ...r.extra, spendNotReported: true } : r.extra;
      stmt.run([
        r.date,
        r.granularity,
        r.platform,
        r.channel,
        r.account,
        r.campaign,
        r.adSet,
        r.ad,
        r.currency,
        r.spendMinor ?? 0,
        r.impressions,
        r.clicks,
        r.conversions,
        r.conversionValueMinor,
        r.reach,
        r.engagements,
        r.attribution,
        Object.keys(extra).length ? JSON.stringify(extra) : null,
        importId,
      ]);
    }
  } finally {
    stmt.free();
  }
}

export function upsertTrendPoints(db: Database, points: TrendPoint[], importId: number, source: string): void {
  const stmt = db.prepare(
    `INSERT INTO trend_points(keyword, geo, date, value, below_one, source, import_id) VALUES(?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(keyword, geo, date) DO UPDATE SET value = excluded.value, below_one = excluded.below_one, source = excluded.source, import_id = excluded.import_id`,
  );
  try {
    for (const p of points) stmt.run([p.keyword, p.geo, p.date, p.value, p.belowOne ? 1 : 0, source, importId]);
  } finally {
    stmt.free();
  }
}

/** Currencies already in the project's metric rows. */
export function storedCurrencies(db: Database): string[] {
  return (db.exec('SELECT DISTINCT currency FROM metric_rows ORDER BY currency')[0]?.values ?? []).map((v) => String(v[0]));
}

/** (platform, campaign) pairs stored with a granularity other than `granularity`. */
export function granularityConflicts(db: Database, rows: MetricRow[]): Array<{ platform: string; campaign: string; stored: Granularity; incoming: Granularity }> {
  const stored = new Map<string, Granularity>();
  for (const v of db.exec('SELECT DISTINCT platform, campaign, granularity FROM metric_rows')[0]?.values ?? []) {
    stored.set(JSON.stringify([v[0], v[1]]), v[2] as Granularity);
  }
  const conflicts = new Map<string, { platform: string; campaign: string; stored: Granularity; incoming: Granularity }>();
  for (const r of rows) {
    const key = JSON.stringify([r.platform, r.campaign]);
    const g = stored.get(key);
    if (g && g !== r.granularity && !conflicts.has(key)) conflicts.set(key, { platform: r.platform, campaign: r.campaign, stored: g, incoming: r.granularity });
  }
  return [...conflicts.values()];
}

export interface StoredMetricRow extends AnalyticsRow {
  granularity: Granularity;
  currency: string;
}

const num = (v: SqlValue | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** Metric rows with from ≤ date ≤ to (either bound optional), spend read back as null when not reported. */
export function selectMetricRows(db: Database, from?: string, to?: string): StoredMetricRow[] {
  const stmt = db.prepare(
    `SELECT date, granularity, platform, channel, campaign, currency, spend_minor, impressions, clicks, conversions, conversion_value_minor, reach, engagements, extra
     FROM metric_rows WHERE date >= ? AND date <= ? ORDER BY date, platform, campaign, ad_set, ad`,
  );
  const out: StoredMetricRow[] = [];
  try {
    stmt.bind([from ?? '0000-00-00', to ?? '9999-99-99']);
    while (stmt.step()) {
      const v = stmt.get();
      const extra = v[13] ? (JSON.parse(String(v[13])) as Record<string, unknown>) : {};
      out.push({
        date: String(v[0]),
        granularity: String(v[1]) as Granularity,
        platform: String(v[2]),
        channel: String(v[3]),
        campaign: String(v[4]),
        currency: String(v[5]),
        spendMinor: extra.spendNotReported ? null : num(v[6]),
        impressions: num(v[7]),
        clicks: num(v[8]),
        conversions: num(v[9]),
        conversionValueMinor: num(v[10]),
        reach: num(v[11]),
        engagements: num(v[12]),
      });
    }
  } finally {
    stmt.free();
  }
  return out;
}

export function selectTrendPoints(db: Database): Array<{ keyword: string; geo: string; date: string; value: number | null; belowOne: boolean }> {
  return (db.exec('SELECT keyword, geo, date, value, below_one FROM trend_points ORDER BY keyword, geo, date')[0]?.values ?? []).map((v) => ({
    keyword: String(v[0]),
    geo: String(v[1]),
    date: String(v[2]),
    value: num(v[3]),
    belowOne: Number(v[4]) === 1,
  }));
}
