// Strategy content as a document a strategist reads: a headed section per part, prose as
// paragraphs, lists of words as bullets, lists of records as tables, and money in minor units
// shown as money ("Budget: $18,500.00", never `situation.budget.amountMinor: 1850000`). The same
// document as lines (one sentence, bullet or table row each, with its section) is what the
// version diff compares, so a diff shows changed sentences.
import { formatMinor, formatNumber } from '../common/format';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'fields'; items: [string, string][] };

export interface Section {
  heading: string;
  /** 1 for a top-level part, 2 for a part inside it, … */
  depth: number;
  blocks: Block[];
}

const ACRONYMS: Record<string, string> = { kpi: 'KPI', kpis: 'KPIs', cpa: 'CPA', cpc: 'CPC', cpm: 'CPM', ctr: 'CTR', roas: 'ROAS', url: 'URL', cta: 'CTA', seo: 'SEO', sem: 'SEM', id: 'ID' };

/** "executiveSummary" → "Executive summary", "kpiTargets" → "KPI targets", "amountMinor" → "Amount". */
export function labelOf(key: string): string {
  const words = key
    .replace(/Minor$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase());
  const text = words.join(' ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : key;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown): boolean => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);

/** A value as words; a `…Minor` amount beside a currency is money. */
function valueText(key: string, v: unknown, siblings: Rec): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') {
    if (/Minor$/.test(key) && typeof siblings.currency === 'string') return formatMinor(v, siblings.currency);
    return formatNumber(v);
  }
  if (Array.isArray(v)) return v.map((x) => (isRecord(x) ? recordText(x) : valueText(key, x, siblings))).join(', ') || '(none)';
  if (isRecord(v)) return recordText(v);
  return String(v);
}

/** A small record on one line: "Trust — Proof from customers" or "Metric: CPA; Target: 35". */
function recordText(r: Rec): string {
  const keys = Object.keys(r).filter((k) => !(k === 'currency' && Object.keys(r).some((x) => /Minor$/.test(x))));
  if (typeof r.name === 'string' && keys.length <= 2 && typeof r.description === 'string') return `${r.name} — ${r.description}`;
  return keys.map((k) => `${labelOf(k)}: ${valueText(k, r[k], r)}`).join('; ');
}

const hidesCurrency = (r: Rec) => Object.keys(r).some((k) => /Minor$/.test(k));

function sectionsOf(key: string, value: unknown, depth: number, siblings: Rec): Section[] {
  const heading = labelOf(key);
  if (isPrimitive(value)) return [{ heading, depth, blocks: [{ kind: 'p', text: valueText(key, value, siblings) }] }];
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ heading, depth, blocks: [{ kind: 'p', text: '(none)' }] }];
    if (value.every(isPrimitive)) return [{ heading, depth, blocks: [{ kind: 'list', items: value.map((x) => valueText(key, x, siblings)) }] }];
    if (value.every((x) => isRecord(x) && Object.values(x).every((y) => isPrimitive(y) || (Array.isArray(y) && y.every(isPrimitive))))) {
      const rows = value as Rec[];
      if (rows.every((r) => typeof r.name === 'string' && typeof r.description === 'string' && Object.keys(r).length === 2)) {
        return [{ heading, depth, blocks: [{ kind: 'list', items: rows.map(recordText) }] }];
      }
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => !(k === 'currency' && hidesCurrency(r)))))];
      return [{ heading, depth, blocks: [{ kind: 'table', columns: columns.map(labelOf), rows: rows.map((r) => columns.map((c) => valueText(c, r[c], r))) }] }];
    }
    return [{ heading, depth, blocks: [{ kind: 'list', items: value.map((x) => (isRecord(x) ? recordText(x) : valueText(key, x, siblings))) }] }];
  }
  const r = value as Rec;
  const fields: [string, string][] = [];
  const nested: Section[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (k === 'currency' && hidesCurrency(r)) continue;
    if (isPrimitive(v) || (Array.isArray(v) && v.every(isPrimitive) && v.length <= 3)) fields.push([labelOf(k), valueText(k, v, r)]);
    else nested.push(...sectionsOf(k, v, depth + 1, r));
  }
  return [{ heading, depth, blocks: fields.length > 0 ? [{ kind: 'fields', items: fields }] : [] }, ...nested];
}

/** The content as headed sections, in the content's own order. */
export function documentOf(content: unknown): Section[] {
  if (!isRecord(content)) return [];
  return Object.entries(content).flatMap(([k, v]) => sectionsOf(k, v, 1, content));
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).filter(Boolean);

/** One line per sentence, bullet, field or table row, each with its section ("Executive summary — …"). */
export function documentLines(content: unknown): string[] {
  const out: string[] = [];
  for (const s of documentOf(content)) {
    const at = (t: string) => out.push(`${s.heading} — ${t}`);
    for (const b of s.blocks) {
      if (b.kind === 'p') sentences(b.text).forEach(at);
      else if (b.kind === 'list') b.items.forEach(at);
      else if (b.kind === 'fields') b.items.forEach(([k, v]) => at(`${k}: ${v}`));
      else b.rows.forEach((row) => at(row.map((v, i) => `${b.columns[i]}: ${v}`).join('; ')));
    }
  }
  return out;
}
