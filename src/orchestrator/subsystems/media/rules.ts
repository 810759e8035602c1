// The media plan: objective from the goal metric, flight dates, and a split of the budget that
// sums exactly to the budget in minor units. With channel-performance evidence the split comes
// from Thompson sampling over Beta posteriors (share = P(best)), then an exploration floor,
// client caps and a step limit against the previous plan (or the priors on a first plan).
// Without evidence, or with Kaizen skipped, the priors table decides, and the plan says so.
import { AicmoError } from '../../domain/errors';
import { formatMoney, toMajor } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { Random } from '../../domain/random';
import { channelPosteriors, largestRemainder, projectShares, thompsonShares, type ShareBounds } from '../../kaizen/allocation';
import type { AppliedInsight, ChannelPerformanceInsight } from '../../kaizen/types';
import { channelLabel, excludedChannels, type Channel } from '../../domain/channels';
import { daysBetween } from '../common/dates';
import { projectDates } from '../strategy/rules';
import type { StrategyContent } from '../strategy/types';
import { capsFromConstraints, capsFromOptions } from './caps';
import { ALLOCATION_DEFAULTS, OBJECTIVE_BY_GOAL, PRIORS_BY_GOAL } from './priorsTable';
import type { MediaAllocation, MediaContent, MediaPosterior } from './types';

export interface MediaPlanInput {
  project: Project;
  random: Random;
  evidence: readonly ChannelPerformanceInsight[];
  skipKaizen: boolean;
  strategy?: StrategyContent;
  previous?: { version: number; content: unknown };
  options?: { explorationFloor?: number; maxStep?: number; draws?: number; caps?: unknown };
}

const pct = (x: number): string => `${(Math.round(x * 1000) / 10).toString()}%`;
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function previousShares(previous: MediaPlanInput['previous']): Map<string, number> | null {
  const c = previous?.content as { allocations?: unknown } | undefined;
  if (!c || !Array.isArray(c.allocations)) return null;
  const out = new Map<string, number>();
  for (const a of c.allocations as { channel?: unknown; share?: unknown }[]) {
    if (typeof a.channel === 'string' && typeof a.share === 'number' && Number.isFinite(a.share)) out.set(a.channel, a.share);
  }
  return out.size > 0 ? out : null;
}

function boundsFor(channels: Channel[], baseline: number[], caps: Partial<Record<Channel, number>>, floor: number, step: number): { bounds: ShareBounds[]; relaxed: string[] } {
  const cap = channels.map((c) => caps[c] ?? 1);
  const effFloor = Math.min(floor, 1 / channels.length);
  const attempts: { name: string; make: (i: number) => ShareBounds }[] = [
    { name: '', make: (i) => ({ lo: Math.max(effFloor, baseline[i]! - step), hi: Math.min(cap[i]!, baseline[i]! + step) }) },
    { name: 'step limit', make: (i) => ({ lo: effFloor, hi: cap[i]! }) },
    { name: 'exploration floor', make: (i) => ({ lo: 0, hi: cap[i]! }) },
  ];
  const relaxed: string[] = [];
  for (const attempt of attempts) {
    if (attempt.name) relaxed.push(attempt.name);
    const bounds = channels.map((_, i) => {
      const b = attempt.make(i);
      return { lo: Math.min(b.lo, b.hi), hi: b.hi };
    });
    const lo = bounds.reduce((t, b) => t + b.lo, 0);
    const hi = bounds.reduce((t, b) => t + b.hi, 0);
    if (lo <= 1 + 1e-9 && hi >= 1 - 1e-9) return { bounds, relaxed: relaxed.filter((r) => r !== '') };
  }
  const total = cap.reduce((t, c) => t + c, 0);
  throw new AicmoError('invalid-input', `The client caps on ${channels.map(channelLabel).join(', ')} add up to ${pct(total)}, less than the whole budget; raise a cap or allow another channel.`, { field: 'constraints' });
}

