// The demo's sample exports moved in time: the files are dated October 2026, the demo's flights
// are relative to the day the demo is made, so each metrics export is imported with its dates
// moved by a whole number of days to start on its project's flight start (never later than
// yesterday: no result is dated in the future). Only the dates change — every figure, row and
// total stays as the file has it. Pure: text in, text out.
import { MONTH_NAMES } from '../domain/labels';

const DAY_MS = 86_400_000;
const MONTHS: readonly string[] = MONTH_NAMES;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The first and last ISO date (YYYY-MM-DD) in a file's text; undefined without one. */
export function datesIn(text: string): { first: string; last: string } | undefined {
  const all = [...text.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]!).filter((d) => !Number.isNaN(Date.parse(d))).sort();
  return all.length === 0 ? undefined : { first: all[0]!, last: all[all.length - 1]! };
}

/** Days to move a sample so it starts on `start`, but ends no later than the day before `today` (both YYYY-MM-DD). */
export function shiftDays(sample: { first: string; last: string }, start: string, today: string): number {
  const toStart = Math.round((Date.parse(start) - Date.parse(sample.first)) / DAY_MS);
  const toYesterday = Math.round((Date.parse(today) - DAY_MS - Date.parse(sample.last)) / DAY_MS);
  return Math.min(toStart, toYesterday);
}

/** The text with every ISO date and every "October 1, 2026" date (Google Ads' range line) moved by `days`. */
export function shiftSampleText(text: string, days: number): string {
  if (days === 0) return text;
  const move = (ms: number) => ms + days * DAY_MS;
  return text
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => (Number.isNaN(Date.parse(d)) ? d : isoDay(move(Date.parse(d)))))
    .replace(new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g'), (whole, month: string, day: string, year: string) => {
      const ms = Date.UTC(Number(year), MONTHS.indexOf(month), Number(day));
      const d = new Date(move(ms));
      return Number.isNaN(ms) ? whole : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    });
}
