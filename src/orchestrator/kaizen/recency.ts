// Recency: a result counts less the older it is, halving every `halfLifeWeeks`. Age is measured
// from the newest result in the evidence (not from today), so the same data always gives the
// same weights: re-running next month on the same imports changes nothing.

/** Kaizen's defaults (settings `aicmo.kaizen.halfLifeWeeks`, `aicmo.kaizen.crossIndustry`). */
export const KAIZEN_DEFAULTS = {
  /** Results this many weeks older than the newest count half; 8 weeks ≈ two months of a flight. */
  halfLifeWeeks: 8,
  /** Evidence from other industries is off unless turned on. */
  crossIndustry: false,
} as const;

export const HALF_LIFE_BOUNDS = { min: 0.5, max: 520 } as const;

const DAY_MS = 86_400_000;

/** Whole and fractional weeks from `date` to `newest` (both YYYY-MM-DD); never negative. */
export function weeksBefore(date: string, newest: string): number {
  const d = Date.parse(`${date}T00:00:00Z`);
  const n = Date.parse(`${newest}T00:00:00Z`);
  if (!Number.isFinite(d) || !Number.isFinite(n)) return 0;
  return Math.max(0, (n - d) / (7 * DAY_MS));
}

/** 0.5^(age / half-life): 1 for the newest week, ½ one half-life earlier. */
export function recencyWeight(date: string, newest: string, halfLifeWeeks: number): number {
  return Math.pow(0.5, weeksBefore(date, newest) / halfLifeWeeks);
}

/** The Monday (UTC) of the week a date falls in, as YYYY-MM-DD. */
export function weekOf(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(t)) return date;
  const day = new Date(t).getUTCDay();
  const back = (day + 6) % 7;
  return new Date(t - back * DAY_MS).toISOString().slice(0, 10);
}

/** Throws a RangeError naming the problem when a half-life is not a usable number of weeks. */
export function checkHalfLife(weeks: number): number {
  if (typeof weeks !== 'number' || !Number.isFinite(weeks) || weeks < HALF_LIFE_BOUNDS.min || weeks > HALF_LIFE_BOUNDS.max) {
    throw new RangeError(`The half-life must be a number of weeks from ${HALF_LIFE_BOUNDS.min} to ${HALF_LIFE_BOUNDS.max}, not "${String(weeks)}".`);
  }
  return weeks;
}
