// One creative in its channel's native format, built from the brief's facts for one angle: every
// field is chosen from candidates made of the facts and the phrasebook's few words, and the
// candidate kept is the first that passes the field's hard limit and the brief's rules (then
// the recommended length): the copy is built within the limits, never trimmed afterwards. What
// no candidate can satisfy is left to `checkCreative`, which records it.
import { charLength } from '../common/text';
import type { Angle } from './angleTemplates';
import { checkCreative, errorCount, ruleViolations, wordKey, type CheckContext } from './checks';
import { CTA_LISTS, OFFER_CTAS, type CtaKind } from './ctas';
import { formatFor, type FieldSpec } from './channelLimits';
import type { Phrasebook } from './language';
import type { CreativeFields, CreativeViolation } from './types';

/** The brief's facts the copy is written from. */
export interface CopyFacts {
  product: string;
  brand: string;
  benefits: string[];
  proofs: string[];
  /** Absent when the brief has no offer, or when its rules forbid the offer's own words. */
  offer?: string;
  landingUrl?: string;
  mustInclude: string[];
}

/** A text and the facts it uses ("benefit:0", "proof:1", "product", "brand", "offer", "mustInclude:0"). */
interface Candidate {
  text: string;
  uses: string[];
}

export interface BuiltAd {
  fields: CreativeFields;
  facts: string[];
  violations: CreativeViolation[];
}

export interface BuildInput {
  channel: string;
  channelLabel: string;
  angle: Angle;
  facts: CopyFacts;
  phrasebook: Phrasebook;
  check: CheckContext;
  ctaKind: CtaKind;
  /** Rotates which benefit and proof lead, so angles and regenerations differ. */
  rotation: number;
  /** Normalized texts not to propose again (rejected copy, or the text a regeneration replaces). */
  avoid: ReadonlySet<string>;
}

const END = /[.!?…]$/u;
const capFirst = (t: string): string => (t === '' ? t : t[0]!.toUpperCase() + t.slice(1));
/** A fact as a sentence of its own: capitalised, ending in its own punctuation or a full stop. */
const sentence = (t: string): string => {
  const x = capFirst(t.trim());
  return END.test(x) ? x : `${x}.`;
};
/** A fact as a headline: capitalised, no final full stop. */
const headline = (t: string): string => capFirst(t.trim()).replace(/\.$/u, '');
const join = (...parts: (Candidate | undefined)[]): Candidate | undefined => {
  if (parts.some((p) => p === undefined)) return undefined;
  const ps = parts as Candidate[];
  return { text: ps.map((p) => p.text).join(' '), uses: [...new Set(ps.flatMap((p) => p.uses))] };
};
const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** The candidate building blocks of one creative, in the angle's order of preference. */
function blocks(input: BuildInput) {
  const { facts: f, phrasebook: p, rotation } = input;
  const benefits = rotate(f.benefits.map((b, i) => ({ b, i })), rotation).map(({ b, i }) => ({ text: b, uses: [`benefit:${i}`] }));
  const proofs = rotate(f.proofs.map((b, i) => ({ b, i })), rotation).map(({ b, i }) => ({ text: b, uses: [`proof:${i}`] }));
  const offer = f.offer ? { text: f.offer, uses: ['offer'] } : undefined;
  const brand: Candidate = { text: f.brand, uses: ['brand'] };
  const product: Candidate = { text: f.product, uses: ['product'] };
  const cta: Candidate = { text: p.cta[input.ctaKind], uses: input.ctaKind === 'get_offer' ? ['offer'] : [] };
  const must = f.mustInclude.map((m, i) => ({ text: m, uses: [`mustInclude:${i}`] }));
  const S = (c: Candidate | undefined): Candidate | undefined => (c ? { text: sentence(c.text), uses: c.uses } : undefined);
  const H = (c: Candidate | undefined): Candidate | undefined => (c ? { text: headline(c.text), uses: c.uses } : undefined);
  const lit = (text: string, uses: string[] = []): Candidate => ({ text, uses });
  const why = lit(p.why(f.brand), ['brand']);
  const discover = lit(p.discover(f.brand), ['brand']);
  const thatIs = lit(p.thatIs(f.brand), ['brand']);
  const b0 = benefits[0];
  const b1 = benefits[1];
  const p0 = proofs[0];
  const p1 = proofs[1];
  return { benefits, proofs, offer, brand, product, cta, must, S, H, lit, why, discover, thatIs, b0, b1, p0, p1 };
}

