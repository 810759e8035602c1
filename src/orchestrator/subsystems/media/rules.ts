// The media plan: objective from the goal metric, flight dates, and a split of the budget that
// sums exactly to the budget in minor units, obeying the brief's channel rules.
//  - Baseline: the last APPROVED media plan (or the priors table when none is approved).
//  - With evidence: Thompson sampling on the goal's own metric (kaizen/posteriors.ts); the measured
//    channels share the part of the budget they held by P(best); an unmeasured channel keeps its
//    share. The move from the baseline is taken only when the draws say it earns more with ≥ 95%
//    probability and ≥ 2% in expectation (near-equal channels do not thrash); then the exploration
//    floor, caps and the step limit per re-plan. The move without the step limit is shown beside
//    it, and when a detected change makes the limit costly the plan says so.
//  - Without evidence: the approved split is kept (or the priors are used), and the plan says so.
import { AicmoError } from '../../domain/errors';
import { formatMoney, toMajor } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { Random } from '../../domain/random';
import { channelLabel, type Channel } from '../../domain/channels';
import { largestRemainder, projectShares, type ShareBounds } from '../../kaizen/allocation';
import { GOAL_SCORING } from '../../kaizen/goalScoring';
import { channelPosteriors, compareSplits, drawScores, probabilityBest } from '../../kaizen/posteriors';
import type { AppliedInsight, ChannelPerformanceInsight } from '../../kaizen/types';
import { daysBetween } from '../common/dates';
import { projectDates } from '../strategy/rules';
import type { StrategyContent } from '../strategy/types';
import { capsFromOptions } from './caps';
import { planChannelRules } from './channelRules';
import { mediaEvidence, type ChannelEvidence } from './evidence';
import { channelMetric, evidenceText, notSuggestedText, outcomeAmount, pct, points, roundAgreement, scoringName, scoringNote, waitingText } from './explain';
import { moneyText } from '../../kaizen/channelEvidence';
import { agreementOf, evidenceParts, largerMoveTest, partDraws, testMove, type Agreement, type MoveThresholds, type PartDraws } from './moveRules';
import { plannedChannels, runningChannels } from './planChannels';
import { ALLOCATION_DEFAULTS, OBJECTIVE_BY_GOAL } from './priorsTable';
import type { Guardrail, MediaAllocation, MediaContent, MediaPosterior, ProposalChange, UnconstrainedMove } from './types';

export interface MediaOptions {
  explorationFloor?: number;
  maxStep?: number;
  draws?: number;
  caps?: unknown;
  minConfidence?: number;
  minGain?: number;
  /** Probability the newest week's results and the older ones must each give a move on their own (two weeks agreeing). */
  minAgreement?: number;
  /** Exchange rates into the plan's currency ({ USD: 0.92 } = 0.92 of it per USD) for cost figures; absent = other currencies inform rates only. */
  exchangeRates?: Record<string, number>;
}

export interface MediaPlanInput {
  project: Project;
  random: Random;
  evidence: readonly ChannelPerformanceInsight[];
  skipKaizen: boolean;
  strategy?: StrategyContent;
  /** The last approved media plan: the baseline of a re-plan. Absent = the priors. */
  approved?: { version: number; content: unknown };
  options?: MediaOptions;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const list = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const signedPct = (x: number): string => `${x >= 0 ? '+' : '−'}${pct(Math.abs(x))}`;

/** Shares of the approved plan by channel, or null. */
export function approvedShares(approved: MediaPlanInput['approved']): Map<string, number> | null {
  const c = approved?.content as { allocations?: unknown } | undefined;
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
  throw new AicmoError('invalid-input', `The caps on ${channels.map(channelLabel).join(', ')} add up to ${pct(total)}, less than the whole budget; raise a cap or allow another channel.`, { field: 'channelCaps' });
}

/** Usable exchange rates from the options (positive finite numbers, ISO codes other than the plan's). */
export function exchangeRatesOf(raw: unknown, currency: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [code, rate] of Object.entries(raw)) {
    if (/^[A-Z]{3}$/.test(code) && code !== currency && typeof rate === 'number' && Number.isFinite(rate) && rate > 0) out[code] = rate;
  }
  return out;
}

