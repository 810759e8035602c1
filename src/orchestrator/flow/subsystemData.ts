// The read-only data subsystems see (SubsystemData), implemented over the store: trend series
// with strength from the analytics library, metric rows with canonical channels, the workspace
// team, the action history, stored creatives and per-creative results. Each read is lazy and
// cached for the run of one subsystem.
import type { Database } from 'sql.js';
import { trendStrength, type AnalyticsRow } from '../analytics';
import { listApprovalActions, listCreatives } from '../artifacts';
import { selectMetricRows } from '../imports/metricRowsTable';
import type { WorkspaceStore } from '../store/types';
import { normalizeChannel } from '../domain/channels';
import { listTeamRows, readHourlyRateRow, readHourlyRateSetting } from '../team';
import type { CreativeResult, SubsystemData, TeamMember, TrendSeries } from '../subsystems/types';

export function readTrendSeries(db: Database): TrendSeries[] {
  const res = db.exec('SELECT keyword, geo, date, value, below_one, source FROM trend_points ORDER BY keyword, geo, date')[0];
  const series = new Map<string, TrendSeries>();
  for (const v of res?.values ?? []) {
    const keyword = String(v[0]);
    const geo = String(v[1] ?? '');
    const key = `${keyword}\u0000${geo}`;
    const s = series.get(key) ?? { keyword, source: v[5] === null ? 'imported trend series' : String(v[5]), ...(geo ? { geo } : {}), points: [] };
    s.points.push({ date: String(v[2]), value: v[3] === null ? null : Number(v[3]), belowOne: Number(v[4]) === 1 });
    series.set(key, s);
  }
  return [...series.values()].map((s) => ({ ...s, strength: trendStrength(s.points) }));
}

export function readMetricRows(db: Database): AnalyticsRow[] {
  return selectMetricRows(db).map((r) => ({
    date: r.date,
    platform: r.platform,
    channel: normalizeChannel(r.channel) ?? normalizeChannel(r.platform) ?? r.channel,
    campaign: r.campaign,
    spendMinor: r.spendMinor,
    impressions: r.impressions,
    clicks: r.clicks,
    conversions: r.conversions,
    conversionValueMinor: r.conversionValueMinor,
    reach: r.reach,
    engagements: r.engagements,
    currency: r.currency,
  }));
}

/**
 * Metric rows matched to stored creatives of the latest set: a row belongs to a creative when
 * its ad name is the creative's id or its headline (case-insensitive).
 */
export function readCreativeResults(db: Database): CreativeResult[] {
  const creatives = listCreatives(db);
  if (creatives.length === 0) return [];
  const res = db.exec('SELECT ad, TOTAL(COALESCE(impressions, 0)), TOTAL(COALESCE(clicks, 0)), TOTAL(COALESCE(conversions, 0)) FROM metric_rows WHERE ad <> \'\' GROUP BY ad')[0];
  const byAd = new Map<string, { impressions: number; clicks: number; conversions: number }>();
  for (const v of res?.values ?? []) {
    const key = String(v[0]).trim().toLowerCase();
    const t = byAd.get(key) ?? { impressions: 0, clicks: 0, conversions: 0 };
    t.impressions += Number(v[1]);
    t.clicks += Number(v[2]);
    t.conversions += Number(v[3]);
    byAd.set(key, t);
  }
  const out: CreativeResult[] = [];
  for (const c of creatives) {
    const hit = byAd.get(c.id.toLowerCase()) ?? byAd.get(c.headline.trim().toLowerCase());
    if (hit) out.push({ creativeId: c.id, channel: c.channel, angle: c.angle, headline: c.headline, ...hit });
  }
  return out;
}

export async function readTeam(store: WorkspaceStore): Promise<TeamMember[]> {
  return store.readWorkspace((db) => listTeamRows(db).map((r) => ({ name: r.name, role: r.role, weeklyHours: r.weeklyHours })));
}

/** SubsystemData for one project, reading lazily through the store. */
export function subsystemData(store: WorkspaceStore, projectRef: string): SubsystemData {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as Promise<T>;
  };
  return {
    trendSeries: () => once('trends', () => store.readProject(projectRef, readTrendSeries)),
    metricRows: () => once('metrics', () => store.readProject(projectRef, readMetricRows)),
    team: () => once('team', () => readTeam(store)),
    hourlyRate: () => once('hourlyRate', () => store.readWorkspace((db) => readHourlyRateSetting(readHourlyRateRow(db)))),
    actionHistory: () => once('actions', () => store.readProject(projectRef, (db) => listApprovalActions(db))),
    creatives: () => once('creatives', () => store.readProject(projectRef, (db) => listCreatives(db))),
    creativeHistory: () => once('creativeHistory', () => store.readProject(projectRef, (db) => listCreatives(db, { allVersions: true }))),
    creativeResults: () => once('creativeResults', () => store.readProject(projectRef, readCreativeResults)),
  };
}
