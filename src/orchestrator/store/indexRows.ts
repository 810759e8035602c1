// Rows of the workspace index derived from project files: one `projects` row per project and
// its channel/week rollups of metric results.
import type { Database, SqlValue } from 'sql.js';
import type { Lifecycle, Project, Stage } from '../domain/project';
import type { ProjectDerivation, ProjectSummary } from './types';

export interface IndexStamps {
  dbStamp: string;
  sqlStamp: string;
}

export function upsertIndexRow(index: Database, project: Project, derived: ProjectDerivation, stamps: IndexStamps): void {
  index.run(
    `INSERT INTO projects(id, slug, name, industry, goal_metric, currency, budget_minor, stage, lifecycle, flags, revision, updated_at, db_stamp, sql_stamp)
     VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)
     ON CONFLICT(id) DO UPDATE SET slug=excluded.slug, name=excluded.name, industry=excluded.industry,
       goal_metric=excluded.goal_metric, currency=excluded.currency, budget_minor=excluded.budget_minor,
       stage=excluded.stage, lifecycle=excluded.lifecycle, flags=excluded.flags, revision=excluded.revision,
       updated_at=excluded.updated_at, db_stamp=excluded.db_stamp, sql_stamp=excluded.sql_stamp`,
    [
      project.id, project.slug, project.name, project.industry, project.goalMetric, project.currency, project.budgetMinor,
      derived.stage, project.lifecycle, JSON.stringify(derived.flags), project.revision, project.updatedAt, stamps.dbStamp, stamps.sqlStamp,
    ],
  );
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

export interface IndexedRow extends ProjectSummary, IndexStamps {}

export function readIndexRows(index: Database, where = '', params: SqlValue[] = []): IndexedRow[] {
  const stmt = index.prepare(
    `SELECT id, slug, name, industry, goal_metric, currency, budget_minor, stage, lifecycle, flags, revision, updated_at, db_stamp, sql_stamp
       FROM projects ${where} ORDER BY name COLLATE NOCASE, id`,
  );
  const rows: IndexedRow[] = [];
  try {
    stmt.bind(params);
    while (stmt.step()) {
      const r = stmt.get();
      rows.push({
        id: String(r[0]),
        slug: String(r[1]),
        name: String(r[2]),
        industry: String(r[3]),
        goalMetric: String(r[4]) as Project['goalMetric'],
        currency: String(r[5]),
        budgetMinor: Number(r[6]),
        stage: String(r[7]) as Stage,
        lifecycle: String(r[8]) as Lifecycle,
        flags: JSON.parse(String(r[9])) as ProjectSummary['flags'],
        revision: Number(r[10]),
        updatedAt: String(r[11]),
        dbStamp: String(r[12]),
        sqlStamp: String(r[13]),
      });
    }
  } finally {
    stmt.free();
  }
  return rows;
}

export function toSummary(row: IndexedRow): ProjectSummary {
  const { dbStamp: _d, sqlStamp: _s, ...summary } = row;
  return summary;
}
