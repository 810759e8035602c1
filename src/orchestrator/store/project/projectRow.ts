// The `project` row of a project file <-> the Project domain object.
import type { Database, SqlValue } from 'sql.js';
import { BRIEF_FIELDS, type GoalMetric, type Lifecycle, type Project, type ProjectIntake } from '../../domain/project';
import { getMeta } from '../meta';

const str = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const opt = (v: SqlValue | undefined): string | undefined => (v === null || v === undefined ? undefined : String(v));

export function readProjectRow(db: Database): Project | undefined {
  const stmt = db.prepare('SELECT * FROM project');
  try {
    if (!stmt.step()) return undefined;
    const r = stmt.getAsObject();
    const project: Project = {
      id: str(r.id),
      slug: str(r.slug),
      name: str(r.name),
      client: opt(r.client),
      brand: opt(r.brand),
      industry: str(r.industry),
      geography: opt(r.geography),
      product: opt(r.product),
      goal: str(r.goal),
      goalMetric: str(r.goal_metric) as GoalMetric,
      audiences: JSON.parse(str(r.audiences) || '[]') as string[],
      budgetMinor: Number(r.budget_minor),
      currency: str(r.currency),
      startDate: opt(r.start_date),
      endDate: opt(r.end_date),
      constraints: JSON.parse(str(r.constraints) || '[]') as string[],
      mustInclude: JSON.parse(str(r.must_include) || '[]') as string[],
      doNotDo: JSON.parse(str(r.do_not_do) || '[]') as string[],
      kpiTargets: JSON.parse(str(r.kpi_targets) || '{}') as Record<string, number>,
      lifecycle: str(r.lifecycle) as Lifecycle,
      createdAt: str(r.created_at),
      updatedAt: str(r.updated_at),
      revision: Number(getMeta(db, 'revision') ?? 0),
    };
    for (const k of ['client', 'brand', 'geography', 'product', 'startDate', 'endDate'] as const) {
      if (project[k] === undefined) delete project[k];
    }
    Object.assign(project, briefOf(JSON.parse(str(r.brief) || '{}') as Record<string, unknown>));
    return project;
  } finally {
    stmt.free();
  }
}

/** The brief fields that are given (non-empty), in a fixed order. */
function briefOf(source: object): Partial<ProjectIntake> {
  const out: Record<string, unknown> = {};
  for (const k of BRIEF_FIELDS) {
    const v = (source as Record<string, unknown>)[k];
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as Partial<ProjectIntake>;
}

function sortedJson(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    return JSON.stringify(Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])));
  }
  return JSON.stringify(value);
}

/** Inserts or replaces the single project row. */
export function writeProjectRow(db: Database, p: ProjectIntake & { id: string; slug: string; lifecycle: Lifecycle; createdAt: string; updatedAt: string }): void {
  db.run('DELETE FROM project WHERE id <> ?', [p.id]);
  db.run(
    `INSERT INTO project(id, slug, name, client, brand, industry, geography, product, goal, goal_metric, audiences,
       budget_minor, currency, start_date, end_date, constraints, must_include, do_not_do, kpi_targets, lifecycle, created_at, updated_at, brief)
     VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
     ON CONFLICT(id) DO UPDATE SET slug=excluded.slug, name=excluded.name, client=excluded.client, brand=excluded.brand,
       industry=excluded.industry, geography=excluded.geography, product=excluded.product, goal=excluded.goal,
       goal_metric=excluded.goal_metric, audiences=excluded.audiences, budget_minor=excluded.budget_minor,
       currency=excluded.currency, start_date=excluded.start_date, end_date=excluded.end_date,
       constraints=excluded.constraints, must_include=excluded.must_include, do_not_do=excluded.do_not_do,
       kpi_targets=excluded.kpi_targets, lifecycle=excluded.lifecycle, updated_at=excluded.updated_at, brief=excluded.brief`,
    [
      p.id, p.slug, p.name.trim(), p.client ?? null, p.brand ?? null, p.industry, p.geography ?? null, p.product ?? null, p.goal,
      p.goalMetric, JSON.stringify(p.audiences), p.budgetMinor, p.currency, p.startDate ?? null, p.endDate ?? null,
      JSON.stringify(p.constraints), JSON.stringify(p.mustInclude), JSON.stringify(p.doNotDo), sortedJson(p.kpiTargets),
      p.lifecycle, p.createdAt, p.updatedAt, sortedJsonDeep(briefOf(p)),
    ],
  );
}

/** JSON with object keys sorted at every level (deterministic dumps). */
function sortedJsonDeep(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
