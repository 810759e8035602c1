// Channel-performance insights from the metric rows of every project in the workspace: this file
// reads the rows (summed per channel label, currency, date and whether spend was reported); the
// weighting, channel reading and change detection are pure (channelEvidence.ts).
import type { Database } from 'sql.js';
import { toMajor } from '../domain/money';
import type { WorkspaceStore } from '../store/types';
import type { ChannelRowGroup, ProjectChannelRows } from './channelEvidence';

/** Metric rows of one project file summed per channel label (as stored), currency, date and priced/unpriced. */
export function channelRowGroups(db: Database): ChannelRowGroup[] {
  const res = db.exec(
    `SELECT channel, currency, date, extra LIKE '%"spendNotReported":true%' AS unpriced, COUNT(*), TOTAL(spend_minor), TOTAL(COALESCE(clicks, 0)), TOTAL(COALESCE(conversions, 0)),
            TOTAL(COALESCE(conversion_value_minor, 0)), TOTAL(COALESCE(impressions, 0)), TOTAL(COALESCE(reach, 0)), TOTAL(COALESCE(engagements, 0))
       FROM metric_rows GROUP BY channel, currency, date, unpriced ORDER BY channel, currency, date`,
  )[0];
  return (res?.values ?? []).map((v) => {
    const currency = String(v[1]);
    return {
      label: String(v[0]),
      currency,
      date: String(v[2]),
      priced: Number(v[3]) !== 1,
      rows: Number(v[4]),
      sums: {
        spend: toMajor(Number(v[5]), currency),
        clicks: Number(v[6]),
        conversions: Number(v[7]),
        value: toMajor(Number(v[8]), currency),
        impressions: Number(v[9]),
        reach: Number(v[10]),
        engagements: Number(v[11]),
      },
    };
  });
}

/** Every project with its metric-row groups (one read per project). */
export async function readProjectChannelRows(store: WorkspaceStore): Promise<ProjectChannelRows[]> {
  const out: ProjectChannelRows[] = [];
  for (const summary of await store.listProjects()) {
    out.push(await store.readProject(summary.id, (db, project) => ({ project, groups: channelRowGroups(db) })));
  }
  return out;
}
