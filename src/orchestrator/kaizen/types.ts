// Kaizen insights as the subsystems consume them. Insights are derived from learning events and
// metric rows only (never invented); each carries its evidence so an artifact can say what
// shaped it. The deriving code (events + metric rows → insights) fills these records.

export const INSIGHT_KINDS = ['channel-performance', 'angle-approval', 'estimate-accuracy', 'rejection-reason'] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** What an insight rests on: how many facts, over which dates, from which projects. */
export interface InsightEvidence {
  /** Number of events or metric rows behind the insight. */
  count: number;
  /** First and last date (YYYY-MM-DD) of the evidence; null when not dated. */
  window: { from: string | null; to: string | null };
  /** Project ids the evidence comes from. */
  projects: string[];
  /** Where it comes from, e.g. "metric rows", "creative.rejected events". */
  source: string;
}

interface InsightBase<K extends InsightKind, P> {
  /** Stable id, e.g. "channel-performance:meta:same-industry". */
  id: string;
  kind: K;
  /** One sentence a strategist can read. */
  summary: string;
  evidence: InsightEvidence;
  payload: P;
}

/** Summed results: counts, and money in major units of the insight's currency. */
export interface MetricSums {
  clicks: number;
  conversions: number;
  spend: number;
  /** Conversion value (revenue). */
  value: number;
  impressions: number;
  /** Summed as reported (reach is not additive: an upper bound). */
  reach: number;
  engagements: number;
}

/** How much one group of evidence counted, and why. */
export interface EvidenceScope {
  /** "this project", "same vertical (B2B software and services) and goal", … */
  label: string;
  /** Similarity weight (0 = set aside). */
  weight: number;
  projects: string[];
  rows: number;
}

/** A detected change in a channel's goal-metric rate (kaizen/changePoint.ts). */
export interface ChannelChange {
  since: string;
  /** "conversion rate", "engagement rate", "impressions per unit of spend". */
  metric: string;
  before: number;
  after: number;
  direction: 'rose' | 'fell';
  pValue: number;
  /** Rows dated before `since` that were set aside. */
  rowsSetAside: number;
}

/** The newest week's part of a channel's weighted sums (same shape as the totals). */
export interface NewestWeek {
  /** Monday of the week (YYYY-MM-DD). */
  week: string;
  /** Weighted sums of its rows (spend: of the priced rows, as in the totals). */
  sums: MetricSums;
  /** Weighted sums of its priced rows. */
  priced: MetricSums;
}

/**
 * Results for one channel (or a family of channels, or a label that names none) in one currency,
 * as they count for the project being planned: each row weighted by the similarity of its project
 * and by its age (half-life), rows before a detected change set aside.
 */
export interface ChannelPerformance {
  /** Canonical channel id; the family key ("social") for a family; the label as written when unknown. */
  channel: string;
  reading: 'channel' | 'family' | 'unknown';
  /** Channels the evidence informs: [channel], a family's members, or none. */
  members: string[];
  /** Labels as written in the metric rows. */
  labels: string[];
  currency: string;
  /** Weighted sums (what the posteriors use). */
  conversions: number;
  clicks: number;
  spend: number;
  value: number;
  impressions: number;
  reach: number;
  engagements: number;
  /** Weighted sums of the rows whose spend was reported (what cost figures use). */
  priced: MetricSums;
  /** Unweighted sums of the rows that count (weight > 0), for people. */
  raw: MetricSums & { rows: number };
  /** Similarity groups, including those set aside. */
  scopes: EvidenceScope[];
  /** The recency weighting used; null when off. */
  recency: { halfLifeWeeks: number; newest: string } | null;
  change: ChannelChange | null;
  /**
   * The part of the weighted sums from the newest week (the calendar week, Monday to Sunday, of
   * the newest result that counts), so a plan can check that the newest week's results agree
   * with the older ones; null without dated results.
   */
  newestWeek: NewestWeek | null;
  /** Project ids whose rows count. */
  projects: string[];
  window: { from: string | null; to: string | null };
}

/** Approvals and rejections of creatives with one angle on one channel. */
/**
 * Decisions on creatives with one angle on one channel. Each copy counts once (its latest
 * decision), weighted by the similarity of its project: `approved` and `rejected` are those
 * weighted counts; `copies` are the plain counts behind them.
 */
export interface AngleApproval {
  channel: string;
  angle: string;
  approved: number;
  rejected: number;
  /** Distinct copies decided (latest decision each), before weighting. */
  copies: { approved: number; rejected: number };
  /** Decision events read (repeats of one copy included). */
  decisions: number;
  scopes: EvidenceScope[];
}

/** How long tasks of one PM template really took compared with their estimates. */
export interface EstimateAccuracy {
  /** Task template id (e.g. "creative-production"). */
  template: string;
  /** Summed estimated hours of completed tasks. */
  estimated: number;
  /** Summed actual hours of the same tasks. */
  actual: number;
  /** actual ÷ estimated. */
  ratio: number;
  /** Number of completed tasks. */
  n: number;
}

/** A reason given when rejecting or requesting changes, with how often it was given. */
export interface RejectionReason {
  reason: string;
  count: number;
}

export type ChannelPerformanceInsight = InsightBase<'channel-performance', ChannelPerformance>;
export type AngleApprovalInsight = InsightBase<'angle-approval', AngleApproval>;
export type EstimateAccuracyInsight = InsightBase<'estimate-accuracy', EstimateAccuracy>;
export type RejectionReasonInsight = InsightBase<'rejection-reason', RejectionReason>;

export type Insight = ChannelPerformanceInsight | AngleApprovalInsight | EstimateAccuracyInsight | RejectionReasonInsight;

/** The insights of one kind, narrowed. */
export function insightsOfKind<K extends InsightKind>(insights: readonly Insight[], kind: K): Extract<Insight, { kind: K }>[] {
  return insights.filter((i): i is Extract<Insight, { kind: K }> => i.kind === kind);
}

/** Recorded on an artifact: an insight that shaped it and how, in one sentence. */
export interface AppliedInsight {
  id: string;
  sentence: string;
}
