// Channel-performance insights from metric rows of every project, as they count for the project
// being planned (pure: typed rows in, insights out; the store read is in insightsChannels.ts).
//  - Channels are read with `readChannelLabel`: a channel, a family ("social" informs each member)
//    or a label that names none (kept as an insight of its own, never dropped).
//  - Each row is weighted by the similarity of its project (kaizen/similarity.ts) and by its age
//    (kaizen/recency.ts, half-life from the newest result that counts).
//  - On the planned project's own weekly results, a change-point test on the goal's rate
//    (kaizen/changePoint.ts); when it finds a change, every row of that channel dated before it
//    is set aside, so older results stop outvoting the new.
//  - The newest week's part of the weighted sums is kept beside the totals (`newestWeek`), so a
//    plan can ask whether the newest week's results agree with the older ones.
import { channelLabel, readChannelLabel, type ChannelReading } from '../domain/channels';
import { dateRangeText, dateText } from '../domain/labels';
import { formatMoney, toMinor } from '../domain/money';
import { detectChange, type WeekPoint } from './changePoint';
import { GOAL_SCORING, rateParts, type GoalScoring } from './goalScoring';
import { recencyWeight, weekOf } from './recency';
import { similarityOf, weightText, type BriefFacts, type Similarity } from './similarity';
import type { ChannelChange, ChannelPerformanceInsight, EvidenceScope, MetricSums } from './types';

/** Sums of one project's rows for one channel label, currency and date. */
export interface ChannelRowGroup {
  label: string;
  currency: string;
  date: string;
  rows: number;
  /** False for rows whose spend was not reported (they inform rates, not costs). */
  priced: boolean;
  sums: MetricSums;
}

export interface ProjectChannelRows {
  project: BriefFacts;
  groups: ChannelRowGroup[];
}

export interface ChannelEvidenceOptions {
  /** The project being planned; without one every project counts alike and no change is tested. */
  target?: BriefFacts;
  crossIndustry: boolean;
  halfLifeWeeks: number;
  /** label → channel id or family, as `--channel-map` gives it. */
  channelMap?: Readonly<Record<string, string>>;
}

const emptySums = (): MetricSums => ({ clicks: 0, conversions: 0, spend: 0, value: 0, impressions: 0, reach: 0, engagements: 0 });
const SUM_KEYS = ['clicks', 'conversions', 'spend', 'value', 'impressions', 'reach', 'engagements'] as const;

function addInto(into: MetricSums, from: MetricSums, w: number): void {
  for (const k of SUM_KEYS) into[k] += w * (Number.isFinite(from[k]) ? Math.max(0, from[k]) : 0);
}

const readingKey = (r: ChannelReading): string => (r.kind === 'channel' ? r.channel : r.kind === 'family' ? r.family : r.label.toLowerCase());
const membersOf = (r: ChannelReading): string[] => (r.kind === 'channel' ? [r.channel] : r.kind === 'family' ? [...r.channels] : []);

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;
const roundSums = (s: MetricSums): MetricSums => Object.fromEntries(SUM_KEYS.map((k) => [k, round(s[k])])) as unknown as MetricSums;
const num = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: 1 }));
const pct = (x: number): string => `${(Math.round(x * 1000) / 10).toString()}%`;

/** Cost of one outcome (or of 1,000 impressions) in major units; null without spend or outcomes. */
export function costPerOutcome(scoring: GoalScoring, sums: MetricSums): number | null {
  const outcomes = scoring.outcome === 'conversions' ? sums.conversions : scoring.outcome === 'engagements' ? sums.engagements : sums.impressions;
  return sums.spend > 0 && outcomes > 0 ? (sums.spend / outcomes) * scoring.costPer : null;
}

export function moneyText(major: number, currency: string): string {
  return formatMoney({ amountMinor: toMinor(major, currency), currency });
}

/** "120 conversions from 3,000 clicks (4.0%), CPA €20.00" or "1,200,000 impressions, CPM €4.20, reach 300,000 (summed)". */
export function resultText(scoring: GoalScoring, sums: MetricSums, currency: string, costSums: MetricSums = sums): string {
  const cost = costPerOutcome(scoring, costSums);
  const costText = cost === null ? `no ${scoring.costName} (no spend)` : `${scoring.costName} ${moneyText(cost, currency)}`;
  if (scoring.trial === null) return `${num(Math.round(sums.impressions))} impressions, ${costText}${sums.reach > 0 ? `, reach ${num(Math.round(sums.reach))} (summed as reported)` : ''} in ${currency}`;
  const { successes, trials } = rateParts(scoring, sums);
  const rate = trials > 0 ? ` (${pct(successes / trials)})` : '';
  return `${num(Math.round(successes * 10) / 10)} ${scoring.outcome} from ${num(Math.round(trials))} ${scoring.trial}${rate}, ${costText} in ${currency}`;
}

