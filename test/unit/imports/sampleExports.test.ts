// The sample exports the demo ships parse to exactly the totals in EXPECTED.json.
import assert from 'node:assert/strict';
import { parseMetricsText, parseTrendsText } from '../../../src/orchestrator/imports';
import { cents, expected, sampleFile, sum } from './helpers';

describe('imports: sample exports', () => {
  it('Google Ads daily campaign report: totals and per-campaign figures to the cent, totals rows checked', () => {
    const parsed = parseMetricsText(sampleFile('google-ads-campaign-daily.csv'));
    const want = expected['google-ads-campaign-daily.csv'] as Record<string, number> & { per_campaign: Record<string, Record<string, number>> };
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.format, 'google-ads');
    assert.equal(parsed.currency, 'USD');
    assert.equal(parsed.rows.length, want.rows);
    assert.equal(sum(parsed.rows, 'spendMinor'), cents(want.cost!));
    assert.equal(sum(parsed.rows, 'impressions'), want.impressions);
    assert.equal(sum(parsed.rows, 'clicks'), want.clicks);
    assert.equal(sum(parsed.rows, 'conversions'), want.conversions);
    assert.equal(sum(parsed.rows, 'conversionValueMinor'), cents(want.conv_value!));
    for (const [campaign, figures] of Object.entries(want.per_campaign)) {
      const rows = parsed.rows.filter((r) => r.campaign === campaign);
      assert.equal(sum(rows, 'spendMinor'), cents(figures.cost!), `${campaign} cost`);
      assert.equal(sum(rows, 'impressions'), figures.impr, `${campaign} impressions`);
      assert.equal(sum(rows, 'clicks'), figures.clicks, `${campaign} clicks`);
      assert.equal(sum(rows, 'conversions'), figures.conv, `${campaign} conversions`);
      assert.equal(sum(rows, 'conversionValueMinor'), cents(figures.value!), `${campaign} value`);
    }
    assert.deepEqual(
      parsed.skipped.map((s) => s.line),
      [67, 68],
    );
    assert.match(parsed.skipped[0]!.reason, /figures agree with 63 data rows/);
    // PMax rows have "--" search impression share: not applicable, so not stored at all.
    const pmax = parsed.rows.find((r) => r.campaign === 'PMax - Winter')!;
    assert.equal(pmax.channel, 'google_pmax');
    assert.equal(pmax.extra.searchImprShare, undefined);
    const brand = parsed.rows.find((r) => r.campaign === 'Search - Brand')!;
    assert.deepEqual({ line: brand.line, date: brand.date, channel: brand.channel, extra: brand.extra }, { line: 4, date: '2026-10-01', channel: 'google_search', extra: { campaignType: 'Search', searchImprShare: { value: 0.3574 } } });
  });

  it('Meta Ads Manager daily export: account-total row skipped and checked, totals to the cent', () => {
    const parsed = parseMetricsText(sampleFile('meta-ads-daily.csv'));
    const want = expected['meta-ads-daily.csv'] as Record<string, number>;
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.format, 'meta');
    assert.equal(parsed.currency, 'USD');
    assert.equal(parsed.rows.length, want.rows);
    assert.equal(sum(parsed.rows, 'spendMinor'), cents(want.spend!));
    assert.equal(sum(parsed.rows, 'impressions'), want.impressions);
    assert.equal(sum(parsed.rows, 'clicks'), want.clicks);
    assert.equal(sum(parsed.rows, 'conversions'), want.purchases);
    assert.equal(sum(parsed.rows, 'conversionValueMinor'), cents(want.conv_value!));
    assert.equal(parsed.skipped[0]!.line, 2);
    const row = parsed.rows[0]!;
    assert.deepEqual(
      { line: row.line, channel: row.channel, platform: row.platform, adSet: row.adSet, ad: row.ad, reach: row.reach, attribution: row.attribution, extra: row.extra },
      {
        line: 3,
        channel: 'meta',
        platform: 'meta',
        adSet: 'Lookalike 1%',
        ad: 'Video A',
        reach: 11119,
        attribution: '7-day click or 1-day view',
        extra: { results: { 'actions:offsite_conversion.fb_pixel_purchase': 8 } },
      },
    );
    // Empty Results/Purchases cells are zero, not missing.
    const empty = parsed.rows.find((r) => r.line === 64)!;
    assert.equal(empty.conversions, 0);
    assert.equal(empty.conversionValueMinor, 0);
  });

  it('generic sheet: default column names, platform from the channel', () => {
    const parsed = parseMetricsText(sampleFile('generic-metrics.csv'), { currency: 'USD' });
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.format, 'generic');
    assert.equal(parsed.rows.length, 28);
    assert.equal(parsed.platform, 'email, linkedin');
    assert.deepEqual(new Set(parsed.rows.map((r) => r.channel)), new Set(['email', 'linkedin']));
    assert.equal(parsed.rows[0]!.spendMinor, 22194);
    assert.equal(parsed.rows[0]!.conversionValueMinor, 9789);
  });

  it('a generic sheet without a currency column or a given currency is refused at the header', () => {
    const parsed = parseMetricsText(sampleFile('generic-metrics.csv'));
    assert.deepEqual(parsed.errors, [
      { line: 1, reason: 'no currency column and no currency given (columns: date, channel, campaign, spend, impressions, clicks, conversions, revenue)' },
    ]);
  });

  it('Google Trends multiTimeline: three weekly series, category kept', () => {
    const parsed = parseTrendsText(sampleFile('google-trends.csv'));
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.category, 'All categories');
    assert.equal(parsed.granularity, 'week');
    assert.deepEqual([...new Set(parsed.points.map((p) => p.keyword))], ['trail running shoes', 'winter hiking', 'barefoot shoes']);
    assert.equal(parsed.points.length, 52 * 3);
    assert.deepEqual(parsed.points[0], { line: 4, keyword: 'trail running shoes', geo: 'Worldwide', date: '2025-11-02', value: 8, belowOne: false });
  });

  it('metrics import refuses a Trends file with a pointer to the trends importer', () => {
    const parsed = parseMetricsText(sampleFile('google-trends.csv'));
    assert.match(parsed.errors[0]!.reason, /Google Trends export: import it as trends/);
  });
});
