// Parsing what people type for an intake (amounts, currencies, KPI pairs) and comparing a patch
// with the project. Shared by every front end (CLI flags, VS Code inputs, panels), so they all
// refuse the same things with the same words; the rules themselves are in projectRules.ts.
import { channelLabel, readChannelLabel, type Channel } from './channels';
import { AicmoError } from './errors';
import { isKnownCurrency, minorDigits, toMinor } from './money';
import { BRIEF_FIELDS, type KpiTargets, type Project } from './project';

function invalid(field: string, message: string): never {
  throw new AicmoError('invalid-input', message, { field });
}

export function parseCurrency(text: string): string {
  const code = text.trim().toUpperCase();
  if (!isKnownCurrency(code)) invalid('currency', `"${text}" is not a known ISO 4217 currency code (e.g. USD, EUR, GBP).`);
  return code;
}

const CURRENCY_SIGNS = /^(?:[$€£¥₹]|[A-Z]{3}\s?)|(?:\s?[A-Z]{3}|[$€£¥₹])$/;

/**
 * An amount as people write it, without its currency sign or code and thousands separators:
 * "20,000", "20 000", "$20,000", "20000 USD" → "20000". Groups must be of three digits, so a
 * decimal comma ("12,5") is not read as thousands.
 */
function plainAmount(text: string, currency: string): string {
  let t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  const sign = CURRENCY_SIGNS.exec(t);
  if (sign && (!/[A-Z]{3}/.test(sign[0]) || sign[0].trim() === currency)) t = t.replace(CURRENCY_SIGNS, '').trim();
  if (/^-?\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*(?:\.\d+)?$/.test(t)) t = t.replace(/[, ]/g, '');
  return t;
}

/** A decimal amount in major units ("12500", "12,500.50", "$12 500") → integer minor units of `currency`. */
export function parseBudget(text: string, currency: string): number {
  const trimmed = plainAmount(text, currency);
  const m = /^-?\d+(?:\.(\d+))?$/.exec(trimmed);
  if (!m) invalid('budget', `The budget "${text}" is not an amount (e.g. 12500, 12,500 or 12500.50).`);
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
    if (!m) invalid('kpi', `The KPI target "${pair}" is not in name=value form (e.g. cpa=40).`);
    const [, name, value] = m;
    if (!/^-?\d+(?:\.\d+)?$/.test(value!)) invalid('kpi', `The KPI target "${pair}" needs a number after "=" (e.g. ${name}=40).`);
    targets[name!.toLowerCase()] = Number(value);
  }
  return targets;
}

/**
 * Channel names as people write them ("Google Search", "meta", "paid social") → channel ids, in
 * the order given, without repeats. A family ("social") stands for each of its channels.
 */
export function parseChannelList(labels: readonly string[], field: string): Channel[] {
  const out: Channel[] = [];
  for (const label of labels) {
    if (label.trim() === '') continue;
    const r = readChannelLabel(label);
    if (r.kind === 'unknown') invalid(field, `"${label}" is not a channel AICMO knows (e.g. google_search, meta, instagram, linkedin, tiktok, youtube, email).`);
    for (const c of r.kind === 'channel' ? [r.channel] : r.channels) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** `--cap meta=30%` or `--cap "Google Search=0.25"` → { meta: 0.3, google_search: 0.25 }; `--cap meta=` removes a cap (null). */
export function parseCaps(pairs: readonly string[]): Partial<Record<Channel, number | null>> {
  const caps: Partial<Record<Channel, number | null>> = {};
  for (const pair of pairs) {
    const m = /^\s*(.+?)\s*=\s*(.*?)\s*$/.exec(pair);
    if (!m) invalid('channelCaps', `The cap "${pair}" is not in channel=share form (e.g. meta=30%).`);
    const r = readChannelLabel(m[1]!);
    if (r.kind !== 'channel') invalid('channelCaps', `"${m[1]}" in the cap "${pair}" is not one channel (e.g. meta=30%).`);
    const value = m[2]!;
    if (value === '') {
      caps[r.channel] = null;
      continue;
    }
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
    const share = pct ? Number(pct[1]) / 100 : /^\d*\.?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(share) || share <= 0 || share > 1) invalid('channelCaps', `The cap on ${channelLabel(r.channel)} must be a share above 0% and at most 100% (e.g. 30% or 0.3), not "${value}".`);
    caps[r.channel] = Math.round(share * 10_000) / 10_000;
  }
  return caps;
}

/** Language tags as typed ("DE", "en-gb") → BCP 47 case (de, en-GB), without repeats. */
export function parseLanguages(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const parts = raw.trim().replace(/_/g, '-').split('-').filter((p) => p !== '');
    if (parts.length === 0) continue;
    const tag = parts.map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase())).join('-');
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) invalid('languages', `"${raw}" is not a language tag (use BCP 47, e.g. en, de, fr, es-MX).`);
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

const BRIEF: ReadonlySet<string> = new Set(BRIEF_FIELDS);
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

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
    // A brief field that is empty is the same as one never given.
    if (BRIEF.has(key) && isEmpty(from) && isEmpty(to)) continue;
    if (canonical(from ?? null) !== canonical(to)) changes[key] = { from: from ?? null, to };
  }
  return changes;
}
