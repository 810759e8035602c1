// Checks shared by every metric format: clicks cannot exceed impressions, one file may not hold
// two rows for the same key (platform, campaign, ad set, ad, date) — the second would silently
// overwrite the first on upsert — and the file's totals must stay countable exactly.
import type { LineError, MetricRow } from './types';
import { quoted } from './quoted';

export function rowKey(r: Pick<MetricRow, 'platform' | 'campaign' | 'adSet' | 'ad' | 'date'>): string {
  return `${r.platform}\u0000${r.campaign}\u0000${r.adSet}\u0000${r.ad}\u0000${r.date}`;
}

export function checkRow(row: MetricRow): string[] {
  const reasons: string[] = [];
  if (row.clicks !== null && row.impressions !== null && row.clicks > row.impressions) {
    reasons.push(`clicks (${row.clicks}) exceed impressions (${row.impressions})`);
  }
  return reasons;
}

export function findDuplicateKeys(rows: MetricRow[]): LineError[] {
  const seen = new Map<string, number>();
  const errors: LineError[] = [];
  for (const r of rows) {
    const key = rowKey(r);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.line);
    else
      errors.push({
        line: r.line,
        reason: `same campaign ${quoted(r.campaign)}${r.adSet ? `, ad set ${quoted(r.adSet)}` : ''}${r.ad ? `, ad ${quoted(r.ad)}` : ''} and date ${r.date} as line ${first} (one row per campaign, ad set, ad and date: remove extra segments such as device or network)`,
      });
  }
  return errors;
}

const SUMMED: Array<['spendMinor' | 'impressions' | 'clicks' | 'conversionValueMinor' | 'reach' | 'engagements', string]> = [
  ['spendMinor', 'spend'],
  ['impressions', 'impressions'],
  ['clicks', 'clicks'],
  ['conversionValueMinor', 'conversion values'],
  ['reach', 'reach figures'],
  ['engagements', 'engagements'],
];

/** The row at which a summed integer column of the file passes 2^53 (totals would be rounded). */
export function findUnsafeTotals(rows: MetricRow[]): LineError[] {
  const errors: LineError[] = [];
  for (const [field, name] of SUMMED) {
    let total = 0;
    for (const r of rows) {
      total += r[field] ?? 0;
      if (!Number.isSafeInteger(total)) {
        errors.push({ line: r.line, reason: `the file's ${name} add up to more than AICMO can count exactly by this row` });
        break;
      }
    }
  }
  return errors;
}
