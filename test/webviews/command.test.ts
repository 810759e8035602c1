// Command panel: what needs the strategist now, each item opening the panel that resolves it.
import assert from 'node:assert/strict';
import { OpenPanelCommand, type CommandData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { AT, HOSTILE_NAME, ref, snapshot } from './fixtures';

const hostile = ref(HOSTILE_NAME, 'hostile');
const data: CommandData = {
  items: [
    { kind: 'approval', project: hostile, title: 'Strategy v2 waits for approval.', since: AT, panel: 'warroom' },
    { kind: 'failed-run', project: ref('Beta Shop'), title: 'media failed: no channel fits the budget.', since: AT, panel: 'controltower' },
    { kind: 'overdue-task', project: ref('Beta Shop'), title: 'Brief was due 2026-11-20.', since: null, panel: 'pm' },
  ],
  activity: [{ at: AT, title: 'Imported google-ads.csv: 28 rows', actor: 'Dana', project: hostile }],
};

describe('Command panel', () => {
  const env = usePanelEnv();

  it('groups what needs attention and links each item to where it is resolved', async () => {
    const p = await openPanel(env.browser, env.server, 'command', { snapshot: snapshot(data) });
    env.opened.push(p);
    await p.page.locator('[data-kind="approval"]').waitFor();
    assert.match(await textOf(p, '[data-kind="approval"]'), /Approvals waiting \(1\)/);
    assert.match(await textOf(p, '[data-kind="failed-run"]'), /media failed/);
    assert.match(await textOf(p, '.activity'), /Imported google-ads\.csv/);
    assert.equal(await countImages(p), 0);
    await p.page.getByRole('button', { name: `Open War Room for ${HOSTILE_NAME}` }).click();
    assert.deepEqual((await p.waitForPosted(OpenPanelCommand.method)).params, { panel: 'warroom', project: 'hostile' });
  });

  it('groups each kind by project and folds a project\'s long list into one line', async () => {
    const north = ref('Northpeak');
    const many: CommandData = {
      items: [
        ...Array.from({ length: 16 }, (_, i) => ({ kind: 'overdue-task' as const, project: north, title: `Task ${i} was due 2026-11-${10 + i}.`, since: null, panel: 'pm' as const })),
        { kind: 'overdue-task', project: ref('Beta Shop'), title: 'Brief was due 2026-11-20.', since: null, panel: 'pm' },
      ],
      activity: [],
    };
    const p = await openPanel(env.browser, env.server, 'command', { snapshot: snapshot(many) });
    env.opened.push(p);
    await p.page.locator('[data-kind="overdue-task"]').waitFor();
    assert.match(await textOf(p, '[data-kind="overdue-task"] h2'), /Overdue tasks \(17\)/);
    assert.equal(await textOf(p, 'details[data-project="northpeak"] summary'), 'Northpeak: 16 overdue');
    assert.equal(await p.page.locator('details[data-project="northpeak"]').evaluate((e) => (e as HTMLDetailsElement).open), false, 'folded until opened');
    assert.equal(await p.page.getByText('Task 3 was due').isVisible(), false);
    assert.equal(await p.page.getByText('Brief was due 2026-11-20.').isVisible(), true, 'a short list stays open');
    await p.page.locator('details[data-project="northpeak"] summary').click();
    assert.equal(await p.page.getByText('Task 3 was due').isVisible(), true);
  });

  it('says when nothing needs attention', async () => {
    const p = await openPanel(env.browser, env.server, 'command', { snapshot: snapshot({ items: [], activity: [] }) });
    env.opened.push(p);
    await p.page.locator('aicmo-empty-state').waitFor();
  });
});