function changeMetric(scoring: GoalScoring): string {
  return scoring.rateName ?? 'impressions per unit of spend';
}

/** A sentence for a detected change: "Google Search conversion rate fell from 6.0% to 1.2% since 19 October 2026 — older results set aside." */
export function changeSentence(channel: string, change: ChannelChange, scoring: GoalScoring): string {
  const f = (x: number): string => (scoring.trial === null ? num(Math.round(x)) : `${(x * 100).toFixed(1)}%`);
  return `${channelLabel(channel)} ${change.metric} ${change.direction} from ${f(change.before)} to ${f(change.after)} since ${dateText(change.since)} — older results set aside.`;
}

interface Bucket {
  reading: ChannelReading;
  currency: string;
  labels: Set<string>;
  weighted: MetricSums;
  priced: MetricSums;
  rawPriced: MetricSums;
  raw: MetricSums & { rows: number };
  scopes: Map<string, EvidenceScope & { projectSet: Set<string> }>;
  projects: Set<string>;
  from: string | null;
  to: string | null;
  /** Weighted sums of the rows of the newest week. */
  newestAll: MetricSums;
  newestPriced: MetricSums;
}

export function channelPerformanceFromRows(all: readonly ProjectChannelRows[], options: ChannelEvidenceOptions): ChannelPerformanceInsight[] {
  const target = options.target;
  const scoring = GOAL_SCORING[target?.goalMetric ?? 'sales'];
  const similarity = new Map<string, Similarity>();
  for (const p of all) {
    similarity.set(p.project.id, target ? similarityOf(target, p.project, { crossIndustry: options.crossIndustry }) : { scope: 'this-project', weight: 1, label: 'all projects' });
  }

  // The newest result that counts: recency is measured back from it.
  let newest: string | null = null;
  for (const p of all) {
    if ((similarity.get(p.project.id)?.weight ?? 0) <= 0) continue;
    for (const g of p.groups) if (newest === null || g.date > newest) newest = g.date;
  }

  // The newest week (Monday to Sunday) of the evidence: its part is kept apart, so a plan can check
  // that the newest week agrees with the older results.
  const newestWeek = newest === null ? null : weekOf(newest);

  // Change detection on the planned project's own weekly results, per channel.
  const changes = new Map<string, ChannelChange>();
  if (target) {
    const own = all.find((p) => p.project.id === target.id);
    const weekly = new Map<string, Map<string, WeekPoint>>();
    for (const g of own?.groups ?? []) {
      const r = readChannelLabel(g.label, options.channelMap);
      if (r.kind !== 'channel') continue;
      if (scoring.trial === null && g.currency !== target.currency) continue;
      const { successes, trials } = rateParts(scoring, g.sums);
      const byWeek = weekly.get(r.channel) ?? new Map<string, WeekPoint>();
      const wk = weekOf(g.date);
      const pt = byWeek.get(wk) ?? { week: wk, firstDate: g.date, successes: 0, trials: 0 };
      pt.successes += successes;
      pt.trials += trials;
      if (g.date < pt.firstDate) pt.firstDate = g.date;
      byWeek.set(wk, pt);
      weekly.set(r.channel, byWeek);
    }
    for (const [channel, byWeek] of weekly) {
      const points = [...byWeek.values()].sort((a, b) => a.week.localeCompare(b.week));
      const found = detectChange(points, scoring.trial === null ? 'poisson' : 'binomial');
      if (found) changes.set(channel, { since: found.since, metric: changeMetric(scoring), before: round(found.before, 6), after: round(found.after, 6), direction: found.direction, pValue: found.pValue, rowsSetAside: 0 });
    }
  }

  const buckets = new Map<string, Bucket>();
  for (const p of all) {
    const sim = similarity.get(p.project.id)!;
    for (const g of p.groups) {
      const reading = readChannelLabel(g.label, options.channelMap);
      const key = `${reading.kind}\u0000${readingKey(reading)}\u0000${g.currency}`;
      const b: Bucket = buckets.get(key) ?? { reading, currency: g.currency, labels: new Set(), weighted: emptySums(), priced: emptySums(), rawPriced: emptySums(), raw: { ...emptySums(), rows: 0 }, scopes: new Map(), projects: new Set(), from: null, to: null, newestAll: emptySums(), newestPriced: emptySums() };
      buckets.set(key, b);
      b.labels.add(g.label);
      const change = reading.kind === 'channel' ? changes.get(reading.channel) : undefined;
      const setAsideByChange = change !== undefined && g.date < change.since;
      const scope = b.scopes.get(sim.label) ?? { label: sim.label, weight: sim.weight, projects: [], rows: 0, projectSet: new Set<string>() };
      b.scopes.set(sim.label, scope);
      if (setAsideByChange) {
        change.rowsSetAside += g.rows;
        continue;
      }
      scope.rows += g.rows;
      scope.projectSet.add(p.project.id);
      if (sim.weight <= 0) continue;
      const w = sim.weight * (newest === null ? 1 : recencyWeight(g.date, newest, options.halfLifeWeeks));
      addInto(b.weighted, g.sums, w);
      if (g.priced) addInto(b.priced, g.sums, w);
      if (newestWeek !== null && g.date >= newestWeek) {
        addInto(b.newestAll, g.sums, w);
        if (g.priced) addInto(b.newestPriced, g.sums, w);
      }
      addInto(b.raw, g.sums, 1);
      if (g.priced) addInto(b.rawPriced, g.sums, 1);
      b.raw.rows += g.rows;
      b.projects.add(p.project.id);
      if (b.from === null || g.date < b.from) b.from = g.date;
      if (b.to === null || g.date > b.to) b.to = g.date;
    }
  }

  const insights: ChannelPerformanceInsight[] = [];
  for (const b of buckets.values()) {
    const key = readingKey(b.reading);
    const change = b.reading.kind === 'channel' ? (changes.get(b.reading.channel) ?? null) : null;
    const scopes = [...b.scopes.values()]
      .map(({ projectSet, ...s }) => ({ ...s, projects: [...projectSet].sort() }))
      .filter((s) => s.rows > 0)
      .sort((a, z) => z.weight - a.weight || a.label.localeCompare(z.label));
    const labels = [...b.labels].sort();
    const counted = scopes.filter((s) => s.weight > 0);
    const setAside = scopes.filter((s) => s.weight <= 0);
    if (b.raw.rows === 0 && (b.reading.kind === 'unknown' || (setAside.length === 0 && change === null))) continue;
    const name = b.reading.kind === 'channel' ? channelLabel(b.reading.channel) : b.reading.kind === 'family' ? `"${b.reading.family}" (${b.reading.channels.map(channelLabel).join(', ')})` : `"${labels.join('", "')}"`;
    const projects = [...b.projects].sort();
    const parts: string[] = [];
    if (change) parts.push(changeSentence(key, change, scoring));
    let summary: string;
    if (b.reading.kind === 'unknown') {
      summary = `${b.raw.rows} metric rows labelled ${name} match no channel AICMO plans for, so they inform no plan; re-import them with --channel-map LABEL=CHANNEL.`;
    } else {
      const weights = counted.map((s) => `${s.label} ${weightText(s.weight)} (${s.label === 'this project' ? '' : `${s.projects.length} project${s.projects.length === 1 ? '' : 's'}, `}${s.rows} rows)`).join('; ');
      const recency = newest ? `, weighted to the last ${num(options.halfLifeWeeks)} weeks` : '';
      summary = b.raw.rows > 0 ? `${name}: ${resultText(scoring, b.raw, b.currency, b.rawPriced)}${recency}; ${weights}; ${dateRangeText(b.from, b.to)}.` : `${name}: no results count for this plan.`;
    }
    parts.push(summary);
    if (setAside.length > 0) parts.push(`Set aside: ${setAside.map((s) => `${s.label} (${s.projects.length} project${s.projects.length === 1 ? '' : 's'}, ${s.rows} rows; turn on cross-industry learning to use them)`).join('; ')}.`);
    insights.push({
      id: `channel-performance:${b.reading.kind === 'channel' ? '' : `${b.reading.kind}:`}${key}:${b.currency}`,
      kind: 'channel-performance',
      summary: parts.join(' '),
      evidence: { count: b.raw.rows, window: { from: b.from, to: b.to }, projects, source: 'metric rows' },
      payload: {
        channel: key,
        reading: b.reading.kind,
        members: membersOf(b.reading),
        labels,
        currency: b.currency,
        conversions: round(b.weighted.conversions),
        clicks: round(b.weighted.clicks),
        spend: round(b.priced.spend),
        value: round(b.weighted.value),
        impressions: round(b.weighted.impressions),
        reach: round(b.weighted.reach),
        engagements: round(b.weighted.engagements),
        priced: roundSums(b.priced),
        raw: { ...b.raw, spend: round(b.raw.spend, 6), value: round(b.raw.value, 6) },
        scopes,
        recency: newest ? { halfLifeWeeks: options.halfLifeWeeks, newest } : null,
        change,
        newestWeek: newestWeek === null ? null : { week: newestWeek, sums: { ...roundSums(b.newestAll), spend: round(b.newestPriced.spend) }, priced: roundSums(b.newestPriced) },
        projects,
        window: { from: b.from, to: b.to },
      },
    });
  }
  return insights.sort((a, b) => a.id.localeCompare(b.id));
}
