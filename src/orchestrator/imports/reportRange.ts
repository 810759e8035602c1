// The date range a Google Ads export states in its preamble ("October 1, 2026 - October 21,
// 2026", the line under the report name), and the days a dated row covers. The range is the
// export's own evidence of what it holds: rows must fall inside it, and a file without a Total
// row to vouch for it must reach its end (else it was cut short).
import { readDate } from './cells';
import type { CsvRow } from './csvRows';
import type { Granularity } from './types';

export interface ReportRange {
  line: number;
  /** As the file writes it, for messages. */
  text: string;
  from: string;
  to: string;
}

/** The first preamble line that is one cell reading "<date> - <date>", or null (e.g. "All time"). */
export function readReportRange(preamble: CsvRow[]): ReportRange | null {
  for (const row of preamble) {
    const cells = row.cells.filter((c) => c.trim() !== '');
    if (cells.length !== 1) continue;
    const text = cells[0]!.trim();
    const parts = text.split(/\s+[-–—]\s+/);
    if (parts.length !== 2) continue;
    const from = readDate(parts[0]!, 'from');
    const to = readDate(parts[1]!, 'to');
    if (from.ok && to.ok && from.value <= to.value) return { line: row.line, text, from: from.value, to: to.value };
  }
  return null;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of the period that starts on `date` (a day, a week, or the month of `date`). */
export function periodEnd(date: string, granularity: Granularity): string {
  if (granularity === 'day') return date;
  if (granularity === 'week') return addDays(date, 6);
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** True when the period starting on `date` shares at least one day with the range. */
export function overlaps(range: ReportRange, date: string, granularity: Granularity): boolean {
  return date <= range.to && periodEnd(date, granularity) >= range.from;
}
