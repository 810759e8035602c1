// The artifact/creative/task/run row helpers over a real project file.
import assert from 'node:assert/strict';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { intake, tempWorkspace } from '../store/helpers';

describe('artifact rows', () => {
  it('keeps versions per kind, reports the latest successful one and survives a reopen', async () => {
    const ws = tempWorkspace();
    try {
      let store = await openWorkspace(ws.root, { create: true });
      const p = await store.createProject(intake());
      await store.writeProject(p.slug, (tx) => {
        tx.runs.start({ id: 'r_1', startedAt: '2026-01-01T00:00:00.000Z', skipKaizen: true });
        tx.artifacts.insert({ kind: 'strategy', status: 'in_review', content: { a: 1 }, runId: 'r_1', skipKaizen: true, inputs: {}, durationMs: 3.4 });
        const v2 = tx.artifacts.insert({ kind: 'strategy', status: 'in_review', content: { a: 2 }, runId: 'r_1', insights: [{ id: 'x', sentence: 'because' }] });
        tx.artifacts.insert({ kind: 'strategy', status: 'draft', content: null, runId: 'r_1', error: 'boom' });
        tx.artifacts.setStatus(v2.id, 'approved');
      });
      store.close();
      store = await openWorkspace(ws.root);
      const latest = await store.readProject(p.slug, (tx) => tx.artifacts.latestByKind());
      assert.equal(latest.strategy?.version, 2);
      assert.equal(latest.strategy?.status, 'approved');
      assert.deepEqual(latest.strategy?.content, { a: 2 });
      assert.deepEqual(latest.strategy?.insights, [{ id: 'x', sentence: 'because' }]);
      const history = await store.readProject(p.slug, (tx) => tx.artifacts.history('strategy'));
      assert.deepEqual(history.map((h) => [h.version, h.error, h.skipKaizen]), [[3, 'boom', false], [2, null, false], [1, null, true]]);
      assert.equal(history[2]?.durationMs, 3);
      const runs = await store.readProject(p.slug, (tx) => tx.runs.list());
      assert.equal(runs[0]?.skipKaizen, true);
      store.close();
    } finally {
      ws.cleanup();
    }
  });

  it('lists the current creatives, ranked (a replaced version is history), and keeps completed task hours across a re-plan', async () => {
    const ws = tempWorkspace();
    try {
      const store = await openWorkspace(ws.root, { create: true });
      const p = await store.createProject(intake());
      const v = { channel: 'meta', format: 'feed', headline: 'h', body: 'b', cta: 'c', status: 'in_review', violations: [] };
      await store.writeProject(p.slug, (tx) => {
        const a1 = tx.artifacts.insert({ kind: 'creatives', status: 'in_review', content: {} });
        const [old] = tx.creatives.insertSet(a1.id, 1, [{ ...v, angle: 'old', rank: 1 }]);
        const a2 = tx.artifacts.insert({ kind: 'creatives', status: 'in_review', content: {} });
        const [second] = tx.creatives.insertSet(a2.id, 2, [{ ...v, angle: 'second', rank: 2, rankReason: 'r2' }, { ...v, angle: 'first', rank: 1, rankReason: 'r1' }]);
        tx.creatives.markReplaced(old!.id, second!.id, 'Stale: replaced.');
        tx.tasks.upsertPlan([{ id: 't-a', phase: 'p', title: 'A', estimatedHours: 4, start: '2026-03-02' }, { id: 't-b', phase: 'p', title: 'B', start: '2026-03-03' }]);
        tx.tasks.complete('t-a', 6, '2026-03-05T00:00:00.000Z');
        tx.tasks.upsertPlan([{ id: 't-a', phase: 'p', title: 'A again', estimatedHours: 5, start: '2026-03-02' }]);
      });
      const creatives = await store.readProject(p.slug, (tx) => tx.creatives.list());
      assert.deepEqual(creatives.map((c) => [c.angle, c.rank, c.rankReason]), [['first', 1, 'r1'], ['second', 2, 'r2']]);
      const all = await store.readProject(p.slug, (tx) => tx.creatives.list({ allVersions: true }));
      assert.deepEqual(all.filter((c) => !c.current).map((c) => [c.angle, c.staleNote]), [['old', 'Stale: replaced.']]);
      const tasks = await store.readProject(p.slug, (tx) => tx.tasks.list());
      assert.deepEqual(tasks.map((t) => [t.id, t.title, t.status, t.actualHours, t.estimatedHours]), [['t-a', 'A again', 'done', 6, 5]]);
      store.close();
    } finally {
      ws.cleanup();
    }
  });
});
