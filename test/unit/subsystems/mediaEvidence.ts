// Builders of channel-performance insights for the media tests (the shape kaizen/channelEvidence.ts derives).
import type { ChannelPerformanceInsight } from '../../../src/orchestrator/kaizen/types';
import { evidence } from './fixtures';

export interface PerfOptions {
  currency?: string;
  value?: number;
  impressions?: number;
  engagements?: number;
  weight?: number;
  reading?: 'channel' | 'family';
  members?: string[];
  change?: ChannelPerformanceInsight['payload']['change'];
  /** The newest week's results [conversions, clicks, spend] (unweighted like the totals); default a quarter of them, as if four like weeks. */
  newest?: [number, number, number];
  /** Monday of the newest week (default 2026-03-30). */
  newestWeek?: string;
  /** The project whose rows these are (default p_old). */
  project?: string;
}

/** Results of one channel (or family) as Kaizen hands them to the media plan: sums already weighted. */
export function perf(channel: string, conversions: number, clicks: number, spend: number, o: PerfOptions = {}): ChannelPerformanceInsight {
  const currency = o.currency ?? 'GBP';
  const sums = { clicks, conversions, spend, value: o.value ?? 0, impressions: o.impressions ?? clicks * 40, reach: 0, engagements: o.engagements ?? 0 };
  const weight = o.weight ?? 1;
  const weighted = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v * weight])) as typeof sums;
  const [nc, nk, ns] = o.newest ?? [conversions / 4, clicks / 4, spend / 4];
  const share = clicks > 0 ? nk / clicks : 0.25;
  const newestSums = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, (k === 'conversions' ? nc : k === 'clicks' ? nk : k === 'spend' ? ns : v * share) * weight])) as typeof sums;
  const project = o.project ?? 'p_old';
  return {
    id: `channel-performance:${o.reading === 'family' ? 'family:' : ''}${channel}:${currency}`,
    kind: 'channel-performance',
    summary: `${channel} results`,
    evidence: evidence(),
    payload: {
      channel,
      reading: o.reading ?? 'channel',
      members: o.members ?? [channel],
      labels: [channel],
      currency,
      ...weighted,
      priced: weighted,
      raw: { ...sums, rows: 10 },
      scopes: [{ label: weight === 1 ? 'this project' : 'same vertical (B2B software and services) and goal', weight, projects: [project], rows: 10 }],
      recency: { halfLifeWeeks: 8, newest: '2026-03-31' },
      change: o.change ?? null,
      newestWeek: { week: o.newestWeek ?? '2026-03-30', sums: newestSums, priced: newestSums },
      projects: [project],
      window: { from: '2026-01-01', to: '2026-03-31' },
    },
  };
}
