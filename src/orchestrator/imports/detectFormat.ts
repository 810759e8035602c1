// Which export a file is, from its header row: Google Ads (Campaign, Impr., Cost), Meta Ads
// Manager (Amount spent (XXX)), Google Trends (Week,<kw>: (<geo>)), otherwise generic. The
// header is looked for among the first lines, after any preamble (report name, date range,
// Trends category line).
import { guessDelimiter, readCsvTable, stripBom, type Delimiter } from './csvRows';
import { isGoogleAdsHeader } from './googleAds';
import { isMetaHeader } from './metaAds';
import { isTrendsHeader } from './googleTrends';
import type { ImportFormat } from './types';

const HEADER_SEARCH_LINES = 6;

export interface Detected {
  format: ImportFormat;
  delimiter: Delimiter;
}

export function detectFormat(text: string): Detected {
  const head = stripBom(text).split(/\r?\n/).slice(0, HEADER_SEARCH_LINES);
  for (const line of head) {
    if (line.trim() === '') continue;
    const delimiter = guessDelimiter(line);
    const cells = readCsvTable(line, delimiter).rows[0]?.cells ?? [];
    if (isGoogleAdsHeader(cells)) return { format: 'google-ads', delimiter };
    if (isMetaHeader(cells)) return { format: 'meta', delimiter };
    if (isTrendsHeader(cells)) return { format: 'google-trends', delimiter };
  }
  const firstLine = head.find((l) => l.trim() !== '') ?? '';
  return { format: 'generic', delimiter: guessDelimiter(firstLine) };
}

/** Delimiter of the header line of a file already known to be `format` (for --format overrides). */
export function delimiterFor(text: string): Delimiter {
  const head = stripBom(text).split(/\r?\n/).slice(0, HEADER_SEARCH_LINES).filter((l) => l.trim() !== '');
  // The header is the widest of the first lines (preamble lines have one cell).
  const scored = head.map((l) => ({ d: guessDelimiter(l), n: l.split(guessDelimiter(l)).length }));
  scored.sort((a, b) => b.n - a.n);
  return scored[0]?.d ?? ',';
}
