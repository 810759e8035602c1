import assert from 'node:assert/strict';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSqlJs } from '../../../src/orchestrator/store/sqlJs';
import { newDatabase, readDatabaseFile } from '../../../src/orchestrator/store/databaseFile';
import { dumpDatabase, loadDump } from '../../../src/orchestrator/store/dump';
import { LOCAL_META_KEYS, PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS } from '../../../src/orchestrator/store/schema';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { addMetricRows, approval, markers, metricRow, intake, tempWorkspace } from './helpers';

const DUMP = { title: 'test', tables: PROJECT_DUMP_TABLES, localMetaKeys: ['dump_sha256', 'metrics_changes'] };

describe('workspace store: dumps and the git round trip', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('writes the same bytes for the same data, whatever the insertion order', async () => {
    const SQL = await loadSqlJs();
    const build = (order: number[]) => {
      const db = newDatabase(SQL, PROJECT_MIGRATIONS, 'test');
      for (const i of order) {
        db.run(`INSERT INTO leads(id, name, email, status, created_at) VALUES(?, ?, ?, 'new', '2026-01-01')`, [`l${i}`, `Lead ${i}\nsecond line 'quoted'`, `l${i}@x.test`]);
        db.run(`INSERT INTO metric_rows(date, platform, channel, currency, spend_minor, conversions) VALUES(?, 'g', 'search', 'USD', ?, ?)`, [`2026-01-0${i}`, i * 100, i / 3]);
      }
      return db;
    };
    const a = build([1, 2, 3]);
    const b = build([3, 1, 2]);
    // metric_rows ids differ with insertion order; the rows compared by content sort by id, so
    // give both the same ids first.
    b.run('UPDATE metric_rows SET id = id + 100');
    b.run("UPDATE metric_rows SET id = CAST(substr(date, 10, 1) AS INTEGER)");
    a.run("UPDATE metric_rows SET id = CAST(substr(date, 10, 1) AS INTEGER)");
    const da = dumpDatabase(a, DUMP);
    assert.equal(da, dumpDatabase(b, DUMP));
    assert.equal(da, dumpDatabase(a, DUMP), 'dumping twice gives the same bytes');
    // One line per row, newlines kept out of lines, and the text loads back to the same dump.
    assert.equal(da.split('\n').filter((l) => l.startsWith('INSERT INTO "leads"')).length, 3);
    assert.match(da, /'Lead 1'\|\|char\(10\)\|\|'second line ''quoted'''/);
    const back = loadDump(SQL, da, 'x.sql', PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES);
    assert.equal(dumpDatabase(back, DUMP), da);
    assert.equal(back.exec("SELECT name FROM leads WHERE id = 'l1'")[0]!.values[0]![0], "Lead 1\nsecond line 'quoted'");
    assert.equal(back.exec('SELECT conversions FROM metric_rows WHERE id = 1')[0]!.values[0]![0], 1 / 3);
    for (const db of [a, b, back]) db.close();
  });

  it('a project dump changes by exactly the lines of the rows that changed', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap1')));
    const file = path.join(ws.root, '.aicmo/projects', `${p.slug}.sql`);
    const before = readFileSync(file, 'utf8').split('\n');
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap2')));
    const after = readFileSync(file, 'utf8').split('\n');
    const removed = before.filter((l) => !after.includes(l));
    const added = after.filter((l) => !before.includes(l));
    // revision, updated_at (in the project row) and the new approval
    assert.equal(removed.length, 2, removed.join('\n'));
    assert.equal(added.length, 3, added.join('\n'));
    assert.ok(added.some((l) => l.includes("'ap2'")));

    // Metric rows are re-dumped only when they changed; the file always equals a full dump.
    // The dump on disk against a full dump of the .db saved beside it.
    const SQL = await loadSqlJs();
    const full = async () => {
      const db = readDatabaseFile(SQL, file.replace(/\.sql$/, '.db'), 'x.db', PROJECT_MIGRATIONS);
      try {
        return dumpDatabase(db, { title: 'AICMO project dump', tables: PROJECT_DUMP_TABLES, localMetaKeys: LOCAL_META_KEYS });
      } finally {
        db.close();
      }
    };
    const row = (date: string, spendMinor: number) => metricRow({ date, platform: 'g', channel: 'search', currency: 'USD', spendMinor });
    await store.writeProject(p.id, (tx) => addMetricRows(tx, [row('2026-01-01', 100)]));
    assert.equal(readFileSync(file, 'utf8'), await full());
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap3')));
    assert.equal(readFileSync(file, 'utf8'), await full());
    await store.writeProject(p.id, (tx) => addMetricRows(tx, [row('2026-01-01', 250)]));
    assert.match(readFileSync(file, 'utf8'), /,250,/);
    assert.equal(readFileSync(file, 'utf8'), await full());
    await assert.rejects(store.writeProject(p.id, (tx) => {
      addMetricRows(tx, [row('2026-01-02', 5)]);
      throw new Error('no');
    }));
    await store.writeProject(p.id, (tx) => addMetricRows(tx, [row('2026-01-03', 7)]));
    assert.equal(readFileSync(file, 'utf8'), await full());
    assert.doesNotMatch(readFileSync(file, 'utf8'), /2026-01-02/);
    store.close();
  });

  it('rebuilds every project and the index from the dumps when all .db files are deleted (fresh clone)', async () => {
    const store = await openWorkspace(ws.root);
    const a = await store.createProject(intake({ name: 'Alpha' }));
    const b = await store.createProject(intake({ name: 'Beta', currency: 'JPY', budgetMinor: 900000 }));
    await store.writeProject(a.id, (tx) => tx.approvals.record(approval('ap1')));
    await store.setSetting('paused', 'true');
    await store.writeWorkspace((tx) => tx.team.put({ id: 't1', name: 'Dana', role: 'strategist', weeklyHours: 32 }));
    const listBefore = await store.listProjects();
    const projectsBefore = [await store.getProject(a.id), await store.getProject(b.id)];
    store.close();
    const dumpsBefore = readdirSync(path.join(ws.root, '.aicmo/projects')).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(path.join(ws.root, '.aicmo/projects', f), 'utf8'));

    unlinkSync(path.join(ws.root, '.aicmo/aicmo.db'));
    for (const f of readdirSync(path.join(ws.root, '.aicmo/projects'))) if (f.endsWith('.db')) unlinkSync(path.join(ws.root, '.aicmo/projects', f));

    const again = await openWorkspace(ws.root);
    assert.deepEqual(await again.listProjects(), listBefore);
    assert.deepEqual([await again.getProject(a.id), await again.getProject(b.id)], projectsBefore);
    assert.equal(await again.getSetting('paused'), 'true');
    assert.deepEqual(await again.readWorkspace((tx) => tx.team.list().map((m) => [m.name])), [['Dana']]);
    assert.deepEqual(await again.readProject(a.id, (tx) => markers(tx).map((m) => [m])), [['ap1']]);
    const dumpsAfter = readdirSync(path.join(ws.root, '.aicmo/projects')).filter((f) => f.endsWith('.sql')).map((f) => readFileSync(path.join(ws.root, '.aicmo/projects', f), 'utf8'));
    assert.deepEqual(dumpsAfter, dumpsBefore, 'rebuilding does not rewrite the dumps');
    again.close();
  });

  it('picks up a dump edited behind its back (a merge), in an open store and in a new one', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake({ name: 'Gamma' }));
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap1')));
    const file = path.join(ws.root, '.aicmo/projects/gamma.sql');
    const text = readFileSync(file, 'utf8');
    // A merge brings in a teammate's approval and a renamed project.
    // (as the teammate's AICMO wrote it: every column in table order)
    const merged = text.replace("'Gamma'", "'Gamma (merged)'") + `INSERT INTO "approval_actions" VALUES('aa_teammate','artifact','a1','approve','Sam','internal','ap0-teammate','2026-03-01T10:00:00.000Z');
`;
    writeFileSync(file, merged);

    assert.equal((await store.getProject(p.id)).name, 'Gamma (merged)');
    assert.equal((await store.listProjects())[0]!.name, 'Gamma (merged)');
    // The next write builds on the merged data and keeps it.
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap2')));
    const ids = await store.readProject(p.id, markers);
    assert.deepEqual(ids, ['ap0-teammate', 'ap1', 'ap2']);
    store.close();

    const fresh = await openWorkspace(ws.root);
    assert.equal((await fresh.getProject('gamma')).name, 'Gamma (merged)');
    fresh.close();
  });

  it('reports a dump with merge conflict markers by file and line, and leaves it alone', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake({ name: 'Delta' }));
    store.close();
    const file = path.join(ws.root, '.aicmo/projects/delta.sql');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(4, 0, '<<<<<<< HEAD');
    const broken = lines.join('\n');
    writeFileSync(file, broken);
    const again = await openWorkspace(ws.root);
    await assert.rejects(again.getProject(p.id), /Unresolved merge conflict in \.aicmo\/projects\/delta\.sql line 5: resolve it/);
    const [row] = await again.listProjects();
    assert.match(String(row!.flags.unreadable), /merge conflict/);
    assert.equal(readFileSync(file, 'utf8'), broken);
    again.close();
  });
});
