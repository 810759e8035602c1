// The two database schemas (workspace index and project file) as migration lists keyed by
// PRAGMA user_version. A migration is appended, never edited: version N = migrations[0..N-1].
// Importers (src/orchestrator/imports) write metric_rows / imports / trend_points by these
// exact column names.

export interface Migration {
  version: number;
  sql: string;
}

export const PROJECT_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE project (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  client TEXT,
  brand TEXT,
  industry TEXT NOT NULL DEFAULT '',
  geography TEXT,
  product TEXT,
  goal TEXT NOT NULL DEFAULT '',
  goal_metric TEXT NOT NULL CHECK (goal_metric IN ('awareness','leads','sales','engagement','retention')),
  audiences JSON NOT NULL DEFAULT '[]',
  budget_minor INTEGER NOT NULL CHECK (budget_minor >= 0),
  currency TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  constraints JSON NOT NULL DEFAULT '[]',
  must_include JSON NOT NULL DEFAULT '[]',
  do_not_do JSON NOT NULL DEFAULT '[]',
  kpi_targets JSON NOT NULL DEFAULT '{}',
  lifecycle TEXT NOT NULL DEFAULT 'active' CHECK (lifecycle IN ('active','on_hold','cancelled','done')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  skip_kaizen INTEGER NOT NULL DEFAULT 0 CHECK (skip_kaizen IN (0,1)),
  error TEXT
);
CREATE TABLE artifacts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft','in_review','approved','rejected','changes_requested','stale')),
  content JSON NOT NULL DEFAULT '{}',
  inputs_hash TEXT,
  insights JSON NOT NULL DEFAULT '[]',
  run_id TEXT REFERENCES runs(id),
  duration_ms INTEGER,
  error TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (kind, version)
);
CREATE INDEX artifacts_by_kind_status ON artifacts(kind, status);
CREATE TABLE creatives (
  id TEXT PRIMARY KEY,
  artifact_id TEXT REFERENCES artifacts(id),
  channel TEXT NOT NULL,
  format TEXT NOT NULL DEFAULT '',
  angle TEXT NOT NULL DEFAULT '',
  headline TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  cta TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  scheduled_date TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  parent_id TEXT REFERENCES creatives(id),
  violations JSON NOT NULL DEFAULT '[]',
  rank INTEGER,
  rank_reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX creatives_by_artifact ON creatives(artifact_id);
CREATE INDEX creatives_by_status ON creatives(status);
CREATE INDEX creatives_by_channel_angle ON creatives(channel, angle);
CREATE TABLE approval_actions (
  id TEXT PRIMARY KEY,
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('submit','approve','reject','request_changes','hold','resume')),
  actor TEXT NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('internal','client')),
  comment TEXT,
  at TEXT NOT NULL
);
CREATE INDEX approval_actions_by_target ON approval_actions(target_kind, target_id, at);
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  phase TEXT NOT NULL,
  template TEXT,
  title TEXT NOT NULL,
  role TEXT,
  assignee TEXT,
  estimated_hours REAL,
  actual_hours REAL,
  start_date TEXT,
  due_date TEXT,
  depends_on JSON NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  completed_at TEXT
);
CREATE INDEX tasks_by_status ON tasks(status);
CREATE INDEX tasks_by_assignee ON tasks(assignee);
CREATE TABLE leads (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  company TEXT,
  email TEXT UNIQUE,
  role TEXT,
  source TEXT,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE outreach_attempts (
  id TEXT PRIMARY KEY,
  lead_id TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  step INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outreach_attempts_by_lead ON outreach_attempts(lead_id);
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  format TEXT NOT NULL,
  platform TEXT,
  currency TEXT,
  rows_total INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_replaced INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL,
  actor TEXT
);
CREATE INDEX imports_by_sha256 ON imports(sha256);
CREATE TABLE metric_rows (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  granularity TEXT NOT NULL DEFAULT 'day',
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  account TEXT NOT NULL DEFAULT '',
  campaign TEXT NOT NULL DEFAULT '',
  ad_set TEXT NOT NULL DEFAULT '',
  ad TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL,
  spend_minor INTEGER NOT NULL DEFAULT 0,
  impressions INTEGER,
  clicks INTEGER,
  conversions REAL,
  conversion_value_minor INTEGER,
  reach INTEGER,
  engagements INTEGER,
  attribution TEXT,
  extra JSON,
  import_id INTEGER REFERENCES imports(id),
  UNIQUE (platform, campaign, ad_set, ad, date)
);
-- Kept to what queries need: each index grows a 36,000-row project file that every save rewrites.
CREATE INDEX metric_rows_by_date ON metric_rows(date);
CREATE TABLE trend_points (
  keyword TEXT NOT NULL,
  geo TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  value REAL,
  below_one INTEGER NOT NULL DEFAULT 0 CHECK (below_one IN (0,1)),
  source TEXT,
  import_id INTEGER REFERENCES imports(id),
  PRIMARY KEY (keyword, geo, date)
);
CREATE INDEX trend_points_by_import ON trend_points(import_id);
-- Any change to metric rows bumps a counter, so a write knows whether the index's
-- channel/week rollups need recomputing.
INSERT INTO meta(key, value) VALUES ('metrics_changes', '0');
CREATE TRIGGER metric_rows_changed_insert AFTER INSERT ON metric_rows
  BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'metrics_changes'; END;
CREATE TRIGGER metric_rows_changed_update AFTER UPDATE ON metric_rows
  BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'metrics_changes'; END;
CREATE TRIGGER metric_rows_changed_delete AFTER DELETE ON metric_rows
  BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'metrics_changes'; END;
`,
  },
  {
    // Orchestrator: which upstream artifact versions each version was built from (for stale
    // marking) and a one-sentence note on its status (e.g. which upstream version superseded it).
    version: 2,
    sql: `
ALTER TABLE artifacts ADD COLUMN inputs JSON NOT NULL DEFAULT '{}';
ALTER TABLE artifacts ADD COLUMN status_note TEXT;
`,
  },
  {
    // The brief's facts and channel rules (domain/project.ts BRIEF_FIELDS) as one JSON object with
    // sorted keys; only the fields the brief gives are present.
    version: 3,
    sql: `
ALTER TABLE project ADD COLUMN brief JSON NOT NULL DEFAULT '{}';
`,
  },
  {
    // Creatives in their channel's native format, and decisions that survive re-runs: each row
    // is one version of a creative (its key, e.g. "meta-benefit-led"), with its fields, language,
    // the brief facts it uses, the fingerprint of its inputs and their parts, how often it was
    // regenerated; a new version links the one it replaces (replaced_by) and marks it stale
    // (stale_note) without touching its decision. \`current\` = the version shown; rows of older
    // sets (before this version) are history.
    version: 4,
    sql: `
ALTER TABLE creatives ADD COLUMN variant_key TEXT NOT NULL DEFAULT '';
ALTER TABLE creatives ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE creatives ADD COLUMN fields JSON NOT NULL DEFAULT '{}';
ALTER TABLE creatives ADD COLUMN facts JSON NOT NULL DEFAULT '[]';
ALTER TABLE creatives ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE creatives ADD COLUMN inputs JSON NOT NULL DEFAULT '{}';
ALTER TABLE creatives ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE creatives ADD COLUMN replaced_by TEXT;
ALTER TABLE creatives ADD COLUMN stale_note TEXT;
ALTER TABLE creatives ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
UPDATE creatives SET variant_key = channel || '-' || angle;
UPDATE creatives SET current = 0 WHERE version < (SELECT MAX(version) FROM creatives);
CREATE INDEX creatives_current_by_key ON creatives(current, variant_key);
`,
  },
  {
    // The outbox: the learning events of a write, committed with it (one row per event, the
    // line exactly as it goes into events/YYYY-MM.jsonl) and appended to the log after the save;
    // the next write clears them (store/outbox.ts). Runs name the process running them, so a run
    // whose process is gone is marked interrupted.
    version: 5,
    sql: `
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  ts TEXT NOT NULL,
  line TEXT NOT NULL
);
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
`,
  },
];

export const INDEX_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  industry TEXT NOT NULL DEFAULT '',
  goal_metric TEXT NOT NULL,
  currency TEXT NOT NULL,
  budget_minor INTEGER NOT NULL,
  stage TEXT NOT NULL,
  lifecycle TEXT NOT NULL,
  flags JSON NOT NULL DEFAULT '{}',
  revision INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  -- size:mtime:inode of the project's .db and .sql when this row was derived; a mismatch
  -- on open/list means the files changed behind our back and the row is re-derived.
  db_stamp TEXT NOT NULL DEFAULT '',
  sql_stamp TEXT NOT NULL DEFAULT ''
);
CREATE INDEX projects_by_stage ON projects(stage, lifecycle);
CREATE TABLE channel_week_rollups (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  week TEXT NOT NULL,
  spend_minor INTEGER NOT NULL DEFAULT 0,
  impressions INTEGER NOT NULL DEFAULT 0,
  clicks INTEGER NOT NULL DEFAULT 0,
  conversions REAL NOT NULL DEFAULT 0,
  conversion_value_minor INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, channel, week)
);
CREATE INDEX channel_week_rollups_by_channel ON channel_week_rollups(channel, week);
CREATE TABLE team_members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  weekly_hours REAL NOT NULL DEFAULT 40 CHECK (weekly_hours >= 0)
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    // The outbox of workspace-wide events (pause, team, settings, repair), as in project files.
    version: 2,
    sql: `
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  ts TEXT NOT NULL,
  line TEXT NOT NULL
);
`,
  },
];

/** Tables of a project file in dump order (parents before children). */
export const PROJECT_DUMP_TABLES = [
  'meta',
  'project',
  'runs',
  'artifacts',
  'creatives',
  'approval_actions',
  'tasks',
  'leads',
  'outreach_attempts',
  'imports',
  'metric_rows',
  'trend_points',
  'outbox',
] as const;

/** Index tables that are the workspace's own data (the rest is derived from project files). */
export const WORKSPACE_DUMP_TABLES = ['team_members', 'settings', 'outbox'] as const;

/** Meta keys that are bookkeeping of one working copy, not data: kept out of dumps. */
export const LOCAL_META_KEYS = ['dump_sha256', 'metrics_changes'] as const;

export const PROJECT_SCHEMA_VERSION = PROJECT_MIGRATIONS.length;
export const INDEX_SCHEMA_VERSION = INDEX_MIGRATIONS.length;
