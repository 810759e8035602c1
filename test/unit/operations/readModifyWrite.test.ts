// Read-modify-write happens inside the write lock: two writers at once (two stores on one
// workspace, as two processes would have) never undo each other, and a check made before the
// lock is made again under it.
import assert from 'node:assert/strict';
import { runFlow } from '../../../src/orchestrator/flow';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';
import { value } from './helpers';

describe('operations: read-modify-write under the lock', () => {
  let f: Fixture;
  let other: WorkspaceStore;
  beforeEach(async () => {
    f = await workspaceWithProject({ kpiTargets: { base: 1 } });
    other = await openWorkspace(f.root);
  });
  afterEach(() => {
    other.close();
    f.cleanup();
  });

  it('project.update merges KPI targets and caps from the project as it is under the lock', async () => {
    const stores = [f.store, other];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        value(stores[i % 2]!, 'project.update', { project: f.slug, edit: { kpiTargets: { [`k${i}`]: i }, ...(i < 2 ? { channelCaps: { [i === 0 ? 'meta' : 'email']: 0.2 } } : {}) } }),
      ),
    );
    const p = await f.store.getProject(f.slug);
    assert.deepEqual(p.kpiTargets, { base: 1, ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i])) });
    assert.deepEqual(p.channelCaps, { meta: 0.2, email: 0.2 });
    await value(f.store, 'project.update', { project: f.slug, edit: { kpiTargets: { base: null, k0: null }, channelCaps: { meta: null } } });
    const after = await f.store.getProject(f.slug);
    assert.equal('base' in after.kpiTargets || 'k0' in after.kpiTargets, false, 'null removes a target');
    assert.deepEqual(after.channelCaps, { email: 0.2 });
  });

  it('project.update reads the budget in the currency in effect, and a new currency keeps the amount', async () => {
    const before = await f.store.getProject(f.slug);
    assert.equal([before.currency, before.budgetMinor].join(' '), 'GBP 2500000');
    await value(f.store, 'project.update', { project: f.slug, patch: { currency: 'JPY' } });
    assert.equal((await f.store.getProject(f.slug)).budgetMinor, 25_000, '25,000 GBP became 25,000 JPY');
    await value(f.store, 'project.update', { project: f.slug, edit: { budget: '30000' } });
    assert.equal((await f.store.getProject(f.slug)).budgetMinor, 30_000);
    await assert.rejects(value(f.store, 'project.update', { project: f.slug, edit: { budget: '1.5' } }), /more decimals than JPY allows/);
    await assert.rejects(value(f.store, 'project.update', { project: f.slug, patch: { budgetMinor: 1 }, edit: { budget: '2' } }), /Give the budget once/);
  });

  it('store.updateProject(ref, current => patch) makes the patch under the lock', async () => {
    const stores = [f.store, other];
    await Promise.all(Array.from({ length: 10 }, (_, i) => stores[i % 2]!.updateProject(f.slug, (p) => ({ kpiTargets: { ...p.kpiTargets, [`u${i}`]: i } }))));
    assert.equal(Object.keys((await f.store.getProject(f.slug)).kpiTargets).length, 11);
  });

  it('pause.set decides whether it changes anything under the lock: two at once record one change', async () => {
    const [a, b] = await Promise.all([value(f.store, 'pause.set', { on: true }), value(other, 'pause.set', { on: true })]);
    assert.deepEqual([a.changed, b.changed].sort(), [false, true]);
    assert.equal((await allEvents(f.events, 'settings.changed')).length, 1);
    assert.equal(await other.getSetting('paused'), 'on');
  });

  it('creatives.schedule checks the status again under the lock: a creative rejected meanwhile is not scheduled', async () => {
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const [c] = await f.store.readProject(f.slug, (tx) => tx.creatives.list());
    await value(f.store, 'creatives.decide', { ids: [c!.id], decision: 'approve' });
    // Someone rejects it between the check and the write (another process would, at any moment).
    const racing: WorkspaceStore = Object.create(f.store, {
      writeProject: {
        value: async (ref: string, fn: Parameters<WorkspaceStore['writeProject']>[1]) => {
          await value(other, 'creatives.decide', { ids: [c!.id], decision: 'reject', reason: 'Off-brand', by: 'Chris' });
          return f.store.writeProject(ref, fn);
        },
      },
    });
    await assert.rejects(value(racing, 'creatives.schedule', { ids: [c!.id], date: '2026-03-10' }), /is rejected; only approved creatives can be scheduled \(nothing was scheduled\)\./);
    const stored = await f.store.readProject(f.slug, (tx) => tx.creatives.get(c!.id));
    assert.deepEqual([stored?.status, stored?.scheduledDate], ['rejected', null]);
    assert.equal((await allEvents(f.events, 'creative.scheduled')).length, 0);
  });

  it('demo.create run twice at once (two windows) adds each demo project once and both succeed', async function () {
    this.timeout(60_000);
    const [a, b] = await Promise.all([value(f.store, 'demo.create', {}), value(other, 'demo.create', {})]);
    assert.equal(a.projects.length + b.projects.length, 6);
    assert.equal([...a.projects, ...b.projects].filter((p) => p.action === 'created').length, 3, 'each demo project created once');
    assert.equal((await f.store.listProjects()).length, 4, 'the fixture project and the three demo projects');
  });
});
