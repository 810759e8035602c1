// One fixture per edge case of the exports people actually download.
import assert from 'node:assert/strict';
import { detectFormat, parseColumnMapping, parseMetricsText, parseTrendsText } from '../../../src/orchestrator/imports';
import { fixture, sampleFile } from './helpers';

describe('imports: Google Ads edge cases', () => {
  it('weekly ad-group report with BOM and CRLF: preamble, quoted thousands, --, censored shares, interleaved totals, channels', () => {
    const text = fixture('google-ads-weekly-bom-crlf.csv');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.equal(detectFormat(text).format, 'google-ads');
    const parsed = parseMetricsText(text);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.currency, 'EUR');
    assert.deepEqual(
      parsed.rows.map((r) => [r.line, r.date, r.granularity, r.campaign, r.adSet, r.channel]),
      [
        [4, '2026-09-28', 'week', 'Brand EU', 'Exact', 'google_search'],
        [5, '2026-09-28', 'week', 'Banners', 'Retargeting', 'google_display'],
        [6, '2026-09-28', 'week', 'Clips', 'Bumpers', 'youtube'],
        [7, '2026-09-28', 'week', 'Feed', 'All products', 'google_shopping'],
        [9, '2026-10-05', 'week', 'Gen', 'Lookalikes', 'google_demand_gen'],
        [10, '2026-10-05', 'week', 'PMax', '', 'google_pmax'],
      ],
    );
    const [brand, banners, , feed] = parsed.rows;
    assert.deepEqual([brand!.impressions, brand!.clicks, brand!.spendMinor, brand!.conversions, brand!.conversionValueMinor], [12400, 980, 123456, 40.5, 410000]);
    // "--" is not applicable: null, never zero.
    assert.equal(banners!.conversions, null);
    assert.equal(banners!.conversionValueMinor, null);
    // Censored impression shares keep their bound.
    assert.deepEqual(brand!.extra.searchImprShare, { above: 0.9 });
    assert.deepEqual(feed!.extra.searchImprShare, { below: 0.1 });
    assert.deepEqual(
      parsed.skipped.map((s) => s.line),
      [8, 11],
    );
    assert.match(parsed.skipped[0]!.reason, /Total: Search.*agree with 1 data rows/);
  });

  it('a Total row that disagrees with the data rows rejects the file on that line', () => {
    const parsed = parseMetricsText(fixture('google-ads-total-mismatch.csv'));
    assert.equal(parsed.rows.length, 2);
    assert.deepEqual(parsed.errors, [{ line: 6, reason: '"Total: Account" says Cost 371.40 but the data rows add up to 371.32' }]);
  });

  it('lists every bad row with its editor line: bad date, negative count, text in a number column, clicks > impressions', () => {
    const parsed = parseMetricsText(fixture('google-ads-bad-rows.csv'));
    assert.deepEqual(parsed.errors, [
      { line: 5, reason: 'Day "2026-13-02" is not a date (expected YYYY-MM-DD)' },
      { line: 6, reason: 'Clicks is negative (-5)' },
      { line: 7, reason: 'Impr. is "lots", not a number' },
      { line: 8, reason: 'clicks (60) exceed impressions (50)' },
    ]);
    assert.equal(parsed.rowsTotal, 5);
  });

  it('refuses a file mixing currencies', () => {
    const parsed = parseMetricsText(fixture('google-ads-mixed-currency.csv'));
    assert.deepEqual(parsed.errors, [{ line: 5, reason: 'currency EUR differs from USD on line 4 (import one currency per file)' }]);
  });

  it('refuses a report that is not segmented by time, at the header line', () => {
    const parsed = parseMetricsText(fixture('google-ads-no-time-segment.csv'));
    assert.deepEqual(parsed.errors, [{ line: 3, reason: 'no Day, Week or Month column: download the report segmented by time' }]);
  });
});

