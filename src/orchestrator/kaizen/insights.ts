// Kaizen: insights derived from the workspace's learning events and metric rows, never invented.
// `deriveInsights` returns every insight with its evidence, plus, per kind, how much evidence
// there is ("no evidence yet" when there is none).
import type { EventLog, SkippedLine } from '../events';
import type { Project } from '../domain/project';
import type { WorkspaceStore } from '../store/types';
import { channelPerformanceInsights } from './insightsChannels';
import { angleApprovalInsights, estimateAccuracyInsights, readInsightEvents, rejectionReasonInsights } from './insightsEvents';
import { INSIGHT_KINDS, type Insight, type InsightKind } from './types';

export const NO_EVIDENCE_YET = 'no evidence yet';

export interface InsightKindSummary {
  kind: InsightKind;
  /** Number of insights of this kind. */
  insights: number;
  /** Facts (events or metric rows) behind them. */
  evidence: number;
  /** "no evidence yet", or what the insights rest on. */
  note: string;
}

export interface InsightReport {
  /** The project the insights were weighted for (same industry ×1, others ×0.5), if any. */
  project: { id: string; slug: string; industry: string } | null;
  insights: Insight[];
  kinds: InsightKindSummary[];
  /** Lines of the event log left out (unreadable, a bad timestamp, over the size cap), with why. */
  skipped: SkippedLine[];
}

export interface DeriveOptions {
  /** Id or slug of the project being planned. */
  project?: string;
}

const KIND_SOURCES: Record<InsightKind, string> = {
  'channel-performance': 'metric rows',
  'angle-approval': 'creative approvals and rejections',
  'estimate-accuracy': 'completed tasks',
  'rejection-reason': 'strategy rejection and change-request reasons',
};

export async function deriveInsights(store: WorkspaceStore, events: EventLog, options: DeriveOptions = {}): Promise<InsightReport> {
  const project: Project | undefined = options.project === undefined ? undefined : await store.getProject(options.project);
  const fromEvents = await readInsightEvents(events);
  const insights: Insight[] = [
    ...(await channelPerformanceInsights(store, project)),
    ...angleApprovalInsights(fromEvents),
    ...estimateAccuracyInsights(fromEvents),
    ...rejectionReasonInsights(fromEvents),
  ];
  const kinds = INSIGHT_KINDS.map((kind): InsightKindSummary => {
    const mine = insights.filter((i) => i.kind === kind);
    const evidence = mine.reduce((t, i) => t + i.evidence.count, 0);
    return {
      kind,
      insights: mine.length,
      evidence,
      note: mine.length === 0 ? NO_EVIDENCE_YET : `${mine.length} insight${mine.length === 1 ? '' : 's'} from ${evidence} ${KIND_SOURCES[kind]}${kind === 'channel-performance' ? '' : ' (events)'}.`,
    };
  });
  return { project: project ? { id: project.id, slug: project.slug, industry: project.industry } : null, insights, kinds, skipped: fromEvents.skipped };
}
