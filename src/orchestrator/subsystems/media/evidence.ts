// The evidence a media plan uses, from the channel-performance insights: per planned channel the
// weighted sums the posteriors need (a family's results split between its members in the plan;
// results in another currency inform the rate only), the notes people read about what was used
// and set aside, and a fingerprint of it all (recorded on the plan and part of its inputs hash,
// so a run whose evidence is unchanged keeps the existing version).
import { createHash } from 'node:crypto';
import { channelLabel, type Channel } from '../../domain/channels';
import type { Project } from '../../domain/project';
import { stableJson } from '../../flow/inputsHash';
import { changeSentence } from '../../kaizen/channelEvidence';
import { GOAL_SCORING, rateParts, type GoalScoring } from '../../kaizen/goalScoring';
import type { ChannelSums } from '../../kaizen/posteriors';
import type { ChannelChange, ChannelPerformanceInsight, EvidenceScope, MetricSums } from '../../kaizen/types';
import { weightText } from '../../kaizen/similarity';
import { planChannelRules } from './channelRules';

export interface ChannelEvidence {
  sums: ChannelSums;
  /** The part of `sums` from the newest week of the evidence (same weighting and splitting). */
  newest: ChannelSums;
  /** Insights that inform this channel, with the part of each that counts (1, or 1/n for a family). */
  from: { insight: ChannelPerformanceInsight; part: number }[];
  change: ChannelChange | null;
  /** Currencies other than the plan's whose results informed the rate only. */
  otherCurrencies: string[];
}

export interface MediaEvidence {
  /** One per planned channel, in plan order. */
  channels: ChannelEvidence[];
  /** Insights used (informing at least one planned channel). */
  used: ChannelPerformanceInsight[];
  /** Sentences on scoping, recency, currencies, unknown labels and channels outside the plan. */
  notes: string[];
  /** sha256 of the used and named insights; null when there are none. */
  fingerprint: string | null;
  /** Monday of the newest week of the evidence used; null without dated results. */
  newestWeek: string | null;
}

const emptyChannelSums = (channel: string): ChannelSums => ({ channel, successes: 0, trials: 0, pricedTrials: 0, pricedSpend: 0, pricedOutcomes: 0, pricedValue: 0 });

/** Adds `part` of one insight's sums (all of it, or its newest week) into a channel's; `fx` null = another currency (the rate only). */
function addPart(into: ChannelSums, scoring: GoalScoring, all: MetricSums, priced: MetricSums, part: number, fx: number | null): void {
  if (scoring.trial !== null) {
    const rate = rateParts(scoring, all);
    into.successes += part * rate.successes;
    into.trials += part * rate.trials;
  }
  if (fx === null) return;
  into.pricedTrials += part * (scoring.trial === null ? priced.impressions : rateParts(scoring, priced).trials);
  into.pricedSpend += part * priced.spend * fx;
  into.pricedOutcomes += part * (scoring.outcome === 'conversions' ? priced.conversions : scoring.outcome === 'engagements' ? priced.engagements : priced.impressions);
  into.pricedValue += part * priced.value * fx;
}

const list = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

function scopeNote(used: readonly ChannelPerformanceInsight[]): string | null {
  const scopes = new Map<string, { weight: number; projects: Set<string>; rows: number }>();
  for (const i of used) {
    for (const s of i.payload.scopes as EvidenceScope[]) {
      const t = scopes.get(s.label) ?? { weight: s.weight, projects: new Set<string>(), rows: 0 };
      for (const p of s.projects) t.projects.add(p);
      t.rows += s.rows;
      scopes.set(s.label, t);
    }
  }
  if (scopes.size === 0) return null;
  const parts = [...scopes.entries()]
    .sort(([a, x], [b, y]) => y.weight - x.weight || a.localeCompare(b))
    .map(([label, t]) => `${label} ${weightText(t.weight)} (${label === 'this project' ? '' : `${t.projects.size} project${t.projects.size === 1 ? '' : 's'}, `}${t.rows} rows${t.weight > 0 ? '' : ' set aside; turn on cross-industry learning to use them'})`);
  return `Evidence weighted by similarity to this project: ${parts.join('; ')}.`;
}

/** Why results of channels outside the plan are not used: excluded, not allowed, or not run by this project. */
function outsideNotes(project: Project, outside: readonly string[]): string[] {
  if (outside.length === 0) return [];
  const rules = planChannelRules(project);
  const groups: { cs: string[]; why: (one: boolean) => string }[] = [
    { cs: outside.filter((c) => rules.excluded.includes(c as Channel)), why: (one) => `the brief's channel rules exclude ${one ? 'it' : 'them'}` },
    { cs: outside.filter((c) => !rules.excluded.includes(c as Channel) && rules.allowed !== null && !rules.allowed.includes(c as Channel)), why: (one) => `the brief's allowed channels do not include ${one ? 'it' : 'them'}` },
    { cs: outside.filter((c) => !rules.excluded.includes(c as Channel) && rules.allowed === null), why: (one) => `this project has no results of its own for ${one ? 'that channel' : 'those channels'}, so ${one ? 'it is' : 'they are'} not in this plan` },
  ];
  return groups.filter((g) => g.cs.length > 0).map((g) => `Results for ${list(g.cs.map(channelLabel))} are not used: ${g.why(g.cs.length === 1)}.`);
}

