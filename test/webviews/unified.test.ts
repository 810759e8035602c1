// Unified View panel: eight outputs with status and insights used; re-run any one.
import assert from 'node:assert/strict';
import { ApproveMediaPlanCommand, OpenPanelCommand, RequestMediaPlanChangesCommand, RunSubsystemCommand, type UnifiedData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { textOf, usePanelEnv } from './harness/suite';
import { mediaPlanData, ref, snapshot } from './fixtures';

const NAMES = ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal'];
const LABELS: Record<string, string> = { strategy: 'Strategy', brand: 'Brand guide', social: 'Social trends', media: 'Media plan', creatives: 'Creatives', pm: 'Project plan', analytics: 'Analytics', portal: 'Client review pack' };
const data: UnifiedData = {
  artifacts: NAMES.map((name, i) => ({
    name,
    label: LABELS[name]!,
    status: i < 5 ? 'approved' : 'missing',
    version: i < 5 ? 1 : null,
    highlights: i < 5 ? [`${name} highlight`] : [],
    insights: name === 'media' ? [{ id: 'channel-performance:meta', sentence: 'Meta converted 2× better: its share rose to 35%.' }] : [],
    skipKaizen: false,
    statusNote: null,
    createdAt: i < 5 ? '2026-11-20T09:00:00.000Z' : null,
    lastError: name === 'pm' ? 'No team members: add the team first.' : null,
  })),
  media: null,
};

describe('Unified View panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');

  it('shows the eight outputs with status, insights and errors, and re-runs one', async () => {
    const p = await openPanel(env.browser, env.server, 'unified', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('[data-subsystem="strategy"]').waitFor();
    assert.equal(await p.page.locator('[data-subsystem]').count(), 8);
    assert.match(await textOf(p, '[data-subsystem="media"] .insights'), /Meta converted 2× better/);
    assert.match(await textOf(p, '[data-subsystem="pm"]'), /missing.*Last run failed: No team members/);
    assert.equal(await textOf(p, '[data-subsystem="pm"] h3'), 'Project plan', 'the card is headed by the subsystem\'s name, not its id');
    await p.page.getByRole('button', { name: 'Re-run Project plan' }).click();
    assert.deepEqual((await p.waitForPosted(RunSubsystemCommand.method)).params, { project: 'acme-launch', name: 'pm' });
  });

  it('the media card shows the diff and approves or sends back the version seen (a reason required), and opens the War Room', async () => {
    const withMedia: UnifiedData = { ...data, media: mediaPlanData({ recommend: true }) };
    const p = await openPanel(env.browser, env.server, 'unified', { snapshot: snapshot(withMedia, { project, projects: [project] }) });
    env.opened.push(p);
    const card = p.page.locator('[data-subsystem="media"]');
    await card.locator('.media-diff').waitFor();
    assert.deepEqual((await card.locator('tr[data-channel="google_search"] > *').allTextContents()).map((t) => t.trim()), ['Google Search', '30%', '40%', '+10 pts']);
    assert.equal(await p.page.locator('[data-subsystem="strategy"] .media-diff').count(), 0, 'only the media card');
    await card.getByRole('button', { name: 'Request media plan changes' }).click();
    assert.match(await textOf(p, '.media-error'), /what should change/);
    await card.locator('vscode-textfield input').fill('More YouTube');
    await card.getByRole('button', { name: 'Request media plan changes' }).click();
    assert.deepEqual((await p.waitForPosted(RequestMediaPlanChangesCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist', reason: 'More YouTube' });
    await card.getByRole('button', { name: 'Approve the larger move' }).click();
    assert.deepEqual((await p.waitForPosted(ApproveMediaPlanCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist', acceptLargerMove: true });
    await card.getByRole('button', { name: 'Open in War Room' }).click();
    assert.deepEqual((await p.waitForPosted(OpenPanelCommand.method)).params, { panel: 'warroom', project: 'acme-launch' });
  });

  it('the media card approves the proposal and offers no larger move when none is recommended', async () => {
    const withMedia: UnifiedData = { ...data, media: mediaPlanData() };
    const p = await openPanel(env.browser, env.server, 'unified', { snapshot: snapshot(withMedia, { project, projects: [project] }) });
    env.opened.push(p);
    const card = p.page.locator('[data-subsystem="media"]');
    await card.locator('.media-diff').waitFor();
    assert.equal(await card.getByRole('button', { name: 'Approve the larger move' }).count(), 0);
    await card.getByRole('button', { name: 'Approve media plan' }).click();
    assert.deepEqual((await p.waitForPosted(ApproveMediaPlanCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist' });
  });
});
