// Fixtures for the Kaizen tests: results of a past campaign written through the store.
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';

/** Eight weeks of results of a past campaign: 400 clicks a week per channel, conversions as given. */
export async function pastResults(store: WorkspaceStore, projectId: string, conversionsPerWeek: Record<string, number>): Promise<void> {
  await store.writeProject(projectId, (db) => {
    for (let w = 0; w < 8; w++) {
      const date = new Date(Date.UTC(2025, 0, 6 + 7 * w)).toISOString().slice(0, 10);
      for (const [channel, conversions] of Object.entries(conversionsPerWeek)) {
        db.run(
          `INSERT INTO metric_rows(date, granularity, platform, channel, campaign, currency, spend_minor, impressions, clicks, conversions) VALUES(?, 'week', ?, ?, 'Spring', 'GBP', 50000, 40000, 400, ?)`,
          [date, channel, channel, conversions],
        );
      }
    }
  });
}
