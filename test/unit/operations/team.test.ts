// The team operations over a real workspace: each change is one workspace write with one event
// (project null), a change that changes nothing writes nothing, and a refusal leaves the files as
// they were; media.decide shares strategy.decide's checks (the version the person looked at).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runFlow } from '../../../src/orchestrator/flow';
import { getWorkspaceTeam, serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { snapshotFiles } from '../store/helpers';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';
import { run, value } from './helpers';

describe('operations: the team and the hourly rate', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject()));
  afterEach(() => f.cleanup());

  const dump = () => readFileSync(path.join(f.root, '.aicmo', 'workspace.sql'), 'utf8');

  it('adds, updates and removes members with one team.changed event each; the same hours again change nothing', async () => {
    const added = await run(f.store, 'team.add', { name: '  Priya   Shah ', role: 'Strategy', weeklyHours: '20' });
    assert.equal(added.message, 'Added Priya Shah (strategist, 20 h a week) to the team.');
    assert.deepEqual([added.value.change, added.value.member.role, added.value.member.roleLabel], ['added', 'strategist', 'Strategist']);
    const updated = await run(f.store, 'team.add', { name: 'priya shah', role: 'strategist', weeklyHours: 30.25 });
    assert.equal(updated.message, 'Updated Priya Shah (strategist): 20 → 30.5 h a week.');
    const before = dump();
    const same = await run(f.store, 'team.add', { name: 'Priya Shah', role: 'strategist', weeklyHours: 30.5 });
    assert.equal(same.message, 'Priya Shah is already on the team as strategist with 30.5 h a week (no change).');
    assert.equal(dump(), before, 'workspace.sql is not rewritten');
    const events = await allEvents(f.events, 'team.changed');
    assert.deepEqual(events.map((e) => [e.project, e.actor, e.data.action, e.data.weeklyHours, e.data.previousHours]), [
      [null, 'Dana', 'added', 20, undefined],
      [null, 'Dana', 'updated', 30.5, 20],
    ]);
    const team = unwrap(await getWorkspaceTeam(serviceEnv(f.store, 'ci')));
    assert.deepEqual([team.members.map((m) => m.name), team.weeklyHoursByRole], [['Priya Shah'], { strategist: 30.5 }]);
    const removed = await run(f.store, 'team.remove', { name: added.value.member.id });
    assert.equal(removed.message, 'Removed Priya Shah (strategist) from the team.');
    assert.equal((await allEvents(f.events, 'team.changed')).at(-1)?.data.action, 'removed');
  });

  it('refuses bad input with one sentence naming the field, writing nothing', async () => {
    await value(f.store, 'team.add', { name: 'Sam', role: 'media buyer' });
    const before = snapshotFiles(path.join(f.root, '.aicmo'));
    await assert.rejects(run(f.store, 'team.add', { name: 'X', role: 'juggler' }), (e: Error & { field?: string }) => e.field === 'role' && /^The role "juggler" is not one the project plan uses/.test(e.message));
    await assert.rejects(run(f.store, 'team.add', { name: 'X', role: 'designer', weeklyHours: 81 }), /Weekly hours must be a number more than 0 and at most 80, not "81"\.$/);
    await assert.rejects(run(f.store, 'team.remove', { name: 'Nobody' }), /No team member "Nobody": the team is Sam\.$/);
    await assert.rejects(run(f.store, 'team.setRate', { rate: '95 XYZ' }), /unknown currency "XYZ"/);
    assert.deepEqual(snapshotFiles(path.join(f.root, '.aicmo')), before);
  });

  it('offers to re-run the plan of the project the change was made for, and refuses an unknown project before writing', async () => {
    const step = { label: 'Re-run the project plan', target: { kind: 'operation', name: 'flow.run', input: { project: f.slug, only: 'pm' } } };
    assert.deepEqual((await run(f.store, 'team.add', { name: 'Sam', role: 'designer', project: f.slug })).next, [step]);
    assert.deepEqual((await run(f.store, 'team.add', { name: 'Sam', role: 'designer', weeklyHours: 40, project: f.slug })).next, [], 'no change, nothing to re-run');
    assert.deepEqual((await run(f.store, 'team.setRate', { rate: '95', project: f.slug })).next, [step]);
    assert.deepEqual((await run(f.store, 'team.add', { name: 'Bo', role: 'analyst' })).next, [], 'without a project: no step');
    const before = snapshotFiles(path.join(f.root, '.aicmo'));
    await assert.rejects(run(f.store, 'team.remove', { name: 'Sam', project: 'no-such-project' }));
    assert.deepEqual(snapshotFiles(path.join(f.root, '.aicmo')), before);
    assert.deepEqual((await run(f.store, 'team.remove', { name: 'Sam', project: f.slug })).next, [step]);
  });

  it('sets, keeps and clears the hourly rate, which the PM subsystem then reads', async () => {
    assert.equal((await run(f.store, 'team.setRate', { rate: '£95' })).message, 'The hourly rate is 95 GBP an hour.');
    assert.equal((await run(f.store, 'team.setRate', { rate: '95 GBP' })).message, 'The hourly rate is 95 GBP an hour (no change).');
    assert.deepEqual((await allEvents(f.events, 'settings.changed')).map((e) => e.data), [{ key: 'pm.hourlyRate', value: '95 GBP' }]);
    assert.deepEqual(unwrap(await getWorkspaceTeam(serviceEnv(f.store, 'ci'))).hourlyRate, { amount: 95, currency: 'GBP', source: 'workspace' });
    assert.equal((await run(f.store, 'team.setRate', { rate: null })).message, 'The hourly rate is cleared: PM no longer checks agency hours against budgets.');
    assert.equal(unwrap(await getWorkspaceTeam(serviceEnv(f.store, 'ci'))).hourlyRate, null);
  });
});

describe('operations: media.decide', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await workspaceWithProject({ allowedChannels: ['google_search', 'meta'] });
    await runFlow(f.store, f.slug, { actor: 'ci' });
  });
  afterEach(() => f.cleanup());

  it('refuses a decision on another version than the latest, and one already taken, changing nothing', async () => {
    await assert.rejects(run(f.store, 'media.decide', { project: f.slug, decision: 'approve', version: 9 }), /Media plan v9 is no longer the current one \(v1 is\); review v1 before deciding \(nothing was changed\)\.$/);
    const ok = await run(f.store, 'media.decide', { project: f.slug, decision: 'approve', version: 1 });
    assert.match(ok.message, /^Approved media plan v1 of /);
    assert.deepEqual(ok.next?.[0]?.target, { kind: 'operation', name: 'flow.run', input: { project: f.slug } });
    await assert.rejects(run(f.store, 'media.decide', { project: f.slug, decision: 'approve' }), /Media plan version 1 of .* is already approved\.$/);
    assert.deepEqual((await allEvents(f.events)).filter((e) => e.type.startsWith('media.')).map((e) => [e.type, e.data.version]), [['media.approved', 1]]);
  });
});
