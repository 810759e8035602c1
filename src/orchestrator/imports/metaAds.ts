// Meta Ads Manager export: currency in headers ("Amount spent (EUR)"), an account-total row
// with blank names (skipped, its figures checked), `Results` split by `Result indicator`,
// empty cells meaning zero for counts, the attribution setting kept on each row, channel social.
import { readCount, readDate, readDecimal, readMoney, type Cell, type NumberStyle } from './cells';
import type { CsvRow } from './csvRows';
import { isBlank, widthProblem } from './csvRows';
import { Header, cell } from './header';
import { checkRow, findDuplicateKeys, findUnsafeTotals } from './rowChecks';
import { formatMinor, summed } from './totals';
import type { Granularity, LineError, MetricRow, ParseMetricsOptions, ParsedMetrics } from './types';
import { isKnownCurrency } from '../domain/money';
import { ChannelReadings, emptyChannelReport } from './channelReading';
import { quoted } from './quoted';

const STYLE: NumberStyle = { decimal: '.', empty: 'zero' };
const AMOUNT_SPENT = /^amount spent \(([a-z]{3})\)$/i;
/** Result indicators that count as conversions when the file has no Purchases column. */
const CONVERSION_INDICATOR = /offsite_conversion|onsite_conversion|purchase|lead|complete_registration/i;

export function isMetaHeader(cells: string[]): boolean {
  const h = new Header(cells);
  return h.match(AMOUNT_SPENT) >= 0 || (h.find('Reporting starts') >= 0 && h.find('Impressions') >= 0);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

function granularityOf(start: string, end: string): Granularity | null {
  const days = daysBetween(start, end);
  if (days === 0) return 'day';
  if (days === 6) return 'week';
  const next = new Date(Date.parse(end) + 86_400_000);
  if (start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7) && next.getUTCDate() === 1) return 'month';
  return null;
}

