// The exported HTML review pack opened in headless Chromium, as a client opens the mailed file: the
// approved creatives are laid out as ads under their channel's name (a search result, a feed post
// with its button, an inbox email), rejected and awaiting ones are not, hostile text in every field
// shows as text, and the page runs nothing, loads nothing and breaks no rule of its own CSP.
// A real workspace on disk and the real report.export operation write the file.
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runOperation } from '../../src/orchestrator/operations';
import { launchChromium } from './harness/browser';
import { fixture, intake, value, type Fixture } from '../unit/services/fixtures';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('Exported review pack (HTML) in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let f: Fixture;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  before(async () => {
    browser = await launchChromium();
    f = await fixture();
    const p = await f.store.createProject(intake({ name: 'Spring launch', brand: `Acme ${HOSTILE}` }));
    await f.store.writeProject(p.id, (tx) => {
      tx.artifacts.insert({ kind: 'strategy', status: 'approved', content: { executiveSummary: 'Win the spring.', objectives: [], pillars: [], timeline: [], risks: [] } });
      const a = tx.artifacts.insert({ kind: 'creatives', status: 'in_review', content: {} });
      const base = { angle: 'social-proof', body: 'b', cta: 'Shop now', violations: [] };
      const rows = tx.creatives.insertSet(a.id, a.version, [
        { ...base, channel: 'google_search', format: 'Responsive search ad', status: 'approved', headline: 'h', fields: { headlines: [`Fresh beans ${HOSTILE}`, 'Roasted Mondays', 'Acme', 'Fourth headline'], descriptions: ['Rated 4.8 by 900 baristas.', 'Order online.'], path1: 'spring', finalUrl: 'https://www.acme.example/spring' } },
        { ...base, channel: 'meta', format: 'Feed ad (single image)', status: 'approved', headline: 'h', fields: { primaryText: `Primary text ${HOSTILE}`, headline: 'Spring Espresso', cta: 'Shop now', finalUrl: 'https://acme.example' } },
        { ...base, channel: 'email', format: 'Email', status: 'approved', headline: 's', fields: { subject: 'Your spring blend', preheader: 'Roasted to order', body: 'Hello,\n\nIt is here.', cta: 'Order now', finalUrl: 'https://acme.example' } },
        { ...base, channel: 'linkedin', format: 'Single image ad', status: 'rejected', headline: 'Rejected copy', fields: { introText: 'Rejected copy', headline: 'Rejected copy', cta: 'Learn more' } },
        { ...base, channel: 'tiktok', format: 'In-feed ad', status: 'in_review', headline: '', fields: { adText: 'Awaiting copy', cta: 'Shop now' } },
      ]);
      tx.creatives.schedule(rows[2]!.id, '2026-04-02');
    });
    const file = value(await runOperation(f.env, 'report.export', { project: p.id, format: 'html' })).value.file;
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  });
  after(async () => {
    await browser?.close();
    f?.cleanup();
  });

  const ads = () => page.locator('section.ad-channel');

  it('shows each approved creative as its channel’s ad, under the channel’s name', async () => {
    assert.deepEqual(await ads().locator('h3').allInnerTexts(), ['Google Search', 'Meta (Facebook)', 'Email']);
    const search = page.locator('figure.ad-search');
    assert.ok(await search.isVisible());
    assert.equal(await search.locator('.ad-url').innerText(), 'acme.example › spring');
    assert.equal(await search.locator('.ad-title').innerText(), `Fresh beans ${HOSTILE} | Roasted Mondays | Acme`);
    assert.match(await search.locator('figcaption').innerText(), /More headlines Google may show: Fourth headline/);

    const feed = page.locator('figure.ad-feed');
    assert.match(await feed.locator('.ad-head').innerText(), new RegExp(`^Acme ${HOSTILE.replace(/[()]/g, '\\$&')}`));
    assert.equal(await feed.locator('.ad-text').innerText(), `Primary text ${HOSTILE}`);
    assert.equal(await feed.locator('.cta').innerText(), 'Shop now');
    const box = await feed.locator('.cta').boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'the button is drawn');

    const email = page.locator('figure.ad-email');
    assert.equal(await email.locator('.ad-subject').innerText(), 'Your spring blend');
    assert.match(await email.locator('.email-body').innerText(), /^Hello,\n\nIt is here\.$/, 'the email keeps its lines');
    assert.match(await email.locator('figcaption').innerText(), /Scheduled for 2 April 2026/);

    const section = await page.locator('h2:text("Your approved ads") ~ section.ad-channel').allInnerTexts();
    assert.ok(!section.join('\n').includes('Rejected copy') && !section.join('\n').includes('Awaiting copy'), 'rejected and awaiting creatives are not shown as ads');
  });

  it('runs nothing and loads nothing: hostile text is text', async () => {
    assert.equal(await page.locator('script, img, iframe, a[href]').count(), 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file://')), [], 'no request leaves the file');
    assert.deepEqual(problems, [], 'no dialog, page error, console error or CSP violation');
  });
});
