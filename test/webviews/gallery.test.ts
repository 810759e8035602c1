// Gallery panel in Chromium with a fake host: cards by channel with limits, violations and rank
// reasons; filters; multi-select with bulk commands (reason required); markup renders as text.
import assert from 'node:assert/strict';
import { ApproveCreativesCommand, GallerySnapshotNotification, RejectCreativesCommand, ScheduleCreativesCommand } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { creative, galleryData, HOSTILE_MARKUP, HOSTILE_NAME, ref, snapshot } from './fixtures';

describe('Gallery panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const creatives = () => [creative(0), creative(1), creative(2), creative(3), creative(4, { headline: HOSTILE_NAME, body: HOSTILE_MARKUP })];
  const open = async (list = creatives(), state?: unknown) => {
    const p = await openPanel(env.browser, env.server, 'gallery', { snapshot: snapshot(galleryData(list), { project, projects: [project] }), state });
    env.opened.push(p);
    await p.page.locator('[data-creative]').first().waitFor();
    return p;
  };

  it('groups cards by channel with the channel limits, violations and rank reasons', async () => {
    const p = await open();
    assert.match(await textOf(p, '[data-channel="google_search"] .limits'), /headline ≤ 30 characters/);
    assert.match(await textOf(p, '[data-creative="cr_0"] .violations'), /limit is 30/);
    assert.match(await textOf(p, '[data-creative="cr_1"] .rank'), /Rank 2: Angle approved/);
  });

  it('renders creatives with markup as text: no image, no script, no dialog', async () => {
    const p = await open();
    const card = p.page.locator('[data-creative="cr_4"]');
    assert.equal((await card.locator('.headline').textContent())?.trim(), HOSTILE_NAME);
    assert.equal((await card.locator('.copy').textContent())?.trim(), HOSTILE_MARKUP);
    assert.equal(await countImages(p), 0);
    assert.equal(await card.locator('b, script').count(), 0);
  });

  it('filters by channel', async () => {
    const p = await open();
    await p.page.getByLabel('Filter by channel').selectOption('meta');
    await p.page.locator('[data-creative="cr_0"]').waitFor({ state: 'detached' });
    assert.deepEqual((await p.page.locator('[data-creative]').evaluateAll((els) => els.map((e) => e.getAttribute('data-creative')))).sort(), ['cr_1']);
  });

  it('bulk-approves the selected creatives with who approved', async () => {
    const p = await open();
    await p.page.getByLabel('Select Headline 1').check();
    await p.page.getByLabel('Select Headline 2').check();
    assert.equal(await textOf(p, '.selected-count'), '2 selected');
    await p.page.getByRole('button', { name: 'Approve' }).click();
    const msg = await p.waitForPosted(ApproveCreativesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', ids: ['cr_1', 'cr_2'], by: 'Dana Strategist' });
  });

  it('refuses to reject without a reason, then sends the reason', async () => {
    const p = await open();
    await p.page.getByLabel('Select Headline 3').check();
    await p.page.getByRole('button', { name: 'Reject' }).click();
    assert.match(await textOf(p, '.form-error'), /reason/);
    assert.equal(p.posted.filter((m) => m.method === RejectCreativesCommand.method).length, 0);
    await p.page.locator('vscode-textfield.reason input').fill('Too pushy');
    await p.page.getByRole('button', { name: 'Reject' }).click();
    const msg = await p.waitForPosted(RejectCreativesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', ids: ['cr_3'], by: 'Dana Strategist', reason: 'Too pushy' });
  });

  it('schedules the selected creatives on a date', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: /Select all shown/ }).click();
    await p.page.getByLabel('Schedule date').fill('2026-12-01');
    await p.page.getByRole('button', { name: 'Schedule' }).click();
    const msg = await p.waitForPosted(ScheduleCreativesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', ids: ['cr_0', 'cr_1', 'cr_2', 'cr_3', 'cr_4'], date: '2026-12-01' });
  });

  it('ignores a malformed snapshot', async () => {
    const p = await open();
    await p.deliver({ type: 'notification', method: GallerySnapshotNotification.method, params: { project, projects: [], actor: 'x', at: 'now', error: null, data: { creatives: [{ id: 1 }] } } });
    await p.page.waitForTimeout(100);
    assert.equal(await p.page.locator('[data-creative]').count(), 5);
  });

  it('says how to get creatives when there are none', async () => {
    const p = await openPanel(env.browser, env.server, 'gallery', { snapshot: snapshot(galleryData([]), { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('aicmo-empty-state').waitFor();
    assert.match((await p.page.locator('aicmo-empty-state').getAttribute('hint')) ?? '', /run the flow/);
  });
});
