// Gallery panel in Chromium with a fake host: ads shown as ads (a search result whose shuffle
// shows other headline/description combinations, a Meta feed card, an email inbox line) with the
// violations on the field they concern; limits and the brief's notes; filters; multi-select with
// bulk commands (reason required); markup renders as text.
import assert from 'node:assert/strict';
import { ApproveCreativesCommand, GallerySnapshotNotification, NoticeNotification, RejectCreativesCommand, ScheduleCreativesCommand, TakeStepCommand } from '../../src/protocol';
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

  it('groups cards by channel with the format limits, the brief notes, violations on their field and rank reasons', async () => {
    const p = await open();
    assert.match(await textOf(p, '[data-channel="google_search"] .limits'), /headline \(3–15\) ≤ 30 characters/);
    assert.match(await textOf(p, '.notes'), /Add proof points/);
    assert.match(await textOf(p, '[data-creative="cr_0"] [data-violations-for="headlines[0]"]'), /limit is 30/);
    assert.equal(await p.page.locator('[data-creative="cr_0"] [data-assets="headlines"] > li').count(), 4);
    assert.match(await textOf(p, '[data-creative="cr_1"] .rank'), /Rank 2: Angle approved/);
    // The language and the brief facts a creative uses, in words (not "en", "benefit:0").
    assert.match(await textOf(p, '[data-creative="cr_0"]'), /· English · v\d+ · uses brand, benefit 1/);
  });

  it('shows a search ad as a search result and shuffles through the combinations Google may show', async () => {
    const p = await open();
    const card = p.page.locator('[data-creative="cr_0"]');
    assert.equal(await card.locator('.sponsored').first().textContent(), 'Sponsored');
    assert.match((await card.locator('.ad-url').textContent()) ?? '', /nonna\.example › pasta/);
    const first = (await card.locator('[data-shown="headlines"]').textContent())?.trim();
    assert.equal(first, 'Headline 0 | Trattoria Nonna | Fresh pasta daily');
    await card.locator('vscode-button.shuffle').click();
    await p.page.waitForFunction(() => !document.querySelector('aicmo-gallery-app')?.shadowRoot?.querySelector('[data-creative="cr_0"] .combination')?.textContent?.includes('Combination 1'));
    const second = (await card.locator('[data-shown="headlines"]').textContent())?.trim();
    assert.notEqual(second, first);
    assert.match(await textOf(p, '[data-creative="cr_0"] .combination'), /Combination 2/);
    for (const h of second!.split(' | ')) assert.ok(['Headline 0', 'Trattoria Nonna', 'Fresh pasta daily', 'Book now'].includes(h), `${h} is one of the ad's headlines`);
  });

  it('shows a Meta ad as a feed card and an email as an inbox line', async () => {
    const email = creative(5, { channel: 'email', format: 'Email', fields: { subject: 'Pasta made fresh every morning', preheader: '4.8 stars from 1,200 reviews. Book now.', body: 'Hello,\n\nPasta made fresh every morning.', cta: 'Book now' } });
    const long = { field: 'headline', rule: 'recommended-length', message: 'Meta (Facebook) headline is 29 characters; about 27 show before it is cut off.', severity: 'warning' as const };
    const p = await open([creative(0), creative(1, { violations: [long] }), email]);
    const meta = p.page.locator('[data-creative="cr_1"] [data-preview="feed"]');
    assert.equal(await meta.locator('[data-field="primaryText"]').textContent(), 'Body copy 1');
    assert.equal(await meta.locator('.cta-button').textContent(), 'Book now');
    assert.equal(await p.page.locator('[data-creative="cr_1"] [data-violations-for="headline"]').count(), 1, 'the headline\'s violation is shown once, under the headline');
    assert.match(await textOf(p, '[data-creative="cr_1"] [data-violations-for="headline"]'), /about 27 show/);
    const inbox = p.page.locator('[data-creative="cr_5"] [data-preview="email"]');
    assert.equal(await inbox.locator('.subject').textContent(), 'Pasta made fresh every morning');
    assert.match((await inbox.locator('[data-field="preheader"]').textContent()) ?? '', /4\.8 stars/);
  });

  it('renders creatives with markup as text: no image, no script, no dialog', async () => {
    const p = await open();
    const card = p.page.locator('[data-creative="cr_4"]');
    assert.equal((await card.locator('.headline').first().textContent())?.trim(), HOSTILE_NAME);
    assert.equal((await card.locator('[data-field="descriptions[0]"]').textContent())?.replace(/\s*\d+\/90$/, '').trim(), HOSTILE_MARKUP);
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
    await p.page.getByRole('button', { name: 'Approve', exact: true }).click();
    const msg = await p.waitForPosted(ApproveCreativesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', ids: ['cr_1', 'cr_2'], by: 'Dana Strategist' });
  });

  it('names the channels as people do, in headings and the channel filter', async () => {
    const p = await open();
    assert.match(await textOf(p, '[data-channel="google_search"] h2'), /^Google Search \(/);
    const options = await p.page.getByLabel('Filter by channel').locator('option').allTextContents();
    assert.ok(options.includes('Google Search') && options.includes('Meta (Facebook)'), options.join(', '));
    assert.ok(!options.some((o) => o.includes('google')), 'no ids');
  });

  it('asks before approving creatives with violations, naming each and what is wrong; Approve anyway sends the confirmation', async () => {
    const p = await open();
    await p.page.getByLabel('Select Headline 0').check();
    await p.page.getByLabel('Select Headline 1').check();
    await p.page.getByRole('button', { name: 'Approve', exact: true }).click();
    assert.match(await textOf(p, '.confirm'), /1 of the 2 selected has violations/);
    assert.match(await textOf(p, '[data-confirm="cr_0"]'), /“Headline 0” \(Google Search\): Google Search headline is 34 characters; the limit is 30\./);
    await p.page.waitForTimeout(100);
    assert.equal(p.posted.filter((m) => m.method === ApproveCreativesCommand.method).length, 0, 'nothing approved before the person confirms');
    await p.page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await p.page.locator('.confirm').count(), 0);
    assert.equal(await textOf(p, '.selected-count'), '2 selected', 'cancelling keeps the selection');
    await p.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await p.page.getByRole('button', { name: 'Approve anyway' }).click();
    const msg = await p.waitForPosted(ApproveCreativesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', ids: ['cr_0', 'cr_1'], by: 'Dana Strategist', confirm: true });
  });

  it('shows the outcome\'s next steps as buttons and selects the creatives that still need fixing', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: /Select all shown/ }).click();
    await p.deliver({
      type: 'notification',
      method: NoticeNotification.method,
      params: { level: 'info', message: '4 creatives of "Acme Launch" approved; 1 needs fixing (Google Search is over its platform limits) and was not approved.', steps: ['Regenerate the 1 creative that need fixing', 'Open Gallery'], select: ['cr_0'] },
    });
    await p.page.locator('.notice [data-step="0"]').waitFor();
    assert.deepEqual(await p.page.locator('.notice .next-steps vscode-button').allTextContents(), ['Regenerate the 1 creative that need fixing', 'Open Gallery']);
    assert.equal(await textOf(p, '.selected-count'), '1 selected');
    assert.equal(await p.page.getByLabel('Select Headline 0').isChecked(), true, 'the box of the one that needs fixing is ticked');
    assert.equal(await p.page.getByLabel('Select Headline 1').isChecked(), false, 'the approved ones are no longer selected');
    await p.page.locator('.notice [data-step="0"]').click();
    const step = await p.waitForPosted(TakeStepCommand.method);
    assert.deepEqual(step.params, { index: 0 });
    await p.page.getByRole('button', { name: 'Clear selection' }).click();
    assert.equal(await textOf(p, '.selected-count'), '0 selected');
    assert.equal(await p.page.getByLabel('Select Headline 0').isChecked(), false);
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
