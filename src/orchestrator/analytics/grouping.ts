// Grouping metric rows for a breakdown: by project (one group), platform, channel, campaign,
// day, ISO week (keyed by its Monday) or month (keyed YYYY-MM).
import type { AnalyticsRow } from './types';

export const GROUP_BYS = ['project', 'platform', 'channel', 'campaign', 'day', 'week', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The Monday of the ISO week holding `date` (YYYY-MM-DD). */
export function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

export function groupKey(row: AnalyticsRow, by: GroupBy): string {
  switch (by) {
    case 'project':
      return 'all';
    case 'platform':
      return row.platform;
    case 'channel':
      return row.channel;
    case 'campaign':
      return row.campaign;
    case 'day':
      return row.date;
    case 'week':
      return weekStart(row.date);
    case 'month':
      return row.date.slice(0, 7);
  }
}

/** Rows grouped by `by`, groups sorted by key. */
export function groupRows<T extends AnalyticsRow>(rows: readonly T[], by: GroupBy): Array<{ key: string; rows: T[] }> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = groupKey(r, by);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, list]) => ({ key, rows: list }));
}
