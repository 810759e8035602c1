import assert from 'node:assert/strict';
import { newDatabase, openDatabaseBytes } from '../../../src/orchestrator/store/databaseFile';
import { dumpDatabase, loadDump } from '../../../src/orchestrator/store/dump';
import { userVersion } from '../../../src/orchestrator/store/migrations';
import { INDEX_MIGRATIONS, INDEX_SCHEMA_VERSION, LOCAL_META_KEYS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS, PROJECT_SCHEMA_VERSION, type Migration } from '../../../src/orchestrator/store/schema';
import { loadSqlJs } from '../../../src/orchestrator/store/sqlJs';

const tables = (db: import('sql.js').Database) => db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]!.values.flat();

describe('workspace store: schema and migrations', () => {
  it('creates every table of the domain at the current version, split between index and project file', async () => {
    const SQL = await loadSqlJs();
    const project = newDatabase(SQL, PROJECT_MIGRATIONS, 'p');
    const index = newDatabase(SQL, INDEX_MIGRATIONS, 'i');
    assert.equal(userVersion(project), PROJECT_SCHEMA_VERSION);
    assert.equal(userVersion(index), INDEX_SCHEMA_VERSION);
    assert.deepEqual(tables(project), ['approval_actions', 'artifacts', 'creatives', 'imports', 'leads', 'meta', 'metric_rows', 'outbox', 'outreach_attempts', 'project', 'runs', 'tasks', 'trend_points']);
    assert.deepEqual(tables(index), ['channel_week_rollups', 'meta', 'outbox', 'projects', 'settings', 'team_members']);
    project.close();
    index.close();
  });

  it('upserts metric rows on (platform, campaign, ad set, ad, date) and enforces checks and foreign keys', async () => {
    const SQL = await loadSqlJs();
    const db = newDatabase(SQL, PROJECT_MIGRATIONS, 'p');
    const upsert = `INSERT INTO metric_rows(date, platform, channel, campaign, ad_set, ad, currency, spend_minor) VALUES('2026-01-05', 'google_ads', 'search', 'Brand', 'AG1', 'Ad1', 'USD', ?)
      ON CONFLICT(platform, campaign, ad_set, ad, date) DO UPDATE SET spend_minor = excluded.spend_minor`;
    db.run(upsert, [1000]);
    db.run(upsert, [1500]);
    assert.deepEqual(db.exec('SELECT count(*), sum(spend_minor) FROM metric_rows')[0]!.values, [[1, 1500]]);
    assert.throws(() => db.run(`INSERT INTO artifacts(id, kind, version, status, created_at) VALUES('a', 'strategy', 1, 'bogus', 'now')`), /CHECK/);
    assert.throws(() => db.run(`INSERT INTO metric_rows(date, platform, channel, currency, import_id) VALUES('2026-01-05', 'x', 'y', 'USD', 42)`), /FOREIGN KEY/);
    assert.throws(() => db.run(`INSERT INTO trend_points(keyword, date, value, below_one) VALUES('k', '2026-01-01', 1, 2)`), /CHECK/);
    const plan = db.exec("EXPLAIN QUERY PLAN SELECT * FROM metric_rows WHERE date BETWEEN '2026-01-01' AND '2026-01-31'")[0]!.values.map((r) => String(r[3])).join(' ');
    assert.match(plan, /metric_rows_by_date/);
    db.close();
  });

  it('migrates an older file forward on open, and a dump written at an older version', async () => {
    const SQL = await loadSqlJs();
    const v1 = newDatabase(SQL, PROJECT_MIGRATIONS, 'p'); // the current version plays "older" here
    v1.run(`INSERT INTO leads(id, name, status, created_at) VALUES('l1', 'Ana', 'new', '2026-01-01')`);
    const next = PROJECT_SCHEMA_VERSION + 1;
    const v2: Migration[] = [...PROJECT_MIGRATIONS, { version: next, sql: `ALTER TABLE leads ADD COLUMN phone TEXT NOT NULL DEFAULT 'unknown';` }];
    const opened = openDatabaseBytes(SQL, v1.export(), 'old.db', v2);
    assert.equal(userVersion(opened), next);
    assert.deepEqual(opened.exec('SELECT name, phone FROM leads')[0]!.values, [['Ana', 'unknown']]);
    const dumpV1 = dumpDatabase(v1, { title: 't', tables: PROJECT_DUMP_TABLES, localMetaKeys: LOCAL_META_KEYS });
    const fromDump = loadDump(SQL, dumpV1, 'old.sql', v2, PROJECT_DUMP_TABLES);
    assert.equal(userVersion(fromDump), next);
    assert.deepEqual(fromDump.exec('SELECT name, phone FROM leads')[0]!.values, [['Ana', 'unknown']]);
    // …and refuses a file or dump from the future.
    assert.throws(() => openDatabaseBytes(SQL, opened.export(), 'new.db', PROJECT_MIGRATIONS), new RegExp(`new\\.db has schema version ${next}, newer than this AICMO understands \\(${PROJECT_SCHEMA_VERSION}\\)`));
    assert.throws(() => loadDump(SQL, dumpV1.replace(/user_version = \d+/, 'user_version = 70'), 'new.sql', PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES), /new\.sql has schema version 70/);
    for (const db of [v1, opened, fromDump]) db.close();
  });

  it('migrates a project file and dump of schema 4 (creatives, before the outbox) to 5, and an index of 1 to 2', async () => {
    const SQL = await loadSqlJs();
    assert.deepEqual(PROJECT_MIGRATIONS.map((m) => m.version), [1, 2, 3, 4, 5]);
    assert.deepEqual(INDEX_MIGRATIONS.map((m) => m.version), [1, 2]);
    const v4 = newDatabase(SQL, PROJECT_MIGRATIONS.slice(0, 4), 'p');
    v4.run(`INSERT INTO runs(id, started_at, status) VALUES('r1', '2026-01-01T00:00:00.000Z', 'completed')`);
    const v4Tables = PROJECT_DUMP_TABLES.filter((t) => t !== 'outbox');
    const dump4 = dumpDatabase(v4, { title: 't', tables: v4Tables, localMetaKeys: LOCAL_META_KEYS });
    assert.match(dump4, /user_version = 4;/);
    for (const db of [openDatabaseBytes(SQL, v4.export(), 'old.db', PROJECT_MIGRATIONS), loadDump(SQL, dump4, 'old.sql', PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES)]) {
      assert.equal(userVersion(db), 5);
      assert.deepEqual(db.exec('SELECT id, status, pid, host FROM runs')[0]!.values, [['r1', 'completed', null, null]]);
      assert.deepEqual(db.exec('SELECT count(*) FROM outbox')[0]!.values, [[0]]);
      db.close();
    }
    const i1 = newDatabase(SQL, INDEX_MIGRATIONS.slice(0, 1), 'i');
    i1.run(`INSERT INTO settings(key, value) VALUES('paused', 'true')`);
    const index = openDatabaseBytes(SQL, i1.export(), 'aicmo.db', INDEX_MIGRATIONS);
    assert.equal(userVersion(index), 2);
    assert.deepEqual(index.exec('SELECT count(*) FROM outbox')[0]!.values, [[0]]);
    assert.deepEqual(index.exec('SELECT value FROM settings')[0]!.values, [['true']]);
    for (const db of [v4, i1, index]) db.close();
  });
});