/** Which bound holds a share away from its target, in words ('' when none does). */
function boundText(share: number, target: number, b: ShareBounds, floor: number, cap: number | undefined): string {
  if (Math.abs(share - target) <= 0.005) return '';
  const atLo = share <= b.lo + 1e-6;
  const atHi = share >= b.hi - 1e-6;
  const by = atLo ? (Math.abs(b.lo - Math.min(floor, 1)) < 1e-9 ? 'the exploration floor' : 'the step limit') : atHi ? (cap !== undefined && Math.abs(b.hi - cap) < 1e-9 ? 'the client cap' : 'the step limit') : "the step limits of the other channels";
  return `, held there by ${by}`;
}

/** The evidence fingerprint of a plan for these insights (what the orchestrator puts in the inputs hash); null without evidence. */
export function mediaEvidenceFingerprint(project: Project, insights: readonly ChannelPerformanceInsight[], skipKaizen: boolean, options: MediaOptions = {}): string | null {
  if (skipKaizen) return null;
  try {
    const planned = plannedChannels(project, planChannelRules(project), runningChannels(project, insights));
    return mediaEvidence(project, insights, planned.channels, exchangeRatesOf(options.exchangeRates, project.currency)).fingerprint;
  } catch {
    return null; // the run itself reports the problem
  }
}