/**
 * `exchangeRates` (currency → units of the plan's currency per unit, e.g. { USD: 0.92 } for a EUR
 * plan), when the user gives them: results in those currencies count toward cost figures,
 * converted at the given rate. Without a rate a currency informs rates only.
 */
export function mediaEvidence(project: Project, insights: readonly ChannelPerformanceInsight[], channels: readonly Channel[], exchangeRates: Readonly<Record<string, number>> = {}): MediaEvidence {
  const scoring = GOAL_SCORING[project.goalMetric];
  const plan = new Set<string>(channels);
  const byChannel = new Map<string, ChannelEvidence>(
    channels.map((c) => [c, { sums: emptyChannelSums(c), newest: emptyChannelSums(c), from: [], change: null, otherCurrencies: [] }]),
  );
  const used: ChannelPerformanceInsight[] = [];
  const named: ChannelPerformanceInsight[] = [];
  const setAside: ChannelPerformanceInsight[] = [];
  const outside = new Set<string>();
  const unknown = new Set<string>();
  const foreign = new Map<string, Set<string>>();
  const converted = new Set<string>();
  let newestWeek: string | null = null;
  for (const insight of insights) {
    const p = insight.payload;
    if (p.reading === 'unknown') {
      if (p.raw.rows > 0) {
        for (const l of p.labels) unknown.add(l);
        named.push(insight);
      }
      continue;
    }
    const members = p.members.filter((m) => plan.has(m));
    if (members.length === 0) {
      if (p.reading === 'channel' && p.raw.rows > 0) outside.add(p.channel);
      continue;
    }
    if (p.raw.rows === 0) {
      // Nothing of it counts for this plan (its rows are set aside by similarity): named in the
      // scoping note, never counted as informing a channel.
      named.push(insight);
      setAside.push(insight);
      continue;
    }
    const part = 1 / members.length;
    const fx = p.currency === project.currency ? 1 : exchangeRates[p.currency];
    const inPlanCurrency = fx !== undefined && fx > 0;
    if (inPlanCurrency && fx !== 1) converted.add(p.currency);
    if (p.newestWeek && (newestWeek === null || p.newestWeek.week > newestWeek)) newestWeek = p.newestWeek.week;
    let informs = false;
    for (const m of members) {
      const e = byChannel.get(m)!;
      addPart(e.sums, scoring, p, p.priced, part, inPlanCurrency ? fx : null);
      if (p.newestWeek) addPart(e.newest, scoring, p.newestWeek.sums, p.newestWeek.priced, part, inPlanCurrency ? fx : null);
      if (!inPlanCurrency && !e.otherCurrencies.includes(p.currency)) e.otherCurrencies.push(p.currency);
      if (scoring.trial !== null || inPlanCurrency) {
        e.from.push({ insight, part });
        informs = true;
      }
      if (p.reading === 'channel' && p.change) e.change = p.change;
      if (!inPlanCurrency) {
        const f = foreign.get(p.currency) ?? new Set<string>();
        f.add(channelLabel(m));
        foreign.set(p.currency, f);
      }
    }
    if (informs || p.change) used.push(insight);
  }

  const notes: string[] = [];
  const scope = scopeNote([...used, ...setAside]);
  if (scope) notes.push(scope);
  const recency = used.find((i) => i.payload.recency)?.payload.recency;
  if (recency) notes.push(`Weighted to the last ${recency.halfLifeWeeks} weeks: a result ${recency.halfLifeWeeks} weeks older than the newest (${recency.newest}) counts half.`);
  for (const e of byChannel.values()) if (e.change) notes.push(changeSentence(e.sums.channel, e.change, scoring));
  for (const [currency, chs] of [...foreign.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    notes.push(
      scoring.trial === null
        ? `Results in ${currency} (${list([...chs].sort())}) are not used: a ${scoring.costName} plan in ${project.currency} needs spend in ${project.currency}, and AICMO does not guess exchange rates.`
        : `Results in ${currency} (${list([...chs].sort())}) inform the ${scoring.rateName} only: their spend is never mixed into ${project.currency} cost figures.`,
    );
  }
  for (const c of [...converted].sort()) notes.push(`Results in ${c} count toward cost figures converted at ${exchangeRates[c]} ${project.currency} per ${c} (the exchange rate given in the run options).`);
  if (unknown.size > 0) notes.push(`Metric rows labelled ${list([...unknown].sort().map((l) => `"${l}"`))} match no channel AICMO plans for and are not used; re-import them with --channel-map LABEL=CHANNEL.`);
  notes.push(...outsideNotes(project, [...outside].sort()));
  const fingerprinted: unknown[] = [...used, ...named].sort((a, b) => a.id.localeCompare(b.id)).map((i) => ({ id: i.id, payload: i.payload }));
  if (converted.size > 0) fingerprinted.push({ exchangeRates: Object.fromEntries([...converted].sort().map((c) => [c, exchangeRates[c]])) });
  const fingerprint = fingerprinted.length > 0 ? createHash('sha256').update(stableJson(fingerprinted), 'utf8').digest('hex') : null;
  return { channels: channels.map((c) => byChannel.get(c)!), used, notes, fingerprint, newestWeek };
}