type Blocks = ReturnType<typeof blocks>;

/** Main texts (primary text, intro, post, ad text) for the angle, richest first. */
function primaryCandidates(angle: Angle, x: Blocks, p: Phrasebook): (Candidate | undefined)[] {
  const { S, b0, b1, p0, offer, thatIs, why, discover, cta } = x;
  const ctaS = S(cta);
  switch (angle) {
    case 'benefit-led':
      return [join(S(b0), S(b1), thatIs), join(S(b0), S(p0)), join(S(b0), thatIs), join(S(b0), ctaS), S(b0)];
    case 'problem-solution':
      return [join(x.lit(p.whyCompromise), S(b0), S(p0)), join(x.lit(p.whyCompromise), S(b0), thatIs), join(x.lit(p.whyCompromise), S(b0))];
    case 'social-proof':
      return [join(S(p0), S(b0)), join(S(p0), S(x.p1)), join(S(p0), thatIs), S(p0)];
    case 'question-hook':
      return [join(why, S(b0), S(p0)), join(why, S(b0)), join(why, S(p0)), join(why, ctaS)];
    case 'how-to':
      return [join(S(discover), S(b0), ctaS), join(S(discover), S(b1 ?? b0), ctaS), join(S(discover), S(p0)), join(S(discover), ctaS)];
    case 'offer-urgency':
      return [join(S(offer), S(b0), ctaS), join(S(offer), S(p0)), join(S(offer), ctaS), S(offer)];
  }
}

/** Short headlines for the angle (Meta, LinkedIn, YouTube). */
function shortHeadlineCandidates(angle: Angle, x: Blocks, p: Phrasebook): (Candidate | undefined)[] {
  const { H, b0, b1, p0, offer, why, discover, product, brand } = x;
  const common = [H(b0), H(b1), H(product), H(brand)];
  switch (angle) {
    case 'benefit-led':
      return [H(b0), H(b1), H(product), H(brand)];
    case 'problem-solution':
      return [H(b0), x.lit(p.whyCompromise), H(product)];
    case 'social-proof':
      return [H(p0), H(x.p1), ...common];
    case 'question-hook':
      return [why, ...common];
    case 'how-to':
      return [discover, x.lit(p.howItWorks), ...common];
    case 'offer-urgency':
      return [H(offer), ...common];
  }
}

function shortDescriptionCandidates(angle: Angle, x: Blocks): (Candidate | undefined)[] {
  const { H, b0, b1, p0, p1, offer, brand, product } = x;
  if (angle === 'social-proof') return [H(b0), H(p1), H(brand), H(product)];
  if (angle === 'offer-urgency') return [H(b0), H(p0), H(brand)];
  return [H(p0), H(b1), H(p1), H(b0), H(brand), H(product), H(offer)];
}

/** Headline pool for search and asset-group formats: required kinds first (product/brand, benefit, proof, call to action), then the angle's. */
function headlinePool(angle: Angle, x: Blocks, p: Phrasebook): (Candidate | undefined)[] {
  const { H, benefits, proofs, offer, brand, product, cta, why, discover, must } = x;
  const lead = angle === 'social-proof' ? proofs.map(H) : angle === 'offer-urgency' ? [H(offer)] : angle === 'question-hook' ? [why] : angle === 'how-to' ? [discover] : benefits.map(H);
  return [
    ...lead,
    H(brand),
    H(product),
    ...benefits.map(H),
    ...proofs.map(H),
    cta,
    ...must.map(H),
    x.lit(p.by(product.text, brand.text), ['product', 'brand']),
    H(offer),
    why,
    discover,
    ...(angle === 'how-to' ? [x.lit(p.howItWorks)] : []),
  ];
}

