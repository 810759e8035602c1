// The client review pack shows the approved creatives as ads (issue: "approved creatives shown as
// ads"): each approved or scheduled creative laid out as its channel shows it, from its own fields,
// under the channel's name; rejected and awaiting ones are not shown as ads; every field escaped.
// Real workspaces on disk: the real flow writes the creatives, the real decisions approve, schedule
// and reject them, and report.export writes the pack.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runFlow } from '../../../src/orchestrator/flow';
import { runOperation } from '../../../src/orchestrator/operations';
import type { CreativeRow } from '../../../src/orchestrator/store/types';
import { value as opValue } from '../operations/helpers';
import { workspaceWithProject, type Fixture as FlowFixture } from '../flow/helpers';
import { fixture, intake, value, type Fixture } from './fixtures';

/** The pack's "Your approved ads" section (up to the next top-level heading). */
function adsSection(text: string, format: 'html' | 'md'): string {
  const start = format === 'html' ? text.indexOf('<h2>Your approved ads</h2>') : text.indexOf('## Your approved ads');
  assert.ok(start >= 0, 'the pack has the approved ads section');
  const rest = text.slice(start + 5);
  const end = format === 'html' ? rest.indexOf('<h2>') : rest.search(/^## /m);
  return rest.slice(0, end === -1 ? undefined : end);
}

/** Each ad of the HTML section: its channel heading and the ad's own markup. */
function adsByChannel(section: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of section.matchAll(/<h3>(.*?)<\/h3>([\s\S]*?)<\/section>/g)) out.set(m[1]!, [...m[2]!.matchAll(/<figure class="ad ad-(\w+)">([\s\S]*?)<\/figure>/g)].map((x) => `${x[1]}: ${x[2]}`));
  return out;
}

const exportPack = async (f: FlowFixture, format: 'html' | 'md') => readFileSync((await opValue(f.store, 'report.export', { project: f.slug, format })).file, 'utf8');

