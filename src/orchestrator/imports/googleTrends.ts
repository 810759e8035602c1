// Google Trends "multiTimeline" export: a `Category: …` line, a blank line, then a header
// `Week,<keyword>: (<geo>),…` (or Day / Month) and one row per period with 0–100 interest,
// `<1` for some interest below 1.
import { readDate } from './cells';
import { isBlank, widthProblem, type CsvRow } from './csvRows';
import type { Granularity, ParsedTrends, TrendPoint } from './types';
import { quoted } from './quoted';

const SERIES = /^(.*):\s*\((.+)\)$/;
const PERIOD: Record<string, Granularity> = { day: 'day', week: 'week', month: 'month' };

export function isTrendsHeader(cells: string[]): boolean {
  const first = (cells[0] ?? '').replace(/^\ufeff/, '').trim().toLowerCase();
  return first in PERIOD && cells.length > 1 && cells.slice(1).every((c) => SERIES.test(c.trim()));
}

export function parseGoogleTrends(rows: CsvRow[]): ParsedTrends {
  const result: ParsedTrends = { format: 'google-trends', granularity: 'week', category: null, points: [], errors: [], rowsTotal: 0 };
  const headerAt = rows.findIndex((r) => isTrendsHeader(r.cells));
  const category = rows.find((r) => /^category:/i.test((r.cells[0] ?? '').trim()));
  if (category) result.category = category.cells.join(',').replace(/^category:\s*/i, '').trim();
  if (headerAt < 0) {
    result.errors.push({ line: rows[0]?.line ?? 1, reason: 'no Google Trends header row (Week,<keyword>: (<region>)) found' });
    return result;
  }
  const header = rows[headerAt]!;
  result.granularity = PERIOD[header.cells[0]!.replace(/^\ufeff/, '').trim().toLowerCase()]!;
  const series = header.cells.slice(1).map((c) => {
    const m = SERIES.exec(c.trim())!;
    return { keyword: m[1]!.trim(), geo: m[2]!.trim() };
  });
  const period = header.cells[0]!.trim();
  const seen = new Map<string, number>();
  for (const row of rows.slice(headerAt + 1)) {
    if (isBlank(row.cells)) continue;
    result.rowsTotal++;
    const width = widthProblem(row, header);
    if (width) {
      result.errors.push({ line: row.line, reason: width });
      continue;
    }
    const reasons: string[] = [];
    const date = readDate(row.cells[0] ?? '', period);
    if (!date.ok) reasons.push(date.reason);
    else if (seen.has(date.value)) reasons.push(`${period} ${date.value} appears twice (also on line ${seen.get(date.value)})`);
    else seen.set(date.value, row.line);
    const points: TrendPoint[] = [];
    series.forEach((s, i) => {
      const raw = (row.cells[i + 1] ?? '').trim();
      if (raw === '<1') points.push({ line: row.line, ...s, date: date.ok ? date.value : '', value: null, belowOne: true });
      else if (/^\d+$/.test(raw) && Number(raw) <= 100) points.push({ line: row.line, ...s, date: date.ok ? date.value : '', value: Number(raw), belowOne: false });
      else reasons.push(`${quoted(s.keyword)} is ${quoted(raw)}, expected a whole number from 0 to 100 or <1`);
    });
    if (reasons.length) result.errors.push({ line: row.line, reason: reasons.join('; ') });
    else result.points.push(...points);
  }
  return result;
}
