// When a re-plan moves budget, and when it suggests a move larger than the user's step limit
// (pure; the media plan in rules.ts words the outcome). Three tests, each on the posterior draws:
//  - Evidence: the move earns more with ≥ 95% probability and ≥ +2% in expectation for every 10
//    points it moves (`testMove`).
//  - Two weeks agreeing (`agreementOf`): the newest week's results alone and the results before it
//    alone each give the move ≥ 80% probability of earning more. One week of results, however
//    lopsided, cannot move the plan: a first week far in the tail is answered by the second.
//    A channel with a detected change counts its results since the change in both parts (the
//    change test has already shown they differ from its history beyond noise).
//  - Costly limit (`largerMoveTest`): the move without the step limit passes both tests above
//    against the approved split and beats the proposal with ≥ 95% probability and ≥ +5% in
//    expectation; then the proposal suggests it, with the expected cost of keeping the limit.
// The step limit itself is the user's: a larger move is only ever taken as a person's decision.
import type { Random } from '../../domain/random';
import type { GoalScoring } from '../../kaizen/goalScoring';
import { channelPosteriors, compareSplits, drawScores, type ChannelSums, type PosteriorSet } from '../../kaizen/posteriors';
import type { ChannelEvidence } from './evidence';

export interface MoveThresholds {
  minConfidence: number;
  /** Expected gain needed for every 10 points moved. */
  minGain: number;
  /** Probability each part (newest week, older results) must give the move on its own. */
  minAgreement: number;
  /** Expected gain over the proposal that makes the step limit costly. */
  costlyGain: number;
}

export interface MoveTest {
  pBetter: number;
  expectedGain: number;
  /** Share of the budget the move reallocates (0.1 = 10 points). */
  moved: number;
  /** The expected gain it must earn for that. */
  needed: number;
  passes: boolean;
}

/** The evidence test of moving from split `from` to split `to`. */
export function testMove(matrix: readonly Float64Array[], from: readonly number[], to: readonly number[], t: Pick<MoveThresholds, 'minConfidence' | 'minGain'>): MoveTest {
  const moved = to.reduce((s, x, i) => s + Math.max(0, x - from[i]!), 0);
  const c = compareSplits(matrix, from, to);
  const needed = t.minGain * (moved / 0.1);
  return { pBetter: c.pBetter, expectedGain: c.expectedGain, moved, needed, passes: moved > 0 && c.pBetter >= t.minConfidence && c.expectedGain >= needed };
}

/** The evidence split in two: the newest week's results and the results before it, per channel in plan order. */
export interface EvidenceParts {
  /** Monday of the newest week; null without dated results. */
  newestWeek: string | null;
  older: ChannelSums[];
  newest: ChannelSums[];
}

const minus = (a: ChannelSums, b: ChannelSums): ChannelSums => ({
  channel: a.channel,
  successes: Math.max(0, a.successes - b.successes),
  trials: Math.max(0, a.trials - b.trials),
  pricedTrials: Math.max(0, a.pricedTrials - b.pricedTrials),
  pricedSpend: Math.max(0, a.pricedSpend - b.pricedSpend),
  pricedOutcomes: Math.max(0, a.pricedOutcomes - b.pricedOutcomes),
  pricedValue: Math.max(0, a.pricedValue - b.pricedValue),
});

/** Splits each channel's evidence at the newest week; a channel with a detected change keeps all its (post-change) results in both parts. */
export function evidenceParts(channels: readonly ChannelEvidence[], newestWeek: string | null): EvidenceParts {
  return {
    newestWeek,
    older: channels.map((e) => (e.change ? e.sums : minus(e.sums, e.newest))),
    newest: channels.map((e) => (e.change ? e.sums : e.newest)),
  };
}

/** Posterior draws of each part, scored on the whole's metric; null for a part that cannot be scored on it. */
export interface PartDraws {
  newestWeek: string | null;
  older: Float64Array[] | null;
  newest: Float64Array[] | null;
}

function partMatrix(sums: readonly ChannelSums[], whole: PosteriorSet, scoring: GoalScoring, random: Random, draws: number): Float64Array[] | null {
  const set = channelPosteriors(sums, scoring, whole.mode);
  if (!set.posteriors.some((p) => p.measured) || set.mode !== whole.mode) return null;
  return drawScores(set, random, draws);
}

export function partDraws(parts: EvidenceParts, whole: PosteriorSet, scoring: GoalScoring, random: Random, draws: number): PartDraws {
  return {
    newestWeek: parts.newestWeek,
    older: partMatrix(parts.older, whole, scoring, random.derive('older'), draws),
    newest: partMatrix(parts.newest, whole, scoring, random.derive('newest'), draws),
  };
}

export interface Agreement {
  newestWeek: string | null;
  /** P(the move earns more) on the results before the newest week alone; null when they cannot score it. */
  older: number | null;
  /** P(the move earns more) on the newest week's results alone; null when it has none to score. */
  newest: number | null;
  agrees: boolean;
}

/** Whether the newest week and the older results each favour moving from `from` to `to`. */
export function agreementOf(parts: PartDraws, from: readonly number[], to: readonly number[], minAgreement: number): Agreement {
  const older = parts.older ? compareSplits(parts.older, from, to).pBetter : null;
  const newest = parts.newest ? compareSplits(parts.newest, from, to).pBetter : null;
  return { newestWeek: parts.newestWeek, older, newest, agrees: older !== null && newest !== null && older >= minAgreement && newest >= minAgreement };
}

export interface LargerMoveTest {
  /** The free move against the approved split. */
  test: MoveTest;
  agreement: Agreement;
  /** The free move against the proposal. */
  overProposal: { pBetter: number; expectedGain: number; expectedDifference: number };
  costly: boolean;
  recommend: boolean;
}

/**
 * Whether the move without the step limit (`free`) should be suggested over the proposal
 * (`proposal`, from the approved split `held`): it passes the evidence and agreement tests against
 * the approved split, moves some channel at least 5 points more than the proposal, and beats the
 * proposal with the confidence and the costly gain.
 */
export function largerMoveTest(matrix: readonly Float64Array[], parts: PartDraws, held: readonly number[], proposal: readonly number[], free: readonly number[], t: MoveThresholds): LargerMoveTest {
  const test = testMove(matrix, held, free, t);
  const agreement = agreementOf(parts, held, free, t.minAgreement);
  const overProposal = compareSplits(matrix, proposal, free);
  const largest = Math.max(0, ...free.map((x, i) => Math.abs(x - proposal[i]!)));
  const costly = largest >= 0.05 && overProposal.pBetter >= t.minConfidence && overProposal.expectedGain >= t.costlyGain;
  return { test, agreement, overProposal, costly, recommend: costly && test.passes && agreement.agrees };
}
