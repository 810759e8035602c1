// A CSV kept by hand: columns named date, channel, campaign, spend, impressions, clicks,
// conversions, revenue (or mapped with `--map field=Header`), comma or semicolon delimited,
// with a decimal comma when the delimiter is a semicolon.
import { readCount, readDate, readDecimal, readMoney, type Cell, type NumberStyle } from './cells';
import type { CsvRow, Delimiter } from './csvRows';
import { isBlank, widthProblem } from './csvRows';
import { Header, cell } from './header';
import { checkRow, findDuplicateKeys, findUnsafeTotals } from './rowChecks';
import { GENERIC_FIELDS, type ColumnMapping, type GenericField, type MetricRow, type ParseMetricsOptions, type ParsedMetrics } from './types';
import { isKnownCurrency } from '../domain/money';
import { ChannelReadings, emptyChannelReport } from './channelReading';
import { quoted } from './quoted';

/** Names each field is found under when not mapped (case and spacing ignored). */
const DEFAULT_NAMES: Record<GenericField, string[]> = {
  date: ['date', 'day'],
  platform: ['platform'],
  channel: ['channel'],
  account: ['account'],
  campaign: ['campaign'],
  ad_set: ['ad_set', 'ad set', 'adset', 'ad group'],
  ad: ['ad'],
  currency: ['currency'],
  spend: ['spend', 'cost'],
  impressions: ['impressions'],
  clicks: ['clicks'],
  conversions: ['conversions'],
  revenue: ['revenue', 'conversion value'],
  reach: ['reach'],
  engagements: ['engagements'],
};

const METRIC_FIELDS: GenericField[] = ['spend', 'impressions', 'clicks', 'conversions', 'revenue'];

/** Parses `["date=Day", "spend=Cost"]` into a mapping; unknown fields are an error. */
export function parseColumnMapping(pairs: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const field = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase().replace(/[\s-]+/g, '_') as GenericField;
    if (eq < 0 || !GENERIC_FIELDS.includes(field) || pair.slice(eq + 1).trim() === '') {
      throw new RangeError(`The column mapping "${pair}" should be field=Column with field one of ${GENERIC_FIELDS.join(', ')}`);
    }
    mapping[field] = pair.slice(eq + 1).trim();
  }
  return mapping;
}

export function parseGenericCsv(rows: CsvRow[], delimiter: Delimiter, options: ParseMetricsOptions): ParsedMetrics {
  const result: ParsedMetrics = { format: 'generic', platform: options.platform ?? 'generic', currency: null, rows: [], errors: [], rowsTotal: 0, skipped: [], channels: emptyChannelReport() };
  const readings = new ChannelReadings(options.channelMap);
  const headerRow = rows.find((r) => !isBlank(r.cells));
  if (!headerRow) {
    result.errors.push({ line: 1, reason: 'the file is empty' });
    return result;
  }
  const h = new Header(headerRow.cells);
  const style: NumberStyle = { decimal: delimiter === ';' ? ',' : '.', empty: 'null' };
  const col = {} as Record<GenericField, number>;
  const problems: string[] = [];
  for (const field of GENERIC_FIELDS) {
    const mapped = options.map?.[field];
    col[field] = mapped ? h.find(mapped) : h.find(...DEFAULT_NAMES[field]);
    if (mapped && col[field] < 0) problems.push(`the mapping ${field}=${mapped} names no column "${mapped}"`);
  }
  if (!problems.length) {
    if (col.date < 0) problems.push('no date column (name it "date" or map one to date)');
    if (METRIC_FIELDS.every((f) => col[f] < 0)) problems.push(`no metric column (expected some of ${METRIC_FIELDS.join(', ')})`);
    if (col.currency < 0 && !options.currency) problems.push('no currency column and no currency given');
  }
  if (problems.length) {
    result.errors.push({ line: headerRow.line, reason: `${problems.join('; ')} (columns: ${h.names.join(', ')})` });
    return result;
  }

  let firstCurrency: { code: string; line: number } | null = null;
  for (const row of rows.slice(rows.indexOf(headerRow) + 1)) {
    if (isBlank(row.cells)) continue;
    result.rowsTotal++;
    const width = widthProblem(row, headerRow);
    if (width) {
      result.errors.push({ line: row.line, reason: width });
      continue;
    }
    const reasons: string[] = [];
    const take = <T>(c: Cell<T>, fallback: T): T => {
      if (c.ok) return c.value;
      reasons.push(c.reason);
      return fallback;
    };
    const text = (field: GenericField) => cell(row.cells, col[field]).trim();
    const name = (field: GenericField) => h.names[col[field]] ?? field;
    const currency = (col.currency >= 0 ? text('currency') : options.currency ?? '').toUpperCase();
    if (!isKnownCurrency(currency)) {
      result.errors.push({ line: row.line, reason: `currency ${quoted(currency)} is not an ISO 4217 currency` });
      continue;
    }
    if (!firstCurrency) firstCurrency = { code: currency, line: row.line };
    else if (firstCurrency.code !== currency) reasons.push(`currency ${currency} differs from ${firstCurrency.code} on line ${firstCurrency.line} (import one currency per file)`);
    const count = (field: GenericField) => (col[field] >= 0 ? take(readCount(text(field), name(field), style), null) : null);
    const money = (field: GenericField) => (col[field] >= 0 ? take(readMoney(text(field), name(field), currency, style), null) : null);
    const channel = text('channel');
    const metric: MetricRow = {
      line: row.line,
      date: take(readDate(text('date'), name('date')), ''),
      granularity: options.granularity ?? 'day',
      platform: (text('platform') || options.platform || channel || 'generic').toLowerCase(),
      // The channel cell names the channel; without one, the platform (cell or --platform) may.
      channel: readings.label(row.line, channel || text('platform') || options.platform || ''),
      account: text('account'),
      campaign: text('campaign'),
      adSet: text('ad_set'),
      ad: text('ad'),
      currency,
      spendMinor: money('spend'),
      impressions: count('impressions'),
      clicks: count('clicks'),
      conversions: col.conversions >= 0 ? take(readDecimal(text('conversions'), name('conversions'), style), null) : null,
      conversionValueMinor: money('revenue'),
      reach: count('reach'),
      engagements: count('engagements'),
      attribution: null,
      extra: {},
    };
    if (reasons.length === 0) reasons.push(...checkRow(metric));
    if (reasons.length) result.errors.push({ line: row.line, reason: reasons.join('; ') });
    else result.rows.push(metric);
  }
  result.currency = firstCurrency?.code ?? options.currency?.toUpperCase() ?? null;
  const platforms = new Set(result.rows.map((r) => r.platform));
  if (platforms.size === 1) result.platform = [...platforms][0]!;
  else if (platforms.size > 1) result.platform = [...platforms].sort().join(', ');
  result.errors.push(...findDuplicateKeys(result.rows), ...findUnsafeTotals(result.rows));
  result.errors.sort((a, b) => a.line - b.line);
  result.channels = readings.report(result.rows);
  return result;
}
