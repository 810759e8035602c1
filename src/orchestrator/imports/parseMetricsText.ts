// Entry point for metric exports: detect (or take) the format, read the rows, hand them to the
// format's parser. Pure: text in, normalized rows or line errors out.
import { readCsvRows } from './csvRows';
import { delimiterFor, detectFormat } from './detectFormat';
import { parseGenericCsv } from './genericCsv';
import { parseGoogleAds } from './googleAds';
import { parseGoogleTrends } from './googleTrends';
import { parseMetaAds } from './metaAds';
import type { ParseMetricsOptions, ParsedMetrics, ParsedTrends } from './types';

export function parseMetricsText(text: string, options: ParseMetricsOptions = {}): ParsedMetrics {
  const detected = detectFormat(text);
  const format = options.format && options.format !== 'auto' ? options.format : detected.format;
  if (format === 'google-trends') {
    return {
      format: 'generic',
      platform: 'generic',
      currency: null,
      rows: [],
      rowsTotal: 0,
      skipped: [],
      errors: [{ line: 1, reason: 'this is a Google Trends export: import it as trends, not metrics' }],
    };
  }
  const delimiter = format === detected.format ? detected.delimiter : delimiterFor(text);
  const rows = readCsvRows(text, delimiter);
  if (format === 'google-ads') return parseGoogleAds(rows, options);
  if (format === 'meta') return parseMetaAds(rows, options);
  return parseGenericCsv(rows, delimiter, options);
}

export function parseTrendsText(text: string): ParsedTrends {
  return parseGoogleTrends(readCsvRows(text, ','));
}
