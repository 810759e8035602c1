// The words and number formats people read: human names for channels, roles, stages, statuses,
// subsystems, goal metrics and KPIs, and numbers with their units (money, counts, conversions with
// decimals only where they are fractional, rates, multiples), dates as dates and plurals. One module
// for every front end: CLI text, the VS Code tree and notifications, and the panel snapshot builders
// (webviews get display text from snapshots or use src/webviews/common/format.ts, which follows the
// same rules). Pure: no store, no I/O.
import { CHANNEL_LABELS } from './channels';
import type { GoalMetric } from './project';
import { KPI_KEYS, KPI_SPECS, kpiLabel, readKpiName, type KpiKey } from '../analytics/kpiNames';
import { ROLE_LABELS } from '../team/roles';
import { minorDigits } from './money';

// ---- Plain words ---------------------------------------------------------------------------

/** "google_search" → "google search", "t-strategy-review" → "t strategy review": the last resort for an unknown id. */
export function humanizeId(id: string): string {
  return id.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const capital = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const intFmt = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decFmt = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A count: "1,234"; a fractional number keeps up to two decimals ("12.5"), a whole one none. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return 'no data';
  return Number.isInteger(n) ? intFmt.format(n) : decFmt.format(n);
}

/** "1 project", "3 projects", "1,200 leads"; `many` for irregular plurals ("3 people"). */
export function countText(n: number, one: string, many = `${one}s`): string {
  return `${numberText(n)} ${n === 1 ? one : many}`;
}

/**
 * Conversions as the platform reported them: whole numbers have no decimals ("120"), and only
 * fractional ones (data-driven attribution: "117.35") show them.
 */
export function conversionsText(n: number): string {
  return numberText(Math.round(n * 100) / 100);
}

// ---- Names -----------------------------------------------------------------------------------

/** "google_search" → "Google Search"; an unknown label is shown as it came. */
export function channelName(channel: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[channel] ?? channel;
}

/** "media_buyer" → "Media buyer". */
export function roleName(role: string | null | undefined): string {
  if (!role) return 'No role';
  return (ROLE_LABELS as Record<string, string>)[role] ?? capital(humanizeId(role));
}

const STAGE_NAMES: Record<string, string> = { INTAKE: 'Intake', STRATEGY: 'Strategy', CREATIVE: 'Creative', EXECUTION: 'Execution', DONE: 'Done' };

/** "EXECUTION" → "Execution". */
export function stageName(stage: string): string {
  return STAGE_NAMES[stage] ?? capital(humanizeId(stage.toLowerCase()));
}

const STATUS_NAMES: Record<string, string> = {
  draft: 'draft',
  in_review: 'in review',
  changes_requested: 'changes requested',
  approved: 'approved',
  rejected: 'rejected',
  scheduled: 'scheduled',
  stale: 'stale',
  missing: 'not made yet',
  todo: 'to do',
  in_progress: 'in progress',
  blocked: 'blocked',
  done: 'done',
  on_hold: 'on hold',
  cancelled: 'cancelled',
  active: 'active',
  completed: 'completed',
  partial: 'partly done',
  failed: 'failed',
  waiting: 'waiting',
  skipped: 'skipped',
  running: 'running',
};

/** An artifact, creative, task, run or lifecycle status in words: "in_review" → "in review". */
export function statusName(status: string): string {
  return STATUS_NAMES[status] ?? humanizeId(status);
}

const SUBSYSTEM_NAMES: Record<string, string> = {
  strategy: 'Strategy',
  brand: 'Brand guide',
  social: 'Social trends',
  media: 'Media plan',
  creatives: 'Creatives',
  pm: 'Project plan',
  analytics: 'Analytics',
  portal: 'Client review pack',
};

/** "pm" → "Project plan", "portal" → "Client review pack". */
export function subsystemName(name: string): string {
  return SUBSYSTEM_NAMES[name] ?? capital(humanizeId(name));
}

const GOAL_NAMES: Record<GoalMetric, string> = { awareness: 'Awareness', leads: 'Leads', sales: 'Sales', engagement: 'Engagement', retention: 'Retention' };

/** "leads" → "Leads". */
export function goalMetricName(metric: string): string {
  return (GOAL_NAMES as Record<string, string>)[metric] ?? capital(humanizeId(metric));
}

const isKpiKey = (k: string): k is KpiKey => (KPI_KEYS as readonly string[]).includes(k);

/** A KPI or a target name as the client says it: "cpa" on a leads goal → "Cost per lead", "roas" → "ROAS". */
export function kpiName(name: string, goal?: GoalMetric): string {
  if (isKpiKey(name)) return kpiLabel(name, goal);
  const read = readKpiName(name, goal);
  return read.kpi ? read.label : read.label === name ? capital(humanizeId(name)) : read.label;
}

