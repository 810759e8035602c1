// Channels are read right (issue 11 item 5): every generic-sheet alias, every Google Ads campaign
// type, Meta's platform/placement breakdowns and a channel map, each imported from a real file
// into a real workspace, then read back from metric_rows; the import result and its summary name
// what did not map onto one channel.
import assert from 'node:assert/strict';
import { importMetricsFile, importSummary, type MetricsImportResult } from '../../../src/orchestrator/imports';
import { PROJECT, importWorkspace, rejection, type ImportWorkspace } from './workspace';

const FAMILY_SOCIAL = ['meta', 'instagram', 'linkedin', 'x', 'tiktok'];

/** Channel of every stored row of one import, in line order. */
async function storedChannels(ws: ImportWorkspace, r: MetricsImportResult): Promise<string[]> {
  return ws.store.readProject(PROJECT, (tx) => tx.metrics.select({ importId: r.importId }).map((x) => x.channel));
}

let serial = 0;
function genericSheet(label: string, rows = 1): string {
  serial++;
  const lines = ['date,channel,campaign,spend,impressions,clicks,conversions,revenue,currency'];
  for (let i = 0; i < rows; i++) lines.push(`2026-10-0${i + 1},${label},Campaign ${serial},10.00,1000,50,2,40.00,USD`);
  return `${lines.join('\n')}\n`;
}

function googleAdsReport(rows: Array<[campaign: string, type: string]>): string {
  const lines = ['Campaign report', '"October 1, 2026 - October 1, 2026"', 'Day,Campaign,Campaign type,Currency code,Impr.,Clicks,Cost,Conversions'];
  for (const [campaign, type] of rows) lines.push(`2026-10-01,${campaign},${type},USD,1000,50,25.00,2`);
  return `${lines.join('\n')}\n`;
}

