// Pipeline panel in Chromium with a fake host: kanban by stage with counts, search and filters,
// blockers on cards, New Project and opening a project; hostile names render as text.
import assert from 'node:assert/strict';
import { NewProjectCommand, OpenNotebookCommand, OpenPanelCommand, PipelineSnapshotNotification } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { boxOf, horizontalFit } from './harness/layout';
import { HOSTILE_NAME, pipelineData, pipelineProject, snapshot } from './fixtures';

describe('Pipeline panel', () => {
  const env = usePanelEnv();
  const open = async (data = pipelineData([pipelineProject(0), pipelineProject(1), pipelineProject(2, { name: HOSTILE_NAME, slug: 'hostile' })]), state?: unknown, viewport?: { width: number; height: number }) => {
    const p = await openPanel(env.browser, env.server, 'pipeline', { snapshot: snapshot(data), state, viewport });
    env.opened.push(p);
    return p;
  };

  it('shows each stage with its count and the cards with their blockers', async () => {
    const p = await open();
    await p.page.locator('[data-project="project-0"]').waitFor();
    assert.equal(await textOf(p, '[data-stage="INTAKE"] .count'), '1');
    assert.equal(await textOf(p, '[data-stage="STRATEGY"] .count'), '1');
    assert.equal(await textOf(p, '[data-stage="DONE"] .count'), '0');
    assert.match(await textOf(p, '[data-project="project-0"] .blockers'), /missing its budget/);
  });

  it('counts a project awaiting approval apart from the blocked ones, and lists what waits for the strategist', async () => {
    const waiting = pipelineProject(1, { stage: 'STRATEGY', blockers: [{ code: 'strategy-in-review', message: 'The strategy is waiting for approval.', waiting: true }] });
    const p = await open(pipelineData([pipelineProject(0), waiting]));
    await p.page.locator('[data-project="project-1"]').waitFor();
    assert.match(await textOf(p, '.totals'), /^2 projects · 1 awaiting approval · 1 blocked ·/);
    assert.match(await textOf(p, '[data-project="project-1"] .waiting'), /waiting for approval/);
    assert.equal(await p.page.locator('[data-project="project-1"] .blockers').count(), 0, 'awaiting approval is not shown as a blocker');
    await p.page.getByLabel('Filter by status').selectOption('blocked');
    await p.page.locator('[data-project="project-1"]').waitFor({ state: 'detached' });
    assert.equal(await p.page.locator('[data-project="project-0"]').count(), 1);
    await p.page.getByLabel('Filter by status').selectOption('awaiting approval');
    await p.page.locator('[data-project="project-1"]').waitFor();
    assert.equal(await p.page.locator('[data-project="project-0"]').count(), 0);
  });

  it('says on the card where a project\'s leads stand, and nothing for a project without leads', async () => {
    const withLeads = pipelineProject(1, { leads: 1200, leadsContacted: 28, leadsReplied: 3, meetings: 1, outreach: 35 });
    const p = await open(pipelineData([pipelineProject(0), withLeads]));
    await p.page.locator('[data-project="project-1"] .leads').waitFor();
    assert.equal(await textOf(p, '[data-project="project-1"] .leads'), '1,200 leads: 28 contacted, 1,172 not yet, 3 replied, 1 meeting booked');
    assert.equal(await p.page.locator('[data-project="project-0"] .leads').count(), 0);
  });

  it("opens a project's campaign notebook from its card", async () => {
    const p = await open();
    await p.page.locator('[data-project="hostile"] button.notebook').click();
    assert.deepEqual((await p.waitForPosted(OpenNotebookCommand.method)).params, { project: 'hostile' });
  });

  it('renders a project named like markup as text, creating no image and no dialog', async () => {
    const p = await open();
    const card = p.page.locator('[data-project="hostile"] .name');
    await card.waitFor();
    assert.equal((await card.textContent())?.trim(), HOSTILE_NAME);
    assert.equal(await countImages(p), 0);
  });

  it('filters by search text and keeps the filter in the persisted UI state', async () => {
    const p = await open();
    await p.page.locator('[data-project="project-1"]').waitFor();
    await p.page.locator('vscode-textfield input').fill('project 1');
    await p.page.locator('[data-project="project-0"]').waitFor({ state: 'detached' });
    assert.equal(await p.page.locator('[data-project="project-1"]').count(), 1);
    assert.equal(await textOf(p, '[data-stage="INTAKE"] .count'), '0');
    const saved = await p.page.evaluate(() => (window as unknown as { __aicmoSavedState: { filters: Record<string, string> } }).__aicmoSavedState);
    assert.equal(saved.filters.search, 'project 1');
  });

  it('restores the filters from the persisted state and sends it in the ready handshake', async () => {
    const p = await open(undefined, { filters: { flag: 'on hold' } });
    const ready = await p.waitForPosted('webview/ready');
    assert.deepEqual(ready.params, { panel: 'pipeline', state: { filters: { flag: 'on hold' } } });
    await p.page.locator('[data-project="project-0"]').waitFor();
    assert.equal(await p.page.locator('[data-project="project-1"]').count(), 0);
  });

  it('posts newProject and openPanel commands from the buttons', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'New project' }).first().click();
    const created = await p.waitForPosted(NewProjectCommand.method);
    assert.deepEqual(created.params, {});
    await p.page.getByRole('button', { name: 'Open Project 1 in the War Room' }).click();
    const opened = await p.waitForPosted(OpenPanelCommand.method);
    assert.deepEqual(opened.params, { panel: 'warroom', project: 'project-1' });
  });

  it('ignores a malformed snapshot and keeps showing the last good one', async () => {
    const p = await open();
    await p.page.locator('[data-project="project-0"]').waitFor();
    await p.deliver({ type: 'notification', method: PipelineSnapshotNotification.method, params: { data: { columns: 'oops' } } });
    await p.deliver({ type: 'notification', method: 'pipeline/unknown', params: {} });
    await p.deliver('not even an object');
    await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    assert.equal(await p.page.locator('[data-project="project-0"]').count(), 1);
    assert.equal(await textOf(p, '[data-stage="INTAKE"] .count'), '1');
  });

  it('shows how to get data when there are no projects', async () => {
    const p = await open(pipelineData([]));
    const empty = p.page.locator('aicmo-empty-state');
    await empty.waitFor();
    assert.match((await empty.textContent()) ?? '', /New Project/);
  });

  describe('at 900 px and on a wide panel', () => {
    const STAGES = ['INTAKE', 'STRATEGY', 'CREATIVE', 'EXECUTION', 'DONE'];
    // Every stage with a card, a long name and blockers: what a busy board looks like.
    const busy = () => pipelineData(STAGES.map((_, i) => pipelineProject(i, { name: `Northwind Spring Launch ${i} for the EMEA enterprise segment` })));
    const fits = async (p: Awaited<ReturnType<typeof open>>) => {
      const fit = await horizontalFit(p);
      assert.deepEqual(fit.clipped, [], 'nothing sticks out of the page or its column');
      assert.ok(fit.scrollWidth <= fit.clientWidth, `the page does not scroll sideways (${fit.scrollWidth} px of content in ${fit.clientWidth} px)`);
    };
    const columns = async (p: Awaited<ReturnType<typeof open>>) => Promise.all(STAGES.map((s) => boxOf(p, `[data-stage="${s}"]`)));

    it('wraps the five stages onto rows at 900 px: each column wide enough to read, nothing clipped, no sideways scrolling', async () => {
      const p = await open(busy(), undefined, { width: 900, height: 860 });
      await p.page.locator('[data-project="project-4"]').waitFor();
      await fits(p);
      const boxes = await columns(p);
      for (const [i, b] of boxes.entries()) assert.ok(b.width >= 240, `${STAGES[i]} is ${b.width} px wide`);
      assert.ok(boxes[4]!.y >= boxes[0]!.bottom, `a later stage wraps below the first row (Intake ends at y ${boxes[0]!.bottom}, Done starts at y ${boxes[4]!.y})`);
      assert.ok(boxes[4]!.y < 860, 'the second row starts on the first screen');
      await p.page.getByRole('button', { name: 'Open Northwind Spring Launch 4 for the EMEA enterprise segment in the War Room' }).click();
      assert.deepEqual((await p.waitForPosted(OpenPanelCommand.method)).params, { panel: 'warroom', project: 'project-4' });
    });

    it('keeps the five stages side by side on a wide panel', async () => {
      const p = await open(busy(), undefined, { width: 1400, height: 900 });
      await p.page.locator('[data-project="project-4"]').waitFor();
      await fits(p);
      const boxes = await columns(p);
      for (const b of boxes) assert.ok(Math.abs(b.y - boxes[0]!.y) < 1, 'one row');
      for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i]!.x >= boxes[i - 1]!.right, 'in stage order, left to right');
    });
  });
});
