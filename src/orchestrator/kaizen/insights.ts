// Kaizen: insights derived from the workspace's learning events and metric rows, never invented.
// `deriveInsights` returns every insight with its evidence, plus, per kind, how much evidence
// there is ("no evidence yet" when there is none).
import type { SkippedLine } from '../events';
import type { Project } from '../domain/project';
import type { WorkspaceStore } from '../store/types';
import { channelPerformanceFromRows } from './channelEvidence';
import { readProjectChannelRows } from './insightsChannels';
import { angleApprovalInsights, estimateAccuracyInsights, readInsightEvents, rejectionReasonInsights, type ProjectWeigher } from './insightsEvents';
import { checkHalfLife, KAIZEN_DEFAULTS } from './recency';
import { similarityOf } from './similarity';
import { AicmoError } from '../domain/errors';
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
  /** The project the insights were weighted for (by similarity: kaizen/similarity.ts), if any. */
  project: { id: string; slug: string; industry: string } | null;
  /** How evidence was weighted. */
  scoping: { crossIndustry: boolean; halfLifeWeeks: number };
  /** Lines of the event log left out (unreadable, a bad timestamp, over the size cap), with why. */
  skipped: SkippedLine[];
  insights: Insight[];
  kinds: InsightKindSummary[];
}

export interface DeriveOptions extends KaizenOptions {
  /** Id or slug of the project being planned. */
  project?: string;
}

/** How Kaizen weighs evidence (settings aicmo.kaizen.crossIndustry / halfLifeWeeks). */
export interface KaizenOptions {
  /** Count evidence from other industries (at a low weight); off by default. */
  crossIndustry?: boolean;
  /** Results this many weeks older than the newest count half (default 8). */
  halfLifeWeeks?: number;
}

/** The options with their defaults, checked (a bad half-life is a one-sentence error). */
export function kaizenScoping(options: KaizenOptions = {}): { crossIndustry: boolean; halfLifeWeeks: number } {
  const halfLifeWeeks = options.halfLifeWeeks ?? KAIZEN_DEFAULTS.halfLifeWeeks;
  try {
    checkHalfLife(halfLifeWeeks);
  } catch (e) {
    throw new AicmoError('invalid-input', (e as Error).message, { field: 'halfLifeWeeks' });
  }
  return { crossIndustry: options.crossIndustry ?? KAIZEN_DEFAULTS.crossIndustry, halfLifeWeeks };
}

/** What each kind's facts are, in words: [one, many]. */
const KIND_SOURCES: Record<InsightKind, [string, string]> = {
  'channel-performance': ['metric row', 'metric rows'],
  'angle-approval': ['creative approval or rejection', 'creative approvals and rejections'],
  'estimate-accuracy': ['completed task', 'completed tasks'],
  'rejection-reason': ['reason given for a strategy rejection or change request', 'reasons given for strategy rejections and change requests'],
};

/** Insights from the store's project files and its event log. */
export async function deriveInsights(store: WorkspaceStore, options: DeriveOptions = {}): Promise<InsightReport> {
  const events = store.events;
  const scoping = kaizenScoping(options);
  const project: Project | undefined = options.project === undefined ? undefined : await store.getProject(options.project);
  const fromEvents = await readInsightEvents(events);
  const rows = await readProjectChannelRows(store);
  const facts = new Map(rows.map((r) => [r.project.id, r.project]));
  const weigh: ProjectWeigher | undefined = project
    ? (id) => {
        const other = id === null ? undefined : facts.get(id);
        return other ? similarityOf(project, other, scoping) : { scope: 'other-vertical-other-goal', weight: 0, label: 'a project no longer in the workspace' };
      }
    : undefined;
  const insights: Insight[] = [
    ...channelPerformanceFromRows(rows, { ...scoping, ...(project ? { target: project } : {}) }),
    ...angleApprovalInsights(fromEvents, weigh),
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
      note: mine.length === 0 ? NO_EVIDENCE_YET : `${mine.length} insight${mine.length === 1 ? '' : 's'} from ${evidence} ${KIND_SOURCES[kind][evidence === 1 ? 0 : 1]}.`,
    };
  });
  return { project: project ? { id: project.id, slug: project.slug, industry: project.industry } : null, scoping, insights, kinds, skipped: fromEvents.skipped };
}
