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
import { GOAL_SCORING, rateParts } from '../../kaizen/goalScoring';
import type { ChannelSums } from '../../kaizen/posteriors';
import type { ChannelChange, ChannelPerformanceInsight, EvidenceScope } from '../../kaizen/types';
import { weightText } from '../../kaizen/similarity';

export interface ChannelEvidence {
  sums: ChannelSums;
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

/**
 * `exchangeRates` (currency → units of the plan's currency per unit, e.g. { USD: 0.92 } for a EUR
 * plan), when the user gives them: results in those currencies count toward cost figures,
 * converted at the given rate. Without a rate a currency informs rates only.
 */
export function mediaEvidence(project: Project, insights: readonly ChannelPerformanceInsight[], channels: readonly Channel[], exchangeRates: Readonly<Record<string, number>> = {}): MediaEvidence {
  const scoring = GOAL_SCORING[project.goalMetric];
  const plan = new Set<string>(channels);
  const byChannel = new Map<string, ChannelEvidence>(
    channels.map((c) => [c, { sums: { channel: c, successes: 0, trials: 0, pricedTrials: 0, pricedSpend: 0, pricedOutcomes: 0, pricedValue: 0 }, from: [], change: null, otherCurrencies: [] }]),
  );
  const used: ChannelPerformanceInsight[] = [];
  const named: ChannelPerformanceInsight[] = [];
  const outside = new Set<string>();
  const unknown = new Set<string>();
  const foreign = new Map<string, Set<string>>();
  const converted = new Set<string>();
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
    const part = 1 / members.length;
    const rate = rateParts(scoring, p);
    const pricedRate = rateParts(scoring, p.priced);
    const fx = p.currency === project.currency ? 1 : exchangeRates[p.currency];
    const inPlanCurrency = fx !== undefined && fx > 0;
    if (inPlanCurrency && fx !== 1) converted.add(p.currency);
    let informs = false;
    for (const m of members) {
      const e = byChannel.get(m)!;
      if (scoring.trial !== null) {
        e.sums.successes += part * rate.successes;
        e.sums.trials += part * rate.trials;
      }
      if (inPlanCurrency) {
        e.sums.pricedTrials += part * (scoring.trial === null ? p.priced.impressions : pricedRate.trials);
        e.sums.pricedSpend += part * p.priced.spend * fx;
        e.sums.pricedOutcomes += part * (scoring.outcome === 'conversions' ? p.priced.conversions : scoring.outcome === 'engagements' ? p.priced.engagements : p.priced.impressions);
        e.sums.pricedValue += part * p.priced.value * fx;
      } else if (!e.otherCurrencies.includes(p.currency)) e.otherCurrencies.push(p.currency);
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
  const scope = scopeNote(used);
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
  if (outside.size > 0) notes.push(`Results for ${list([...outside].sort().map(channelLabel))} are not used: ${outside.size === 1 ? 'that channel is' : 'those channels are'} not in this plan.`);
  const fingerprinted: unknown[] = [...used, ...named].sort((a, b) => a.id.localeCompare(b.id)).map((i) => ({ id: i.id, payload: i.payload }));
  if (converted.size > 0) fingerprinted.push({ exchangeRates: Object.fromEntries([...converted].sort().map((c) => [c, exchangeRates[c]])) });
  const fingerprint = fingerprinted.length > 0 ? createHash('sha256').update(stableJson(fingerprinted), 'utf8').digest('hex') : null;
  return { channels: channels.map((c) => byChannel.get(c)!), used, notes, fingerprint };
}
