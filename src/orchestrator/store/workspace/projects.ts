// The `projects` table of the workspace index: one row per project file, derived from it (stage,
// flags, the stamps of the files it was derived from). Store-internal: callers see ProjectSummary.
import type { Database, SqlValue } from 'sql.js';
import type { Lifecycle, Project, Stage } from '../../domain/project';
import type { ProjectDerivation, ProjectSummary } from '../types';

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
