// Money is integer minor units plus an ISO 4217 currency code. The number of minor digits
// comes from the ICU data that ships with Node (JPY 0, USD 2, KWD 3, ...).

const knownCurrencies = new Set<string>(Intl.supportedValuesOf('currency'));

export interface Money {
  /** Integer amount in the currency's minor units (cents for USD). */
  amountMinor: number;
  currency: string;
}

export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code);
}

const digitsByCurrency = new Map<string, number>();

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Parses a decimal amount in major units ("1234.5") into minor units, exactly (no float drift). */
export function toMinor(major: string | number, currency: string): number {
  const digits = minorDigits(currency);
  const text = typeof major === 'number' ? major.toFixed(digits + 2) : major.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`"${major}" is not a decimal amount`);
  const [, sign, whole, frac = ''] = m;
  const padded = (frac + '0'.repeat(digits + 1)).slice(0, digits + 1);
  const scaled = BigInt(whole + padded.slice(0, digits));
  const roundUp = Number(padded[digits] ?? '0') >= 5 ? 1n : 0n;
  const value = Number(scaled + roundUp);
  return sign === '-' ? -value : value;
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

export function formatMoney(money: Money, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(toMajor(money.amountMinor, money.currency));
}
