// The agency's rough hourly rate, used to check a project plan's hours against the budget. Kept as
// the workspace setting `pm.hourlyRate` ("95" or "95 GBP"; text in the settings table, versioned
// in workspace.sql) that `aicmo team rate` sets; VS Code's `aicmo.pm.hourlyRate` is the fallback
// when the workspace has none. Without a currency the rate reads in each project's own currency.
import { AicmoError } from '../domain/errors';
import { isKnownCurrency } from '../domain/money';
import type { HourlyRateSetting } from '../subsystems/types';

export const HOURLY_RATE_SETTING = 'pm.hourlyRate';

/** The rate as subsystems see it (major units per hour; currency null = the project's own). */
export type HourlyRate = HourlyRateSetting;

const SYMBOLS: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR', '¥': 'JPY' };

/** Reads what a person types ("95", "95 GBP", "£95", "EUR 120.50"); a clear error otherwise. */
export function parseHourlyRate(text: string): { amount: number; currency: string | null } {
  const t = text.trim();
  const m = /^(?:([£$€¥])\s*|([A-Za-z]{3})\s+)?(\d+(?:\.\d{1,2})?)(?:\s*([A-Za-z]{3}))?(?:\s*\/\s*h(?:our)?)?$/.exec(t);
  if (!m) throw new AicmoError('invalid-input', `The hourly rate "${text}" is not an amount (e.g. 95, 95 GBP or £95).`, { field: 'hourlyRate' });
  const amount = Number(m[3]);
  if (!(amount > 0) || amount > 100_000) throw new AicmoError('invalid-input', `The hourly rate "${text}" must be more than 0 and at most 100,000.`, { field: 'hourlyRate' });
  if (m[2] && m[4]) throw new AicmoError('invalid-input', `The hourly rate "${text}" names two currencies.`, { field: 'hourlyRate' });
  const code = (m[2] ?? m[4])?.toUpperCase() ?? (m[1] ? SYMBOLS[m[1]]! : null);
  if (code !== null && !isKnownCurrency(code)) throw new AicmoError('invalid-input', `The hourly rate "${text}" has an unknown currency "${code}" (use an ISO code such as GBP, EUR, USD).`, { field: 'hourlyRate' });
  return { amount, currency: code };
}

/** The stored text of a rate ("95" or "95 GBP"). */
export function formatHourlyRateSetting(rate: { amount: number; currency: string | null }): string {
  return rate.currency ? `${rate.amount} ${rate.currency}` : String(rate.amount);
}

/** The workspace setting read back; a setting that no longer parses counts as none (it is shown by `aicmo team list`). */
export function readHourlyRateSetting(value: string | undefined): HourlyRate | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    return { ...parseHourlyRate(value), source: 'workspace' };
  } catch {
    return null;
  }
}