// ---- Money and KPI values ----------------------------------------------------------------------

const moneyFmts = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, whole: boolean): Intl.NumberFormat {
  const key = `${currency}:${whole}`;
  let f = moneyFmts.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en', { style: 'currency', currency, ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });
    } catch {
      f = decFmt;
    }
    moneyFmts.set(key, f);
  }
  return f;
}

/** Money in major units: "$35" for a whole amount, "$35.50" otherwise, "€1,250". */
export function moneyText(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return 'no data';
  const cents = Math.round(amount * 100) / 100;
  return moneyFormat(currency, Number.isInteger(cents)).format(cents);
}

/** Money in integer minor units of its currency: 1850000 USD → "$18,500". */
export function minorMoneyText(minor: number, currency: string): string {
  let digits = 2;
  try {
    digits = minorDigits(currency);
  } catch {
    // unknown currency: cents
  }
  return moneyText(minor / 10 ** digits, currency);
}

/**
 * A KPI's value with its unit: money with the currency ("$35"), rates as percentages ("3.2%"),
 * multiples with × ("4.2×"), counts as counts (decimals only where fractional).
 */
export function kpiValueText(name: string, value: number, currency: string, goal?: GoalMetric): string {
  const key = isKpiKey(name) ? name : readKpiName(name, goal).kpi;
  const unit = key ? KPI_SPECS[key].unit : readKpiName(name, goal).unit ?? 'count';
  if (unit === 'money') return moneyText(value, currency);
  if (unit === 'ratio') return `${decFmt.format(Math.round(value * 1000) / 10)}%`;
  if (unit === 'multiple') return `${decFmt.format(Math.round(value * 100) / 100)}×`;
  return key === 'conversions' ? conversionsText(value) : numberText(value);
}

/** "$35 CPA target, from the brief" style: the value with its unit, the KPI's name and where it came from. */
export function kpiTargetText(name: string, value: number, options: { currency: string; goal?: GoalMetric; source?: string }): string {
  const label = kpiName(name, options.goal);
  return `${kpiValueText(name, value, options.currency, options.goal)} ${label} target${options.source ? `, ${options.source}` : ''}`;
}

// ---- Dates ---------------------------------------------------------------------------------------

/** The months in English, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTHS = MONTH_NAMES;

/** "2026-10" → "October 2026"; anything else as it came. */
export function monthText(yearMonth: string): string {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(yearMonth) ? `${MONTHS[Number(yearMonth.slice(5)) - 1]} ${yearMonth.slice(0, 4)}` : yearMonth;
}

const PLATFORM_NAMES: Record<string, string> = { google_ads: 'Google Ads', meta: 'Meta Ads', meta_ads: 'Meta Ads', generic: 'Generic sheet', google_trends: 'Google Trends' };

/** A metrics row's platform as people name it ("google_ads" → "Google Ads"); an unknown one by its channel name. */
export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform] ?? channelName(platform);
}

function parts(iso: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) };
}

/** "2026-12-02" or "2026-12-02T10:15:00.000Z" → "2 December 2026"; anything else as it came. */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parts(iso);
  return p ? `${p.d} ${MONTHS[p.m]} ${p.y}` : iso;
}

/** "2026-12-02T10:15:00.000Z" → "2 December 2026, 10:15 UTC" (never milliseconds). */
export function dateTimeText(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = d.toISOString();
  if (!/T/.test(iso)) return dateText(s);
  return `${dateText(s)}, ${s.slice(11, 16)} UTC`;
}

/** "1–21 October 2026", "28 September – 4 October 2026", "1 February 2027 – 30 April 2027"; open ends say so. */
export function dateRangeText(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'no dates';
  if (!from) return `until ${dateText(to)}`;
  if (!to) return `from ${dateText(from)}`;
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return `${from} – ${to}`;
  if (from.slice(0, 10) === to.slice(0, 10)) return dateText(from);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[b.m]} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m]} – ${b.d} ${MONTHS[b.m]} ${b.y}`;
  return `${dateText(from)} – ${dateText(to)}`;
}

/** "today", "yesterday", "3 days ago", "in 2 days" (whole days between two ISO dates or timestamps). */
export function daysAgoText(iso: string, now: string): string {
  const days = Math.round((Date.parse(now.slice(0, 10)) - Date.parse(iso.slice(0, 10))) / 86_400_000);
  if (!Number.isFinite(days)) return '';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  return days > 0 ? `${countText(days, 'day')} ago` : `in ${countText(-days, 'day')}`;
}
