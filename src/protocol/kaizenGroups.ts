// How Kaizen's insights are shown, in one rule for the Kaizen panel and the Kaizen tree: kinds
// ranked by their strongest insight, insights within a kind by how much evidence they carry,
// insights resting on one fact split out as weak, and the kinds with no evidence yet listed once.
// Pure and generic (the panel passes its protocol views, the tree the core's insights).

/** What the rule needs of an insight. */
export interface GroupedInsight {
  kind: string;
  summary: string;
  evidence: { count: number; projects: readonly string[] };
}

/** What the rule needs of a kind's summary (its evidence: the facts behind its insights). */
export interface GroupedKind {
  kind: string;
  evidence: number;
}

const KIND_NAMES: Record<string, string> = {
  'channel-performance': 'Channel performance',
  'angle-approval': 'Creative angle approvals',
  'estimate-accuracy': 'Estimate accuracy',
  'rejection-reason': 'Rejection reasons',
};

/** A kind of insight as the tree and the panel name it ("angle-approval" → "Creative angle approvals"). */
export function kaizenKindName(kind: string): string {
  const label = KIND_NAMES[kind] ?? kind.replace(/[_-]+/g, ' ');
  return label === '' ? kind : `${label[0]!.toUpperCase()}${label.slice(1)}`;
}

/** An insight resting on this many facts or fewer is weak evidence (folded). */
export const WEAK_EVIDENCE = 1;

export interface KaizenKindGroup<I extends GroupedInsight> {
  kind: string;
  /** Every insight of the kind, the most evidence first. */
  insights: I[];
  /** Those with more than WEAK_EVIDENCE facts, ranked. */
  strong: I[];
  /** Those with WEAK_EVIDENCE facts or fewer, ranked. */
  weak: I[];
}

export interface KaizenGroups<I extends GroupedInsight> {
  /** Kinds with insights, the one with the strongest insight first (ties by kind). */
  kinds: KaizenKindGroup<I>[];
  /** Kinds with no evidence and no insight, in the order given. */
  noEvidence: string[];
}

const ranked = <I extends GroupedInsight>(list: readonly I[]): I[] => [...list].sort((a, b) => b.evidence.count - a.evidence.count || a.summary.localeCompare(b.summary));

export function groupInsights<I extends GroupedInsight>(insights: readonly I[], kinds: readonly GroupedKind[]): KaizenGroups<I> {
  const byKind = new Map<string, I[]>();
  for (const k of kinds) if (k.evidence > 0) byKind.set(k.kind, []);
  for (const i of insights) {
    const list = byKind.get(i.kind);
    if (list) list.push(i);
    else byKind.set(i.kind, [i]);
  }
  const strongest = (list: readonly I[]) => Math.max(0, ...list.map((i) => i.evidence.count));
  const groups = [...byKind.entries()]
    .sort(([ka, a], [kb, b]) => strongest(b) - strongest(a) || ka.localeCompare(kb))
    .map(([kind, list]): KaizenKindGroup<I> => {
      const all = ranked(list);
      return { kind, insights: all, strong: all.filter((i) => i.evidence.count > WEAK_EVIDENCE), weak: all.filter((i) => i.evidence.count <= WEAK_EVIDENCE) };
    });
  return { kinds: groups, noEvidence: kinds.filter((k) => k.evidence === 0 && !byKind.has(k.kind)).map((k) => k.kind) };
}

/** Whether an insight is drawn from more than one client's data (several projects). */
export function fromSeveralClients(insight: GroupedInsight): boolean {
  return insight.evidence.projects.length > 1;
}

/** "from 2 clients' data" for an insight drawn from several projects; "" otherwise. */
export function severalClientsText(insight: GroupedInsight): string {
  return fromSeveralClients(insight) ? `from ${insight.evidence.projects.length} clients' data` : '';
}

/** What each kind's facts are, in words: [one, many]. */
const FACTS: Record<string, [string, string]> = {
  'channel-performance': ['metric row', 'metric rows'],
  'angle-approval': ['creative approval or rejection', 'creative approvals and rejections'],
  'estimate-accuracy': ['completed task', 'completed tasks'],
  'rejection-reason': ['strategy rejection or change request', 'strategy rejections and change requests'],
};

const countFmt = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** "84 metric rows", "1 strategy rejection or change request": the facts an insight rests on, in words (an unknown kind: its own source). */
export function evidenceCountText(insight: { kind: string; evidence: { count: number; source: string } }): string {
  const n = insight.evidence.count;
  const words = FACTS[insight.kind];
  return `${countFmt.format(n)} ${words ? words[n === 1 ? 0 : 1] : insight.evidence.source}`;
}
