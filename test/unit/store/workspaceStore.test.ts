import assert from 'node:assert/strict';
import { MAX_EVENT_LINE_BYTES } from '../../../src/orchestrator/events/readLines';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { addMetricRows, approval, markers, metricRow, intake, snapshotFiles, tempWorkspace } from './helpers';

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
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap1')));
    const before = snapshotFiles(ws.root);
    await assert.rejects(
      store.writeProject(p.id, (tx) => {
        tx.approvals.record(approval('ap2'));
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.deepEqual(snapshotFiles(ws.root), before);
    const ids = await store.readProject(p.id, markers);
    assert.deepEqual(ids, ['ap1']);
    store.close();
  });

  it('keeps foreign keys on across saves (export resets them in sql.js)', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    for (let i = 0; i < 2; i++) {
      await assert.rejects(
        store.writeProject(p.id, (tx) => tx.outreach.record({ leadId: 'no-such-lead', channel: 'email', status: 'sent', step: 1, sentAt: '2026-03-02T10:00:00.000Z' })),
        /FOREIGN KEY/,
      );
      await store.writeProject(p.id, (tx) => tx.approvals.record(approval(`ok${i}`)));
    }
    store.close();
  });

  it('rolls metric rows up by channel and ISO week in the index', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (tx) =>
      addMetricRows(tx, [
        metricRow({ date: '2026-03-02', spendMinor: 1000, impressions: 100, clicks: 10, conversions: 1, conversionValueMinor: 5000 }), // Monday
        metricRow({ date: '2026-03-08', spendMinor: 500, impressions: 50, clicks: 5, conversions: 0.5, conversionValueMinor: 2500 }), // Sunday, same week
        metricRow({ date: '2026-03-09', spendMinor: 200, impressions: 20, clicks: 2, conversions: 0, conversionValueMinor: 0 }), // next week
        metricRow({ date: '2026-03-03', platform: 'meta', channel: 'social', campaign: 'c2', spendMinor: 700, impressions: 70 }),
      ]),
    );
    const rollups = await store.readWorkspace((tx) => tx.rollups.list().map((r) => [r.channel, r.week, r.spendMinor, r.impressions, r.clicks, r.conversions, r.conversionValueMinor]));
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
    await store.writeWorkspace((tx) => tx.team.put({ id: 't1', name: 'Dana', role: 'strategist', weeklyHours: 32 }));
    assert.equal(await store.getSetting('paused'), 'true');
    const dump = readFileSync(path.join(ws.root, '.aicmo/workspace.sql'), 'utf8');
    assert.match(dump, /^INSERT INTO "settings" VALUES\('paused','true'\);$/m);
    assert.match(dump, /'Dana'/);
    await store.setSetting('paused', undefined);
    assert.equal(await store.getSetting('paused'), undefined);
    store.close();
  });

  it('a write that writes nothing rewrites no file; an event is a write, committed in the outbox', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    const before = snapshotFiles(path.join(ws.root, '.aicmo/projects'));
    assert.equal(await store.writeProject(p.id, (tx) => tx.approvals.list().length), 0);
    assert.deepEqual(snapshotFiles(path.join(ws.root, '.aicmo/projects')), before, 'no project file was rewritten');
    assert.equal((await store.getProject(p.id)).revision, 1);
    await store.writeProject(p.id, (tx) => tx.events.record({ type: 'settings.changed', actor: 'Dana', data: { note: 'a fact without a row' } }));
    assert.equal((await store.getProject(p.id)).revision, 2, 'the event alone is a write');
    const events = [];
    for await (const e of store.events.query({ type: 'settings.changed' })) events.push(e);
    assert.deepEqual(events.map((e) => [e.project, e.actor, e.data.note]), [[p.id, 'Dana', 'a fact without a row']], 'the event is the project\'s');
    const dump = readFileSync(path.join(ws.root, '.aicmo/projects', `${p.slug}.sql`), 'utf8');
    assert.deepEqual(dump.split('\n').filter((l) => l.startsWith('INSERT INTO "outbox"')).length, 1, 'the dump carries the outbox of the last write');
    assert.match(dump, new RegExp(`INSERT INTO "outbox" VALUES\\('${events[0]!.id}'`));
    store.close();
  });

  it('records the events of a write only when it is saved; a bad event aborts the write', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake(), (tx) => tx.events.record({ type: 'project.created', actor: 'Dana', data: { slug: tx.project.slug } }));
    await assert.rejects(
      store.writeProject(p.id, (tx) => {
        tx.approvals.record(approval('ap1'));
        tx.events.record({ type: 'strategy.approved', actor: 'Dana' });
        throw new Error('boom');
      }),
      /boom/,
    );
    await assert.rejects(
      store.writeProject(p.id, (tx) => {
        tx.approvals.record(approval('ap2'));
        tx.events.record({ type: 'no.such.type' as never, actor: 'Dana' });
      }),
      /"no.such.type" is not a known event type/,
    );
    await assert.rejects(store.writeProject(p.id, (tx) => tx.events.record({ type: 'strategy.approved', actor: ' ' })), /needs an actor/);
    // An event the log would refuse for its size (a reader skips such a line) aborts the write too.
    await assert.rejects(
      store.writeProject(p.id, (tx) => {
        tx.approvals.record(approval('ap3'));
        tx.events.record({ type: 'strategy.approved', actor: 'Dana', data: { note: 'x'.repeat(MAX_EVENT_LINE_BYTES) } });
      }),
      /This strategy\.approved event would take [\d,]+ bytes, more than the 1,048,576 an event line may have; it was not written\./,
    );
    assert.deepEqual(await store.readProject(p.id, markers), [], 'nothing of the failed writes was saved');
    const types = [];
    for await (const e of store.events.query()) types.push(e.type);
    assert.deepEqual(types, ['project.created'], 'only the creation, recorded in its transaction');
    store.close();
  });

  it('hands readers no way to write (a read is not saved, so it must not change memory)', async () => {
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake());
    const WRITES = ['insert', 'insertSet', 'setStatus', 'schedule', 'upsertPlan', 'complete', 'record', 'start', 'finish', 'upsert', 'setCounts'];
    const writable = await store.readProject(p.id, (tx) =>
      Object.entries(tx)
        .filter(([, table]) => typeof table === 'object' && table !== null)
        .flatMap(([name, table]) => WRITES.filter((m) => m in (table as object)).map((m) => `${name}.${m}`)),
    );
    assert.deepEqual(writable, []);
    assert.equal('events' in (await store.readProject(p.id, (tx) => tx)), false);
    store.close();
  });
});