describe('imports: channels are read right', function () {
  this.timeout(60_000);
  let ws: ImportWorkspace;
  before(async () => {
    ws = await importWorkspace();
  });
  after(() => ws.close());
  const run = (name: string, text: string, options = {}) => importMetricsFile(ws.store, PROJECT, ws.write(name, text), options);

  describe('generic sheets: every alias, any case', () => {
    const ALIASES: Array<[label: string, stored: string]> = [
      ['search', 'google_search'],
      ['Paid Search', 'google_search'],
      ['SEM', 'google_search'],
      ['ppc', 'google_search'],
      ['Google Search', 'google_search'],
      ['social', 'social'],
      ['Paid Social', 'paid social'],
      ['facebook', 'meta'],
      ['FB', 'meta'],
      ['Instagram', 'instagram'],
      ['ig', 'instagram'],
      ['display', 'google_display'],
      ['Programmatic', 'google_display'],
      ['video', 'youtube'],
      ['YouTube', 'youtube'],
      ['YT', 'youtube'],
      ['LinkedIn', 'linkedin'],
      ['TIKTOK', 'tiktok'],
      ['email', 'email'],
      ['Newsletter', 'email'],
    ];
    for (const [label, stored] of ALIASES) {
      it(`"${label}" is stored as ${stored}`, async () => {
        const r = await run(`alias-${stored}.csv`, genericSheet(label));
        assert.deepEqual(await storedChannels(ws, r), [stored]);
        assert.deepEqual(r.channels.rowsByChannel, { [stored]: 1 });
        assert.deepEqual(r.channels.unmapped, []);
        if (stored.includes('social')) {
          assert.deepEqual(r.channels.families, [{ label, family: stored, channels: FAMILY_SOCIAL, rows: 1 }]);
          assert.match(importSummary(r), new RegExp(`"${label}" \\(1 row\\) names a family of channels, so its results count for each of Meta \\(Facebook\\), Instagram, LinkedIn, X \\(Twitter\\) and TikTok\\.`));
        } else assert.deepEqual(r.channels.families, []);
      });
    }

    it('a label that maps to nothing is kept as written (snake_case) and named in the result and the summary', async () => {
      const r = await run('podcast.csv', genericSheet('Podcast Ads', 2));
      assert.deepEqual(await storedChannels(ws, r), ['podcast_ads', 'podcast_ads']);
      assert.deepEqual(r.channels.unmapped, [{ label: 'Podcast Ads', storedAs: 'podcast_ads', rows: 2 }]);
      assert.match(importSummary(r), /2 rows labelled "Podcast Ads" match no channel and were kept as 'podcast_ads'; they inform no plan channel unless mapped \(podcast_ads=<channel>\)\./);
    });

    it('a row naming no channel is kept as "unspecified" and said so; the platform cell names the channel when there is no channel cell', async () => {
      const none = await run('none.csv', genericSheet(''));
      assert.deepEqual(await storedChannels(ws, none), ['unspecified']);
      assert.match(importSummary(none), /1 row names no channel and was kept as 'unspecified'; it informs no plan channel\./);
      const byPlatform = await run('platform.csv', 'date,platform,campaign,spend,currency\n2026-10-01,Facebook,By platform,5.00,USD\n');
      assert.deepEqual(await storedChannels(ws, byPlatform), ['meta']);
    });

    it('--channel-map label=channel is read before the aliases; unused entries are named; a target that is no channel is refused in one sentence', async () => {
      const r = await run('mapped.csv', genericSheet('Podcast Ads'), { channelMap: { 'podcast ads': 'email', Radio: 'paid social' } });
      assert.deepEqual(await storedChannels(ws, r), ['email']);
      assert.deepEqual(r.channels.unusedMapLabels, ['Radio']);
      assert.match(importSummary(r), /The channel map's "Radio" matched no label in the file\./);
      const family = await run('mapped-family.csv', genericSheet('Radio'), { channelMap: { radio: 'Paid Social' } });
      assert.deepEqual(await storedChannels(ws, family), ['paid social']);
      const before = ws.snapshot();
      const e = await rejection(run('bad-map.csv', genericSheet('Podcast Ads'), { channelMap: { podcast: 'carrier pigeon' } }));
      assert.equal(e.code, 'invalid-input');
      assert.equal(e.message.split('\n').length, 1);
      assert.match(e.message, /^The channel map sends "podcast" to "carrier pigeon", which is no channel AICMO knows/);
      assert.deepEqual([...ws.snapshot().keys()].sort(), [...before.keys()].sort());
    });
  });

  describe('Google Ads: campaign type → channel', () => {
    const TYPES: Array<[type: string, stored: string]> = [
      ['Search', 'google_search'],
      ['Display', 'google_display'],
      ['Video', 'youtube'],
      ['Shopping', 'google_shopping'],
      ['Performance Max', 'google_pmax'],
      ['Demand Gen', 'google_demand_gen'],
      ['Discovery', 'google_demand_gen'],
      ['PERFORMANCE_MAX', 'google_pmax'],
    ];
    for (const [type, stored] of TYPES) {
      it(`${type} → ${stored}`, async () => {
        const r = await run(`type-${stored}.csv`, googleAdsReport([[`${type} campaign`, type]]));
        assert.deepEqual(await storedChannels(ws, r), [stored]);
        assert.deepEqual(r.channels.unknownCampaignTypes, []);
      });
    }

    for (const [type, stored] of [
      ['App', 'app'],
      ['Smart', 'smart'],
      ['Hotel', 'hotel'],
      ['Local', 'local'],
      ['Local services', 'local_services'],
    ]) {
      it(`${type} plans no channel: kept as '${stored}' and named in the summary`, async () => {
        const r = await run(`type-${stored}.csv`, googleAdsReport([[`${type} campaign`, type!]]));
        assert.deepEqual(await storedChannels(ws, r), [stored]);
        assert.deepEqual(r.channels.unknownCampaignTypes, [{ type, storedAs: stored, campaigns: 1, rows: 1 }]);
        assert.match(importSummary(r), new RegExp(`1 campaign of type ${type} was kept as '${stored}' and informs no plan channel\\.`));
      });
    }

    it('"2 campaigns of type App were kept as \'app\' and inform no plan channel"; a channel map can place them', async () => {
      const report = googleAdsReport([
        ['Installs A', 'App'],
        ['Installs B', 'App'],
        ['Brand', 'Search'],
      ]);
      const r = await run('apps.csv', report);
      assert.equal(
        importSummary(r),
        "Imported 3 rows from apps.csv (Google Ads, USD): 3 new, 0 replaced. The rows cover 1 October 2026. Channels: Google Search 1 row. 2 campaigns of type App were kept as 'app' and inform no plan channel.",
      );
      const mapped = await run('apps.csv', report, { channelMap: { app: 'google_display' } });
      assert.deepEqual(await storedChannels(ws, mapped), ['google_display', 'google_display', 'google_search']);
      assert.deepEqual(mapped.channels.unknownCampaignTypes, []);
    });

    it('rows without a campaign type count for the Google Ads family, and the summary says to add the column', async () => {
      const r = await run('untyped.csv', googleAdsReport([['No type', '--']]));
      assert.deepEqual(await storedChannels(ws, r), ['google ads']);
      assert.equal(r.channels.families[0]!.family, 'google ads');
      assert.match(importSummary(r), /1 row has no campaign type, so it counts for each of Google Search, Google Display, Google Shopping, Performance Max, Demand Gen and YouTube \(add the Campaign type column/);
    });
  });

  describe('Meta: platform and placement → meta or instagram', () => {
    const header = 'Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Impressions,Amount spent (USD),Link clicks';
    it('the Platform breakdown: Facebook, Messenger and Audience Network are meta, Instagram is instagram; one ad’s rows per platform are kept apart', async () => {
      const text = [
        `${header},Platform`,
        ...['facebook', 'instagram', 'messenger', 'audience_network'].map((p) => `2026-10-01,2026-10-01,Split,Set,Ad 1,1000,10.00,20,${p}`),
      ].join('\n');
      const r = await run('meta-platform.csv', `${text}\n`);
      assert.equal(r.rowsImported, 4);
      assert.deepEqual(await storedChannels(ws, r), ['meta', 'instagram', 'meta', 'meta']);
      assert.deepEqual(r.channels.rowsByChannel, { meta: 3, instagram: 1 });
      const platforms = await ws.store.readProject(PROJECT, (tx) => tx.metrics.select({ importId: r.importId }).map((x) => x.platform));
      assert.deepEqual(platforms, ['meta/facebook', 'meta/instagram', 'meta/messenger', 'meta/audience_network']);
    });

    it('the Placement breakdown alone: Instagram placements are instagram, the rest meta; no breakdown is meta', async () => {
      const text = [`${header},Placement`, '2026-10-02,2026-10-02,Split,Set,Ad 1,1000,10.00,20,Instagram Stories', '2026-10-02,2026-10-02,Split,Set,Ad 1,1000,10.00,20,Facebook Reels'].join('\n');
      const r = await run('meta-placement.csv', `${text}\n`);
      assert.deepEqual(await storedChannels(ws, r), ['instagram', 'meta']);
      const plain = await run('meta-plain.csv', `${header}\n2026-10-03,2026-10-03,Plain,Set,Ad 1,1000,10.00,20\n`);
      assert.deepEqual(await storedChannels(ws, plain), ['meta']);
    });
  });
});
