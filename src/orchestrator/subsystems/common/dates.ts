// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on the machine's
// time zone. Work days are Monday to Friday (public holidays are not modelled).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(text: string | undefined | null): text is string {
  if (typeof text !== 'string' || !ISO.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function toDayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD`);
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Days from a to b (b − a); inclusive span is this + 1. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function isWorkDay(iso: string): boolean {
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The date itself when it is a work day, else the next Monday. */
export function onOrAfterWorkDay(iso: string): string {
  let d = iso;
  while (!isWorkDay(d)) d = addDays(d, 1);
  return d;
}

/** The date itself when it is a work day, else the Friday before. */
export function onOrBeforeWorkDay(iso: string): string {
  let d = iso;
  while (!isWorkDay(d)) d = addDays(d, -1);
  return d;
}

export function nextWorkDay(iso: string): string {
  return onOrAfterWorkDay(addDays(iso, 1));
}

/** Work days from a to b inclusive (0 when b < a). */
export function workDaysInclusive(a: string, b: string): number {
  let n = 0;
  for (let d = a; d <= b; d = addDays(d, 1)) if (isWorkDay(d)) n++;
  return n;
}

/** The Monday of the ISO week containing the date. */
export function weekStart(iso: string): string {
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((dow + 6) % 7));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2026-12-02" → "2 December 2026" (or "Wednesday 2 December 2026"): a date as people write it, never as an ISO string. */
export function longDate(iso: string, options: { weekday?: boolean } = {}): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return options.weekday ? `${WEEKDAYS[d.getUTCDay()]} ${text}` : text;
}