function descriptionPool(angle: Angle, x: Blocks, p: Phrasebook): (Candidate | undefined)[] {
  const { S, benefits, proofs, offer, cta, thatIs, discover, must } = x;
  const ctaS = S(cta);
  const pairs: (Candidate | undefined)[] = [];
  benefits.forEach((b, i) => pairs.push(join(S(b), S(proofs[i % Math.max(1, proofs.length)]))));
  benefits.forEach((b) => pairs.push(join(S(b), ctaS)));
  proofs.forEach((pr) => pairs.push(join(S(pr), ctaS)));
  // One description carries the angle's opener; the others are fact pairs, so any two Google shows read well together.
  const lead = primaryCandidates(angle, x, p).find((c) => c !== undefined && charLength(c.text) <= 90);
  return [lead, ...pairs, join(S(offer), ctaS), join(S(discover), ctaS), ...benefits.map((b) => join(S(b), thatIs)), ...must.map((m) => join(S(m), ctaS)), ...benefits.map(S), ...proofs.map(S)];
}

function longHeadlineCandidates(angle: Angle, x: Blocks): (Candidate | undefined)[] {
  const { H, b0, b1, p0, offer, brand, why } = x;
  const dash = (a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined => (a && b ? { text: `${a.text} – ${b.text}`, uses: [...a.uses, ...b.uses] } : undefined);
  const lead = angle === 'social-proof' ? p0 : angle === 'offer-urgency' ? offer : b0;
  return [dash(H(lead), brand), dash(H(b1), brand), dash(H(p0), brand), why, H(b0), H(brand)];
}

function subjectCandidates(angle: Angle, x: Blocks, p: Phrasebook): (Candidate | undefined)[] {
  const { H, b0, b1, p0, offer, why, discover, product, brand } = x;
  if (angle === 'social-proof') return [H(p0), H(b0), why];
  if (angle === 'offer-urgency') return [H(offer), H(b0)];
  if (angle === 'question-hook') return [why, H(b0)];
  if (angle === 'how-to') return [discover, H(b0)];
  if (angle === 'problem-solution') return [x.lit(p.whyCompromise), H(b0)];
  return [H(b0), H(b1), x.lit(p.by(product.text, brand.text), ['product', 'brand'])];
}

function preheaderCandidates(angle: Angle, x: Blocks): (Candidate | undefined)[] {
  const { S, b0, b1, p0, cta, thatIs } = x;
  const ctaS = S(cta);
  if (angle === 'social-proof') return [join(S(b0), ctaS), S(b0), thatIs];
  if (angle === 'benefit-led') return [join(S(p0), ctaS), join(S(b1), ctaS), join(thatIs, ctaS)];
  return [join(S(p0), ctaS), join(S(b0), ctaS), join(S(b1), ctaS), join(thatIs, ctaS)];
}

function emailBody(angle: Angle, x: Blocks, p: Phrasebook): Candidate[] {
  const { S, benefits, proofs, offer, cta, thatIs, why, discover } = x;
  const opener = angle === 'question-hook' ? why : angle === 'how-to' ? S(discover) : angle === 'problem-solution' ? x.lit(p.whyCompromise) : undefined;
  const paras: (Candidate | undefined)[][] = [
    [x.lit(p.greeting)],
    [opener, ...(angle === 'social-proof' ? proofs.slice(0, 2).map(S) : benefits.slice(0, 3).map(S))],
    angle === 'social-proof' ? benefits.slice(0, 2).map(S) : proofs.slice(0, 2).map(S),
    [S(offer)],
    [thatIs, S(cta)],
  ];
  const text = paras
    .map((ps) => ps.filter((c): c is Candidate => c !== undefined))
    .filter((ps) => ps.length > 0)
    .map((ps) => ({ text: ps.map((c) => c.text).join(' '), uses: ps.flatMap((c) => c.uses) }));
  const full = { text: text.map((t) => t.text).join('\n\n'), uses: [...new Set(text.flatMap((t) => t.uses))] };
  const short = { text: [x.lit(p.greeting), ...text.slice(1, 2), { text: [thatIs.text, S(cta)!.text].join(' '), uses: thatIs.uses }].map((t) => t.text).join('\n\n'), uses: [...new Set([...(text[1]?.uses ?? []), 'brand'])] };
  return [full, short];
}

function slug(text: string, max: number): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    const next = out === '' ? w : `${out}-${w}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** The first candidate without errors for one text field (then the fewest warnings); the avoided texts only when nothing else fits. */
function pickText(spec: FieldSpec, candidates: (Candidate | undefined)[], input: BuildInput, taken: ReadonlySet<string> = new Set()): Candidate | undefined {
  const seen = new Set<string>();
  const scored: { c: Candidate; errors: number; warnings: number; avoided: boolean; order: number }[] = [];
  candidates.forEach((c, order) => {
    if (!c || c.text.trim() === '' || seen.has(norm(c.text)) || taken.has(wordKey(c.text))) return;
    seen.add(norm(c.text));
    const n = charLength(c.text);
    const v = ruleViolations(spec.key, c.text, input.check);
    const errors = errorCount(v) + (spec.maxChars !== undefined && n > spec.maxChars ? 1 : 0);
    const warnings = spec.recommendedChars !== undefined && n > spec.recommendedChars ? 1 : 0;
    scored.push({ c, errors, warnings, avoided: input.avoid.has(norm(c.text)), order });
  });
  scored.sort((a, b) => a.errors - b.errors || Number(a.avoided) - Number(b.avoided) || a.warnings - b.warnings || a.order - b.order);
  return scored[0]?.c;
}

/** Distinct items for a list field: as many as fit (within the platform's maximum), clean ones only while there are enough. */
function pickList(spec: FieldSpec, candidates: (Candidate | undefined)[], input: BuildInput, want: number): Candidate[] {
  const out: Candidate[] = [];
  const keys = new Set<string>();
  const clean: Candidate[] = [];
  const dirty: Candidate[] = [];
  for (const c of candidates) {
    if (!c || c.text.trim() === '' || keys.has(wordKey(c.text))) continue;
    keys.add(wordKey(c.text));
    const n = charLength(c.text);
    const bad = (spec.maxChars !== undefined && n > spec.maxChars) || errorCount(ruleViolations(spec.key, c.text, input.check)) > 0;
    (bad ? dirty : clean).push(c);
  }
  out.push(...clean.slice(0, want));
  // Fewer clean items than the platform's minimum: the least bad ones fill up, and the checks record why.
  if (out.length < (spec.min ?? 0)) out.push(...dirty.slice(0, (spec.min ?? 0) - out.length));
  if (spec.oneAtMost !== undefined && !out.some((c) => charLength(c.text) <= spec.oneAtMost!)) {
    const short = clean.find((c) => charLength(c.text) <= spec.oneAtMost! && !out.includes(c));
    if (short) out[out.length - 1 >= (spec.min ?? 1) ? out.length - 1 : out.length] = short;
  }
  // A regeneration or a rejection must not get the same list again: rotate the optional items.
  const joined = norm(out.map((c) => c.text).join('\n'));
  if (input.avoid.has(joined) && clean.length > out.length) out.splice(out.length - 1, 1, clean[out.length]!);
  return out;
}

/** The must-include terms a creative lacks, added where they fit (the main text, then a headline). */
function addMustInclude(fields: CreativeFields, input: BuildInput, uses: Set<string>): void {
  const format = formatFor(input.channel);
  const texts = (): string => Object.entries(fields).filter(([k]) => k !== 'finalUrl').flatMap(([, v]) => (Array.isArray(v) ? v : [v])).join('\n').toLowerCase();
  const order = ['primary', 'post', 'emailBody', 'descriptions', 'headlines', 'preheader', 'longHeadline'];
  const specs = format.fields.filter((s) => order.includes(s.role)).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  input.facts.mustInclude.forEach((m, i) => {
    if (texts().includes(m.toLowerCase())) return;
    for (const spec of specs) {
      const v = fields[spec.key];
      if (v === undefined) continue;
      const limit = spec.maxChars ?? spec.recommendedChars ?? Infinity;
      if (Array.isArray(v)) {
        const item = spec.role === 'descriptions' ? sentence(m) : headline(m);
        if (spec.max !== undefined && v.length >= spec.max) continue;
        if (charLength(item) <= limit && !v.some((x) => wordKey(x) === wordKey(item))) {
          fields[spec.key] = [...v, item];
          uses.add(`mustInclude:${i}`);
          return;
        }
      } else if (spec.role !== 'longHeadline') {
        const next = `${v}${v.includes('\n') ? '\n\n' : ' '}${sentence(m)}`;
        if (charLength(next) <= limit) {
          fields[spec.key] = next;
          uses.add(`mustInclude:${i}`);
          return;
        }
      }
    }
  });
}

const WANT: Partial<Record<string, number>> = { headlines: 10, descriptions: 4, longHeadlines: 2 };

/** Builds one creative of a channel's format for an angle. */
export function buildAd(input: BuildInput): BuiltAd {
  const format = formatFor(input.channel);
  const x = blocks(input);
  const p = input.phrasebook;
  const fields: CreativeFields = {};
  const uses = new Set<string>();
  const takenHeadlines = new Set<string>();
  const put = (key: string, c: Candidate | undefined): void => {
    if (!c) return;
    fields[key] = c.text;
    c.uses.forEach((u) => uses.add(u));
  };
  const putList = (key: string, cs: Candidate[]): void => {
    fields[key] = cs.map((c) => c.text);
    cs.forEach((c) => c.uses.forEach((u) => uses.add(u)));
  };
  for (const spec of format.fields) {
    const want = Math.min(spec.max ?? 1, WANT[spec.key] ?? spec.max ?? 1);
    switch (spec.role) {
      case 'headlines':
        putList(spec.key, pickList(spec, headlinePool(input.angle, x, p), input, want));
        break;
      case 'descriptions':
        putList(spec.key, pickList(spec, descriptionPool(input.angle, x, p), input, want));
        break;
      case 'longHeadline':
        if (spec.list) putList(spec.key, pickList(spec, longHeadlineCandidates(input.angle, x), input, want));
        else put(spec.key, pickText(spec, longHeadlineCandidates(input.angle, x), input));
        break;
      case 'businessName':
        put(spec.key, x.brand);
        break;
      case 'path': {
        const text = spec.key === 'path1' ? slug(input.facts.product, spec.maxChars ?? 15) : slug(p.cta[input.ctaKind], spec.maxChars ?? 15);
        if (text !== '' && errorCount(ruleViolations(spec.key, text, input.check)) === 0) fields[spec.key] = text;
        break;
      }
      case 'url':
        if (input.facts.landingUrl) fields[spec.key] = input.facts.landingUrl;
        break;
      case 'primary':
      case 'post':
        put(spec.key, pickText(spec, primaryCandidates(input.angle, x, p), input));
        break;
      case 'shortHeadline': {
        const c = pickText(spec, shortHeadlineCandidates(input.angle, x, p), input);
        put(spec.key, c);
        if (c) takenHeadlines.add(wordKey(c.text));
        break;
      }
      case 'shortDescription':
        if (spec.list) putList(spec.key, pickList(spec, shortDescriptionCandidates(input.angle, x), input, want));
        else put(spec.key, pickText(spec, shortDescriptionCandidates(input.angle, x), input, takenHeadlines));
        break;
      case 'cta':
        put(spec.key, x.cta);
        break;
      case 'subject':
        put(spec.key, pickText(spec, subjectCandidates(input.angle, x, p), input));
        break;
      case 'preheader':
        put(spec.key, pickText(spec, preheaderCandidates(input.angle, x), input));
        break;
      case 'emailBody':
        put(spec.key, pickText(spec, emailBody(input.angle, x, p), input));
        break;
    }
  }
  addMustInclude(fields, input, uses);
  const violations = checkCreative(input.channel, fields, input.check, input.channelLabel);
  return { fields, facts: [...uses].sort(), violations };
}

/** The call to action a format takes for a goal's wish, never an offer button without an offer. */
export function ctaForFormat(channel: string, wish: CtaKind, hasOffer: boolean): CtaKind {
  const list = formatFor(channel).ctaList;
  const ok = (k: CtaKind): boolean => (hasOffer || !OFFER_CTAS.has(k)) && (list === 'free' || CTA_LISTS[list].includes(k));
  return ok(wish) ? wish : ok('learn_more') ? 'learn_more' : 'learn_more';
}
