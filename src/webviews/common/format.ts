// Number formatting for panels: a value with no data behind it is "no data", never a made-up 0.
export const NO_DATA = 'no data';

const intFmt = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decFmt = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const moneyFmts = new Map<string, Intl.NumberFormat>();

export function formatInt(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? NO_DATA : intFmt.format(n);
}

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? NO_DATA : decFmt.format(n);
}

export function formatPercent(ratio: number | null | undefined, digits = 2): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? NO_DATA : `${(ratio * 100).toFixed(digits)}%`;
}

export function formatMoney(n: number | null | undefined, currency: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return NO_DATA;
  let f = moneyFmts.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en', { style: 'currency', currency });
    } catch {
      f = decFmt;
    }
    moneyFmts.set(currency, f);
  }
  return f.format(n);
}

export function formatSignedPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NO_DATA;
  const s = (ratio * 100).toFixed(1);
  return `${ratio > 0 ? '+' : ratio < 0 ? '' : '±'}${s}%`;
}

/** "2026-11-24T10:15:00Z" → "24 Nov 2026, 10:15 UTC" (in UTC, so it reads the same on every machine). */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = d.toISOString();
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}, ${s.slice(11, 16)} UTC`;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000;
}

/** "changes_requested" → "changes requested". */
export function humanize(s: string): string {
  return s.replace(/[_-]+/g, ' ');
}

/** Money given in integer minor units (cents, yen) of `currency`. */
export function formatMinor(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return NO_DATA;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // unknown currency: assume cents
  }
  return formatMoney(minor / 10 ** digits, currency);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ymd = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) } : undefined;
};

/** "2026-10-01" → "1 October 2026" (the same words as the core's labels). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = ymd(iso);
  return p ? `${p.d} ${MONTHS[p.m]} ${p.y}` : iso;
}

/** "2026-12-02" → "2 Dec 2026", for table cells. */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = ymd(iso);
  return p ? `${p.d} ${MONTHS[p.m]!.slice(0, 3)} ${p.y}` : iso;
}

/** "1–21 October 2026", "28 September – 4 October 2026", "1 December 2026 – 28 February 2027". */
export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'no dates';
  if (!from) return `until ${formatDate(to)}`;
  if (!to) return `from ${formatDate(from)}`;
  const a = ymd(from);
  const b = ymd(to);
  if (!a || !b) return `${from} – ${to}`;
  if (from.slice(0, 10) === to.slice(0, 10)) return formatDate(from);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[b.m]} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m]} – ${b.d} ${MONTHS[b.m]} ${b.y}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}
