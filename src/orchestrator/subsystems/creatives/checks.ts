// Every field of a creative against its format's limits and the brief's rules: counts, hard
// limits (errors), recommended lengths (warnings), required fields, duplicate items (the same
// words reordered), the call-to-action list, forbidden characters, banned terms and their
// inflections, competitors, offer language, before/after claims, superlatives, stock filler,
// numbers the facts do not hold, the must-include terms, and the search-ad headline mix. One
// function for the rules engine, the language-model engine and the validator, so what one
// writes the others check the same way.
import { charLength } from '../common/text';
import type { BriefRules } from './briefRules';
import { CTA_LISTS } from './ctas';
import { fillerIn } from './filler';
import { formatFor, type FieldSpec } from './channelLimits';
import type { Phrasebook } from './language';
import type { CreativeFields, CreativeViolation } from './types';

/** The brief's facts as the checks need them. */
export interface CheckFacts {
  product: string;
  brand: string;
  benefits: readonly string[];
  proofs: readonly string[];
  offer?: string;
  /** Everything else numbers may come from (must-include terms, landing URL). */
  other: readonly string[];
}

export interface CheckContext {
  rules: BriefRules;
  facts: CheckFacts;
  phrasebook: Phrasebook;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const numbersIn = (text: string): string[] => [...text.matchAll(NUMBER)].map((m) => String(Number(m[0].replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'))));

/** Lowercased words, sorted: two texts with the same key are the same words reordered. */
export function wordKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).sort().join(' ');
}

const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();

export function fieldTexts(fields: CreativeFields, spec: FieldSpec): { path: string; text: string }[] {
  const v = fields[spec.key];
  if (v === undefined) return [];
  if (Array.isArray(v)) return v.map((text, i) => ({ path: `${spec.key}[${i}]`, text }));
  return [{ path: spec.key, text: v }];
}

function lengthViolations(spec: FieldSpec, path: string, text: string, channelLabel: string): CreativeViolation[] {
  const out: CreativeViolation[] = [];
  const n = charLength(text);
  if (spec.maxChars !== undefined && n > spec.maxChars) {
    out.push({ field: path, rule: 'max-length', severity: 'error', limit: spec.maxChars, actual: n, message: `${channelLabel} ${spec.label} is ${n} characters; the limit is ${spec.maxChars}.` });
  } else if (spec.recommendedChars !== undefined && n > spec.recommendedChars) {
    out.push({ field: path, rule: 'recommended-length', severity: 'warning', limit: spec.recommendedChars, actual: n, message: `${channelLabel} ${spec.label} is ${n} characters; about ${spec.recommendedChars} show before it is cut off.` });
  }
  return out;
}

/** A text without the brief's facts in it: AICMO's own words, which the stock-phrase check is about (a client's "Approve invoices in minutes" is their claim, not filler). */
export function ownWords(text: string, facts: readonly string[]): string {
  let out = text;
  for (const f of [...facts].filter((x) => x.trim() !== '').sort((a, b) => b.length - a.length)) {
    const re = new RegExp(f.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'giu');
    out = out.replace(re, ' ');
  }
  return out;
}

/** The brief's rules on one text (any field, any engine). */
export function ruleViolations(path: string, text: string, ctx: CheckContext, label = path): CreativeViolation[] {
  const out: CreativeViolation[] = [];
  for (const t of ctx.rules.terms) {
    const m = t.re.exec(text);
    if (!m) continue;
    out.push(
      t.kind === 'competitor'
        ? { field: path, rule: 'competitor', severity: 'error', term: t.term, message: `The ${label} names the competitor "${t.term}"; competitors are never named in ads.` }
        : { field: path, rule: 'banned-term', severity: 'error', term: t.term, message: `The ${label} uses "${m[0]}", banned by ${t.source === 'the brand guide' ? 'the brand guide' : `the do-not-do rule "${t.source}"`}.` },
    );
  }
  for (const p of ctx.rules.patterns) {
    const hit = p.patterns.map((re) => re.exec(text)).find((m) => m !== null);
    if (!hit) continue;
    const why = p.source === 'the brief has no offer' ? 'the brief has no offer' : `the do-not-do rule "${p.source}" forbids it`;
    const what = p.kind === 'offer-language' ? 'offer language' : p.kind === 'before-after' ? 'a before/after claim' : 'a superlative';
    out.push({ field: path, rule: p.kind, severity: 'error', term: hit[0], message: `The ${label} uses ${what} ("${hit[0]}"), but ${why}.` });
  }
  const f0 = ctx.facts;
  for (const phrase of fillerIn(ownWords(text, [f0.product, f0.brand, ...f0.benefits, ...f0.proofs, f0.offer ?? '', ...f0.other]))) out.push({ field: path, rule: 'filler', severity: 'error', term: phrase, message: `The ${label} uses the stock phrase "${phrase}", which says nothing about the client.` });
  const f = ctx.facts;
  const known = new Set(numbersIn([f.product, f.brand, ...f.benefits, ...f.proofs, f.offer ?? '', ...f.other].join('\n')));
  const invented = [...new Set(numbersIn(text))].filter((n) => !known.has(n));
  if (invented.length > 0) out.push({ field: path, rule: 'invented-number', severity: 'error', term: invented.join(', '), message: `The ${label} states ${invented.map((n) => `"${n}"`).join(', ')}, which no brief fact holds.` });
  return out;
}

function headlineMix(fields: CreativeFields, ctx: CheckContext): CreativeViolation[] {
  const heads = (fields.headlines as string[] | undefined) ?? [];
  const has = (pred: (h: string) => boolean): boolean => heads.some(pred);
  const includes = (h: string, t: string): boolean => t.trim() !== '' && norm(h).includes(norm(t));
  const missing: string[] = [];
  const f = ctx.facts;
  if (!has((h) => includes(h, f.product) || includes(h, f.brand))) missing.push('the product or brand');
  if (f.benefits.length === 0) missing.push('a benefit (the brief has none: add --benefit)');
  else if (!has((h) => f.benefits.some((b) => includes(h, b)))) missing.push(`a benefit (none of the brief's benefits fits 30 characters)`);
  if (f.proofs.length === 0) missing.push('proof (the brief has no proof points: add --proof)');
  else if (!has((h) => f.proofs.some((p) => includes(h, p)))) missing.push(`proof (none of the brief's proof points fits 30 characters)`);
  const ctas = [...Object.values(ctx.phrasebook.cta), ...Object.values(ctx.phrasebook.actions).map((a) => a.label)];
  if (!has((h) => ctas.some((c) => includes(h, c)))) missing.push('the call to action');
  if (missing.length === 0) return [];
  return [{ field: 'headlines', rule: 'headline-mix', severity: 'warning', message: `The headlines have no headline with ${missing.join(', ')}.` }];
}

/** Every breach of one creative, in field order. */
export function checkCreative(channel: string, fields: CreativeFields, ctx: CheckContext, channelLabel: string = channel, limitsOnly = false): CreativeViolation[] {
  const format = formatFor(channel);
  const out: CreativeViolation[] = [];
  for (const spec of format.fields) {
    const v = fields[spec.key];
    const texts = fieldTexts(fields, spec).filter((t) => t.text.trim() !== '');
    if (spec.list) {
      const n = texts.length;
      if (spec.required && spec.min !== undefined && n < spec.min) out.push({ field: spec.key, rule: 'count', severity: 'error', limit: spec.min, actual: n, message: `${channelLabel} needs at least ${spec.min} ${spec.label}s; this creative has ${n}.` });
      if (spec.max !== undefined && n > spec.max) out.push({ field: spec.key, rule: 'count', severity: 'error', limit: spec.max, actual: n, message: `${channelLabel} takes at most ${spec.max} ${spec.label}s; this creative has ${n}.` });
      if (spec.oneAtMost !== undefined && n > 0 && !texts.some((t) => charLength(t.text) <= spec.oneAtMost!)) {
        out.push({ field: spec.key, rule: 'short-item', severity: 'error', limit: spec.oneAtMost, message: `${channelLabel} needs at least one ${spec.label} of ${spec.oneAtMost} characters or fewer.` });
      }
      const seen = new Map<string, { path: string; text: string }>();
      for (const t of texts) {
        const key = wordKey(t.text);
        const first = seen.get(key);
        if (first !== undefined) out.push({ field: t.path, rule: 'duplicate', severity: 'error', message: `${t.path} repeats ${first.path}${norm(t.text) === norm(first.text) ? '' : ' with the words reordered'}; each ${spec.label} must say something different.` });
        else seen.set(key, t);
      }
    } else if (spec.required && (typeof v !== 'string' || v.trim() === '')) {
      out.push({ field: spec.key, rule: 'required', severity: spec.role === 'url' ? 'warning' : 'error', message: spec.role === 'url' ? `The ${spec.label} is missing: add the brief's landing URL (--landing-url).` : `The ${spec.label} is missing.` });
    }
    for (const t of texts) {
      out.push(...lengthViolations(spec, t.path, t.text, channelLabel));
      if (spec.role === 'url') continue;
      if (spec.role === 'cta' && format.ctaList !== 'free' && !limitsOnly) {
        const allowed = CTA_LISTS[format.ctaList].map((k) => ctx.phrasebook.cta[k]);
        if (!allowed.includes(t.text)) out.push({ field: t.path, rule: 'cta-list', severity: 'error', message: `"${t.text}" is not one of ${channelLabel}'s call-to-action buttons (${allowed.join(', ')}).` });
      }
      if (format.forbidden && new RegExp(format.forbidden.pattern, 'iu').test(t.text)) {
        out.push({ field: t.path, rule: 'forbidden-characters', severity: 'error', message: `${channelLabel} ${spec.label} does not take ${format.forbidden.what}.` });
      }
      if (!limitsOnly) out.push(...ruleViolations(t.path, t.text, ctx, `${spec.label}${t.path.includes('[') ? ` ${t.path.slice(t.path.indexOf('['))}` : ''}`));
    }
  }
  if (limitsOnly) return out;
  const all = format.fields.filter((s) => s.role !== 'url').flatMap((s) => fieldTexts(fields, s).map((t) => t.text)).join('\n');
  for (const m of ctx.rules.mustInclude) {
    if (!norm(all).includes(norm(m))) out.push({ field: 'creative', rule: 'must-include', severity: 'error', term: m, message: `The creative does not include "${m}", which the brief says every creative must include.` });
  }
  if (channel === 'google_search') out.push(...headlineMix(fields, ctx));
  return out;
}

export const errorCount = (v: readonly CreativeViolation[]): number => v.filter((x) => x.severity === 'error').length;