describe('imports: Meta Ads Manager edge cases', () => {
  it('currency from "Amount spent (EUR)", Results split by indicator, empty cells as zero, engagements, attribution', () => {
    const parsed = parseMetricsText(fixture('meta-eur-results.csv'));
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.currency, 'EUR');
    assert.deepEqual(parsed.skipped, [{ line: 2, reason: 'account-total row skipped (figures agree with 3 data rows)' }]);
    const [traffic, sales, quiet] = parsed.rows;
    assert.deepEqual(traffic!.extra, { results: { 'actions:link_click': 450 } });
    assert.equal(traffic!.conversions, 0, 'link-click results are not conversions');
    assert.deepEqual(sales!.extra, { results: { 'actions:offsite_conversion.fb_pixel_purchase': 12 } });
    assert.deepEqual([sales!.conversions, sales!.conversionValueMinor, sales!.spendMinor, sales!.engagements, sales!.attribution, sales!.account], [12, 120000, 40025, 300, '1-day click', 'Outdoor Co']);
    assert.deepEqual([quiet!.impressions, quiet!.clicks, quiet!.spendMinor, quiet!.reach, quiet!.conversions], [0, 0, 0, 0, 0]);
  });

  it('weekly rows are kept as weeks; a row covering an arbitrary range is refused', () => {
    const parsed = parseMetricsText(fixture('meta-weekly-range.csv'));
    assert.deepEqual(parsed.errors, [{ line: 4, reason: 'row covers 2026-10-01 to 2026-10-21: export with a Day, Week or Month time breakdown' }]);
    assert.deepEqual(
      parsed.rows.map((r) => [r.date, r.granularity, r.currency]),
      [
        ['2026-09-28', 'week', 'USD'],
        ['2026-10-05', 'week', 'USD'],
      ],
    );
  });

  it('an account-total row that disagrees with the data is an error on its line', () => {
    const text = sampleFile('meta-ads-daily.csv').replace(',528477,5108.73,', ',528477,5108.74,');
    const parsed = parseMetricsText(text);
    assert.deepEqual(parsed.errors, [{ line: 2, reason: 'account-total row says Amount spent (USD) 5,108.74 but the data rows add up to 5,108.73' }]);
  });
});

describe('imports: generic CSV edge cases', () => {
  it('semicolons with decimal comma and European dates, mapped German headers', () => {
    const text = fixture('generic-semicolon-decimal-comma.csv');
    assert.equal(detectFormat(text).delimiter, ';');
    const map = parseColumnMapping(['date=datum', 'channel=kanal', 'campaign=kampagne', 'spend=kosten', 'impressions=impressionen', 'clicks=klicks', 'revenue=umsatz']);
    const parsed = parseMetricsText(text, { map });
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.currency, 'EUR');
    assert.deepEqual(
      parsed.rows.map((r) => [r.date, r.platform, r.spendMinor, r.impressions, r.clicks, r.conversions, r.conversionValueMinor]),
      [
        ['2026-10-01', 'email', 123456, 10000, 250, 12.5, 250000],
        ['2026-10-02', 'email', 9990, 8000, 200, 3, 30000],
        ['2026-10-03', 'newsletter', 1, 500, null, 0, 0],
      ],
    );
  });

  it('--map to custom headers; a multi-line quoted cell keeps line numbers true; duplicates and text are errors', () => {
    const map = parseColumnMapping(['date=Day', 'platform=Source', 'campaign=Name', 'spend=Cost', 'impressions=Views', 'clicks=Taps', 'conversions=Leads', 'revenue=Value']);
    const parsed = parseMetricsText(fixture('generic-mapped.csv'), { map, currency: 'USD', format: 'generic' });
    assert.deepEqual(parsed.errors, [
      { line: 4, reason: 'Cost is "abc", not a number' },
      { line: 6, reason: 'same campaign "Launch" and date 2026-10-02 as line 5 (one row per campaign, ad set, ad and date: remove extra segments such as device or network)' },
    ]);
    assert.equal(parsed.rows[0]!.campaign, 'Launch\n(two lines)');
    assert.equal(parsed.rows[0]!.platform, 'tiktok');
  });

  it('a mapping naming a missing column is refused with the columns there are', () => {
    const parsed = parseMetricsText(sampleFile('generic-metrics.csv'), { map: { spend: 'Cost' }, currency: 'USD' });
    assert.match(parsed.errors[0]!.reason, /^the mapping spend=Cost names no column "Cost" \(columns: date, channel/);
    assert.throws(() => parseColumnMapping(['budget=Cost']), /The column mapping "budget=Cost" should be field=Column/);
  });

  it('--format overrides detection', () => {
    const parsed = parseMetricsText(sampleFile('google-ads-campaign-daily.csv'), { format: 'meta' });
    assert.match(parsed.errors[0]!.reason, /no Meta Ads Manager header row/);
  });
});

describe('imports: Google Trends edge cases', () => {
  it('monthly series in another region, <1 kept as "below one" (null value, never zero)', () => {
    const parsed = parseTrendsText(fixture('trends-monthly-below-one.csv'));
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.category, 'Shopping');
    assert.equal(parsed.granularity, 'month');
    assert.deepEqual(
      parsed.points.filter((p) => p.keyword === 'ice cleats').map((p) => [p.line, p.geo, p.date, p.value, p.belowOne]),
      [
        [4, 'United States', '2025-01-01', null, true],
        [5, 'United States', '2025-02-01', 2, false],
        [6, 'United States', '2025-03-01', null, true],
      ],
    );
  });

  it('a value outside 0–100 or a bad date names its line', () => {
    const parsed = parseTrendsText(sampleFile('google-trends.csv').replace('2025-11-09,12,6,90', '2025-11-31,12,six,90'));
    assert.deepEqual(parsed.errors, [{ line: 5, reason: 'Week "2025-11-31" is not a date (expected YYYY-MM-DD); "winter hiking" is "six", expected a whole number from 0 to 100 or <1' }]);
  });
});
