// `aicmo team add|list|remove|rate` on a real workspace (dist/cli.js as a child process), and the
// project plan that follows: capacity from the team, agency hours against the budget at the
// hourly rate, and a start on the next working day when the brief has no start date.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PmDashboard, Team } from '../../../src/orchestrator/services';
import { nextWorkDay } from '../../../src/orchestrator/subsystems/common/dates';
import { aicmo, ensureCliBuilt, jsonOf, type CliResult } from './runAicmo';

function oneLineError(r: CliResult, pattern: RegExp): void {
  assert.equal(r.code, 1, `exit code (stderr: ${r.stderr})`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, pattern);
}

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('aicmo team (real workspace, real CLI)', function () {
  this.timeout(120_000);
  let root: string;
  const run = (args: string[]) => aicmo(args, { cwd: root, env: { AICMO_ACTOR: 'Dana' } });

  before(() => ensureCliBuilt());
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-team-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('adds, updates, lists and removes members; the team is versioned in workspace.sql', async () => {
    assert.match((await run(['team', 'add', 'Priya Shah', '--role', 'strategist', '--hours', '20'])).stdout, /Added Priya Shah \(strategist, 20 h a week\) to the team\./);
    assert.match((await run(['team', 'add', 'Sam', '--role', 'Media buyer'])).stdout, /Added Sam \(media buyer, 40 h a week\)/);
    assert.match((await run(['team', 'add', 'priya shah', '--role', 'strategist', '--hours', '30'])).stdout, /Updated Priya Shah \(strategist\): 20 → 30 h a week\./);
    assert.match((await run(['team', 'add', 'Priya Shah', '--role', 'strategist', '--hours', '30'])).stdout, /already on the team .* \(no change\)/);
    await run(['team', 'add', 'Priya Shah', '--role', 'analyst', '--hours', '5']);
    const team = jsonOf<Team>(await run(['team', 'list', '--json']));
    assert.deepEqual(team.members.map((m) => [m.name, m.role, m.weeklyHours]), [['Priya Shah', 'analyst', 5], ['Sam', 'media_buyer', 40], ['Priya Shah', 'strategist', 30]]);
    assert.deepEqual(team.weeklyHoursByRole, { analyst: 5, media_buyer: 40, strategist: 30 });
    const dump = await readFile(path.join(root, '.aicmo', 'workspace.sql'), 'utf8');
    assert.match(dump, /INSERT INTO "?team_members"?.*'Priya Shah'/);

    oneLineError(await run(['team', 'remove', 'Priya Shah']), /Priya Shah has 2 roles \(analyst, strategist\): say which role \(--role ROLE\)\./);
    assert.match((await run(['team', 'remove', 'Priya Shah', '--role', 'analyst'])).stdout, /Removed Priya Shah \(analyst\) from the team\./);
    oneLineError(await run(['team', 'remove', 'Nobody']), /No team member "Nobody": the team is Sam, Priya Shah\./);
    assert.equal(jsonOf<Team>(await run(['team', 'list', '--json'])).members.length, 2);
  });

  const BAD: [string[], RegExp][] = [
    [['team', 'add', 'X', '--role', 'juggler'], /The role "juggler" is not one the project plan uses \(strategist, account manager, media buyer, copywriter, designer, analyst\)\./],
    [['team', 'add', 'X', '--role', 'designer', '--hours', '200'], /Weekly hours must be a number more than 0 and at most 80, not "200"\./],
    [['team', 'add', 'X', '--role', 'designer', '--hours', 'lots'], /Weekly hours must be a number more than 0 and at most 80, not "lots"\./],
    [['team', 'add', ' ', '--role', 'designer'], /A team member needs a name\./],
    [['team', 'rate', 'abc'], /The hourly rate "abc" is not an amount \(e\.g\. 95, 95 GBP or £95\)\./],
    [['team', 'rate', '95 XYZ'], /unknown currency "XYZ"/],
    [['team', 'rate', '0'], /must be more than 0/],
  ];
  for (const [args, pattern] of BAD) {
    it(`refuses ${JSON.stringify(args.slice(1).join(' '))} with one sentence, and writes nothing`, async () => {
      oneLineError(await run(args), pattern);
      assert.equal(existsSync(path.join(root, '.aicmo')), false, 'not even the workspace folder is created');
      await run(['init']);
      oneLineError(await run(args), pattern);
      const t = jsonOf<Team>(await run(['team', 'list', '--json']));
      assert.deepEqual([t.members, t.hourlyRate], [[], null]);
    });
  }

  it('the project plan takes its capacity and hourly rate from the team, and starts on the next working day without a start date', async () => {
    jsonOf(await run(['project', 'add', '--name', 'Smile Dental', '--industry', 'Dental clinic', '--goal', 'More new patient bookings', '--goal-metric', 'leads', '--audience', 'families in Leeds', '--budget', '900', '--currency', 'GBP', '--json']));
    for (const [name, role, hours] of [['Sam', 'strategist', '10'], ['Ade', 'account_manager', '10'], ['Mo', 'media_buyer', '20'], ['Kit', 'copywriter', '10'], ['Dee', 'designer', '20'], ['Ana', 'analyst', '5']] as const) {
      assert.equal((await run(['team', 'add', name, '--role', role, '--hours', hours])).code, 0);
    }
    assert.match((await run(['team', 'rate', '95'])).stdout, /The hourly rate is 95 an hour, in each project's currency\./);
    const flow = await run(['flow', 'run', 'smile-dental']);
    assert.match(flow.stdout, /pm {9}completed v1/);
    const pm = jsonOf<PmDashboard>(await run(['dashboard', 'pm', 'smile-dental', '--json']));
    assert.equal(pm.plan!.schedule.start, nextWorkDay(localToday()));
    assert.equal(pm.plan!.schedule.startAssumed, true);
    assert.ok(pm.plan!.notes.some((n) => /The brief has no start date: the plan starts on the next working day/.test(n)));
    assert.deepEqual(pm.capacity.filter((c) => c.overAllocated).map((c) => c.role), [], 'every role is staffed');
    assert.deepEqual(pm.capacity.find((c) => c.role === 'designer')!.members, ['Dee']);
    assert.ok(pm.plan!.agencyCost!.overBudget);
    assert.ok(pm.plan!.warnings.some((w) => /Agency time costs more than the whole budget: [\d.]+ h at £95\.00 an hour is £[\d,]+\.00 against £900\.00/.test(w)), pm.plan!.warnings.join(' | '));
    const text = await run(['dashboard', 'pm', 'smile-dental']);
    assert.match(text.stdout, /Warnings:\n(?:.*\n)*\s+! Agency time costs more than the whole budget/);

    // Clearing the rate: the next plan says it cannot check the cost, and no longer warns.
    assert.match((await run(['team', 'rate', 'off'])).stdout, /The hourly rate is cleared/);
    await run(['flow', 'run', 'smile-dental']);
    const after = jsonOf<PmDashboard>(await run(['dashboard', 'pm', 'smile-dental', '--json']));
    assert.equal(after.plan!.version, 2);
    assert.equal(after.plan!.schedule.start, pm.plan!.schedule.start, 'the re-plan keeps the assumed start');
    assert.ok(!after.plan!.warnings.some((w) => /Agency time/.test(w)));
    assert.ok(after.plan!.notes.some((n) => /No hourly rate set/.test(n)));
  });
});
