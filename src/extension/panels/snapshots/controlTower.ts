// The Control Tower's data from per-project timelines and the workspace's own events (pause and
// resume): one workspace-wide timeline, newest first, with bulk decisions grouped ("30 creatives
// approved by Dana"), the subsystems whose latest attempt failed, and data freshness per source. Pure.
import type { ControlTowerData, FailedRunView, FreshnessView, ProjectRef, TimelineEntryView } from '../../../protocol';
import { countText } from '../../../orchestrator/domain/labels';
import { DECISION_PAST } from '../../../orchestrator/services';

export interface ProjectTimeline {
  project: ProjectRef;
  entries: { at: string; kind: string; title: string; actor: string | null; ref: string; data: Record<string, unknown> }[];
  /** Unified view's artifacts: name, lastError and when it was made. */
  failed: { subsystem: string; error: string; at: string | null }[];
}

/** A workspace event the timeline shows (the global pause switched on or off). */
export interface WorkspaceEntry {
  at: string;
  paused: boolean;
  actor: string | null;
  ref: string;
}

/** Import formats by the source name a person knows. */
const SOURCES: Record<string, string> = { 'google-ads': 'Google Ads', 'meta-ads': 'Meta Ads', generic: 'Generic CSV', trends: 'Google Trends', 'google-trends': 'Google Trends' };

export function sourceName(format: string): string {
  return SOURCES[format] ?? format;
}



/** Decisions on creatives by the same person, in the same project, within a minute, as one entry. */
function groupKey(e: TimelineEntryView & { data?: Record<string, unknown> }): string | undefined {
  const target = e.data?.target as { kind?: string } | undefined;
  if (e.kind !== 'approval' || target?.kind !== 'creative' || typeof e.data?.action !== 'string') return undefined;
  return [e.project?.id ?? '', e.actor ?? '', e.data.action, e.at.slice(0, 16)].join('|');
}

function grouped(sorted: readonly (TimelineEntryView & { data?: Record<string, unknown> })[]): TimelineEntryView[] {
  const sizes = new Map<string, number>();
  for (const e of sorted) {
    const key = groupKey(e);
    if (key !== undefined) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  // A group stands where its newest decision is; the other members are folded into it.
  const placed = new Set<string>();
  const out: TimelineEntryView[] = [];
  for (const { data, ...e } of sorted) {
    const key = groupKey({ ...e, ...(data ? { data } : {}) });
    const n = key === undefined ? 1 : sizes.get(key)!;
    if (n === 1) {
      out.push(e);
      continue;
    }
    if (placed.has(key!)) continue;
    placed.add(key!);
    const action = String(data?.action);
    out.push({ ...e, title: `${countText(n, 'creative')} ${DECISION_PAST[action] ?? action.replace(/_/g, ' ')}` });
  }
  return out;
}

export function controlTowerData(timelines: readonly ProjectTimeline[], paused: boolean, engine: ControlTowerData['engine'], limit = 2000, workspace: readonly WorkspaceEntry[] = []): ControlTowerData {
  const timeline: (TimelineEntryView & { data?: Record<string, unknown> })[] = [];
  const failedRuns: FailedRunView[] = [];
  const freshness: FreshnessView[] = [];
  for (const t of timelines) {
    const last = new Map<string, string>();
    for (const e of t.entries) {
      timeline.push({ at: e.at, kind: e.kind, title: e.title, actor: e.actor, ref: e.ref, project: t.project, data: e.data });
      if (e.kind === 'import' && typeof e.data.format === 'string') {
        const source = sourceName(e.data.format);
        if (!last.has(source) || last.get(source)! < e.at) last.set(source, e.at);
      }
    }
    for (const f of t.failed) failedRuns.push({ project: t.project, subsystem: f.subsystem, error: f.error, at: f.at ?? '' });
    if (last.size === 0) freshness.push({ source: 'Metrics', project: t.project, lastImport: null });
    for (const [source, at] of [...last].sort(([a], [b]) => a.localeCompare(b))) freshness.push({ source, project: t.project, lastImport: at });
  }
  for (const w of workspace) timeline.push({ at: w.at, kind: 'pause', title: w.paused ? 'All runs paused' : 'Runs resumed', actor: w.actor, ref: w.ref });
  // Newest first; entries at the same moment keep their order (a run's start before its parts).
  timeline.sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : 0));
  return { paused, engine, timeline: grouped(timeline).slice(0, limit), failedRuns, freshness };
}
