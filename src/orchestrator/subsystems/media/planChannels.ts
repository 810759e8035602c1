// Which channels a plan uses, with their prior shares: the brief's allowed channels when it names
// them (a channel the goal's priors table does not list starts small), else the goal's priors
// table for the project's vertical plus the channels this project already runs (its own imported
// results name them; they start small too); excluded channels never appear.
import { AicmoError } from '../../domain/errors';
import { channelLabel, type Channel } from '../../domain/channels';
import type { Project } from '../../domain/project';
import { verticalOf } from '../../domain/verticals';
import type { PlanChannelRules } from './channelRules';
import type { ChannelPerformanceInsight } from '../../kaizen/types';
import { PRIORS_BY_GOAL, RUNNING_PRIOR, UNLISTED_PRIOR, type PriorEntry } from './priorsTable';

export interface PlannedChannels {
  channels: Channel[];
  /** Prior shares, normalised to sum to 1. */
  priorShares: number[];
  /** Why each channel has its prior. */
  why: string[];
  /** True for a channel in the plan only because this project already runs it. */
  running: boolean[];
}

function fits(entry: PriorEntry, project: Project): boolean {
  if (!entry.verticals) return true;
  const v = verticalOf(project);
  return entry.verticals.includes(v.vertical) || (v.local && entry.verticals.includes('local'));
}

/** A channel this project already runs: its own results that count for the plan (rows). */
export interface RunningChannel {
  channel: Channel;
  rows: number;
}

/**
 * Channels this project already runs: channel-performance insights read as one channel (not a
 * family or an unknown label) whose counted rows include this project's own. In insight order.
 */
export function runningChannels(project: Pick<Project, 'id'>, insights: readonly ChannelPerformanceInsight[]): RunningChannel[] {
  const out = new Map<Channel, number>();
  for (const i of insights) {
    const p = i.payload;
    if (p.reading !== 'channel' || p.raw.rows === 0 || !p.projects.includes(project.id)) continue;
    const own = p.scopes.filter((s) => s.projects.includes(project.id)).reduce((t, s) => t + s.rows, 0);
    if (own > 0) out.set(p.channel as Channel, (out.get(p.channel as Channel) ?? 0) + own);
  }
  return [...out.entries()].map(([channel, rows]) => ({ channel, rows }));
}

export function plannedChannels(project: Project, rules: PlanChannelRules, running: readonly RunningChannel[] = []): PlannedChannels {
  const table = PRIORS_BY_GOAL[project.goalMetric];
  const excluded = new Set(rules.excluded);
  let picked: { channel: Channel; share: number; why: string; running?: true }[];
  if (rules.allowed) {
    const allowed = rules.allowed.filter((c) => !excluded.has(c));
    if (allowed.length === 0) throw new AicmoError('invalid-input', `Every allowed channel (${rules.allowed.map(channelLabel).join(', ')}) is also excluded, so the plan has no channel to spend on.`, { field: 'allowedChannels' });
    const listed = table.filter((e) => allowed.includes(e.channel));
    const unlisted = allowed.filter((c) => !table.some((e) => e.channel === c));
    picked = [...listed.map((e) => ({ channel: e.channel, share: e.share, why: e.why })), ...unlisted.map((c) => ({ channel: c, share: UNLISTED_PRIOR.share, why: UNLISTED_PRIOR.why }))];
  } else {
    picked = table.filter((e) => fits(e, project) && !excluded.has(e.channel)).map((e) => ({ channel: e.channel, share: e.share, why: e.why }));
    for (const r of running) {
      if (excluded.has(r.channel) || picked.some((p) => p.channel === r.channel)) continue;
      picked.push({ channel: r.channel, share: RUNNING_PRIOR.share, why: RUNNING_PRIOR.why(r.rows), running: true });
    }
    if (picked.length === 0) throw new AicmoError('invalid-input', `Every channel planned for a ${project.goalMetric} goal is excluded by the brief's channel rules; allow a channel (--channel) or remove an exclusion.`, { field: 'excludedChannels' });
  }
  const total = picked.reduce((t, p) => t + p.share, 0);
  return { channels: picked.map((p) => p.channel), priorShares: picked.map((p) => p.share / total), why: picked.map((p) => p.why), running: picked.map((p) => p.running === true) };
}
