// The Control Tower's data from per-project timelines: one workspace-wide timeline (newest
// last), the subsystems whose latest attempt failed, and data freshness per source. Pure.
import type { ControlTowerData, FailedRunView, FreshnessView, ProjectRef, TimelineEntryView } from '../../../protocol';

export interface ProjectTimeline {
  project: ProjectRef;
  entries: { at: string; kind: string; title: string; actor: string | null; ref: string; data: Record<string, unknown> }[];
  /** Unified view's artifacts: name, lastError and when it was made. */
  failed: { subsystem: string; error: string; at: string | null }[];
}

/** Import formats by the source name a person knows. */
const SOURCES: Record<string, string> = { 'google-ads': 'Google Ads', 'meta-ads': 'Meta Ads', generic: 'Generic CSV', trends: 'Google Trends', 'google-trends': 'Google Trends' };

export function sourceName(format: string): string {
  return SOURCES[format] ?? format;
}

export function controlTowerData(timelines: readonly ProjectTimeline[], paused: boolean, engine: ControlTowerData['engine'], limit = 2000): ControlTowerData {
  const timeline: TimelineEntryView[] = [];
  const failedRuns: FailedRunView[] = [];
  const freshness: FreshnessView[] = [];
  for (const t of timelines) {
    const last = new Map<string, string>();
    for (const e of t.entries) {
      timeline.push({ at: e.at, kind: e.kind, title: e.title, actor: e.actor, ref: e.ref, project: t.project });
      if (e.kind === 'import' && typeof e.data.format === 'string') {
        const source = sourceName(e.data.format);
        if (!last.has(source) || last.get(source)! < e.at) last.set(source, e.at);
      }
    }
    for (const f of t.failed) failedRuns.push({ project: t.project, subsystem: f.subsystem, error: f.error, at: f.at ?? '' });
    if (last.size === 0) freshness.push({ source: 'Metrics', project: t.project, lastImport: null });
    for (const [source, at] of [...last].sort(([a], [b]) => a.localeCompare(b))) freshness.push({ source, project: t.project, lastImport: at });
  }
  timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { paused, engine, timeline: timeline.slice(Math.max(0, timeline.length - limit)), failedRuns, freshness };
}
