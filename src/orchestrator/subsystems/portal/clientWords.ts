// How the client review pack says things: statuses, decisions, dates and figures in the client's
// words — never an internal status code, a version number or a raw id.
import { ANGLE_LABELS } from '../creatives/angleTemplates';
import { channelLabel } from '../../domain/channels';
import { formatMoney, minorDigits } from '../../domain/money';
import { isIsoDate, longDate } from '../common/dates';

const STATUS: Record<string, string> = {
  draft: 'in preparation',
  in_review: 'awaiting your decision',
  approved: 'approved',
  rejected: 'not approved',
  changes_requested: 'being revised after your feedback',
  stale: 'being updated',
  scheduled: 'approved and scheduled',
};

export const statusWords = (status: string): string => STATUS[status] ?? status.replace(/_/g, ' ');

const ACTION: Record<string, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'did not approve',
  request_changes: 'asked for changes to',
  hold: 'put on hold',
  resume: 'resumed',
};

export const actionWords = (action: string): string => ACTION[action] ?? action.replace(/_/g, ' ');

/** An angle as the creatives name it ("benefit-led" → "benefit-led", "offer-urgency" → "offer"); an unknown one with its dashes and underscores as spaces. */
export const angleWords = (angle: string): string => {
  const label = (ANGLE_LABELS as Record<string, string>)[angle];
  return label ? label.toLowerCase() : angle.replace(/[_-]+/g, ' ');
};

export const channelWords = (channel: string): string => channelLabel(channel);

/** An ISO date or timestamp as a date ("2 December 2026"); other text as it is. */
export function dateWords(text: string | null | undefined, none = 'to be agreed'): string {
  if (!text) return none;
  const day = text.slice(0, 10);
  return isIsoDate(day) ? longDate(day) : text;
}

/** A KPI figure in words: money with its currency, rates as percentages, multiples with ×. */
export function figureWords(value: number | null, unit: 'count' | 'ratio' | 'money' | 'multiple', currency: string): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  if (unit === 'money') return formatMoney({ amountMinor: Math.round(value * 10 ** minorDigits(currency)), currency });
  if (unit === 'ratio') return `${(value * 100).toLocaleString('en', { maximumFractionDigits: 2 })} %`;
  if (unit === 'multiple') return `${value.toLocaleString('en', { maximumFractionDigits: 2 })}×`;
  return value.toLocaleString('en', { maximumFractionDigits: 1 });
}