export function parseMetaAds(rows: CsvRow[], options: ParseMetricsOptions): ParsedMetrics {
  const result: ParsedMetrics = { format: 'meta', platform: 'meta', currency: null, rows: [], errors: [], rowsTotal: 0, skipped: [], channels: emptyChannelReport() };
  const readings = new ChannelReadings(options.channelMap);
  const headerAt = rows.findIndex((r) => isMetaHeader(r.cells));
  if (headerAt < 0) {
    result.errors.push({ line: rows[0]?.line ?? 1, reason: 'no Meta Ads Manager header row (with Amount spent and Impressions) found' });
    return result;
  }
  const headerRow = rows[headerAt]!;
  const h = new Header(headerRow.cells);
  const spendCol = h.match(AMOUNT_SPENT);
  const headerCurrency = spendCol >= 0 ? AMOUNT_SPENT.exec(h.names[spendCol]!)![1]!.toUpperCase() : null;
  const col = {
    starts: h.find('Reporting starts'),
    ends: h.find('Reporting ends'),
    day: h.find('Day', 'Date'),
    account: h.find('Account name'),
    campaign: h.find('Campaign name'),
    adSet: h.find('Ad set name'),
    ad: h.find('Ad name'),
    results: h.find('Results'),
    indicator: h.find('Result indicator', 'Result type'),
    reach: h.find('Reach'),
    impressions: h.find('Impressions'),
    spend: spendCol >= 0 ? spendCol : h.find('Amount spent'),
    currency: h.find('Currency'),
    linkClicks: h.find('Link clicks', 'Clicks (all)', 'Clicks'),
    purchases: h.find('Purchases', 'Website purchases'),
    purchaseValue: h.find('Purchases conversion value', 'Purchase conversion value', 'Website purchases conversion value'),
    engagements: h.find('Post engagements', 'Post engagement'),
    attribution: h.find('Attribution setting'),
    // Delivery breakdowns: Ads Manager's "Platform" / "Placement", the API's names for them.
    publisher: h.find('Platform', 'Publisher platform'),
    placement: h.find('Placement', 'Platform position'),
  };
  const problems: string[] = [];
  if (col.day < 0 && col.starts < 0) problems.push('no Reporting starts or Day column');
  if (col.campaign < 0) problems.push('no Campaign name column');
  if (col.impressions < 0) problems.push('no Impressions column');
  if (col.spend < 0) problems.push('no Amount spent column');
  if (!headerCurrency && col.currency < 0 && !options.currency) problems.push('no currency: expected a header such as "Amount spent (EUR)" or a Currency column');
  if (problems.length) {
    result.errors.push({ line: headerRow.line, reason: problems.join('; ') });
    return result;
  }
  const otherCurrencies = h.names.map((n) => /\(([A-Z]{3})\)$/.exec(n)?.[1]).filter((c): c is string => !!c && c !== headerCurrency);
  if (headerCurrency && otherCurrencies.length) {
    result.errors.push({ line: headerRow.line, reason: `headers name two currencies (${headerCurrency} and ${otherCurrencies[0]})` });
    return result;
  }

  const accountTotals: CsvRow[] = [];
  let firstCurrency: { code: string; line: number } | null = null;
  for (const row of rows.slice(headerAt + 1)) {
    if (isBlank(row.cells)) continue;
    const campaign = cell(row.cells, col.campaign).trim();
    const adSet = cell(row.cells, col.adSet).trim();
    const ad = cell(row.cells, col.ad).trim();
    const isTotal = campaign === '' && adSet === '' && ad === '';
    if (!isTotal) result.rowsTotal++;
    const width = widthProblem(row, headerRow);
    if (width) {
      result.errors.push({ line: row.line, reason: width });
      continue;
    }
    if (isTotal) {
      accountTotals.push(row);
      continue;
    }
    const reasons: string[] = [];
    const take = <T>(c: Cell<T>, fallback: T): T => {
      if (c.ok) return c.value;
      reasons.push(c.reason);
      return fallback;
    };
    const currency = (col.currency >= 0 ? cell(row.cells, col.currency).trim() : headerCurrency ?? options.currency ?? '').toUpperCase();
    if (!isKnownCurrency(currency)) {
      result.errors.push({ line: row.line, reason: `currency ${quoted(currency)} is not an ISO 4217 currency` });
      continue;
    }
    if (!firstCurrency) firstCurrency = { code: currency, line: row.line };
    else if (firstCurrency.code !== currency) reasons.push(`currency ${currency} differs from ${firstCurrency.code} on line ${firstCurrency.line} (import one currency per file)`);
    if (campaign === '') reasons.push('Campaign name is empty');

    let date = '';
    let granularity: Granularity = 'day';
    if (col.day >= 0) date = take(readDate(cell(row.cells, col.day), 'Day'), '');
    else {
      const start = take(readDate(cell(row.cells, col.starts), 'Reporting starts'), '');
      const end = col.ends >= 0 ? take(readDate(cell(row.cells, col.ends), 'Reporting ends'), '') : start;
      if (start && end) {
        const g = granularityOf(start, end);
        if (g) [date, granularity] = [start, g];
        else reasons.push(`row covers ${start} to ${end}: export with a Day, Week or Month time breakdown`);
      }
    }

    const publisher = cell(row.cells, col.publisher).trim();
    const placement = cell(row.cells, col.placement).trim();
    const extra: Record<string, unknown> = {};
    const results = col.results >= 0 ? take(readDecimal(cell(row.cells, col.results), 'Results', STYLE), 0) : null;
    const indicator = cell(row.cells, col.indicator).trim();
    if (results) extra.results = { [indicator || 'unspecified']: results };
    const purchases = col.purchases >= 0 ? take(readDecimal(cell(row.cells, col.purchases), h.names[col.purchases]!, STYLE), 0) : null;
    let conversions: number | null = purchases;
    if (purchases === null && results !== null) conversions = indicator === '' || CONVERSION_INDICATOR.test(indicator) ? results : null;

    const metric: MetricRow = {
      line: row.line,
      date,
      granularity,
      platform: deliveryPlatform(publisher, placement),
      channel: readings.metaDelivery(row.line, publisher, placement),
      account: cell(row.cells, col.account).trim(),
      campaign,
      adSet,
      ad,
      currency,
      spendMinor: take(readMoney(cell(row.cells, col.spend), h.names[col.spend]!, currency, STYLE), null),
      impressions: take(readCount(cell(row.cells, col.impressions), 'Impressions', STYLE), null),
      clicks: col.linkClicks >= 0 ? take(readCount(cell(row.cells, col.linkClicks), h.names[col.linkClicks]!, STYLE), null) : null,
      conversions,
      conversionValueMinor:
        col.purchaseValue >= 0 ? take(readMoney(cell(row.cells, col.purchaseValue), h.names[col.purchaseValue]!, currency, STYLE), null) : null,
      reach: col.reach >= 0 ? take(readCount(cell(row.cells, col.reach), 'Reach', STYLE), null) : null,
      engagements: col.engagements >= 0 ? take(readCount(cell(row.cells, col.engagements), h.names[col.engagements]!, STYLE), null) : null,
      attribution: cell(row.cells, col.attribution).trim() || null,
      extra,
    };
    if (reasons.length === 0) reasons.push(...checkRow(metric));
    if (reasons.length) result.errors.push({ line: row.line, reason: reasons.join('; ') });
    else result.rows.push(metric);
  }
  result.currency = firstCurrency?.code ?? headerCurrency ?? options.currency?.toUpperCase() ?? null;
  result.errors.push(...findDuplicateKeys(result.rows), ...findUnsafeTotals(result.rows));
  for (const t of accountTotals) {
    if (result.errors.length) {
      result.skipped.push({ line: t.line, reason: 'account-total row (not checked: the file has invalid rows)' });
      continue;
    }
    const error = checkAccountTotal(t, h, col, result.rows, result.currency ?? 'USD');
    if (error) result.errors.push(error);
    else result.skipped.push({ line: t.line, reason: `account-total row skipped (figures agree with ${result.rows.length} data rows)` });
  }
  result.errors.sort((a, b) => a.line - b.line);
  result.channels = readings.report(result.rows);
  return result;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/**
 * A row's platform: `meta`, or with a delivery breakdown `meta/<platform>[/<placement>]`, so that
 * an ad's Facebook and Instagram rows of one day are two rows (the key includes the platform).
 */
function deliveryPlatform(publisher: string, placement: string): string {
  return ['meta', slug(publisher), slug(placement)].filter(Boolean).join('/');
}

function checkAccountTotal(
  t: CsvRow,
  h: Header,
  col: { impressions: number; spend: number; linkClicks: number; purchases: number; purchaseValue: number },
  rows: MetricRow[],
  currency: string,
): LineError | null {
  const stated = (index: number, read: (raw: string) => Cell<number | null>): number | null => {
    if (index < 0 || cell(t.cells, index).trim() === '') return null;
    const c = read(cell(t.cells, index));
    return c.ok ? c.value : null;
  };
  // Meta bills and reports in whole cents and whole purchases: the total must match exactly.
  const plain = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const checks: Array<[number, string, number | null, number, number, (v: number) => string]> = [
    [col.impressions, 'Impressions', stated(col.impressions, (r) => readCount(r, '', STYLE)), summed(rows, 'impressions'), 0, plain],
    [col.spend, h.names[col.spend] ?? 'Amount spent', stated(col.spend, (r) => readMoney(r, '', currency, STYLE)), summed(rows, 'spendMinor'), 0, (v) => formatMinor(v, currency)],
    [col.linkClicks, h.names[col.linkClicks] ?? 'Link clicks', stated(col.linkClicks, (r) => readCount(r, '', STYLE)), summed(rows, 'clicks'), 0, plain],
    [col.purchases, 'Purchases', stated(col.purchases, (r) => readDecimal(r, '', STYLE)), summed(rows, 'conversions'), 1e-9, plain],
    [col.purchaseValue, h.names[col.purchaseValue] ?? 'Purchases conversion value', stated(col.purchaseValue, (r) => readMoney(r, '', currency, STYLE)), summed(rows, 'conversionValueMinor'), 0, (v) => formatMinor(v, currency)],
  ];
  const mismatches = checks
    .filter(([index, , value, sum, tolerance]) => index >= 0 && value !== null && Math.abs(value - sum) > tolerance)
    .map(([, name, value, sum, , show]) => `${name} ${show(value!)} but the data rows add up to ${show(sum)}`);
  return mismatches.length ? { line: t.line, reason: `account-total row says ${mismatches.join('; ')}` } : null;
}
