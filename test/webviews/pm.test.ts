// PM panel: sortable tasks with editable status and hours, Gantt with the critical path, capacity
// with over-allocation highlighted.
import assert from 'node:assert/strict';
import { CompleteTaskCommand, UpdateTaskStatusCommand, type PmData, type PmTaskView } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { HOSTILE_NAME, ref, snapshot } from './fixtures';

const task = (id: string, title: string, start: string, due: string, over: Partial<PmTaskView> = {}): PmTaskView => ({
  id, title, phase: 'Build', role: 'designer', assignee: null, estimatedHours: 8, actualHours: null, start, due, dependsOn: [], status: 'todo', completedAt: null, onCriticalPath: false, ...over,
});

function pmData(): PmData {
  return {
    plan: { version: 1, status: 'approved', schedule: { start: '2026-12-01', end: '2026-12-31', finish: '2026-12-20', fitsWindow: true }, criticalPathDays: 12, warnings: [] },
    tasks: [
      task('t1', 'Brief', '2026-12-01', '2026-12-03', { onCriticalPath: true, estimatedHours: 4 }),
      task('t2', HOSTILE_NAME, '2026-12-04', '2026-12-10', { estimatedHours: 20 }),
      task('t3', 'Assets', '2026-12-02', '2026-12-08', { onCriticalPath: true, status: 'done', actualHours: 9 }),
    ],
    criticalPath: ['t1', 't3'],
    capacity: [
      { role: 'designer', members: ['Ann'], weeklyHours: 10, demandHours: 32, availableHours: 40, peakWeekHours: 14, overAllocated: true, note: 'Peak week 14 h > 10 h weekly.' },
      { role: 'copywriter', members: ['Bo'], weeklyHours: 20, demandHours: 8, availableHours: 80, peakWeekHours: 8, overAllocated: false, note: 'Fits.' },
    ],
    progress: { total: 3, done: 1, estimatedHours: 32, actualHours: 9 },
    notes: [],
    roleNames: { designer: 'Designer', copywriter: 'Copywriter', media_buyer: 'Media buyer' },
  };
}

describe('PM panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const open = async (data = pmData()) => {
    const p = await openPanel(env.browser, env.server, 'pm', { snapshot: snapshot(data, { project, projects: [project] }) });
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
    assert.doesNotMatch(await textOf(p, 'table.tasks'), /media_buyer|designer/);
    await p.page.locator('aicmo-chart svg .mark-rect path').first().waitFor();
    const widths = await p.page.locator('aicmo-chart svg .mark-rect path').evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox().width));
    assert.equal(widths.length, 4);
    const day = widths[0]! / 3; // "Brief" runs 1–3 December: three days
    assert.ok(Math.abs(widths[3]! - day) < 1, `the one-day task is a day wide (${widths.map((w) => w.toFixed(1)).join(', ')})`);
  });
});
