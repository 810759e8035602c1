// Periods and period-over-period change: the previous period is the same number of days
// immediately before the current one. A change is null when there is nothing to compare with.
import type { AnalyticsRow, Period } from './types';

const DAY = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Inclusive number of days in the period. */
export function periodDays(p: Period): number {
  return Math.round((Date.parse(p.to) - Date.parse(p.from)) / DAY) + 1;
}

export function previousPeriod(p: Period): Period {
  const days = periodDays(p);
  return { from: addDays(p.from, -days), to: addDays(p.from, -1) };
}

export function inPeriod<T extends AnalyticsRow>(rows: readonly T[], p: Period): T[] {
  return rows.filter((r) => r.date >= p.from && r.date <= p.to);
}

/** The first and last date of the rows, or null when there are none. */
export function dataRange(rows: readonly AnalyticsRow[]): Period | null {
  if (rows.length === 0) return null;
  let from = rows[0]!.date;
  let to = from;
  for (const r of rows) {
    if (r.date < from) from = r.date;
    if (r.date > to) to = r.date;
  }
  return { from, to };
}

export interface Change {
  current: number | null;
  previous: number | null;
  /** current − previous */
  absolute: number | null;
  /** (current − previous) ÷ previous; null when previous is 0 or missing */
  relative: number | null;
}

export function change(current: number | null, previous: number | null): Change {
  const absolute = current === null || previous === null ? null : current - previous;
  const relative = absolute === null || previous === 0 || previous === null ? null : absolute / Math.abs(previous);
  return { current, previous, absolute, relative };
}
