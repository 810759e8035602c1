// Sentences and figures of a media plan: each channel's goal metric (CPA, ROAS, cost per lead,
// CPM, cost per engagement) from the weighted evidence, and the parts of its rationale.
import { dateText } from '../../domain/labels';
import { moneyText } from '../../kaizen/channelEvidence';
import type { GoalScoring } from '../../kaizen/goalScoring';
import type { ScoreMode } from '../../kaizen/posteriors';
import type { ChannelEvidence } from './evidence';
import type { Agreement, LargerMoveTest } from './moveRules';
import type { ChannelMetric, MoveAgreement } from './types';

export const pct = (x: number): string => `${(Math.round(x * 1000) / 10).toString()}%`;
export const points = (x: number): string => `${x >= 0 ? '+' : '−'}${(Math.round(Math.abs(x) * 1000) / 10).toString()} pts`;
const num = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString('en') : (Math.round(n * 10) / 10).toLocaleString('en'));

/** The metric name the plan is scored on, for the scoring note. */
export function scoringName(scoring: GoalScoring, mode: ScoreMode): string {
  if (mode === 'value') return 'ROAS';
  if (mode === 'rate') return scoring.rateName ?? scoring.costName;
  return scoring.costName;
}

export function scoringNote(scoring: GoalScoring, mode: ScoreMode, currency: string): string {
  if (mode === 'value') return `ROAS: conversion value per unit of spend in ${currency} (every channel with results in ${currency} reports conversion value).`;
  if (mode === 'rate') return `${scoring.costName} cannot be scored: no result has spend in ${currency}, so ${scoring.rateName}s are shown but do not move the split.`;
  if (scoring.trial === null) return `CPM: impressions per unit of spend in ${currency} (reach is shown where reported).`;
  return `${scoring.costName}: ${scoring.outcome} per unit of spend in ${currency} = ${scoring.rateName} × ${scoring.trial} per unit of spend.`;
}

export function channelMetric(scoring: GoalScoring, mode: ScoreMode, e: ChannelEvidence, currency: string): ChannelMetric | null {
  const s = e.sums;
  const rate = scoring.trial !== null && s.trials > 0 ? Math.min(s.successes, s.trials) / s.trials : null;
  if (scoring.trial === null) {
    if (!(s.pricedSpend > 0 && s.pricedTrials > 0)) return null;
    const cpm = (s.pricedSpend / s.pricedTrials) * 1000;
    return { name: 'CPM', value: cpm, text: moneyText(cpm, currency), rate: null };
  }
  if (rate === null) return null;
  if (mode === 'rate') return { name: scoring.rateName!, value: rate, text: pct(rate), rate };
  if (!(s.pricedSpend > 0)) return { name: mode === 'value' ? 'ROAS' : scoring.costName, value: null, text: `unknown in ${currency}`, rate };
  if (mode === 'value') {
    const roas = s.pricedValue / s.pricedSpend;
    return { name: 'ROAS', value: roas, text: `${(Math.round(roas * 100) / 100).toString()}×`, rate };
  }
  if (!(s.pricedOutcomes > 0)) return { name: scoring.costName, value: null, text: `no ${scoring.outcome} yet for ${moneyText(s.pricedSpend, currency)}`, rate };
  const cost = s.pricedSpend / s.pricedOutcomes;
  return { name: scoring.costName, value: cost, text: moneyText(cost, currency), rate };
}

