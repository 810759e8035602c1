// Sums over metric rows for checking an export's own total rows (null cells count as nothing).
import { minorDigits } from '../domain/money';
import type { MetricRow } from './types';

type Summable = 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'conversionValueMinor' | 'reach' | 'engagements';

export function summed(rows: MetricRow[], field: Summable): number {
  let total = 0;
  for (const r of rows) total += r[field] ?? 0;
  // Conversions are decimals: keep the sum to 6 places so float noise does not show.
  return field === 'conversions' ? Math.round(total * 1e6) / 1e6 : total;
}

/** "54,253.68" for 5425368 minor units of USD (no currency symbol; for messages). */
export function formatMinor(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
