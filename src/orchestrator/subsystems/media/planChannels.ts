// Which channels a plan uses, with their prior shares: the brief's allowed channels when it names
// them (a channel the goal's priors table does not list starts small), else the goal's priors
// table for the project's vertical; excluded channels never appear.
import { AicmoError } from '../../domain/errors';
import { channelLabel, type Channel } from '../../domain/channels';
import type { Project } from '../../domain/project';
import { verticalOf } from '../../domain/verticals';
import type { PlanChannelRules } from './channelRules';
import { PRIORS_BY_GOAL, UNLISTED_PRIOR, type PriorEntry } from './priorsTable';

export interface PlannedChannels {
  channels: Channel[];
  /** Prior shares, normalised to sum to 1. */
  priorShares: number[];
  /** Why each channel has its prior. */
  why: string[];
}

function fits(entry: PriorEntry, project: Project): boolean {
  if (!entry.verticals) return true;
  const v = verticalOf(project);
  return entry.verticals.includes(v.vertical) || (v.local && entry.verticals.includes('local'));
}

export function plannedChannels(project: Project, rules: PlanChannelRules): PlannedChannels {
  const table = PRIORS_BY_GOAL[project.goalMetric];
  const excluded = new Set(rules.excluded);
  let picked: { channel: Channel; share: number; why: string }[];
  if (rules.allowed) {
    const allowed = rules.allowed.filter((c) => !excluded.has(c));
    if (allowed.length === 0) throw new AicmoError('invalid-input', `Every allowed channel (${rules.allowed.map(channelLabel).join(', ')}) is also excluded, so the plan has no channel to spend on.`, { field: 'allowedChannels' });
    const listed = table.filter((e) => allowed.includes(e.channel));
    const unlisted = allowed.filter((c) => !table.some((e) => e.channel === c));
    picked = [...listed.map((e) => ({ channel: e.channel, share: e.share, why: e.why })), ...unlisted.map((c) => ({ channel: c, share: UNLISTED_PRIOR.share, why: UNLISTED_PRIOR.why }))];
  } else {
    picked = table.filter((e) => fits(e, project) && !excluded.has(e.channel)).map((e) => ({ channel: e.channel, share: e.share, why: e.why }));
    if (picked.length === 0) throw new AicmoError('invalid-input', `Every channel planned for a ${project.goalMetric} goal is excluded by the brief's channel rules; allow a channel (--channel) or remove an exclusion.`, { field: 'excludedChannels' });
  }
  const total = picked.reduce((t, p) => t + p.share, 0);
  return { channels: picked.map((p) => p.channel), priorShares: picked.map((p) => p.share / total), why: picked.map((p) => p.why) };
}
