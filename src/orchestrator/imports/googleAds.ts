// Google Ads UI export ("Download → CSV" of a campaign, ad group or ad report segmented by Day,
// Week or Month): preamble lines before the header, quoted thousands, `%`, `--` (not
// applicable → null), `< 10%` (censored share), and `Total: …` rows, which are skipped and
// whose figures must agree with the data rows. The preamble's date range bounds the rows, and
// without an account-wide Total row the rows must reach its end (see reportRange.ts).
import { readCount, readDate, readDecimal, readMoney, readShare, type Cell, type NumberStyle } from './cells';
import type { CsvRow } from './csvRows';
import { isBlank, widthProblem } from './csvRows';
import { Header, cell } from './header';
import { checkRow, findDuplicateKeys, findUnsafeTotals } from './rowChecks';
import type { Granularity, LineError, MetricRow, ParseMetricsOptions, ParsedMetrics } from './types';
import { isKnownCurrency } from '../domain/money';
import { formatMinor, summed } from './totals';
import { overlaps, periodEnd, readReportRange } from './reportRange';
import { ChannelReadings, emptyChannelReport } from './channelReading';
import { quoted } from './quoted';

/** Campaign types a `Total: <type>` row may name (lower case), mapped to a channel or not. */
const CAMPAIGN_TYPES = ['search', 'display', 'video', 'shopping', 'performance max', 'demand gen', 'discovery', 'app', 'smart', 'hotel', 'local'];

/** True when `cells` is the header row of a Google Ads export. */
export function isGoogleAdsHeader(cells: string[]): boolean {
  const h = new Header(cells);
  return h.find('Campaign', 'Ad group') >= 0 && h.find('Impr.', 'Impressions') >= 0 && h.find('Cost') >= 0;
}

const STYLE: NumberStyle = { decimal: '.', empty: 'null' };

