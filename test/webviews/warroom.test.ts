// War Room panel in Chromium with a fake host: intake and strategy, decisions (reason required),
// edit saved as a new version, version history with a diff; markup renders as text.
import assert from 'node:assert/strict';
import { ApproveStrategyCommand, OpenNotebookCommand, RequestStrategyChangesCommand, SaveStrategyEditCommand, WarroomSnapshotNotification } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { HOSTILE_NAME, ref, snapshot, warroomData } from './fixtures';

describe('War Room panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const open = async (data = warroomData()) => {
    const p = await openPanel(env.browser, env.server, 'warroom', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('.strategy h2').waitFor();
    return p;
  };

  it('shows the intake and the current strategy version', async () => {
    const p = await open();
    assert.equal(await textOf(p, '.intake-name'), 'Acme Launch');
    assert.match(await textOf(p, '.intake'), /\$25,000\.00/);
    assert.match(await textOf(p, '.strategy h2'), /Strategy v2/);
    assert.match(await textOf(p, '.summary'), /free trials and proof/);
  });

  it('approves the current version', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'Approve' }).click();
    const msg = await p.waitForPosted(ApproveStrategyCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', version: 2, by: 'Dana Strategist' });
  });

  it('reads "All sections" as a document: headed sections, prose, tables and money, no JSON paths', async () => {
    const p = await open();
    await p.page.getByText('All sections').click();
    const all = await textOf(p, '.all-sections');
    assert.doesNotMatch(all, /amountMinor|objectives\[|\w+\.\w+:/, all);
    assert.deepEqual(await p.page.locator('.all-sections h3').allTextContents(), ['Objectives', 'Situation']);
    assert.deepEqual(await p.page.locator('.all-sections table th').allTextContents(), ['KPI', 'Label', 'Target', 'Direction']);
    assert.match(all, /Budget\s*Amount\s*\$18,500\.00/);
    assert.match(all, /IT teams buy after a trial\./);
  });

  it('disables Approve once the version is approved', async () => {
    const d = warroomData();
    d.versions[d.versions.length - 1]!.status = 'approved';
    const p = await open(d);
    const approve = p.page.locator('vscode-button.approve');
    assert.equal(await approve.textContent(), 'Approved');
    assert.equal(await approve.evaluate((e) => e.hasAttribute('disabled')), true);
  });

  it('opens the campaign notebook of the project', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'Open Campaign Notebook' }).click();
    assert.deepEqual((await p.waitForPosted(OpenNotebookCommand.method)).params, { project: 'acme-launch' });
  });

  it('requires a reason to request changes', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'Request changes' }).click();
    assert.match(await textOf(p, '.form-error'), /what should change/);
    await p.page.locator('vscode-textfield input').fill('Name the trial length');
    await p.page.getByRole('button', { name: 'Request changes' }).click();
    const msg = await p.waitForPosted(RequestStrategyChangesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', version: 2, by: 'Dana Strategist', reason: 'Name the trial length' });
  });

  it('saves an edit as a new version built on the current one', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'Edit' }).click();
    await p.page.locator('vscode-textarea[label="Executive summary"] textarea').fill('A sharper summary.');
    await p.page.getByRole('button', { name: 'Save as v3' }).click();
    const msg = await p.waitForPosted(SaveStrategyEditCommand.method);
    const params = msg.params as { baseVersion: number; content: { executiveSummary: string; pillars: unknown; objectives: unknown } };
    assert.equal(params.baseVersion, 2);
    assert.equal(params.content.executiveSummary, 'A sharper summary.');
    assert.deepEqual(params.content.pillars, [{ name: 'Trust', description: 'Proof from customers.' }]);
    assert.ok(params.content.objectives, 'the sections not edited are kept');
  });

  it('shows what changed between versions', async () => {
    const p = await open();
    assert.match(await textOf(p, '.diff .added'), /Executive summary — Reach IT managers with free trials and proof\./);
    assert.match(await textOf(p, '.diff .removed'), /Executive summary — Reach IT managers with trials\./);
    assert.doesNotMatch(await textOf(p, '.diff'), /executiveSummary|\w\[\d+\]|amountMinor/, 'no JSON paths');
    await p.page.getByRole('button', { name: 'v1', exact: true }).click();
    await p.page.getByText('Changes in v1 (first version)').waitFor();
  });

  it('renders a hostile project name and comment as text, and ignores malformed snapshots', async () => {
    const p = await open(warroomData(HOSTILE_NAME));
    assert.equal(await textOf(p, '.intake-name'), HOSTILE_NAME);
    assert.match(await textOf(p, '.approvals'), /Add proof <b>now<\/b>/);
    assert.equal(await countImages(p), 0);
    await p.deliver({ type: 'notification', method: WarroomSnapshotNotification.method, params: { project, projects: [], actor: 'x', at: 'now', error: null, data: { intake: null } } });
    await p.page.waitForTimeout(100);
    assert.equal(await textOf(p, '.intake-name'), HOSTILE_NAME);
  });
});
