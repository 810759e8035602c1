// The PM panel's team form over the real core: the plan's per-role warnings arrive as ONE
// staffing sentence (human role names, no CLI hint), the team's members and rate are in the
// snapshot, and adding, removing and setting the rate run the team operations, each offering
// "Re-run the project plan" — which, taken, re-plans with the new team and drops the line.
import assert from 'node:assert/strict';
import { runOperation } from '../../../src/orchestrator/operations';
import { staffingOf } from '../../../src/extension/panels/snapshots/pmStaffing';
import type { PmData } from '../../../src/protocol';
import { fixture, intake, value, type Fixture } from '../services/fixtures';
import { coreSession } from './coreSession';

const command = (method: string, params: unknown) => ({ type: 'command', method, params });

describe('PM panel: the team form over the real core', function () {
  this.timeout(120_000);
  let f: Fixture;
  beforeEach(async () => (f = await fixture()));
  afterEach(() => f.cleanup());

  async function plannedProject(): Promise<string> {
    const p = await f.store.createProject(intake({ name: 'Acme Launch', currency: 'USD' }));
    value(await runOperation(f.env, 'flow.run', { project: p.slug }));
    value(await runOperation(f.env, 'strategy.decide', { project: p.slug, decision: 'approve' }));
    value(await runOperation(f.env, 'flow.run', { project: p.slug }));
    const media = await runOperation(f.env, 'media.decide', { project: p.slug, decision: 'approve' });
    if (media.ok) value(await runOperation(f.env, 'flow.run', { project: p.slug }));
    return p.slug;
  }

  it('adds the missing people through team.add, offers the re-plan, and the re-planned panel no longer asks', async () => {
    const slug = await plannedProject();
    const pm = await coreSession(f.env, 'pm', slug);
    const before = pm.data<PmData>();
    assert.ok(before.tasks.length > 0, 'the plan has tasks');
    const roles = before.capacity.map((c) => c.role);
    assert.ok(before.staffing, 'an empty team leaves every role unassigned');
    assert.deepEqual(before.staffing.roles, roles);
    assert.match(before.staffing.message, new RegExp(`^${roles.length} roles need people: no one on the team is assigned as .*Strategist.* \\(each is scheduled as one full-time person\\)\\.$`));
    assert.doesNotMatch(before.staffing.message, /_|aicmo team/);
    assert.ok(!before.plan!.warnings.some((w) => roles.some((r) => w.startsWith(`${r}:`))), 'no per-role warning left');
    assert.ok(before.capacity.every((c) => !/aicmo team/.test(c.note)), 'capacity notes carry no CLI hint');
    assert.deepEqual(before.team.members, []);
    assert.deepEqual(before.team.roles.find((r) => r.id === 'media_buyer'), { id: 'media_buyer', label: 'Media buyer' });

    for (const role of roles) await pm.send(command('pm/addTeamMember', { project: slug, name: `Person ${role}`, role, weeklyHours: 40 }));
    const added = pm.notices().at(-1)!;
    assert.match(added.message, /^Added Person .* h a week\) to the team\.$/);
    assert.deepEqual(added.steps, ['Re-run the project plan']);
    const listed = pm.data<PmData>();
    assert.equal(listed.team.members.length, roles.length);
    assert.equal(listed.team.members.find((m) => m.role === 'media_buyer')?.roleLabel, 'Media buyer');
    assert.ok(listed.staffing, 'the plan says what it said until it is re-run');

    await pm.send(command('webview/takeStep', { index: 0 }));
    assert.match(pm.notices().at(-1)!.message, /^Ran (the )?project plan/i);
    const after = pm.data<PmData>();
    assert.ok(after.capacity.every((c) => c.weeklyHours === 40), 'the new plan counts the team');
    assert.ok(after.staffing === null || !after.staffing.message.includes('no one on the team'), after.staffing?.message);
  });

  it('removes a member by id and sets and clears the rate, refusing a bad one with a sentence', async () => {
    const slug = await plannedProject();
    const pm = await coreSession(f.env, 'pm', slug);
    await pm.send(command('pm/addTeamMember', { project: slug, name: 'Sam', role: 'designer', weeklyHours: 20 }));
    const sam = pm.data<PmData>().team.members[0]!;
    await pm.send(command('pm/removeTeamMember', { project: slug, id: sam.id }));
    assert.equal(pm.notices().at(-1)!.message, 'Removed Sam (designer) from the team.');
    assert.deepEqual(pm.data<PmData>().team.members, []);
    await pm.send(command('pm/setHourlyRate', { project: slug, rate: '£95' }));
    assert.deepEqual(pm.notices().at(-1), { level: 'info', message: 'The hourly rate is 95 GBP an hour.', steps: ['Re-run the project plan'] });
    assert.deepEqual([pm.data<PmData>().team.hourlyRate, pm.data<PmData>().team.hourlyRateText], ['95 GBP', '95 GBP an hour']);
    await pm.send(command('pm/setHourlyRate', { project: slug, rate: '95 XYZ' }));
    assert.equal(pm.notices().at(-1)!.level, 'error');
    assert.match(pm.notices().at(-1)!.message, /unknown currency "XYZ"/);
    await pm.send(command('pm/setHourlyRate', { project: slug, rate: null }));
    assert.equal(pm.data<PmData>().team.hourlyRate, null);
  });
});

describe('PM staffing words', () => {
  const cap = (role: string, weeklyHours: number, overAllocated: boolean, note: string) => ({ role, members: [], weeklyHours, demandHours: 30, availableHours: weeklyHours * 4, peakWeekHours: 10, overAllocated, note });

  it('folds the per-role warnings into one sentence and keeps the others', () => {
    const capacity = [
      cap('strategist', 0, true, 'Nobody on the team has the role strategist: scheduled as one full-time person (8 h a day); add someone with aicmo team add NAME --role strategist --hours H.'),
      cap('media_buyer', 5, true, 'Needs 30 h but the team has 20 h in the project window.'),
      cap('copywriter', 10, false, '30 h of 40 h available.'),
    ];
    const other = 'The plan finishes on 2027-01-08, after the project end date 2026-12-31.';
    const s = staffingOf([`strategist: ${capacity[0]!.note}`, other, `media_buyer: ${capacity[1]!.note}`], capacity);
    assert.deepEqual(s.warnings, [other]);
    assert.deepEqual(s.staffing, {
      message: '2 roles need people: no one on the team is a Strategist (it is scheduled as one full-time person); Media buyer needs 30 h but the team has 20 h in the project window.',
      roles: ['strategist', 'media_buyer'],
    });
    assert.equal(s.capacity[0]!.note, 'Nobody assigned: scheduled as one full-time person.');
    assert.equal(s.capacity[1]!.note, capacity[1]!.note);
  });

  it('says nothing when every role is staffed within its hours', () => {
    assert.equal(staffingOf([], [cap('analyst', 10, false, 'fine')]).staffing, null);
  });
});