describe('client review pack: approved creatives shown as ads', function () {
  this.timeout(120_000);

  describe('from the flow’s own creatives', () => {
    let f: FlowFixture;
    let rows: CreativeRow[];
    before(async () => {
      f = await workspaceWithProject({
        brand: 'Acme Roasters',
        product: 'Spring Espresso Blend',
        benefits: ['Roasted to order every Monday', 'Chocolate notes, low acidity'],
        proofPoints: ['Rated 4.8 by 900 home baristas'],
        landingUrl: 'https://www.acme.example/spring',
        allowedChannels: ['google_search', 'meta', 'email', 'tiktok'],
        mustInclude: [],
      });
      await runFlow(f.store, f.slug, { actor: 'ci' });
      await opValue(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
      await runFlow(f.store, f.slug, { actor: 'ci' });
      rows = await f.store.readProject(f.slug, (tx) => tx.creatives.list());
      const of = (channel: string) => rows.filter((c) => c.channel === channel);
      for (const ch of ['google_search', 'meta', 'email', 'tiktok']) assert.ok(of(ch).length > 0, `the flow wrote ${ch} creatives: ${rows.map((c) => c.channel).join(', ')}`);
      const search = of('google_search')[0]!;
      const meta = of('meta')[0]!;
      const email = of('email')[0]!;
      await opValue(f.store, 'creatives.decide', { ids: [search.id, meta.id, email.id], decision: 'approve' });
      await opValue(f.store, 'creatives.schedule', { ids: [email.id], date: '2026-04-02' });
      // Every TikTok creative rejected, the other Meta ones left awaiting a decision.
      await opValue(f.store, 'creatives.decide', { ids: of('tiktok').map((c) => c.id), decision: 'reject', reason: 'Not for this client' }, 'Chris');
      rows = await f.store.readProject(f.slug, (tx) => tx.creatives.list());
    });
    after(() => f.cleanup());

    it('lays out each approved creative as its channel shows it, from its own fields, grouped under the channel’s name', async () => {
      const html = await exportPack(f, 'html');
      const section = adsSection(html, 'html');
      const ads = adsByChannel(section);
      assert.deepEqual([...ads.keys()], ['Google Search', 'Meta (Facebook)', 'Email'], 'one group per channel with approved ads, named as people do');
      const get = (channel: string) => rows.find((c) => c.channel === channel && (c.status === 'approved' || c.status === 'scheduled'))!;
      const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

      const search = get('google_search');
      const [searchAd] = ads.get('Google Search')!;
      assert.match(searchAd!, /^search: /, 'a search result');
      assert.ok(searchAd!.includes('Sponsored'));
      assert.ok(searchAd!.includes('acme.example'), 'the display URL is the landing page’s domain');
      assert.ok(!searchAd!.includes('https://'), 'not the raw landing page address');
      const headlines = search.fields.headlines as string[];
      assert.ok(searchAd!.includes(esc(headlines.slice(0, 3).join(' | '))), 'the first three headlines as the title');
      assert.ok(searchAd!.includes(esc((search.fields.descriptions as string[])[0]!)), 'the first description');
      assert.ok(searchAd!.includes('Responsive search ad'));

      const meta = get('meta');
      const [metaAd] = ads.get('Meta (Facebook)')!;
      assert.match(metaAd!, /^feed: /, 'a feed post');
      assert.ok(metaAd!.includes('<strong>Acme Roasters</strong>'), 'under the brand’s page name');
      assert.ok(metaAd!.includes(esc(meta.fields.primaryText as string)), 'the primary text');
      assert.ok(metaAd!.includes(esc(meta.fields.headline as string)), 'the headline');
      assert.ok(metaAd!.includes(`<span class="cta">${esc(meta.fields.cta as string)}</span>`), 'the call-to-action button');
      assert.equal(ads.get('Meta (Facebook)')!.length, 1, 'the Meta creatives awaiting a decision are not shown as ads');

      const email = get('email');
      const [emailAd] = ads.get('Email')!;
      assert.match(emailAd!, /^email: /, 'an email in the inbox');
      assert.ok(emailAd!.includes(esc(email.fields.subject as string)), 'the subject');
      assert.ok(emailAd!.includes(esc(email.fields.preheader as string)), 'the preview text');
      assert.ok(emailAd!.includes('Scheduled for 2 April 2026'), 'its date as a date');

      assert.ok(!section.includes('TikTok'), 'rejected creatives are not shown as ads');
      for (const c of rows.filter((x) => x.status === 'rejected' || x.status === 'in_review')) assert.ok(!section.includes(c.id), 'no ids');
      assert.ok(!/google_search|in_review|\d{2}:\d{2}:\d{2}\.\d{3}/.test(section), 'no ids, status codes or ISO milliseconds');
    });

    it('shows the same ads in the Markdown pack, and lists the section among the pack’s sections', async () => {
      const md = adsSection(await exportPack(f, 'md'), 'md');
      assert.deepEqual([...md.matchAll(/^### (.*)$/gm)].map((m) => m[1]), ['Google Search', 'Meta \\(Facebook\\)', 'Email']);
      assert.ok(md.includes('Scheduled for 2 April 2026'));
      assert.ok(!md.includes('TikTok'));
      const report = await opValue(f.store, 'report.export', { project: f.slug, format: 'html' });
      assert.deepEqual(report.sections.slice(report.sections.indexOf('Media plan'), report.sections.indexOf('Media plan') + 3), ['Media plan', 'Your approved ads', 'Creatives awaiting your decision']);
    });
  });

  describe('with hostile text in the creatives’ fields', () => {
    let f: Fixture;
    beforeEach(async () => (f = await fixture()));
    afterEach(() => f.cleanup());

    const STRATEGY = { executiveSummary: 'Win the spring.', objectives: [], pillars: [], timeline: [], risks: [] };
    const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)> [win](javascript:alert(3))';

    it('escapes every field and shows only approved or scheduled creatives', async () => {
      const p = await f.store.createProject(intake({ name: 'Hostile launch', brand: 'Acme <b>Bold</b>' }));
      await f.store.writeProject(p.id, (tx) => {
        tx.artifacts.insert({ kind: 'strategy', status: 'approved', content: STRATEGY });
        const a = tx.artifacts.insert({ kind: 'creatives', status: 'in_review', content: {} });
        const base = { format: 'Feed ad (single image)', angle: 'benefit-led', body: 'b', cta: 'Shop now', violations: [] };
        const rowsIn = tx.creatives.insertSet(a.id, a.version, [
          { ...base, channel: 'meta', status: 'approved', headline: `Meta ${HOSTILE}`, fields: { primaryText: `Primary ${HOSTILE}`, headline: `Headline ${HOSTILE}`, cta: `CTA ${HOSTILE}`, finalUrl: 'https://shop.example/x?<script>' } },
          { ...base, channel: 'google_search', format: 'Responsive search ad', status: 'approved', headline: 'h', fields: { headlines: [`Search ${HOSTILE}`, 'Two', 'Three'], descriptions: [`Desc ${HOSTILE}`, 'More'], path1: '<i>p</i>', finalUrl: 'javascript:alert(4)' } },
          { ...base, channel: 'email', format: 'Email', status: 'approved', headline: 's', fields: { subject: `Subject ${HOSTILE}`, preheader: 'Pre', body: `Line one\n${HOSTILE}`, cta: 'Go', finalUrl: 'https://shop.example' } },
          { ...base, channel: 'linkedin', format: 'Single image ad', status: 'rejected', headline: 'Rejected headline', fields: { introText: 'Rejected intro text', headline: 'Rejected headline', cta: 'Learn more' } },
          { ...base, channel: 'x', format: 'Promoted post', status: 'in_review', headline: '', fields: { text: 'Awaiting post text' } },
        ]);
        tx.creatives.schedule(rowsIn[2]!.id, '2026-03-10');
      });
      const html = readFileSync(value(await runOperation(f.env, 'report.export', { project: p.id, format: 'html' })).value.file, 'utf8');
      const section = adsSection(html, 'html');
      assert.deepEqual([...adsByChannel(section).keys()], ['Google Search', 'Meta (Facebook)', 'Email']);
      assert.ok(!/<(script|img|i|b)\b|<[^>]*\b(href|src|onerror)=/i.test(html), 'no live markup, link or source from the fields anywhere in the pack');
      for (const t of ['Primary', 'Headline', 'CTA', 'Search', 'Desc', 'Subject']) assert.ok(section.includes(`${t} &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;`), `${t} is shown as text`);
      assert.ok(section.includes('Acme &lt;b&gt;Bold&lt;/b&gt;'), 'the page name is escaped');
      assert.ok(!section.includes('Rejected') && !section.includes('Awaiting post text'), 'rejected and awaiting creatives are not ads');
      assert.ok(html.includes('Awaiting post text') || html.includes('Creatives awaiting your decision'), 'the awaiting one stays in its own section');

      const md = adsSection(readFileSync(value(await runOperation(f.env, 'report.export', { project: p.id, format: 'md' })).value.file, 'utf8'), 'md');
      assert.ok(!/(?<!\\)<(script|img)\b|(?<!\\)\]\(javascript/.test(md), 'no HTML or link of its own in the Markdown');
      assert.ok(md.includes('\\[win\\]\\(javascript:alert\\(3\\)\\)'), 'Markdown links in the fields are escaped');
      assert.ok(md.includes('Scheduled for 10 March 2026'));
      assert.ok(!md.includes('Rejected'));
    });
  });
});
