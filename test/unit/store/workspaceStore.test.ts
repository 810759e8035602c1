import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import { openWorkspace } from '../../../src/orchestrator/store/workspaceStore';
import { approvalInsert, intake, snapshotFiles, tempWorkspace } from './helpers';

describe('workspace store: projects', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('creates a project with its files, dump and index row, and reads it back', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    assert.equal(p.slug, 'acme-coffee-spring-launch');
    assert.match(p.id, /^p_[0-9A-Z]{26}$/);
    assert.equal(p.revision, 1);
    assert.equal(p.lifecycle, 'active');
    for (const f of ['aicmo.db', 'workspace.sql', '.gitignore', '.gitattributes', 'projects/acme-coffee-spring-launch.db', 'projects/acme-coffee-spring-launch.sql']) {
      assert.ok(existsSync(path.join(ws.root, '.aicmo', f)), `${f} exists`);
    }
    const got = await store.getProject(p.slug);
    assert.deepEqual(got, p);
    assert.deepEqual(await store.getProject(p.id), p);
    assert.equal(got.budgetMinor, 2_500_000);
    assert.deepEqual(got.kpiTargets, { conversions: 5000, cpa: 5, roas: 4 });

    const list = await store.listProjects();
    assert.equal(list.length, 1);
    assert.deepEqual(
      { id: list[0]!.id, slug: list[0]!.slug, stage: list[0]!.stage, lifecycle: list[0]!.lifecycle, revision: list[0]!.revision, currency: list[0]!.currency },
      { id: p.id, slug: p.slug, stage: 'STRATEGY', lifecycle: 'active', revision: 1, currency: 'GBP' },
    );
    store.close();

    // Another store (another window) sees the same.
    const other = await openWorkspace(ws.root);
    assert.deepEqual(await other.getProject(p.id), p);
    other.close();
  });

  it('puts projects with missing intake in INTAKE and the rest in STRATEGY', async () => {
    const store = await openWorkspace(ws.root);
    await store.createProject(intake({ name: 'Half done', audiences: [], goal: '' }));
    await store.createProject(intake({ name: 'Complete' }));
    const stages = Object.fromEntries((await store.listProjects()).map((s) => [s.slug, s.stage]));
    assert.deepEqual(stages, { complete: 'STRATEGY', 'half-done': 'INTAKE' });
    store.close();
  });

  it('refuses a duplicate slug and invalid input naming the field, writing nothing', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    await store.createProject(intake());
    const before = snapshotFiles(ws.root);
    const cases: [Partial<Parameters<typeof intake>[0]>, string, string][] = [
      [{ name: 'ACME coffee — spring launch!' }, 'conflict', 'name'],
      [{ name: '  ' }, 'invalid-input', 'name'],
      [{ name: 'B', budgetMinor: -1 }, 'invalid-input', 'budget'],
      [{ name: 'B', budgetMinor: 10.5 }, 'invalid-input', 'budget'],
      [{ name: 'B', currency: 'XYZ' }, 'invalid-input', 'currency'],
      [{ name: 'B', startDate: '2026-05-01', endDate: '2026-04-01' }, 'invalid-input', 'endDate'],
      [{ name: 'B', startDate: '2026-02-30' }, 'invalid-input', 'startDate'],
      [{ name: 'B', goalMetric: 'fame' as never }, 'invalid-input', 'goalMetric'],
    ];
    for (const [overrides, code, field] of cases) {
      await assert.rejects(store.createProject(intake(overrides)), (e: unknown) => {
        assert.ok(isAicmoError(e));
        assert.equal(e.code, code, e.message);
        assert.equal(e.field, field, e.message);
        return true;
      });
    }
    assert.deepEqual(snapshotFiles(ws.root), before);
    store.close();
  });

  it('updates a project: revision, dump and index follow; a bad patch changes nothing', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    const updated = await store.updateProject(p.slug, { name: 'Acme Coffee Summer', budgetMinor: 3_000_000, lifecycle: 'on_hold' });
    assert.equal(updated.revision, 2);
    assert.equal(updated.name, 'Acme Coffee Summer');
    assert.equal(updated.slug, p.slug, 'the slug (file name) stays stable');
    const dump = readFileSync(path.join(ws.root, '.aicmo/projects', `${p.slug}.sql`), 'utf8');
    assert.match(dump, /'Acme Coffee Summer'/);
    assert.match(dump, /3000000/);
    const [row] = await store.listProjects();
    assert.equal(row!.name, 'Acme Coffee Summer');
    assert.equal(row!.lifecycle, 'on_hold');
    assert.equal(row!.revision, 2);

    const before = snapshotFiles(ws.root);
    await assert.rejects(store.updateProject(p.id, { endDate: '2025-01-01' }), /end date/);
    await assert.rejects(store.updateProject('nope', { name: 'x' }), /No project "nope"/);
    assert.deepEqual(snapshotFiles(ws.root), before);
    assert.equal((await store.getProject(p.id)).revision, 2);
    store.close();
  });

  it('writeProject runs in a transaction: a throwing callback leaves memory and files unchanged', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (db) => db.run(...approvalInsert('ap1')));
    const before = snapshotFiles(ws.root);
    await assert.rejects(
      store.writeProject(p.id, (db) => {
        db.run(...approvalInsert('ap2'));
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.deepEqual(snapshotFiles(ws.root), before);
    const ids = await store.readProject(p.id, (db) => db.exec('SELECT id FROM approval_actions ORDER BY id')[0]?.values.flat());
    assert.deepEqual(ids, ['ap1']);
    store.close();
  });

  it('keeps foreign keys on across saves (export resets them in sql.js)', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    for (let i = 0; i < 2; i++) {
      await assert.rejects(
        store.writeProject(p.id, (db) => db.run(`INSERT INTO outreach_attempts(id, lead_id, channel, status) VALUES('o${i}', 'no-such-lead', 'email', 'sent')`)),
        /FOREIGN KEY/,
      );
      await store.writeProject(p.id, (db) => db.run(...approvalInsert(`ok${i}`)));
    }
    store.close();
  });

  it('rolls metric rows up by channel and ISO week in the index', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (db) => {
      const ins = `INSERT INTO metric_rows(date, platform, channel, campaign, currency, spend_minor, impressions, clicks, conversions, conversion_value_minor) VALUES(?,?,?,?,?,?,?,?,?,?)`;
      db.run(ins, ['2026-03-02', 'google_ads', 'search', 'c1', 'GBP', 1000, 100, 10, 1, 5000]); // Monday
      db.run(ins, ['2026-03-08', 'google_ads', 'search', 'c1', 'GBP', 500, 50, 5, 0.5, 2500]); // Sunday, same week
      db.run(ins, ['2026-03-09', 'google_ads', 'search', 'c1', 'GBP', 200, 20, 2, 0, 0]); // next week
      db.run(ins, ['2026-03-03', 'meta', 'social', 'c2', 'GBP', 700, 70, null, null, null]);
    });
    const rollups = await store.readWorkspace((db) => db.exec('SELECT channel, week, spend_minor, impressions, clicks, conversions, conversion_value_minor FROM channel_week_rollups ORDER BY channel, week')[0]?.values);
    assert.deepEqual(rollups, [
      ['search', '2026-03-02', 1500, 150, 15, 1.5, 7500],
      ['search', '2026-03-09', 200, 20, 2, 0, 0],
      ['social', '2026-03-02', 700, 70, 0, 0, 0],
    ]);
    store.close();
  });

  it('keeps settings and team in the index and in workspace.sql', async () => {
    const store = await openWorkspace(ws.root);
    await store.setSetting('paused', 'true');
    await store.writeWorkspace((db) => db.run(`INSERT INTO team_members(id, name, role, weekly_hours) VALUES('t1', 'Dana', 'strategist', 32)`));
    assert.equal(await store.getSetting('paused'), 'true');
    const dump = readFileSync(path.join(ws.root, '.aicmo/workspace.sql'), 'utf8');
    assert.match(dump, /^INSERT INTO "settings" VALUES\('paused','true'\);$/m);
    assert.match(dump, /'Dana'/);
    await store.setSetting('paused', undefined);
    assert.equal(await store.getSetting('paused'), undefined);
    store.close();
  });
});
