// Fixtures for the Kaizen tests: results of a past campaign written through the store.
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import type { MetricRow } from '../../../src/orchestrator/imports/types';
import { addMetricRows, metricRow } from '../store/helpers';

/** Eight weeks of results of a past campaign: 400 clicks a week per channel, conversions as given. */
export async function pastResults(store: WorkspaceStore, projectId: string, conversionsPerWeek: Record<string, number>): Promise<void> {
  const rows: MetricRow[] = [];
  for (let w = 0; w < 8; w++) {
    const date = new Date(Date.UTC(2025, 0, 6 + 7 * w)).toISOString().slice(0, 10);
    for (const [channel, conversions] of Object.entries(conversionsPerWeek)) {
      rows.push(metricRow({ date, granularity: 'week', platform: channel, channel, campaign: 'Spring', currency: 'GBP', spendMinor: 50000, impressions: 40000, clicks: 400, conversions }));
    }
  }
  await store.writeProject(projectId, (tx) => addMetricRows(tx, rows));
}