export function buildMediaPlan(input: MediaPlanInput): { content: MediaContent; applied: AppliedInsight[] } {
  const { project } = input;
  const floor = input.options?.explorationFloor ?? ALLOCATION_DEFAULTS.explorationFloor;
  const step = input.options?.maxStep ?? ALLOCATION_DEFAULTS.maxStep;
  const draws = input.options?.draws ?? ALLOCATION_DEFAULTS.draws;

  const excluded = excludedChannels([...project.doNotDo, ...project.constraints]);
  const priors = PRIORS_BY_GOAL[project.goalMetric].filter((p) => !excluded.has(p.channel));
  if (priors.length === 0) throw new AicmoError('invalid-input', `Every channel planned for a ${project.goalMetric} goal is excluded by the intake's do-not-do or constraints.`, { field: 'doNotDo' });
  const channels = priors.map((p) => p.channel);
  const priorTotal = priors.reduce((t, p) => t + p.share, 0);
  const priorShares = priors.map((p) => p.share / priorTotal);
  const caps = { ...capsFromConstraints(project.constraints), ...capsFromOptions(input.options?.caps) };
  const capsRecord: Record<string, number> = {};
  for (const c of channels) if (caps[c] !== undefined) capsRecord[c] = caps[c]!;

  const evidence = input.skipKaizen ? [] : input.evidence.filter((e) => channels.includes(e.payload.channel as Channel) && e.payload.clicks > 0);
  const applied: AppliedInsight[] = [];
  let shares: number[];
  let method: MediaContent['method'];
  let methodNote: string;
  let kaizen: MediaContent['kaizen'];
  let baselineName: string;
  let posteriorsOut: MediaPosterior[] = [];
  const reasons: string[] = [];

  if (evidence.length === 0) {
    method = 'priors';
    baselineName = 'priors';
    const { bounds } = boundsFor(channels, priorShares, caps, 0, 1);
    shares = projectShares(priorShares, bounds);
    methodNote = `Split from the priors table for ${project.goalMetric} goals (no performance evidence used).`;
    kaizen = input.skipKaizen
      ? { mode: 'skipped', note: 'Kaizen skipped: the split comes from priors only, whatever results exist.' }
      : { mode: 'no-evidence', note: 'No evidence yet: no imported results for these channels, so the split comes from priors.' };
    priors.forEach((p, i) => {
      reasons[i] = `Prior for ${project.goalMetric} goals: ${p.why} (priors table ${pct(priorShares[i]!)})${capsRecord[p.channel] !== undefined ? `; client cap ${pct(capsRecord[p.channel]!)}` : ''}.`;
    });
  } else {
    method = 'thompson-sampling';
    const posteriors = channelPosteriors(channels, evidence.map((e) => e.payload), { currency: project.currency });
    const prev = previousShares(input.previous);
    let baseline: number[];
    if (prev) {
      const raw = channels.map((c) => prev.get(c) ?? 0);
      const sum = raw.reduce((t, x) => t + x, 0);
      baseline = sum > 0 ? raw.map((x) => x / sum) : priorShares;
      baselineName = sum > 0 ? `previous plan (version ${input.previous!.version})` : 'priors';
    } else {
      baseline = priorShares;
      baselineName = 'priors';
    }
    // Evidence only compares the channels that have results: they share between them the part of
    // the budget they held in the baseline, split by P(best) among themselves. A channel without
    // results keeps its baseline share (it is still being explored) — an unmeasured channel must not
    // win budget from a measured winner just because its prior is wide.
    const measured = posteriors.map((p, i) => (p.hasEvidence ? i : -1)).filter((i) => i >= 0);
    const pBestMeasured = thompsonShares(measured.map((i) => posteriors[i]!), input.random.derive('thompson'), draws);
    const pBest: (number | null)[] = channels.map(() => null);
    measured.forEach((i, j) => (pBest[i] = pBestMeasured[j]!));
    const measuredMass = measured.reduce((t, i) => t + baseline[i]!, 0);
    const target = channels.map((_, i) => (pBest[i] === null ? baseline[i]! : measuredMass * pBest[i]!));
    const { bounds, relaxed } = boundsFor(channels, baseline, caps, floor, step);
    shares = projectShares(target, bounds);
    posteriorsOut = posteriors.map((p, i) => ({ channel: p.channel, alpha: round4(p.alpha), beta: round4(p.beta), mean: round4(p.mean), pBest: pBest[i] === null ? null : round4(pBest[i]!), conversions: round4(p.conversions), clicks: round4(p.clicks) }));
    methodNote =
      `Thompson sampling: ${draws.toLocaleString('en')} seeded draws from each channel's Beta posterior of its conversion rate; ` +
      `channels with results split the share they held by their probability of being the best among them, channels without results keep theirs, then an exploration floor of ${pct(floor)}, client caps and at most ${pct(step)} change from the ${baselineName}.` +
      (relaxed.length > 0 ? ` The ${relaxed.join(' and ')} could not all hold with the caps and ${relaxed.length === 1 ? 'was' : 'were'} relaxed.` : '');
    kaizen = { mode: 'applied', note: `Shaped by ${evidence.length} channel-performance insight${evidence.length === 1 ? '' : 's'}.` };
    channels.forEach((c, i) => {
      const p = posteriors[i]!;
      const bound = Math.abs(shares[i]! - target[i]!) > 0.005 ? `; held to ${pct(shares[i]!)} by ${shares[i]! <= bounds[i]!.lo + 1e-6 ? (bounds[i]!.lo === floor ? 'the exploration floor' : 'the step limit') : shares[i]! >= bounds[i]!.hi - 1e-6 ? (capsRecord[c] !== undefined && bounds[i]!.hi === capsRecord[c] ? 'the client cap' : 'the step limit') : 'the other channels\' bounds'}` : '';
      reasons[i] =
        pBest[i] === null
          ? `No results yet for this channel: it keeps its ${baselineName} share of ${pct(baseline[i]!)} while it is explored${bound}.`
          : `P(best among measured channels) ${pct(pBest[i]!)} from ${Math.round(p.conversions).toLocaleString('en')} conversions from ${Math.round(p.clicks).toLocaleString('en')} clicks (weighted), posterior mean conversion rate ${pct(p.mean)}; ${baselineName} share ${pct(baseline[i]!)}${bound}.`;
    });
    for (const e of evidence) {
      const i = channels.indexOf(e.payload.channel as Channel);
      applied.push({
        id: e.id,
        sentence: `${channelLabel(e.payload.channel)}: ${e.payload.conversions.toLocaleString('en')} conversions from ${e.payload.clicks.toLocaleString('en')} clicks (weight ${e.payload.sameIndustryWeight}) moved its share from ${pct(baseline[i]!)} to ${pct(shares[i]!)}.`,
      });
    }
  }

  const amounts = largestRemainder(project.budgetMinor, shares);
  const allocations: MediaAllocation[] = channels.map((channel, i) => ({
    channel,
    label: channelLabel(channel),
    amount: toMajor(amounts[i]!, project.currency),
    amountMinor: amounts[i]!,
    share: round4(shares[i]!),
    rationale: reasons[i]!,
  }));

  const launch = input.strategy?.timeline.find((p) => p.key === 'launch');
  const dates = projectDates(project);
  const flightStart = launch?.start ?? dates?.start;
  const flightEnd = dates?.end;
  const flight = flightStart && flightEnd && flightEnd >= flightStart ? { start: flightStart, end: flightEnd, days: daysBetween(flightStart, flightEnd) + 1 } : null;

  const content: MediaContent = {
    objective: { goalMetric: project.goalMetric, ...OBJECTIVE_BY_GOAL[project.goalMetric] },
    budget: { amountMinor: project.budgetMinor, amount: toMajor(project.budgetMinor, project.currency), currency: project.currency, formatted: formatMoney({ amountMinor: project.budgetMinor, currency: project.currency }) },
    flight,
    allocations,
    method,
    methodNote,
    kaizen,
    parameters: { draws: method === 'thompson-sampling' ? draws : 0, explorationFloor: floor, maxStep: step, caps: capsRecord, baseline: baselineName },
    posteriors: posteriorsOut,
    excludedChannels: [...excluded].sort(),
  };
  return { content, applied };
}
