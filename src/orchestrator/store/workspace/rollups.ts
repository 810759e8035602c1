// The `channel_week_rollups` table of the workspace index: each project's metric rows summed by
// channel and ISO week (Monday), derived from the project files (refreshed when their metric
// rows change), so workspace-wide figures need no project file.
import type { Database, SqlValue } from 'sql.js';
import { allRows, text } from '../sqlRows';

export interface ChannelWeekRollup {
  projectId: string;
  channel: string;
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  spendMinor: number;
  impressions: number;
  clicks: number;
  conversions: number;
  conversionValueMinor: number;
}

export interface RollupsReader {
  /** Rollups by channel and week (of one project, or of all). */
  list(projectId?: string): ChannelWeekRollup[];
}

export function readRollups(db: Database): RollupsReader {
  return {
    list(projectId) {
      const rows =
        projectId === undefined
          ? allRows(db, 'SELECT * FROM channel_week_rollups ORDER BY channel, week, project_id')
          : allRows(db, 'SELECT * FROM channel_week_rollups WHERE project_id = ? ORDER BY channel, week', [projectId]);
      return rows.map((r) => ({
        projectId: text(r.project_id),
        channel: text(r.channel),
        week: text(r.week),
        spendMinor: Number(r.spend_minor),
        impressions: Number(r.impressions),
        clicks: Number(r.clicks),
        conversions: Number(r.conversions),
        conversionValueMinor: Number(r.conversion_value_minor),
      }));
    },
  };
}

/** Replaces the project's rollups with sums of its metric rows by channel and ISO week (Monday). */
export function refreshRollups(index: Database, projectDb: Database, projectId: string): void {
  index.run('DELETE FROM channel_week_rollups WHERE project_id = ?', [projectId]);
  const select = projectDb.prepare(
    `SELECT channel, date(date, '-6 days', 'weekday 1') AS week, SUM(spend_minor), SUM(COALESCE(impressions, 0)),
            SUM(COALESCE(clicks, 0)), TOTAL(conversions), SUM(COALESCE(conversion_value_minor, 0))
       FROM metric_rows WHERE date(date) IS NOT NULL GROUP BY channel, week`,
  );
  const insert = index.prepare(
    `INSERT INTO channel_week_rollups(project_id, channel, week, spend_minor, impressions, clicks, conversions, conversion_value_minor)
     VALUES(?,?,?,?,?,?,?,?)`,
  );
  try {
    while (select.step()) insert.run([projectId, ...select.get()] as SqlValue[]);
  } finally {
    select.free();
    insert.free();
  }
}

export function dropRollups(index: Database, projectId: string): void {
  index.run('DELETE FROM channel_week_rollups WHERE project_id = ?', [projectId]);
}
