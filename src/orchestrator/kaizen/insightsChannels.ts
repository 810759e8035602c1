// Channel-performance insights from the metric rows of every project in the workspace: this file
// reads the rows (summed per channel label, currency, date and whether spend was reported, by the
// store's metrics table); the weighting, channel reading and change detection are pure
// (channelEvidence.ts).
import { toMajor } from '../domain/money';
import type { ProjectReader, WorkspaceStore } from '../store/types';
import type { ChannelRowGroup, ProjectChannelRows } from './channelEvidence';

/** Metric rows of one project file summed per channel label (as stored), currency, date and priced/unpriced. */
export function channelRowGroups(tx: ProjectReader): ChannelRowGroup[] {
  return tx.metrics.channelDays().map((d) => ({
    label: d.label,
    currency: d.currency,
    date: d.date,
    priced: d.priced,
    rows: d.rows,
    sums: {
      spend: toMajor(d.spendMinor, d.currency),
      clicks: d.clicks,
      conversions: d.conversions,
      value: toMajor(d.conversionValueMinor, d.currency),
      impressions: d.impressions,
      reach: d.reach,
      engagements: d.engagements,
    },
  }));
}

/** Every project with its metric-row groups (one read per project). */
export async function readProjectChannelRows(store: WorkspaceStore): Promise<ProjectChannelRows[]> {
  const out: ProjectChannelRows[] = [];
  for (const summary of await store.listProjects()) {
    out.push(await store.readProject(summary.id, (tx) => ({ project: tx.project, groups: channelRowGroups(tx) })));
  }
  return out;
}
