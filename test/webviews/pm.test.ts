// PM panel: sortable tasks with editable status and hours, Gantt with the critical path, capacity
// with over-allocation highlighted, and the team form behind "Assign team" (add, remove, rate).
import assert from 'node:assert/strict';
import { AddTeamMemberCommand, CompleteTaskCommand, PmSnapshotNotification, RemoveTeamMemberCommand, SetHourlyRateCommand, UpdateTaskStatusCommand } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { boxOf, horizontalFit } from './harness/layout';
import { HOSTILE_NAME, pmData, pmTask as task, ref, snapshot, understaffed } from './fixtures';

describe('PM panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const open = async (data = pmData(), viewport?: { width: number; height: number }) => {
    const p = await openPanel(env.browser, env.server, 'pm', { snapshot: snapshot(data, { project, projects: [project] }), viewport });
    env.opened.push(p);
    await p.page.locator('[data-task="t1"]').waitFor();
    return p;
  };
  const order = (p: Awaited<ReturnType<typeof open>>) => p.page.locator('tr[data-task]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task')));

  it('sorts the tasks by a column, both ways', async () => {
    const p = await open();
    assert.deepEqual(await order(p), ['t1', 't3', 't2']);
    await p.page.getByRole('button', { name: 'Estimated h' }).click();
    assert.deepEqual(await order(p), ['t1', 't3', 't2']);
    await p.page.getByRole('button', { name: /Estimated h/ }).click();
    assert.deepEqual(await order(p), ['t2', 't3', 't1']);
  });

  it('posts status changes and completions with the actual hours', async () => {
    const p = await open();
    await p.page.getByLabel('Status of Brief').selectOption('in_progress');
    assert.deepEqual((await p.waitForPosted(UpdateTaskStatusCommand.method)).params, { project: 'acme-launch', id: 't1', status: 'in_progress' });
    await p.page.getByLabel('Actual hours for Brief').fill('5.5');
    await p.page.getByRole('button', { name: 'Complete Brief' }).click();
    assert.deepEqual((await p.waitForPosted(CompleteTaskCommand.method)).params, { project: 'acme-launch', id: 't1', hours: 5.5 });
  });

  it('marks the critical path, draws the Gantt and highlights over-allocated roles', async () => {
    const p = await open();
    assert.equal(await p.page.locator('tr.critical').count(), 2);
    await p.page.locator('aicmo-chart svg').waitFor();
    assert.equal(await p.page.locator('tr.over').count(), 1);
    assert.match(await textOf(p, 'tr.over'), /Designer.*over allocated/);
    assert.equal(await countImages(p), 0);
  });

  it('names roles as people do and draws a one-day task a day wide in the Gantt', async () => {
    const d = pmData();
    d.tasks.push(task('t4', 'Sign-off', '2026-12-05', '2026-12-05', { role: 'media_buyer' }));
    const p = await open(d);
    assert.match(await textOf(p, '[data-task="t4"]'), /Media buyer/);
    assert.match(await textOf(p, '[data-task="t4"]'), /5 Dec 2026\s*5 Dec 2026/, 'start and due as dates, not ISO strings');
    assert.doesNotMatch(await textOf(p, 'table.tasks'), /media_buyer|designer/);
    await p.page.locator('aicmo-chart svg .mark-rect path').first().waitFor();
    const widths = await p.page.locator('aicmo-chart svg .mark-rect path').evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox().width));
    assert.equal(widths.length, 4);
    const day = widths[0]! / 3; // "Brief" runs 1–3 December: three days
    assert.ok(Math.abs(widths[3]! - day) < 1, `the one-day task is a day wide (${widths.map((w) => w.toFixed(1)).join(', ')})`);
  });

  it('says the unassigned and over-allocated roles in one line with Assign team, and no red "over allocated" beside 0 h', async () => {
    const p = await open(understaffed());
    assert.equal(await p.page.locator('[data-staffing]').count(), 1);
    assert.match(await textOf(p, '[data-staffing]'), /^3 roles need people: no one on the team is assigned as Strategist or Media buyer .*Designer needs 32 h/);
    assert.equal(await p.page.locator('p.warning-text').count(), 2, 'the staffing line and the one other warning, not one per role');
    assert.match(await textOf(p, '[data-role="strategist"]'), /^Strategist.*unassigned Nobody assigned/);
    assert.doesNotMatch(await textOf(p, '[data-role="strategist"]'), /over allocated/i);
    assert.equal(await p.page.locator('tr.over').count(), 1, 'only the role short of hours is red');
    assert.equal(await p.page.locator('.team-form').count(), 0, 'the form opens on demand');
    await p.page.locator('[data-staffing] vscode-button', { hasText: 'Assign team' }).click();
    await p.page.locator('.team-form').waitFor();
    assert.equal(await p.page.locator('[data-staffing] vscode-button').count(), 0);
  });

  it('lists the team by role name and posts add, remove and the hourly rate', async () => {
    const p = await open(understaffed());
    await p.page.getByRole('button', { name: 'Assign team' }).click();
    assert.deepEqual(await p.page.locator('tr[data-member]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim()))), [
      ['Ann', 'Designer', '10'],
      [HOSTILE_NAME, 'Copywriter', '20'],
    ]);
    assert.match(await textOf(p, '.team-form'), /Now: not set/);
    await p.page.locator('input[name="member-name"]').fill('  Priya  Shah ');
    await p.page.locator('select[name="member-role"]').selectOption({ label: 'Media buyer' });
    await p.page.locator('input[name="member-hours"]').fill('24.5');
    await p.page.getByRole('button', { name: 'Add member' }).click();
    assert.deepEqual((await p.waitForPosted(AddTeamMemberCommand.method)).params, { project: 'acme-launch', name: 'Priya Shah', role: 'media_buyer', weeklyHours: 24.5 });
    await p.page.getByRole('button', { name: 'Remove Ann (Designer)' }).click();
    assert.deepEqual((await p.waitForPosted(RemoveTeamMemberCommand.method)).params, { project: 'acme-launch', id: 'm1' });
    await p.page.locator('input[name="hourly-rate"]').fill('£95');
    await p.page.getByRole('button', { name: 'Set rate' }).click();
    assert.deepEqual((await p.waitForPosted(SetHourlyRateCommand.method)).params, { project: 'acme-launch', rate: '£95' });
    assert.equal(await countImages(p), 0, 'a hostile member name stays text');
    assert.deepEqual(p.problems, []);
  });

  it('refuses an incomplete member with one sentence, posting nothing, and clears a rate that is set', async () => {
    const d = understaffed();
    d.team.hourlyRate = '95 GBP';
    d.team.hourlyRateText = '95 GBP an hour';
    const p = await open(d);
    await p.page.getByRole('button', { name: 'Edit team' }).click();
    assert.equal(await p.page.locator('[data-team-error]').count(), 0, 'no error before a try');
    assert.equal(await p.page.locator('input[name="hourly-rate"]').inputValue(), '95 GBP', 'the rate is prefilled');
    await p.page.getByRole('button', { name: 'Add member' }).click();
    assert.equal(await textOf(p, '[data-team-error]'), "Type the team member's name.");
    await p.page.locator('input[name="member-name"]').fill('Sam');
    await p.page.getByRole('button', { name: 'Add member' }).click();
    assert.equal(await textOf(p, '[data-team-error]'), 'Choose the role this person has on the plan.');
    await p.page.locator('select[name="member-role"]').selectOption('designer');
    await p.page.locator('input[name="member-hours"]').fill('90');
    await p.page.getByRole('button', { name: 'Add member' }).click();
    assert.equal(await textOf(p, '[data-team-error]'), 'Hours a week must be a number more than 0 and at most 80.');
    assert.equal(p.posted.filter((m) => m.method === AddTeamMemberCommand.method).length, 0);
    await p.page.getByRole('button', { name: 'Clear rate' }).click();
    assert.deepEqual((await p.waitForPosted(SetHourlyRateCommand.method)).params, { project: 'acme-launch', rate: null });
  });

  it('shows the team the next snapshot brings, keeping the form open', async () => {
    const p = await open(understaffed());
    await p.page.getByRole('button', { name: 'Assign team' }).click();
    const d = understaffed();
    d.team.members.push({ id: 'm3', name: 'Priya Shah', role: 'media_buyer', roleLabel: 'Media buyer', weeklyHours: 24 });
    await p.sendSnapshot(PmSnapshotNotification, snapshot(d, { project, projects: [project] }));
    await p.page.locator('tr[data-member="m3"]').waitFor();
    assert.match(await textOf(p, 'tr[data-member="m3"]'), /Priya Shah\s*Media buyer\s*24/);
  });

  describe('at 900 px and on a wide panel', () => {
    const fits = async (p: Awaited<ReturnType<typeof open>>) => {
      const fit = await horizontalFit(p);
      assert.deepEqual(fit.clipped, [], 'nothing sticks out of the page or its box');
      assert.ok(fit.scrollWidth <= fit.clientWidth, `the page does not scroll sideways (${fit.scrollWidth} px of content in ${fit.clientWidth} px)`);
    };
    const labelOf = (p: Awaited<ReturnType<typeof open>>, selector: string) =>
      p.page.locator(selector).first().evaluate((td) => getComputedStyle(td, '::before').content);

    it('draws each task and role as a card at 900 px: the title across it, labelled values below, nothing clipped, no sideways scrolling', async () => {
      const p = await open(understaffed(), { width: 900, height: 860 });
      await p.page.getByRole('button', { name: 'Assign team' }).click();
      await p.page.locator('.team-form').waitFor();
      await fits(p);
      const title = await boxOf(p, '[data-task="t1"] td.title');
      const status = await boxOf(p, '[data-task="t1"] td[data-label="Status"]');
      const complete = await boxOf(p, '[data-task="t1"] td.complete vscode-button');
      assert.ok(status.y >= title.bottom - 0.5, `the values sit below the task's title (title ends at y ${title.bottom}, status starts at y ${status.y})`);
      assert.ok(title.width > 600, `the title runs across the card (${title.width} px)`);
      assert.ok(complete.y >= title.bottom - 0.5, 'Done sits below the title too');
      assert.equal(await labelOf(p, '[data-task="t1"] td[data-label="Due"]'), '"Due"', 'each value says what it is');
      const role = await boxOf(p, '[data-role="designer"] td:first-child');
      const demand = await boxOf(p, '[data-role="designer"] td[data-label="Demand h"]');
      assert.ok(demand.y >= role.bottom - 0.5, 'capacity rows are cards too');
      assert.equal(await labelOf(p, '[data-role="designer"] td[data-label="Demand h"]'), '"Demand h"');
    });

    it('keeps sorting, status, hours and Done working at 900 px', async () => {
      const p = await open(pmData(), { width: 900, height: 860 });
      await p.page.getByRole('button', { name: 'Estimated h' }).click();
      await p.page.getByRole('button', { name: /Estimated h/ }).click();
      assert.deepEqual(await order(p), ['t2', 't3', 't1']);
      await p.page.getByLabel('Status of Brief').selectOption('blocked');
      assert.deepEqual((await p.waitForPosted(UpdateTaskStatusCommand.method)).params, { project: 'acme-launch', id: 't1', status: 'blocked' });
      await p.page.getByLabel('Actual hours for Brief').fill('3');
      await p.page.getByRole('button', { name: 'Complete Brief' }).click();
      assert.deepEqual((await p.waitForPosted(CompleteTaskCommand.method)).params, { project: 'acme-launch', id: 't1', hours: 3 });
    });

    it('keeps the tasks a table on a wide panel: each row on one line under its headers', async () => {
      const p = await open(understaffed(), { width: 1400, height: 900 });
      await fits(p);
      const title = await boxOf(p, '[data-task="t1"] td.title');
      const status = await boxOf(p, '[data-task="t1"] td[data-label="Status"]');
      const header = await boxOf(p, 'table.tasks th[aria-sort]:nth-child(8)');
      assert.ok(Math.abs(status.y - title.y) < 1, `the status is on the task's line (y ${status.y} and ${title.y})`);
      assert.ok(Math.abs(header.x - status.x) < 1, 'under its header');
      assert.equal(await labelOf(p, '[data-task="t1"] td[data-label="Due"]'), 'none', 'no labels inside a table');
    });
  });
});
