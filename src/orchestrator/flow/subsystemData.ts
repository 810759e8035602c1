// The read-only data subsystems see (SubsystemData), implemented over the store: trend series
// with strength from the analytics library, metric rows with canonical channels, the workspace
// team, the action history, stored creatives and per-creative results. Each read is lazy and
// cached for the run of one subsystem.
import { trendStrength, type AnalyticsRow } from '../analytics';
import { normalizeChannel } from '../domain/channels';
import type { ProjectReader, WorkspaceStore } from '../store/types';
import { HOURLY_RATE_SETTING, readHourlyRateSetting } from '../team/hourlyRate';
import type { CreativeResult, SubsystemData, TeamMember, TrendSeries } from '../subsystems/types';

export function readTrendSeries(tx: ProjectReader): TrendSeries[] {
  const series = new Map<string, TrendSeries>();
  for (const p of tx.trends.points()) {
    const key = `${p.keyword}\u0000${p.geo}`;
    const s = series.get(key) ?? { keyword: p.keyword, source: p.source ?? 'imported trend series', ...(p.geo ? { geo: p.geo } : {}), points: [] };
    s.points.push({ date: p.date, value: p.value, belowOne: p.belowOne });
    series.set(key, s);
  }
  return [...series.values()].map((s) => ({ ...s, strength: trendStrength(s.points) }));
}

export function readMetricRows(tx: ProjectReader): AnalyticsRow[] {
  return tx.metrics.select().map((r) => ({
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
export function readCreativeResults(tx: ProjectReader): CreativeResult[] {
  const creatives = tx.creatives.list();
  if (creatives.length === 0) return [];
  const byAd = new Map<string, { impressions: number; clicks: number; conversions: number }>();
  for (const a of tx.metrics.adTotals()) {
    const key = a.ad.trim().toLowerCase();
    const t = byAd.get(key) ?? { impressions: 0, clicks: 0, conversions: 0 };
    t.impressions += a.impressions;
    t.clicks += a.clicks;
    t.conversions += a.conversions;
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
  return store.readWorkspace((tx) => tx.team.list().map((m) => ({ name: m.name, role: m.role, weeklyHours: m.weeklyHours })));
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
    hourlyRate: () => once('hourlyRate', () => store.readWorkspace((tx) => readHourlyRateSetting(tx.settings.get(HOURLY_RATE_SETTING)))),
    actionHistory: () => once('actions', () => store.readProject(projectRef, (tx) => tx.approvals.list())),
    creatives: () => once('creatives', () => store.readProject(projectRef, (tx) => tx.creatives.list())),
    creativeHistory: () => once('creativeHistory', () => store.readProject(projectRef, (tx) => tx.creatives.list({ allVersions: true }))),
    creativeResults: () => once('creativeResults', () => store.readProject(projectRef, readCreativeResults)),
  };
}
