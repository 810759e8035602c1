// The `metric_rows` table of a project file: imported results, one row per (platform, campaign,
// ad set, ad, date). spend_minor is NOT NULL in the schema: a row whose spend was not reported is
// stored as 0 with extra.spendNotReported = true, and read back as null (never a silent zero).
import type { Database, SqlValue } from 'sql.js';
import type { AnalyticsRow } from '../../analytics/types';
import type { Granularity, MetricRow } from '../../imports/types';

export interface StoredMetricRow extends AnalyticsRow {
  granularity: Granularity;
  currency: string;
}

/** Sums of one (channel label as stored, currency, date, priced or not) — what Kaizen reads channels from. */
export interface ChannelDayRow {
  /** metric_rows.channel as stored (read into a channel by Kaizen). */
  label: string;
  currency: string;
  date: string;
  /** False for rows whose spend was not reported (stored as 0 with extra.spendNotReported). */
  priced: boolean;
  rows: number;
  spendMinor: number;
  clicks: number;
  conversions: number;
  conversionValueMinor: number;
  impressions: number;
  reach: number;
  engagements: number;
}

/** Delivery summed per ad name (rows without an ad name left out). */
export interface AdTotalsRow {
  ad: string;
  impressions: number;
  clicks: number;
  conversions: number;
}

export interface GranularityConflict {
  platform: string;
  campaign: string;
  stored: Granularity;
  incoming: Granularity;
}

export interface MetricsReader {
  /**
   * Rows with from ≤ date ≤ to (either bound optional), in date order (then platform, campaign,
   * ad set, ad); of one import when given, in date order then the order of its file.
   */
  select(range?: { from?: string; to?: string; importId?: number }): StoredMetricRow[];
  count(): number;
  /** Currencies already in the rows. */
  currencies(): string[];
  /** (platform, campaign) pairs stored with another granularity than the incoming rows. */
  granularityConflicts(rows: readonly MetricRow[]): GranularityConflict[];
  /** Rows summed per channel label, currency, date and priced/unpriced, in that order. */
  channelDays(): ChannelDayRow[];
  adTotals(): AdTotalsRow[];
}

export interface MetricsWriter extends MetricsReader {
  /** Upserts on (platform, campaign, ad_set, ad, date): a re-imported window replaces its rows. */
  upsert(rows: readonly MetricRow[], importId: number): { replaced: number };
}

const num = (v: SqlValue | undefined): number | null => (v === null || v === undefined ? null : Number(v));

export function readMetrics(db: Database): MetricsReader {
  const count = () => Number(db.exec('SELECT COUNT(*) FROM metric_rows')[0]!.values[0]![0]);
  return {
    select(range = {}) {
      const stmt = db.prepare(
        `SELECT date, granularity, platform, channel, campaign, currency, spend_minor, impressions, clicks, conversions, conversion_value_minor, reach, engagements, extra
         FROM metric_rows WHERE date >= ? AND date <= ? AND (? IS NULL OR import_id = ?) ORDER BY date, ${range.importId === undefined ? 'platform, campaign, ad_set, ad' : 'id'}`,
      );
      const out: StoredMetricRow[] = [];
      try {
        stmt.bind([range.from ?? '0000-00-00', range.to ?? '9999-99-99', range.importId ?? null, range.importId ?? null]);
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
    },
    count,
    currencies: () => (db.exec('SELECT DISTINCT currency FROM metric_rows ORDER BY currency')[0]?.values ?? []).map((v) => String(v[0])),
    granularityConflicts(rows) {
      const stored = new Map<string, Granularity>();
      for (const v of db.exec('SELECT DISTINCT platform, campaign, granularity FROM metric_rows')[0]?.values ?? []) {
        stored.set(JSON.stringify([v[0], v[1]]), v[2] as Granularity);
      }
      const conflicts = new Map<string, GranularityConflict>();
      for (const r of rows) {
        const key = JSON.stringify([r.platform, r.campaign]);
        const g = stored.get(key);
        if (g && g !== r.granularity && !conflicts.has(key)) conflicts.set(key, { platform: r.platform, campaign: r.campaign, stored: g, incoming: r.granularity });
      }
      return [...conflicts.values()];
    },
    channelDays() {
      const res = db.exec(
        `SELECT channel, currency, date, extra LIKE '%"spendNotReported":true%' AS unpriced, COUNT(*), TOTAL(spend_minor), TOTAL(COALESCE(clicks, 0)), TOTAL(COALESCE(conversions, 0)),
                TOTAL(COALESCE(conversion_value_minor, 0)), TOTAL(COALESCE(impressions, 0)), TOTAL(COALESCE(reach, 0)), TOTAL(COALESCE(engagements, 0))
           FROM metric_rows GROUP BY channel, currency, date, unpriced ORDER BY channel, currency, date`,
      )[0];
      return (res?.values ?? []).map((v) => ({
        label: String(v[0]),
        currency: String(v[1]),
        date: String(v[2]),
        priced: Number(v[3]) !== 1,
        rows: Number(v[4]),
        spendMinor: Number(v[5]),
        clicks: Number(v[6]),
        conversions: Number(v[7]),
        conversionValueMinor: Number(v[8]),
        impressions: Number(v[9]),
        reach: Number(v[10]),
        engagements: Number(v[11]),
      }));
    },
    adTotals() {
      const res = db.exec("SELECT ad, TOTAL(COALESCE(impressions, 0)), TOTAL(COALESCE(clicks, 0)), TOTAL(COALESCE(conversions, 0)) FROM metric_rows WHERE ad <> '' GROUP BY ad")[0];
      return (res?.values ?? []).map((v) => ({ ad: String(v[0]), impressions: Number(v[1]), clicks: Number(v[2]), conversions: Number(v[3]) }));
    },
  };
}

export function writeMetrics(db: Database, touch: () => void): MetricsWriter {
  const reader = readMetrics(db);
  return {
    ...reader,
    upsert(rows, importId) {
      touch();
      const before = reader.count();
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
      // Rows that did not add to the count replaced a stored row with the same key.
      return { replaced: rows.length - (reader.count() - before) };
    },
  };
}