function shareKey(name: string): string {
  return name
    .replace(/\./g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

export function parseGoogleAds(rows: CsvRow[], options: ParseMetricsOptions): ParsedMetrics {
  const result: ParsedMetrics = { format: 'google-ads', platform: 'google_ads', currency: null, rows: [], errors: [], rowsTotal: 0, skipped: [], channels: emptyChannelReport() };
  const readings = new ChannelReadings(options.channelMap);
  const headerAt = rows.findIndex((r) => isGoogleAdsHeader(r.cells));
  if (headerAt < 0) {
    result.errors.push({ line: rows[0]?.line ?? 1, reason: 'no Google Ads header row (with Campaign, Impr. and Cost columns) found' });
    return result;
  }
  const headerRow = rows[headerAt]!;
  const h = new Header(headerRow.cells);
  const col = {
    day: h.find('Day', 'Date'),
    week: h.match(/^week\b/i),
    month: h.find('Month'),
    account: h.find('Account name', 'Account', 'Customer ID'),
    campaign: h.find('Campaign'),
    campaignType: h.find('Campaign type', 'Advertising channel type'),
    adGroup: h.find('Ad group'),
    ad: h.find('Ad ID', 'Ad', 'Ad name'),
    currency: h.find('Currency code', 'Currency'),
    impressions: h.find('Impr.', 'Impressions'),
    clicks: h.find('Clicks'),
    cost: h.find('Cost'),
    conversions: h.find('Conversions'),
    value: h.find('Conv. value', 'Conversion value', 'Total conv. value'),
    engagements: h.find('Engagements'),
  };
  const dateCol = col.day >= 0 ? col.day : col.week >= 0 ? col.week : col.month;
  const granularity: Granularity = col.day >= 0 ? 'day' : col.week >= 0 ? 'week' : 'month';
  const headerProblems: string[] = [];
  if (dateCol < 0) headerProblems.push('no Day, Week or Month column: download the report segmented by time');
  if (col.campaign < 0) headerProblems.push('no Campaign column');
  if (col.clicks < 0) headerProblems.push('no Clicks column');
  if (col.currency < 0 && !options.currency) headerProblems.push('no Currency code column: add it to the report or pass a currency');
  if (headerProblems.length) {
    result.errors.push({ line: headerRow.line, reason: headerProblems.join('; ') });
    return result;
  }
  const shareCols = h.names.map((n, i) => [n, i] as const).filter(([n]) => /impr\. share|impression share/i.test(n));
  const range = readReportRange(rows.slice(0, headerAt));

  const totals: CsvRow[] = [];
  let firstCurrency: { code: string; line: number } | null = null;
  for (const row of rows.slice(headerAt + 1)) {
    if (isBlank(row.cells)) continue;
    const isTotal = /^total:/i.test(cell(row.cells, 0).trim());
    if (!isTotal) result.rowsTotal++;
    const width = widthProblem(row, headerRow);
    if (width) {
      result.errors.push({ line: row.line, reason: width });
      continue;
    }
    if (isTotal) {
      totals.push(row);
      continue;
    }
    const reasons: string[] = [];
    const take = <T>(c: Cell<T>, fallback: T): T => {
      if (c.ok) return c.value;
      reasons.push(c.reason);
      return fallback;
    };
    const currency = (col.currency >= 0 ? cell(row.cells, col.currency).trim() : options.currency ?? '').toUpperCase();
    if (!isKnownCurrency(currency)) {
      result.errors.push({ line: row.line, reason: `Currency code ${quoted(currency)} is not an ISO 4217 currency` });
      continue;
    }
    if (!firstCurrency) firstCurrency = { code: currency, line: row.line };
    else if (firstCurrency.code !== currency) reasons.push(`currency ${currency} differs from ${firstCurrency.code} on line ${firstCurrency.line} (import one currency per file)`);
    const dateName = h.names[dateCol]!;
    const date = take(readDate(cell(row.cells, dateCol), dateName), '');
    if (range && date && !overlaps(range, date, granularity)) reasons.push(`${dateName} ${date} is outside the report's date range (${range.text}, line ${range.line})`);
    const campaign = cell(row.cells, col.campaign).trim();
    if (campaign === '') reasons.push('Campaign is empty');
    const campaignType = cell(row.cells, col.campaignType).trim();
    const extra: Record<string, unknown> = {};
    if (campaignType) extra.campaignType = campaignType;
    for (const [name, i] of shareCols) {
      const share = take(readShare(cell(row.cells, i), name, STYLE), null);
      if (share) extra[shareKey(name)] = share;
    }
    const metric: MetricRow = {
      line: row.line,
      date,
      granularity,
      platform: 'google_ads',
      channel: readings.googleCampaignType(row.line, campaignType),
      account: cell(row.cells, col.account).trim(),
      campaign,
      adSet: cell(row.cells, col.adGroup).trim(),
      ad: cell(row.cells, col.ad).trim(),
      currency,
      spendMinor: col.cost >= 0 ? take(readMoney(cell(row.cells, col.cost), 'Cost', currency, STYLE), null) : null,
      impressions: take(readCount(cell(row.cells, col.impressions), h.names[col.impressions]!, STYLE), null),
      clicks: take(readCount(cell(row.cells, col.clicks), 'Clicks', STYLE), null),
      conversions: col.conversions >= 0 ? take(readDecimal(cell(row.cells, col.conversions), 'Conversions', STYLE), null) : null,
      conversionValueMinor: col.value >= 0 ? take(readMoney(cell(row.cells, col.value), h.names[col.value]!, currency, STYLE), null) : null,
      reach: null,
      engagements: col.engagements >= 0 ? take(readCount(cell(row.cells, col.engagements), 'Engagements', STYLE), null) : null,
      attribution: null,
      extra,
    };
    if (reasons.length === 0) reasons.push(...checkRow(metric));
    if (reasons.length) result.errors.push({ line: row.line, reason: reasons.join('; ') });
    else result.rows.push(metric);
  }
  result.currency = firstCurrency?.code ?? options.currency?.toUpperCase() ?? null;
  result.errors.push(...findDuplicateKeys(result.rows), ...findUnsafeTotals(result.rows));
  if (result.errors.length === 0) {
    let vouched = false;
    for (const t of totals) {
      const problem = checkTotal(t, h, col, result.rows, result.currency ?? 'USD');
      if (problem.error) result.errors.push(problem.error);
      else result.skipped.push({ line: t.line, reason: problem.note });
      vouched ||= problem.wholeFileAgrees;
    }
    // Without an account-wide total that agrees, the stated range is the only evidence the file is whole.
    const last = result.rows.reduce((max, r) => (periodEnd(r.date, r.granularity) > max ? periodEnd(r.date, r.granularity) : max), '');
    if (range && !vouched && result.rows.length && last < range.to) {
      result.errors.push({
        line: range.line,
        reason: `the report covers ${range.text} but its rows end on ${last} and no Total row vouches for them: the file looks cut short (download it again; if nothing ran after ${last}, download the report ending on that day)`,
      });
    }
  } else {
    for (const t of totals) result.skipped.push({ line: t.line, reason: 'total row (not checked: the file has invalid rows)' });
  }
  result.errors.sort((a, b) => a.line - b.line);
  result.channels = readings.report(result.rows);
  return result;
}

const WHOLE_SCOPES = new Set(['account', 'campaigns', 'all campaigns', 'filtered campaigns', 'all', 'ad groups', 'ads', '']);

function checkTotal(
  t: CsvRow,
  h: Header,
  col: { impressions: number; clicks: number; cost: number; conversions: number; value: number },
  rows: MetricRow[],
  currency: string,
): { error?: LineError; note: string; wholeFileAgrees: boolean } {
  const label = cell(t.cells, 0).trim();
  const scope = label.replace(/^total:\s*/i, '').toLowerCase().replace(/\s+campaigns?$/, '');
  let scoped: MetricRow[];
  if (WHOLE_SCOPES.has(scope)) scoped = rows;
  else if (rows.some((r) => String(r.extra.campaignType ?? '').toLowerCase() === scope)) {
    scoped = rows.filter((r) => String(r.extra.campaignType ?? '').toLowerCase() === scope);
  } else if (scope.length && CAMPAIGN_TYPES.includes(scope)) scoped = [];
  else return { note: `${quoted(label)} row skipped (scope not recognized, figures not checked)`, wholeFileAgrees: false };

  const mismatches: string[] = [];
  let checked = 0;
  const compare = (index: number, name: string, sum: number, read: (raw: string) => Cell<number | null>, tolerance: number, show: (n: number) => string) => {
    if (index < 0) return;
    const stated = read(cell(t.cells, index));
    if (!stated.ok) {
      mismatches.push(stated.reason);
      return;
    }
    if (stated.value === null) return;
    checked++;
    if (Math.abs(stated.value - sum) > tolerance) mismatches.push(`${name} ${show(stated.value)} but the data rows add up to ${show(sum)}`);
  };
  const n = scoped.length;
  const plain = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  // Each shown figure is rounded to the cent (or 0.01 conversion): allow half a unit per row.
  compare(col.impressions, h.names[col.impressions]!, summed(scoped, 'impressions'), (r) => readCount(r, 'Impressions', STYLE), 0, plain);
  compare(col.clicks, 'Clicks', summed(scoped, 'clicks'), (r) => readCount(r, 'Clicks', STYLE), 0, plain);
  compare(col.cost, 'Cost', summed(scoped, 'spendMinor'), (r) => readMoney(r, 'Cost', currency, STYLE), Math.floor(n / 2), (v) => formatMinor(v, currency));
  compare(col.conversions, 'Conversions', summed(scoped, 'conversions'), (r) => readDecimal(r, 'Conversions', STYLE), 0.005 * n + 1e-9, plain);
  compare(col.value, h.names[col.value] ?? 'Conv. value', summed(scoped, 'conversionValueMinor'), (r) => readMoney(r, 'Conv. value', currency, STYLE), Math.floor(n / 2), (v) =>
    formatMinor(v, currency),
  );
  if (mismatches.length) return { error: { line: t.line, reason: `${quoted(label)} says ${mismatches.join('; ')}` }, note: '', wholeFileAgrees: false };
  if (checked === 0) return { note: `${quoted(label)} row skipped (no figures to check)`, wholeFileAgrees: false };
  return { note: `${quoted(label)} row skipped (figures agree with ${n} data rows)`, wholeFileAgrees: WHOLE_SCOPES.has(scope) };
}
