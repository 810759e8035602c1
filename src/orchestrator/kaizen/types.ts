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

/**
 * Conversion performance of one channel. Several insights may describe the same channel (e.g.
 * one from same-industry projects and one from others); the media plan adds them up, each
 * weighted by `sameIndustryWeight`.
 */
export interface ChannelPerformance {
  /** Canonical channel id (see subsystems/common/channels.ts, `normalizeChannel`). */
  channel: string;
  /** Summed conversions (successes). */
  conversions: number;
  /** Summed clicks: the trials of the conversion rate (conversions ≤ clicks is not required; it is capped). */
  clicks: number;
  /** Summed spend in major units of `currency`. */
  spend: number;
  currency: string;
  /** Project ids the rows come from. */
  projects: string[];
  /**
   * Weight of this evidence in the posterior: 1 for rows from projects in the same industry as
   * the one being planned, lower (e.g. 0.5) for other industries.
   */
  sameIndustryWeight: number;
  window: { from: string | null; to: string | null };
}

/** Approvals and rejections of creatives with one angle on one channel. */
export interface AngleApproval {
  channel: string;
  angle: string;
  approved: number;
  rejected: number;
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