export function buildMediaPlan(input: MediaPlanInput): { content: MediaContent; applied: AppliedInsight[] } {
  const { project } = input;
  const o = input.options ?? {};
  const floor = o.explorationFloor ?? ALLOCATION_DEFAULTS.explorationFloor;
  const step = o.maxStep ?? ALLOCATION_DEFAULTS.maxStep;
  const draws = o.draws ?? ALLOCATION_DEFAULTS.draws;
  const minConfidence = o.minConfidence ?? ALLOCATION_DEFAULTS.minConfidence;
  const minGain = o.minGain ?? ALLOCATION_DEFAULTS.minGain;
  const minAgreement = o.minAgreement ?? ALLOCATION_DEFAULTS.minAgreement;
  const thresholds: MoveThresholds = { minConfidence, minGain, minAgreement, costlyGain: ALLOCATION_DEFAULTS.costlyGain };
  const scoring = GOAL_SCORING[project.goalMetric];

  const rules = planChannelRules(project);
  const planned = plannedChannels(project, rules, input.skipKaizen ? [] : runningChannels(project, input.evidence));
  const channels = planned.channels;
  const allCaps = { ...rules.caps, ...capsFromOptions(o.caps) };
  const caps: Partial<Record<Channel, number>> = {};
  const capsRecord: Record<string, number> = {};
  for (const c of channels) {
    if (allCaps[c] !== undefined) {
      caps[c] = allCaps[c];
      capsRecord[c] = allCaps[c]!;
    }
  }

  const approvedMap = approvedShares(input.approved);
  let baseline = planned.priorShares;
  // The shares the step limit is measured from: the approved plan's (0 for a channel new to it).
  let stepFrom = planned.priorShares;
  const entering: boolean[] = channels.map(() => false);
  let against: NonNullable<MediaContent['proposal']>['against'] = { kind: 'priors' };
  if (approvedMap && input.approved) {
    const raw = channels.map((c) => approvedMap.get(c) ?? 0);
    const sum = raw.reduce((t, x) => t + x, 0);
    if (sum > 0) {
      stepFrom = raw.map((x) => x / sum);
      // A channel new to the plan since it was approved (allowed since, or run by this project)
      // enters at its prior share, at most the step limit, so it is measured; the others make room
      // in proportion. Its results then move it like any other's.
      channels.forEach((c, i) => (entering[i] = !approvedMap.has(c)));
      const entry = channels.map((_, i) => (entering[i] ? Math.min(planned.priorShares[i]!, step) : 0));
      const entryTotal = entry.reduce((t, x) => t + x, 0);
      const scale = entryTotal > ALLOCATION_DEFAULTS.maxEntering ? ALLOCATION_DEFAULTS.maxEntering / entryTotal : 1;
      const room = 1 - entryTotal * scale;
      baseline = stepFrom.map((x, i) => (entering[i] ? entry[i]! * scale : x * room));
      against = { kind: 'approved', version: input.approved.version };
    }
  }
  const fromApproved = against.kind === 'approved';
  const baselineName = fromApproved ? `the approved plan (version ${(against as { version: number }).version})` : 'the priors';
  const entryWord = (i: number): string => `new in the plan at ${pct(baseline[i]!)} (its prior share${baseline[i]! < planned.priorShares[i]! - 1e-9 ? ` ${pct(planned.priorShares[i]!)}, held to the ${Math.round(step * 1000) / 10}-point step limit` : ''})`;
  const baseWord = (i: number): string => (entering[i] ? entryWord(i) : `${fromApproved ? 'approved' : 'priors'} ${pct(baseline[i]!)}`);

  const ev = input.skipKaizen ? null : mediaEvidence(project, input.evidence, channels, exchangeRatesOf(o.exchangeRates, project.currency));
  const isMeasured = (e: ChannelEvidence): boolean => (scoring.trial === null ? e.sums.pricedSpend > 0 && e.sums.pricedTrials > 0 : e.sums.trials > 0);
  const anyMeasured = ev !== null && ev.channels.some(isMeasured);

  const applied: AppliedInsight[] = [];
  const reasons: string[] = [];
  const why: string[] = [];
  const metrics: (MediaAllocation['metric'] | null)[] = channels.map(() => null);
  const pBests: (number | null)[] = channels.map(() => null);
  let shares: number[];
  let method: MediaContent['method'];
  let methodNote: string;
  let kaizen: MediaContent['kaizen'];
  let posteriorsOut: MediaPosterior[] = [];
  let unconstrained: UnconstrainedMove | null = null;
  let guardrail: Guardrail | null = null;
  let scoringOut: MediaContent['scoring'] = { metric: scoringName(scoring, 'cost'), note: scoringNote(scoring, 'cost', project.currency) };

  if (input.skipKaizen || !anyMeasured) {
    const keepApproved = !input.skipKaizen && fromApproved;
    const { bounds } = boundsFor(channels, baseline, caps, keepApproved ? floor : 0, 1);
    shares = projectShares(keepApproved ? baseline : planned.priorShares, bounds);
    method = keepApproved ? 'approved-plan' : 'priors';
    methodNote = keepApproved
      ? `No evidence yet for these channels: the split of ${baselineName} is kept (under today's channel rules and caps).`
      : `Split from the priors table for ${project.goalMetric} goals (editorial starting points, not measured; no performance evidence used).`;
    kaizen = input.skipKaizen
      ? { mode: 'skipped', note: 'Kaizen skipped: the split comes from priors only, whatever results exist.' }
      : { mode: 'no-evidence', note: `No evidence yet: no imported results for these channels, so the split comes from ${keepApproved ? baselineName : 'priors'}.` };
    channels.forEach((c, i) => {
      const cap = capsRecord[c] !== undefined ? `; client cap ${pct(capsRecord[c]!)}` : '';
      reasons[i] = keepApproved && entering[i] ? `No results yet for this channel: ${entryWord(i)}${Math.abs(shares[i]! - baseline[i]!) > 0.005 ? `, now ${pct(shares[i]!)} under today's rules` : ''}${cap}.` : keepApproved ? `No results yet for this channel: it keeps its approved share${Math.abs(shares[i]! - baseline[i]!) > 0.005 ? ` (${pct(baseline[i]!)}, now ${pct(shares[i]!)} under today's rules)` : ''}${cap}.` : `Prior for ${project.goalMetric} goals: ${planned.why[i]} (priors table ${pct(planned.priorShares[i]!)})${cap}.`;
      why[i] = keepApproved ? 'no results yet' : `prior: ${planned.why[i]}`;
    });
  } else {
    const set = channelPosteriors(ev!.channels.map((e) => e.sums), scoring);
    scoringOut = { metric: scoringName(scoring, set.mode), note: scoringNote(scoring, set.mode, project.currency) };
    if (set.mode === 'rate') {
      // Rates without any cost in the plan's currency cannot rank channels on the goal's metric
      // (a high conversion rate on dear clicks can cost more per sale): the split is kept.
      const { bounds } = boundsFor(channels, baseline, caps, floor, 1);
      shares = projectShares(baseline, bounds);
      method = fromApproved ? 'approved-plan' : 'priors';
      methodNote = `Results inform ${scoring.rateName}s only: none has spend in ${project.currency}, so channels cannot be compared on ${scoring.costName} and the split of ${baselineName} is kept. Import results with spend in ${project.currency}, or give exchange rates (--exchange-rate), to let them move it.`;
      kaizen = { mode: 'applied', note: `Read ${ev!.used.length} channel-performance insight${ev!.used.length === 1 ? '' : 's'} for ${scoring.rateName}s only (no cost in ${project.currency}): the split was kept.` };
      channels.forEach((c, i) => {
        const e = ev!.channels[i]!;
        const metric = isMeasured(e) ? channelMetric(scoring, 'rate', e, project.currency) : null;
        metrics[i] = metric ? { ...metric, value: metric.value === null ? null : round4(metric.value), rate: metric.rate === null ? null : round4(metric.rate) } : null;
        reasons[i] = metric ? `${evidenceText(scoring, metric, e, project.currency)}; no cost in ${project.currency}, so it keeps ${baseWord(i)}${Math.abs(shares[i]! - baseline[i]!) > 0.005 ? ` (now ${pct(shares[i]!)} under today's rules)` : ''}.` : `No results yet for this channel: it keeps ${baseWord(i)}.`;
        why[i] = metric ? `${metric.name} ${metric.text}; no cost in ${project.currency}: kept` : 'no results yet';
      });
      for (const insight of ev!.used) applied.push({ id: insight.id, sentence: `${insight.payload.reading === 'family' ? `"${insight.payload.channel}"` : channelLabel(insight.payload.channel)} results in ${insight.payload.currency} (${insight.evidence.count} rows) informed ${scoring.rateName}s only; the split was kept (no cost in ${project.currency}).` });
    } else {
      method = 'thompson-sampling';
      const matrix = drawScores(set, input.random.derive('thompson'), draws);
      const measured = set.posteriors.map((p, i) => (p.measured ? i : -1)).filter((i) => i >= 0);
      const pBest = probabilityBest(matrix, measured, channels.length);
      const measuredMass = measured.reduce((t, i) => t + baseline[i]!, 0);
      const target = channels.map((_, i) => (pBest[i] === null ? baseline[i]! : measuredMass * pBest[i]!));
      const withStep = boundsFor(channels, stepFrom, caps, floor, step);
      const noStep = boundsFor(channels, stepFrom, caps, floor, 1);
      const held = projectShares(baseline, withStep.bounds);
      const limited = projectShares(target, withStep.bounds);
      const free = projectShares(target, noStep.bounds);
      const limitedTest = testMove(matrix, held, limited, thresholds);
      // The parts (newest week, older results) are drawn only when a move could be taken.
      let parts: PartDraws | null = null;
      const partsOf = (): PartDraws => (parts ??= partDraws(evidenceParts(ev!.channels, ev!.newestWeek), set, scoring, input.random.derive('thompson-parts'), draws));
      const limitedAgreement: Agreement | null = limitedTest.passes ? agreementOf(partsOf(), held, limited, minAgreement) : null;
      // Whether the re-plan moves from the approved split, and what held it when not.
      const moves = limitedTest.passes && limitedAgreement!.agrees;
      const heldBy: Guardrail['heldBy'] = moves ? null : limitedTest.passes ? 'agreement' : 'noise';
      shares = moves ? limited : held;

      const largestMove = Math.max(...free.map((x, i) => Math.abs(x - shares[i]!)));
      if (largestMove >= 0.005) {
        const larger = largerMoveTest(matrix, testMove(matrix, held, free, thresholds).passes ? partsOf() : { newestWeek: null, older: null, newest: null }, held, shares, free, thresholds);
        const extra = larger.overProposal;
        const overApproved = compareSplits(matrix, held, free);
        const amounts = largestRemainder(project.budgetMinor, free);
        const costPerThousand = extra.expectedDifference * 1000;
        unconstrained = {
          allocations: channels.map((c, i) => ({ channel: c, label: channelLabel(c), share: round4(free[i]!), amountMinor: amounts[i]!, amount: toMajor(amounts[i]!, project.currency) })),
          gainOverApproved: round4(overApproved.expectedGain),
          gainOverProposal: round4(extra.expectedGain),
          pBetterThanProposal: round4(extra.pBetter),
          largestMove: round4(largestMove),
          costOfLimitPerThousand: Number(costPerThousand.toPrecision(4)),
        };
        const changed = ev!.channels.filter((e) => e.change !== null);
        const heldBack = channels.map((c, i) => ({ c, i, d: free[i]! - shares[i]! })).filter((x) => Math.abs(x.d) >= 0.005).sort((a, b) => round4(Math.abs(b.d)) - round4(Math.abs(a.d)) || b.d - a.d);
        const top = heldBack[0]!;
        const recommend = larger.recommend;
        const freeText = `without the ${Math.round(step * 100)}-point step limit ${channelLabel(top.c)} would get ${pct(free[top.i]!)} instead of ${pct(shares[top.i]!)} (expected ${signedPct(extra.expectedGain)} ${scoring.noun}s, ${pct(extra.pBetter)} likely better)`;
        const cost = `keeping the limit costs an expected ${outcomeAmount(scoring, set.mode, costPerThousand, project.currency)} per ${moneyText(1000, project.currency).replace(/[.,]0+(?=\D*$)/, '')} spent`;
        let sentence: string;
        if (recommend) {
          const why = changed.length > 0 ? `A change was detected on ${list(changed.map((e) => channelLabel(e.sums.channel)))}, which makes the step limit costly` : `The evidence makes the step limit costly`;
          sentence = `${why}: ${freeText}; ${cost}, and the newest week's results and the older ones agree (${pct(larger.agreement.newest!)} and ${pct(larger.agreement.older!)} likely better on their own). Accept the larger move: aicmo media approve ${project.slug} --accept-larger-move.`;
        } else if (heldBy === 'noise') {
          sentence = `Too close to call: the draws give the move a ${pct(limitedTest.pBetter)} chance of earning more (expected ${signedPct(limitedTest.expectedGain)}), short of the ${pct(minConfidence)} and ${signedPct(limitedTest.needed)} (for ${Math.round(limitedTest.moved * 1000) / 10} points moved) a re-plan needs, so the split of ${baselineName} is kept.`;
        } else if (heldBy === 'agreement') {
          sentence = `${waitingText(limitedAgreement!, limitedTest.pBetter, minAgreement)}, so the split of ${baselineName} is kept.`;
        } else {
          sentence = `The step limit held the move: ${freeText}. ${notSuggestedText(larger, minConfidence, minAgreement)}`;
        }
        guardrail = { maxStep: step, binding: moves, recommendLargerMove: recommend, sentence, heldBy, agreement: roundAgreement(recommend ? larger.agreement : (limitedAgreement ?? (larger.agreement.older !== null ? larger.agreement : null))) };
      }

      posteriorsOut = set.posteriors.map((p, i) => ({
        channel: p.channel,
        alpha: round4(p.rate?.alpha ?? 0),
        beta: round4(p.rate?.beta ?? 0),
        mean: round4(p.rate?.mean ?? 0),
        score: Number(p.meanScore.toPrecision(6)),
        pBest: pBest[i] === null ? null : round4(pBest[i]!),
        conversions: round4(ev!.channels[i]!.sums.successes),
        clicks: round4(ev!.channels[i]!.sums.trials),
        costKnown: p.cost?.known ?? false,
      }));
      const relaxed = withStep.relaxed;
      methodNote =
        `Thompson sampling on ${scoringOut.metric}: ${draws.toLocaleString('en')} seeded draws from each channel's posterior; channels with results split the share they held by their probability of being the best among them, channels without results keep theirs. ` +
        `A re-plan moves from ${baselineName} only when the draws give the move at least ${pct(minConfidence)} probability of earning more and ${signedPct(minGain)} in expectation for every 10 points of budget it moves, and the newest week's results and the older ones each give it at least ${pct(minAgreement)} on their own (two weeks agreeing); then an exploration floor of ${pct(floor)}, client caps and a step limit of ${Math.round(step * 1000) / 10} points per channel from ${baselineName}.` +
        (relaxed.length > 0 ? ` The ${relaxed.join(' and ')} could not all hold with the caps and ${relaxed.length === 1 ? 'was' : 'were'} relaxed.` : '');
      const keptWhy = heldBy === 'agreement' ? (guardrail?.agreement?.older === null ? 'waiting for a second week of results' : 'waiting for the newest week to agree') : 'too close to call';
      kaizen = { mode: 'applied', note: `Shaped by ${ev!.used.length} channel-performance insight${ev!.used.length === 1 ? '' : 's'}${moves ? '' : ` (the split was kept: ${keptWhy})`}.` };
      channels.forEach((c, i) => {
        const e = ev!.channels[i]!;
        const bound = moves ? boundText(shares[i]!, target[i]!, withStep.bounds[i]!, floor, capsRecord[c]) : '';
        const freeNote = unconstrained && Math.abs(free[i]! - shares[i]!) >= 0.005 ? ` (without the step limit ${pct(free[i]!)})` : '';
        const kept = moves ? '' : `, kept: ${keptWhy}`;
        if (pBest[i] === null) {
          reasons[i] = `No results yet for this channel: it keeps ${baseWord(i)} while it is explored${bound}${shares[i]! !== baseline[i]! && !bound ? ` (now ${pct(shares[i]!)})` : ''}.`;
          why[i] = 'no results yet';
          return;
        }
        const metric = channelMetric(scoring, set.mode, e, project.currency);
        metrics[i] = metric ? { ...metric, value: metric.value === null ? null : Number(metric.value.toPrecision(6)), rate: metric.rate === null ? null : round4(metric.rate) } : null;
        pBests[i] = round4(pBest[i]!);
        const evidence = metric ? evidenceText(scoring, metric, e, project.currency) : 'results without a usable rate';
        reasons[i] = `${evidence}; P(best) ${pct(pBest[i]!)} among measured channels — ${baseWord(i)} → ${pct(shares[i]!)}${bound}${kept}${freeNote}.`;
        why[i] = `${metric ? `${metric.name} ${metric.text}` : 'results'}, P(best) ${pct(pBest[i]!)}${bound}${kept}`;
      });
      for (const insight of ev!.used) {
        const members = channels.map((c, i) => ({ c, i })).filter(({ c }) => insight.payload.members.includes(c));
        const moved = members.map(({ c, i }) => `${channelLabel(c)} ${baseWord(i)} → ${pct(shares[i]!)}`).join(', ');
        const name = insight.payload.reading === 'family' ? `"${insight.payload.channel}" results (split between ${list(members.map(({ c }) => channelLabel(c)))})` : `${channelLabel(insight.payload.channel)} results`;
        applied.push({ id: insight.id, sentence: `${name} in ${insight.payload.currency} (${insight.evidence.count} rows, ${insight.evidence.window.from} to ${insight.evidence.window.to}) informed the plan: ${moved}.` });
      }
    }
  }

  // A channel in the plan only because this project runs it says so (its prior is not the table's).
  channels.forEach((_, i) => {
    if (planned.running[i] && !reasons[i]!.startsWith('Prior')) reasons[i] = `${reasons[i]} In the plan because ${planned.why[i]}.`;
  });

  const amounts = largestRemainder(project.budgetMinor, shares);
  const allocations: MediaAllocation[] = channels.map((channel, i) => ({
    channel,
    label: channelLabel(channel),
    amount: toMajor(amounts[i]!, project.currency),
    amountMinor: amounts[i]!,
    share: round4(shares[i]!),
    rationale: reasons[i]!,
    metric: metrics[i] ?? null,
    pBest: pBests[i] ?? null,
  }));

  // The proposal against the approved plan (or the priors): per channel old, new and why.
  const changes: ProposalChange[] = channels.map((c, i) => {
    const from = fromApproved ? (approvedMap!.get(c) ?? null) : planned.priorShares[i]!;
    const to = round4(shares[i]!);
    return { channel: c, label: channelLabel(c), from: from === null ? null : round4(from), to, change: from === null ? null : round4(to - from), why: from === null && fromApproved ? `new in the plan; ${why[i]}` : why[i]! };
  });
  if (fromApproved) {
    for (const [c, share] of approvedMap!) {
      if (!channels.includes(c as Channel)) changes.push({ channel: c, label: channelLabel(c), from: round4(share), to: 0, change: round4(-share), why: rules.excluded.includes(c as Channel) ? 'excluded by the channel rules' : 'no longer among the channels this plan may use' });
    }
  }
  const moved = changes.filter((ch) => ch.change === null || Math.abs(ch.change) >= 0.005);
  const againstText = fromApproved ? `the approved plan (version ${(against as { version: number }).version})` : 'the priors';
  const summary =
    moved.length === 0
      ? `No change from ${againstText}${guardrail && !guardrail.binding && method === 'thompson-sampling' ? (guardrail.heldBy === 'agreement' ? (guardrail.agreement?.older === null ? ': waiting for a second week of results' : ': waiting for the newest week to agree') : guardrail.recommendLargerMove ? '' : ': too close to call') : ''}.`
      : `Against ${againstText}: ${moved
          .sort((a, b) => Math.abs(b.change ?? 1) - Math.abs(a.change ?? 1))
          .map((ch) => `${ch.label} ${ch.from === null ? 'new' : pct(ch.from)} → ${pct(ch.to)}${ch.change === null ? '' : ` (${points(ch.change)})`}`)
          .join(', ')}.`;

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
    methodNote: rules.readingNote ? `${methodNote} ${rules.readingNote}` : methodNote,
    kaizen,
    parameters: { draws: method === 'thompson-sampling' ? draws : 0, explorationFloor: floor, maxStep: step, caps: capsRecord, baseline: baselineName, minConfidence, minGain, minAgreement },
    posteriors: posteriorsOut,
    excludedChannels: [...rules.excluded].sort(),
    channelRules: { allowed: rules.allowed, excluded: [...rules.excluded].sort(), caps: capsRecord, source: rules.source, readingNote: rules.readingNote },
    scoring: scoringOut,
    evidence: { fingerprint: ev?.fingerprint ?? null, insights: ev?.used.map((i) => i.id) ?? [], notes: ev?.notes ?? [] },
    proposal: { against, changes, moved: moved.length > 0, summary },
    unconstrained,
    guardrail,
  };
  return { content, applied };
}
