// Channel-performance insights from metric rows of every project in the workspace. For a
// project being planned, rows of projects in the same industry weigh 1 and the others 0.5; the
// project's own rows count as same-industry evidence.
import { toMajor } from '../domain/money';
import type { Project } from '../domain/project';
import type { ProjectReader, WorkspaceStore } from '../store/types';
import { normalizeChannel } from '../domain/channels';
import type { ChannelPerformanceInsight } from './types';

export const OTHER_INDUSTRY_WEIGHT = 0.5;

interface ChannelTotals {
  channel: string;
  currency: string;
  rows: number;
  spendMinor: number;
  clicks: number;
  conversions: number;
  from: string;
  to: string;
}

/** Metric rows of one project file summed per canonical channel and currency. */
export function channelTotals(tx: ProjectReader): ChannelTotals[] {
  const byKey = new Map<string, ChannelTotals>();
  for (const v of tx.metrics.channelTotals()) {
    const channel = normalizeChannel(v.channel) ?? normalizeChannel(v.platform) ?? v.channel;
    const key = `${channel}\u0000${v.currency}`;
    const t = byKey.get(key) ?? { channel, currency: v.currency, rows: 0, spendMinor: 0, clicks: 0, conversions: 0, from: v.from, to: v.to };
    t.rows += v.rows;
    t.spendMinor += v.spendMinor;
    t.clicks += v.clicks;
    t.conversions += v.conversions;
    if (v.from < t.from) t.from = v.from;
    if (v.to > t.to) t.to = v.to;
    byKey.set(key, t);
  }
  return [...byKey.values()];
}

const sameIndustry = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

interface Bucket {
  channel: string;
  currency: string;
  label: 'same-industry' | 'other-industries' | 'all-projects';
  weight: number;
  rows: number;
  spendMinor: number;
  clicks: number;
  conversions: number;
  projects: Set<string>;
  from: string;
  to: string;
}

const pct = (n: number, d: number): string => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : 'no clicks');
const fmt = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: 1 }));

/** One insight per channel × (same industry | other industries) × currency, with its evidence. */
export async function channelPerformanceInsights(store: WorkspaceStore, target?: Project): Promise<ChannelPerformanceInsight[]> {
  const buckets = new Map<string, Bucket>();
  for (const summary of await store.listProjects()) {
    const totals = await store.readProject(summary.id, channelTotals);
    for (const t of totals) {
      if (!(t.clicks > 0)) continue;
      const label: Bucket['label'] = target === undefined ? 'all-projects' : summary.id === target.id || sameIndustry(summary.industry, target.industry) ? 'same-industry' : 'other-industries';
      const key = `${t.channel}\u0000${label}\u0000${t.currency}`;
      const b = buckets.get(key) ?? { channel: t.channel, currency: t.currency, label, weight: label === 'other-industries' ? OTHER_INDUSTRY_WEIGHT : 1, rows: 0, spendMinor: 0, clicks: 0, conversions: 0, projects: new Set<string>(), from: t.from, to: t.to };
      b.rows += t.rows;
      b.spendMinor += t.spendMinor;
      b.clicks += t.clicks;
      b.conversions += t.conversions;
      b.projects.add(summary.id);
      if (t.from < b.from) b.from = t.from;
      if (t.to > b.to) b.to = t.to;
      buckets.set(key, b);
    }
  }
  return [...buckets.values()]
    .sort((a, b) => a.channel.localeCompare(b.channel) || a.label.localeCompare(b.label) || a.currency.localeCompare(b.currency))
    .map((b) => {
      const projects = [...b.projects].sort();
      const where = b.label === 'all-projects' ? '' : b.label === 'same-industry' ? ' in the same industry' : ' in other industries (weighted ×0.5)';
      return {
        id: `channel-performance:${b.channel}:${b.label}:${b.currency}`,
        kind: 'channel-performance' as const,
        summary: `${b.channel}: ${fmt(b.conversions)} conversions from ${fmt(b.clicks)} clicks (${pct(b.conversions, b.clicks)}) across ${projects.length} project${projects.length === 1 ? '' : 's'}${where}, ${b.from} to ${b.to}.`,
        evidence: { count: b.rows, window: { from: b.from, to: b.to }, projects, source: 'metric rows' },
        payload: {
          channel: b.channel,
          conversions: b.conversions,
          clicks: b.clicks,
          spend: toMajor(b.spendMinor, b.currency),
          currency: b.currency,
          projects,
          sameIndustryWeight: b.weight,
          window: { from: b.from, to: b.to },
        },
      };
    });
}
