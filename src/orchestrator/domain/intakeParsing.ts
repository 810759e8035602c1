// Parsing what people type for an intake (amounts, currencies, KPI pairs) and comparing a patch
// with the project. Shared by every front end (CLI flags, VS Code inputs, panels), so they all
// refuse the same things with the same words; the rules themselves are in projectRules.ts.
import { AicmoError } from './errors';
import { isKnownCurrency, minorDigits, toMinor } from './money';
import type { KpiTargets, Project } from './project';

function invalid(field: string, message: string): never {
  throw new AicmoError('invalid-input', message, { field });
}

export function parseCurrency(text: string): string {
  const code = text.trim().toUpperCase();
  if (!isKnownCurrency(code)) invalid('currency', `"${text}" is not a known ISO 4217 currency code (e.g. USD, EUR, GBP).`);
  return code;
}

/** A decimal amount in major units ("12500", "12500.50") → integer minor units of `currency`. */
export function parseBudget(text: string, currency: string): number {
  const trimmed = text.trim();
  const m = /^-?\d+(?:\.(\d+))?$/.exec(trimmed);
  if (!m) invalid('budget', `The budget "${text}" is not a decimal amount (e.g. 12500 or 12500.50).`);
  const digits = minorDigits(currency);
  if ((m[1]?.length ?? 0) > digits) invalid('budget', `The budget "${text}" has more decimals than ${currency} allows (${digits}).`);
  const minor = toMinor(trimmed, currency);
  if (!Number.isSafeInteger(minor)) invalid('budget', `The budget "${text}" is too large.`);
  return minor;
}

/** `--kpi conversions=500 --kpi cpa=40` → { conversions: 500, cpa: 40 }. */
export function parseKpis(pairs: string[]): KpiTargets {
  const targets: KpiTargets = {};
  for (const pair of pairs) {
    const m = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(pair);
    if (!m) invalid('kpi', `The KPI target "${pair}" is not in name=value form (e.g. --kpi cpa=40).`);
    const [, name, value] = m;
    if (!/^-?\d+(?:\.\d+)?$/.test(value!)) invalid('kpi', `The KPI target "${pair}" needs a number after "=" (e.g. --kpi ${name}=40).`);
    targets[name!.toLowerCase()] = Number(value);
  }
  return targets;
}

/** JSON with object keys sorted, so {a,b} and {b,a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The fields a patch really changes, as { field: { from, to } } (empty: nothing to do). */
export function changesOf(current: Project, patch: object): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = (current as unknown as Record<string, unknown>)[key];
    if (canonical(from ?? null) !== canonical(to)) changes[key] = { from: from ?? null, to };
  }
  return changes;
}
