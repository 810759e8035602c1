// Approvals, edits, stale marking, scheduling and task completion over a real workspace.
import assert from 'node:assert/strict';
import { completeTask, decideCreatives, decideStrategy, saveStrategyEdit, scheduleCreative } from '../../../src/orchestrator/actions';
import { latestArtifacts, listApprovalActions, listCreatives, listTasks } from '../../../src/orchestrator/artifacts';
import { runFlow } from '../../../src/orchestrator/flow';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';

describe('actions', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await workspaceWithProject();
    await runFlow(f.store, f.events, f.slug, { actor: 'ci' });
  });
  afterEach(() => f.cleanup());

  const latest = () => f.store.readProject(f.slug, (db) => latestArtifacts(db));

  it('records strategy decisions as approval actions and events; reject and request changes need a reason', async () => {
    await assert.rejects(decideStrategy(f.store, f.events, f.slug, 'reject', 'Dana', '  '), /Rejecting a strategy needs a reason \(--reason TEXT\)\./);
    await assert.rejects(decideStrategy(f.store, f.events, f.slug, 'approve', ''), /needs the name of the person/);
    const r = await decideStrategy(f.store, f.events, f.slug, 'request_changes', { name: 'Chris (client)', kind: 'client' }, 'Budget split needs a TikTok test');
    assert.equal(r.strategy.status, 'changes_requested');
    await decideStrategy(f.store, f.events, f.slug, 'reject', 'Dana', 'Too generic');
    assert.equal((await latest()).strategy?.status, 'rejected');
    const actions = await f.store.readProject(f.slug, (db) => listApprovalActions(db));
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
    await decideStrategy(f.store, f.events, f.slug, 'approve', 'Dana');
    await runFlow(f.store, f.events, f.slug, { actor: 'ci' });
    const before = await latest();
    assert.equal(before.creatives?.inputs.strategy, 1);
    assert.equal(before.media?.status, 'in_review');

    const edited = { ...(before.strategy!.content as Record<string, unknown>), executiveSummary: 'Edited: lead with the fair-trade story.' };
    const v2 = await saveStrategyEdit(f.store, f.events, f.slug, edited, 'Dana');
    assert.equal(v2.version, 2);
    assert.equal(v2.status, 'in_review');
    assert.equal(v2.statusNote, 'Edited by Dana from version 1.');
    // Nothing is stale until the new version is approved.
    assert.equal((await latest()).media?.status, 'in_review');

    const r = await decideStrategy(f.store, f.events, f.slug, 'approve', 'Dana');
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
    await runFlow(f.store, f.events, f.slug, { actor: 'ci' });
    const fresh = await latest();
    assert.equal(fresh.media?.inputs.strategy, 2);
    assert.notEqual(fresh.media?.status, 'stale');
    assert.equal(fresh.creatives?.inputs.strategy, 2);
  });

  it('drops the generation-engine record from a hand-edited strategy: a person wrote that version', async () => {
    const base = (await latest()).strategy!.content as Record<string, unknown>;
    const claimed = { ...base, executiveSummary: 'Edited by hand.', engine: { requested: 'languageModel', used: 'languageModel', fields: [{ field: 'executiveSummary', engine: 'languageModel' }] } };
    const v2 = await saveStrategyEdit(f.store, f.events, f.slug, claimed, 'Dana');
    const stored = v2.content as Record<string, unknown>;
    assert.equal(stored.executiveSummary, 'Edited by hand.');
    assert.equal('engine' in stored, false);
  });

  it('rejects an invalid strategy edit and leaves the versions alone', async () => {
    await assert.rejects(saveStrategyEdit(f.store, f.events, f.slug, { executiveSummary: '' }, 'Dana'), /The edited strategy is not valid: /);
    assert.equal((await latest()).strategy?.version, 1);
  });

  it('decides creatives one, many or all at once, with channel and angle in the events, and schedules approved ones only', async () => {
    await decideStrategy(f.store, f.events, f.slug, 'approve', 'Dana');
    await runFlow(f.store, f.events, f.slug, { actor: 'ci' });
    const rows = await f.store.readProject(f.slug, (db) => listCreatives(db));
    const [a, b, c] = rows;
    await assert.rejects(decideCreatives(f.store, f.events, { ids: [a!.id] }, 'reject', 'Chris'), /Rejecting a creative needs a reason/);
    await assert.rejects(decideCreatives(f.store, f.events, { ids: [a!.id, 'nope'] }, 'approve', 'Chris'), /No creative has the id "nope"\./);
    assert.equal((await f.store.readProject(f.slug, (db) => listCreatives(db)))[0]?.status, 'in_review', 'nothing half-written');

    await decideCreatives(f.store, f.events, { ids: [a!.id, b!.id] }, 'approve', { name: 'Chris', kind: 'client' });
    await decideCreatives(f.store, f.events, { ids: [c!.id] }, 'reject', 'Chris', 'Off-brand tone');
    const rejected = await allEvents(f.events, 'creative.rejected');
    assert.deepEqual(rejected.map((e) => [e.data.creativeId, e.data.reason, e.data.channel, e.data.angle]), [[c!.id, 'Off-brand tone', c!.channel, c!.angle]]);
    assert.equal((await allEvents(f.events, 'creative.approved')).length, 2);

    const all = await decideCreatives(f.store, f.events, { all: true, project: f.slug }, 'approve', 'Dana');
    assert.equal(all.creatives.length, rows.length - 3, 'all = the ones still awaiting a decision');
    await assert.rejects(decideCreatives(f.store, f.events, { all: true, project: f.slug }, 'approve', 'Dana'), /has no creatives awaiting a decision/);

    await assert.rejects(scheduleCreative(f.store, f.events, c!.id, '2026-03-10', 'Dana'), /is rejected; only approved creatives can be scheduled\./);
    await assert.rejects(scheduleCreative(f.store, f.events, a!.id, '2026-02-30', 'Dana'), /"2026-02-30" is not a date; give it as YYYY-MM-DD/);
    await assert.rejects(scheduleCreative(f.store, f.events, a!.id, '2026-07-01', 'Dana'), /after the project's end date \(2026-05-31\)/);
    const s = await scheduleCreative(f.store, f.events, a!.id, '2026-03-10', 'Dana');
    assert.equal(s.scheduledDate, '2026-03-10');
    const stored = (await f.store.readProject(f.slug, (db) => listCreatives(db))).find((x) => x.id === a!.id);
    assert.deepEqual([stored?.status, stored?.scheduledDate], ['scheduled', '2026-03-10']);
    const actions = await f.store.readProject(f.slug, (db) => listApprovalActions(db, { kind: 'creative' }));
    assert.equal(actions.length, rows.length);
  });

  it('completes a task with actual hours and records estimated vs actual', async () => {
    const [task] = await f.store.readProject(f.slug, (db) => listTasks(db));
    await assert.rejects(completeTask(f.store, f.events, task!.id, -2, 'Dana'), /Actual hours must be a number from 0 to 10000/);
    await assert.rejects(completeTask(f.store, f.events, 'no-such-task', 2, 'Dana'), /No task has the id "no-such-task"\./);
    const done = await completeTask(f.store, f.events, task!.id, 9.5, 'Dana');
    assert.equal(done.actualHours, 9.5);
    const stored = (await f.store.readProject(f.slug, (db) => listTasks(db))).find((t) => t.id === task!.id);
    assert.deepEqual([stored?.status, stored?.actualHours], ['done', 9.5]);
    const [e] = await allEvents(f.events, 'task.completed');
    assert.deepEqual([e?.data.template, e?.data.estimatedHours, e?.data.actualHours], [task!.template, task!.estimatedHours, 9.5]);
    await assert.rejects(completeTask(f.store, f.events, task!.id, 3, 'Dana'), /already completed/);
  });
});