/** "CPA €20.00 (conversion rate 4.0%, CPC €0.80) from 120 conversions of 3,000 clicks" and the currency / change notes. */
export function evidenceText(scoring: GoalScoring, metric: ChannelMetric, e: ChannelEvidence, currency: string): string {
  const s = e.sums;
  const parts: string[] = [];
  if (scoring.trial === null) {
    parts.push(`CPM ${metric.text} from ${num(s.pricedTrials)} impressions for ${moneyText(s.pricedSpend, currency)}`);
  } else {
    const extra: string[] = [];
    if (metric.name !== scoring.rateName && metric.rate !== null) extra.push(`${scoring.rateName} ${pct(metric.rate)}`);
    if (s.pricedSpend > 0 && s.pricedTrials > 0) extra.push(`${scoring.trial === 'clicks' ? 'CPC' : 'CPM'} ${moneyText((s.pricedSpend / s.pricedTrials) * (scoring.trial === 'clicks' ? 1 : 1000), currency)}`);
    parts.push(`${metric.name} ${metric.text}${extra.length > 0 ? ` (${extra.join(', ')})` : ''} from ${num(Math.min(s.successes, s.trials))} ${scoring.outcome} of ${num(s.trials)} ${scoring.trial}`);
  }
  const weights = new Set<string>();
  for (const f of e.from) {
    for (const sc of f.insight.payload.scopes) if (sc.weight > 0) weights.add(`${sc.label} ×${sc.weight}`);
    if (f.part < 1) weights.add(`"${f.insight.payload.channel}" results split ${Math.round(1 / f.part)} ways`);
  }
  const recency = e.from.find((f) => f.insight.payload.recency)?.insight.payload.recency;
  const how = [...weights];
  if (recency) how.push(`weighted to the last ${recency.halfLifeWeeks} weeks`);
  if (how.length > 0) parts[0] += ` (effective, ${how.join('; ')})`;
  if (e.otherCurrencies.length > 0) parts.push(`results in ${e.otherCurrencies.join(', ')} inform the ${scoring.rateName ?? 'rate'} only${s.pricedSpend > 0 ? '' : `, so its cost in ${currency} is unknown and scored with a wide prior around the other channels' cost`}`);
  const f = (x: number): string => (scoring.trial === null ? num(x) : `${(x * 100).toFixed(1)}%`);
  if (e.change) parts.push(`${e.change.metric} ${e.change.direction} from ${f(e.change.before)} to ${f(e.change.after)} since ${dateText(e.change.since)}, older results set aside`);
  return parts.join('; ');
}


/** "5.3 conversions", "€312.00 of conversion value", "12,400 impressions": an amount of the scored outcome. */
export function outcomeAmount(scoring: GoalScoring, mode: ScoreMode, amount: number, currency: string): string {
  if (mode === 'value') return `${moneyText(amount, currency)} of conversion value`;
  return `${num(amount)} ${scoring.noun}${Math.abs(amount - 1) < 1e-9 ? '' : 's'}`;
}

/** Why a move that passed the evidence test waits: one week of results, or the two parts disagreeing. */
export function waitingText(a: Agreement, pAll: number, minAgreement: number): string {
  const need = `a re-plan moves only when the newest week's results and the older ones each give the move at least ${pct(minAgreement)} on their own`;
  if (a.older === null) return `Waiting for a second week of results: the move is ${pct(pAll)} likely better, but every result that counts is from one week (the week of ${a.newestWeek ?? 'the newest result'}), and ${need}`;
  if (a.newest === null) return `Waiting for the newest week to agree: the move is ${pct(pAll)} likely better, but the newest week (${a.newestWeek ?? ''}) has no results for these channels, and ${need}`;
  return `Waiting for the newest week to agree: the move is ${pct(pAll)} likely better on all results, but the newest week's results (week of ${a.newestWeek ?? ''}) give it ${pct(a.newest)} and the older ones ${pct(a.older)}, and ${need}`;
}

/** Why the larger move is not suggested although the step limit held the proposal. */
export function notSuggestedText(t: LargerMoveTest, minConfidence: number, minAgreement: number): string {
  if (!t.costly || !t.test.passes) return `It is not suggested: a larger move is suggested only when it is at least ${pct(minConfidence)} likely better than the proposal and +5% or more in expectation.`;
  const a = t.agreement;
  return `It is not suggested yet: the newest week's results give it ${a.newest === null ? 'nothing to go on' : pct(a.newest)} and the older ones ${a.older === null ? 'nothing to go on' : pct(a.older)}, and a larger move needs each at ${pct(minAgreement)} or more.`;
}

/** The agreement as recorded on a plan (4 decimals). */
export function roundAgreement(a: Agreement | null): MoveAgreement | null {
  if (!a) return null;
  const r = (x: number | null): number | null => (x === null ? null : Math.round(x * 10_000) / 10_000);
  return { newestWeek: a.newestWeek, older: r(a.older), newest: r(a.newest), agrees: a.agrees };
}
