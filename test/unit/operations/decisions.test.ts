// Approvals, edits, stale marking, scheduling and task completion over a real workspace, through the operations.
import assert from 'node:assert/strict';
import { runFlow } from '../../../src/orchestrator/flow';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';
import { value } from './helpers';

describe('operations: decisions, edits, scheduling, tasks', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await workspaceWithProject();
    await runFlow(f.store, f.slug, { actor: 'ci' });
  });
  afterEach(() => f.cleanup());

  const latest = () => f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());

  it('records strategy decisions as approval actions and events; reject and request changes need a reason', async () => {
    await assert.rejects(value(f.store, 'strategy.decide', { project: f.slug, decision: 'reject', reason: '  ' }), /Rejecting a strategy needs a reason\./);
    await assert.rejects(value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve', by: '' }), /needs the name of the person/);
    const r = await value(f.store, 'strategy.decide', { project: f.slug, decision: 'request_changes', reason: 'Budget split needs a TikTok test', by: { name: 'Chris (client)', kind: 'client' } });
    assert.equal(r.strategy.status, 'changes_requested');
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'reject', reason: 'Too generic' });
    assert.equal((await latest()).strategy?.status, 'rejected');
    const actions = await f.store.readProject(f.slug, (tx) => tx.approvals.list());
    assert.deepEqual(actions.map((a) => [a.action, a.actor.name, a.actor.kind, a.comment]), [
      ['request_changes', 'Chris (client)', 'client', 'Budget split needs a TikTok test'],
      ['reject', 'Dana', 'internal', 'Too generic'],
    ]);
    const rejected = await allEvents(f.events, 'strategy.rejected');
    assert.equal(rejected[0]?.data.reason, 'Too generic');
    assert.equal(rejected[0]?.actor, 'Dana');
    assert.equal((await allEvents(f.events, 'strategy.changes_requested'))[0]?.data.reason, 'Budget split needs a TikTok test');
  });

  it('marks downstream artifacts built on an older strategy stale when a newer strategy version is approved', async () => {
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const before = await latest();
    assert.equal(before.creatives?.inputs.strategy, 1);
    assert.equal(before.media?.status, 'in_review');

    const edited = { ...(before.strategy!.content as Record<string, unknown>), executiveSummary: 'Edited: lead with the fair-trade story.' };
    const v2 = await value(f.store, 'strategy.saveEdit', { project: f.slug, content: edited });
    assert.equal(v2.version, 2);
    assert.equal(v2.status, 'in_review');
    assert.equal(v2.statusNote, 'Edited by Dana from version 1.');
    // Nothing is stale until the new version is approved.
    assert.equal((await latest()).media?.status, 'in_review');

    const r = await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    assert.deepEqual(r.stale.map((m) => m.kind).sort(), ['creatives', 'media', 'pm', 'portal']);
    const after = await latest();
    assert.equal(after.media?.status, 'stale');
    assert.equal(after.media?.statusNote, 'Stale: built on strategy version 1, superseded by approved strategy version 2.');
    assert.equal(after.creatives?.status, 'stale');
    assert.equal(after.brand?.status, 'draft', 'brand does not depend on the strategy');
    assert.equal(after.strategy?.version, 2);
    assert.equal(after.strategy?.status, 'approved');
    assert.equal((await allEvents(f.events, 'artifact.stale')).length, 4);

    // The next run replaces the stale work with versions built on strategy 2.
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const fresh = await latest();
    assert.equal(fresh.media?.inputs.strategy, 2);
    assert.notEqual(fresh.media?.status, 'stale');
    assert.equal(fresh.creatives?.inputs.strategy, 2);
  });

  it('drops the generation-engine record from a hand-edited strategy: a person wrote that version', async () => {
    const base = (await latest()).strategy!.content as Record<string, unknown>;
    const claimed = { ...base, executiveSummary: 'Edited by hand.', engine: { requested: 'languageModel', used: 'languageModel', fields: [{ field: 'executiveSummary', engine: 'languageModel' }] } };
    const v2 = await value(f.store, 'strategy.saveEdit', { project: f.slug, content: claimed });
    const stored = v2.content as Record<string, unknown>;
    assert.equal(stored.executiveSummary, 'Edited by hand.');
    assert.equal('engine' in stored, false);
  });

  it('rejects an invalid strategy edit and leaves the versions alone', async () => {
    await assert.rejects(value(f.store, 'strategy.saveEdit', { project: f.slug, content: { executiveSummary: '' } }), /The edited strategy is not valid: /);
    assert.equal((await latest()).strategy?.version, 1);
  });

  it('decides creatives one, many or all at once, with channel and angle in the events, and schedules approved ones only', async () => {
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const rows = await f.store.readProject(f.slug, (tx) => tx.creatives.list());
    const [a, b, c] = rows;
    await assert.rejects(value(f.store, 'creatives.decide', { ids: [a!.id], decision: 'reject', by: 'Chris' }), /Rejecting a creative needs a reason/);
    await assert.rejects(value(f.store, 'creatives.decide', { ids: [a!.id, 'nope'], decision: 'approve', by: 'Chris' }), /No creative has the id "nope"\./);
    assert.equal((await f.store.readProject(f.slug, (tx) => tx.creatives.list()))[0]?.status, 'in_review', 'nothing half-written');

    await value(f.store, 'creatives.decide', { ids: [a!.id, b!.id], decision: 'approve', by: { name: 'Chris', kind: 'client' } });
    await value(f.store, 'creatives.decide', { ids: [c!.id], decision: 'reject', reason: 'Off-brand tone', by: 'Chris' });
    const rejected = await allEvents(f.events, 'creative.rejected');
    assert.deepEqual(rejected.map((e) => [e.data.creativeId, e.data.reason, e.data.channel, e.data.angle]), [[c!.id, 'Off-brand tone', c!.channel, c!.angle]]);
    assert.equal((await allEvents(f.events, 'creative.approved')).length, 2);

    const all = await value(f.store, 'creatives.decide', { all: true, project: f.slug, decision: 'approve' });
    assert.equal(all.creatives.length, rows.length - 3, 'all = the ones still awaiting a decision');
    await assert.rejects(value(f.store, 'creatives.decide', { all: true, project: f.slug, decision: 'approve' }), /has no creatives awaiting a decision/);

    await assert.rejects(value(f.store, 'creatives.schedule', { ids: [c!.id], date: '2026-03-10' }), /is rejected; only approved creatives can be scheduled \(nothing was scheduled\)\./);
    await assert.rejects(value(f.store, 'creatives.schedule', { ids: [a!.id], date: '2026-02-30' }), /"2026-02-30" is not a date; give it as YYYY-MM-DD/);
    await assert.rejects(value(f.store, 'creatives.schedule', { ids: [a!.id], date: '2026-07-01' }), /after the project's end date \(31 May 2026\)/);
    const s = await value(f.store, 'creatives.schedule', { ids: [a!.id], date: '2026-03-10' });
    assert.equal(s.scheduled[0]?.scheduledDate, '2026-03-10');
    const stored = (await f.store.readProject(f.slug, (tx) => tx.creatives.list())).find((x) => x.id === a!.id);
    assert.deepEqual([stored?.status, stored?.scheduledDate], ['scheduled', '2026-03-10']);
    const actions = await f.store.readProject(f.slug, (tx) => tx.approvals.list({ kind: 'creative' }));
    assert.equal(actions.length, rows.length);
  });

  it('completes a task with actual hours and records estimated vs actual', async () => {
    const [task] = await f.store.readProject(f.slug, (tx) => tx.tasks.list());
    await assert.rejects(value(f.store, 'task.complete', { id: task!.id, hours: -2 }), /Actual hours must be a number from 0 to 10000/);
    await assert.rejects(value(f.store, 'task.complete', { id: 'no-such-task', hours: 2 }), /No task has the id "no-such-task"\./);
    const done = await value(f.store, 'task.complete', { id: task!.id, hours: 9.5 });
    assert.equal(done.actualHours, 9.5);
    const stored = (await f.store.readProject(f.slug, (tx) => tx.tasks.list())).find((t) => t.id === task!.id);
    assert.deepEqual([stored?.status, stored?.actualHours], ['done', 9.5]);
    const [e] = await allEvents(f.events, 'task.completed');
    assert.deepEqual([e?.data.template, e?.data.estimatedHours, e?.data.actualHours], [task!.template, task!.estimatedHours, 9.5]);
    await assert.rejects(value(f.store, 'task.complete', { id: task!.id, hours: 3 }), /already completed/);
  });
});
