// Entry point for metric exports: detect (or take) the format, read the rows, hand them to the
// format's parser. Pure: text in, normalized rows or line errors out. A file whose structure is
// damaged (an unclosed quote, control characters) is refused before any row is read.
import { readCsvTable } from './csvRows';
import { delimiterFor, detectFormat } from './detectFormat';
import { parseGenericCsv } from './genericCsv';
import { parseGoogleAds } from './googleAds';
import { parseGoogleTrends } from './googleTrends';
import { parseMetaAds } from './metaAds';
import { emptyChannelReport } from './channelReading';
import type { LineError, MetricFormat, ParseMetricsOptions, ParsedMetrics, ParsedTrends } from './types';

function refused(format: MetricFormat, errors: LineError[]): ParsedMetrics {
  return { format, platform: format === 'google-ads' ? 'google_ads' : format, currency: null, rows: [], rowsTotal: 0, skipped: [], errors, channels: emptyChannelReport() };
}

export function parseMetricsText(text: string, options: ParseMetricsOptions = {}): ParsedMetrics {
  const detected = detectFormat(text);
  const format = options.format && options.format !== 'auto' ? options.format : detected.format;
  if (format === 'google-trends') return refused('generic', [{ line: 1, reason: 'this is a Google Trends export: import it as trends, not metrics' }]);
  const delimiter = format === detected.format ? detected.delimiter : delimiterFor(text);
  const table = readCsvTable(text, delimiter);
  if (table.errors.length) return refused(format, table.errors);
  if (format === 'google-ads') return parseGoogleAds(table.rows, options);
  if (format === 'meta') return parseMetaAds(table.rows, options);
  return parseGenericCsv(table.rows, delimiter, options);
}

export function parseTrendsText(text: string): ParsedTrends {
  const table = readCsvTable(text, ',');
  if (table.errors.length) return { format: 'google-trends', granularity: 'week', category: null, points: [], errors: table.errors, rowsTotal: 0 };
  return parseGoogleTrends(table.rows);
}
