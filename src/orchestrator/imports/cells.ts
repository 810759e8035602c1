// Reading one cell of an export: counts, decimals, money, percentages and dates as platforms
// write them ("1,556" quoted thousands, "6.88%", "--" for not applicable, "< 10%" for censored
// shares, decimal comma in semicolon files). Each reader returns a value or a reason. A figure is
// taken only when it is stored exactly as written: counts are safe integers, decimals read back
// with the digits the file shows, money fits in integer minor units; scientific notation (a
// rounded display) is refused.
import { minorDigits, toMinor } from '../domain/money';
import { quoted } from './quoted';

export type Cell<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface NumberStyle {
  /** ',' when the file writes 1.234,56 (semicolon-delimited files); '.' otherwise. */
  decimal: '.' | ',';
  /** What an empty cell means for this platform: Meta leaves zero counts empty. */
  empty: 'zero' | 'null';
}

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(reason: string): Cell<T> => ({ ok: false, reason });

/** "Not applicable" markers: Google Ads writes `--`; some sheets write a lone dash or "n/a". */
function isNotApplicable(text: string): boolean {
  return text === '--' || text === '-' || text === '—' || text.toLowerCase() === 'n/a';
}

/** Canonical decimal text ("1234.56", "-3") or null when the cell is not a plain number. */
export function canonicalDecimal(raw: string, style: NumberStyle): string | null {
  let text = raw.trim().replace(/[ \u00a0\u202f]/g, '');
  if (style.decimal === ',') text = text.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  else text = text.replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(text) ? text : null;
}

const SCIENTIFIC = /^[-+]?\d+(?:[.,]\d+)?[eE][-+]?\d+$/;

function readDecimalText(raw: string, column: string, style: NumberStyle): Cell<string | null> {
  const text = raw.trim();
  if (text === '') return ok(style.empty === 'zero' ? '0' : null);
  if (isNotApplicable(text)) return ok(null);
  const canon = canonicalDecimal(text, style);
  if (canon === null && SCIENTIFIC.test(text)) return fail(`${column} is ${quoted(text)}, in scientific notation (a rounded display: format the column as a plain number before exporting)`);
  if (canon === null) return fail(`${column} is ${quoted(text)}, not a number`);
  if (canon.startsWith('-')) return fail(`${column} is negative (${text})`);
  return ok(canon);
}

/** A whole, non-negative count (impressions, clicks, reach). */
export function readCount(raw: string, column: string, style: NumberStyle): Cell<number | null> {
  const r = readDecimalText(raw, column, style);
  if (!r.ok || r.value === null) return r as Cell<number | null>;
  if (!/^\d+(?:\.0+)?$/.test(r.value)) return fail(`${column} is ${quoted(raw.trim())}, not a whole number`);
  const n = Number(r.value);
  if (!Number.isSafeInteger(n)) return fail(`${column} is ${quoted(raw.trim())}, more than AICMO can store exactly (counts up to ${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')})`);
  return ok(n);
}

/** A non-negative decimal (conversions can be fractional with data-driven attribution). */
export function readDecimal(raw: string, column: string, style: NumberStyle): Cell<number | null> {
  const r = readDecimalText(raw, column, style);
  if (!r.ok || r.value === null) return r as Cell<number | null>;
  const n = Number(r.value);
  const fraction = r.value.split('.')[1]?.length ?? 0;
  // The nearest double must show the file's digits again, or the figure would be stored rounded.
  if (!(n < 1e21) || n.toFixed(fraction) !== r.value.replace(/^0+(?=\d)/, '')) return fail(`${column} is ${quoted(raw.trim())}, more than AICMO can store exactly (the nearest figure it can store is ${n})`);
  return ok(n);
}

/** A non-negative amount of money, in integer minor units of `currency`, converted exactly. */
export function readMoney(raw: string, column: string, currency: string, style: NumberStyle): Cell<number | null> {
  const stripped = raw.trim().replace(/^[$€£¥]|[$€£¥]$/g, '');
  const r = readDecimalText(stripped, column, style);
  if (!r.ok || r.value === null) return r as Cell<number | null>;
  const minor = toMinor(r.value, currency);
  if (!Number.isSafeInteger(minor)) {
    const max = (Number.MAX_SAFE_INTEGER / 10 ** minorDigits(currency)).toLocaleString('en-US', { maximumFractionDigits: minorDigits(currency) });
    return fail(`${column} is ${quoted(raw.trim())}, more than AICMO can store exactly (amounts up to ${max} ${currency})`);
  }
  return ok(minor);
}

/** A share such as impression share: a fraction, or censored ("< 10%" → below 0.1, "> 90%" → above 0.9). */
export type Share = { value: number } | { below: number } | { above: number };

export function readShare(raw: string, column: string, style: NumberStyle): Cell<Share | null> {
  const text = raw.trim();
  if (text === '' || isNotApplicable(text)) return ok(null);
  const censored = /^([<>])\s*(.+?)\s*%$/.exec(text);
  const body = censored ? censored[2]! : text.replace(/%$/, '');
  const canon = canonicalDecimal(body, style);
  if (canon === null) return fail(`${column} is ${quoted(text)}, not a percentage`);
  const fraction = Number(canon) / 100;
  if (!censored) return ok({ value: fraction });
  return ok(censored[1] === '<' ? { below: fraction } : { above: fraction });
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(lower));
}

/** Results are dated within these years; anything else is a typo or a damaged cell. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date as YYYY-MM-DD. Accepts 2026-10-01, 2026/10/01, 01.10.2026 (day first, as
 * European sheets write it), "Oct 1, 2026", "Wed, Oct 1, 2026", and for months "2026-10" or
 * "October 2026" (first day of the month). Slash dates with the day first or month first are
 * ambiguous and refused, and so are years outside 2000–2099.
 */
export function readDate(raw: string, column: string): Cell<string> {
  const text = raw.trim().replace(/^week of\s+/i, '');
  let m: RegExpExecArray | null;
  let iso: string | null = null;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text))) iso = isoDate(+m[1]!, +m[2]!, +m[3]!);
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) iso = isoDate(+m[3]!, +m[2]!, +m[1]!);
  else if ((m = /^(?:[A-Za-z]{3},\s*)?([A-Za-z.]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(text))) {
    const month = monthIndex(m[1]!);
    iso = month < 0 ? null : isoDate(+m[3]!, month + 1, +m[2]!);
  } else if ((m = /^(\d{4})-(\d{1,2})$/.exec(text))) iso = isoDate(+m[1]!, +m[2]!, 1);
  else if ((m = /^([A-Za-z]+)\s+(\d{4})$/.exec(text))) {
    const month = monthIndex(m[1]!);
    iso = month < 0 ? null : isoDate(+m[2]!, month + 1, 1);
  }
  if (iso === null) return fail(text === '' ? `${column} is empty` : `${column} ${quoted(text)} is not a date (expected YYYY-MM-DD)`);
  const year = Number(iso.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail(`${column} ${quoted(text)} is outside the years ${FIRST_YEAR} to ${LAST_YEAR}`);
  return ok(iso);
}
