// One creative in its channel's native format, built from the brief's facts for one angle: every
// field is chosen from candidates made of the facts and the phrasebook's few words, and the
// candidate kept is the first that passes the field's hard limit and the brief's rules (then
// the recommended length): the copy is built within the limits, never trimmed afterwards. What
// no candidate can satisfy is left to `checkCreative`, which records it.
//
// Facts go wherever they fit: a benefit too long for a 30-character headline still goes into a
// description, a primary text or an email body. The ads of one channel's set (one language) share
// a memory, so they lead with different facts and headlines, and the phrasebook's stock lines
// ("Why Trattoria Nonna?", "Discover …", "That's …") are used only where no fact fits — and never
// twice in one set.
import { charLength } from '../common/text';
import type { Angle } from './angleTemplates';
import { checkCreative, errorCount, ruleViolations, wordKey, type CheckContext } from './checks';
import type { CtaIntent, CtaKind } from './ctas';
import { formatFor, type FieldSpec } from './channelLimits';
import type { Phrasebook } from './language';
import type { CreativeFields, CreativeViolation } from './types';

/** The brief's facts the copy is written from. */
export interface CopyFacts {
  /** What is sold, as the client names it ('' when the brief names none). */
  product: string;
  /** The brand, else the client, else the product ('' when the brief names none of them); never the project's name. */
  brand: string;
  benefits: string[];
  proofs: string[];
  /** Absent when the brief has no offer, or when its rules forbid the offer's own words. */
  offer?: string;
  landingUrl?: string;
  mustInclude: string[];
}

/** The calls to action of a creative: the business's (main first) and the button of a list format. */
export interface CtaChoice {
  intent: CtaIntent;
  /** Further calls to action of the business (a restaurant's "See the menu" besides "Book a table"). */
  more: CtaIntent[];
  /** The platform button, for formats that take one from a list (Meta, LinkedIn, TikTok); null otherwise. */
  button: CtaKind | null;
}

/** What the ads of one channel's set (one language) have used so far. */
export interface SetMemory {
  /** Stock lines used (normalized). */
  stock: Set<string>;
  /** Fact refs ("benefit:0") → how many ads of the set used them. */
  facts: Map<string, number>;
  /** Single headlines used (their word keys). */
  heads: Set<string>;
  /** Field key → fact refs → how many ads of the set said them in that field (so a set's preheaders, say, do not all say the same). */
  byField: Map<string, Map<string, number>>;
}

export const newSetMemory = (): SetMemory => ({ stock: new Set(), facts: new Map(), heads: new Set(), byField: new Map() });

/** A text and the facts it uses ("benefit:0", "proof:1", "product", "brand", "offer", "mustInclude:0"); stock = a phrasebook line that says nothing of the client. */
interface Candidate {
  text: string;
  uses: string[];
  stock?: boolean;
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
  cta: CtaChoice;
  /** Rotates which benefit and proof lead, so regenerations differ. */
  rotation: number;
  /** Normalized texts not to propose again (rejected copy, or the text a regeneration replaces). */
  avoid: ReadonlySet<string>;
  /** The set's memory (updated by `buildAd`). */
  memory: SetMemory;
  /** For search and asset-group formats: the offer ad carries the offer, the evergreen one does not. */
  offerAd?: boolean;
}

const END = /[.!?…:]$/u;
const capFirst = (t: string): string => (t === '' ? t : t[0]!.toUpperCase() + t.slice(1));
/** A fact as a sentence of its own: capitalised, ending in its own punctuation or a full stop. */
const sentence = (t: string): string => {
  const x = capFirst(t.trim());
  return END.test(x) ? x : `${x}.`;
};
/** A fact as a headline: capitalised, no final full stop. */
const headline = (t: string): string => capFirst(t.trim()).replace(/\.$/u, '');
const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
const contains = (text: string, part: string): boolean => part.trim() !== '' && norm(text).includes(norm(part));

function join(...parts: (Candidate | undefined)[]): Candidate | undefined {
  if (parts.some((p) => p === undefined)) return undefined;
  const ps = parts as Candidate[];
  return { text: ps.map((p) => p.text).join(' '), uses: [...new Set(ps.flatMap((p) => p.uses))], ...(ps.some((p) => p.stock) ? { stock: true } : {}) };
}

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** The phrasebook's stock lines for a brand (to find them in stored copy, too). */
export function stockLines(p: Phrasebook, brand: string): string[] {
  return [...(brand ? [p.why(brand), p.discover(brand), p.thatIs(brand)] : []), p.whyCompromise, p.howItWorks].map((t) => norm(t).replace(/[.!?\u202f]+$/u, ''));
}

/** The text an ad leads with: its main text, else its first headline or subject. */
function mainText(fields: CreativeFields): string {
  for (const k of ['primaryText', 'introText', 'text', 'adText', 'body', 'subject', 'headline', 'longHeadline']) if (typeof fields[k] === 'string') return fields[k] as string;
  const list = fields.descriptions ?? fields.headlines;
  return Array.isArray(list) ? list.join('\n') : '';
}

/** Records a creative of the set in its memory (built here, or kept as stored): its stock lines, the facts its main text leads with, its headline. */
export function rememberAd(memory: SetMemory, fields: CreativeFields, facts: Pick<CopyFacts, 'benefits' | 'proofs' | 'offer'>, p: Phrasebook, brand: string): void {
  const texts = Object.entries(fields).filter(([k]) => k !== 'finalUrl').flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
  for (const s of stockLines(p, brand)) if (texts.some((t) => norm(t).includes(s))) memory.stock.add(s);
  const main = mainText(fields);
  const refs = [...facts.benefits.map((b, i) => [`benefit:${i}`, b] as const), ...facts.proofs.map((b, i) => [`proof:${i}`, b] as const), ...(facts.offer ? [['offer', facts.offer] as const] : [])];
  for (const [ref, text] of refs) if (contains(main, text)) memory.facts.set(ref, (memory.facts.get(ref) ?? 0) + 1);
  for (const k of ['headline', 'subject']) if (typeof fields[k] === 'string') memory.heads.add(wordKey(fields[k] as string));
}

/** The candidate building blocks of one creative. */
function blocks(input: BuildInput) {
  const { facts: f, phrasebook: p, rotation, memory } = input;
  const used = (ref: string): number => memory.facts.get(ref) ?? 0;
  // Facts the set has used least lead (so the ads of a set differ), then the rotation.
  const order = (items: { text: string; uses: string[] }[]): Candidate[] => rotate(items, rotation).map((c, i) => ({ c, i })).sort((a, b) => used(a.c.uses[0]!) - used(b.c.uses[0]!) || a.i - b.i).map(({ c }) => c);
  const benefits = order(f.benefits.map((b, i) => ({ text: b, uses: [`benefit:${i}`] })));
  const proofs = order(f.proofs.map((b, i) => ({ text: b, uses: [`proof:${i}`] })));
  const offer: Candidate | undefined = f.offer ? { text: f.offer, uses: ['offer'] } : undefined;
  const name = f.brand || f.product;
  const brand: Candidate | undefined = f.brand ? { text: f.brand, uses: ['brand'] } : undefined;
  const product: Candidate | undefined = f.product && wordKey(f.product) !== wordKey(f.brand) ? { text: f.product, uses: ['product'] } : undefined;
  // "Ledgerly AP by Ledgerly" says the brand twice: only a product without the brand in it gets a "by" line.
  const byLine: Candidate | undefined = f.product && f.brand && !contains(f.product, f.brand) ? { text: p.by(f.product, f.brand), uses: ['product', 'brand'] } : undefined;
  const offerUses = (i: CtaIntent): string[] => (i === 'get_offer' ? ['offer'] : []);
  const cta: Candidate = { text: p.actions[input.cta.intent].label, uses: offerUses(input.cta.intent) };
  const ctaS: Candidate = { text: p.actions[input.cta.intent].sentence, uses: offerUses(input.cta.intent) };
  const more = input.cta.more.map((i) => ({ text: p.actions[i].label, uses: offerUses(i) }));
  const button: Candidate | undefined = input.cta.button ? { text: p.cta[input.cta.button], uses: offerUses(input.cta.intent) } : undefined;
  const must = f.mustInclude.map((m, i) => ({ text: m, uses: [`mustInclude:${i}`] }));
  const S = (c: Candidate | undefined): Candidate | undefined => (c ? { ...c, text: sentence(c.text) } : undefined);
  const H = (c: Candidate | undefined): Candidate | undefined => (c ? { ...c, text: headline(c.text) } : undefined);
  const stock = (text: string | undefined, uses: string[] = []): Candidate | undefined => (text ? { text, uses, stock: true } : undefined);
  const why = stock(name ? p.why(name) : undefined, name ? ['brand'] : []);
  const discover = stock(name ? p.discover(name) : undefined, name ? ['brand'] : []);
  const thatIs = stock(name ? p.thatIs(name) : undefined, name ? ['brand'] : []);
  const whyCompromise = stock(p.whyCompromise);
  const howItWorks = stock(p.howItWorks);
  return { benefits, proofs, offer, brand, product, byLine, cta, ctaS, more, button, must, S, H, why, discover, thatIs, whyCompromise, howItWorks, name, b0: benefits[0], b1: benefits[1], p0: proofs[0], p1: proofs[1] };
}

type Blocks = ReturnType<typeof blocks>;

/** The facts that lead an angle. */
function leadFacts(angle: Angle, x: Blocks): Candidate[] {
  if (angle === 'social-proof') return x.proofs;
  if (angle === 'offer-urgency') return x.offer ? [x.offer] : [];
  if (angle === 'benefit-led' || angle === 'problem-solution') return x.benefits;
  return [];
}

/** Main texts (primary text, intro, post, ad text) for the angle, richest first. */
function primaryCandidates(angle: Angle, x: Blocks): (Candidate | undefined)[] {
  const { S, b0, b1, p0, p1, offer, ctaS, why, discover, whyCompromise } = x;
  switch (angle) {
    case 'benefit-led':
      return [join(S(b0), S(b1), S(p0)), join(S(b0), S(b1), ctaS), join(S(b0), S(p0), ctaS), join(S(b0), S(b1)), join(S(b0), S(p0)), join(S(b0), ctaS), S(b0), join(S(b0), x.thatIs)];
    case 'social-proof':
      return [join(S(p0), S(b0), S(p1)), join(S(p0), S(b0), ctaS), join(S(p0), S(p1), ctaS), join(S(p0), S(b0)), join(S(p0), S(p1)), join(S(p0), ctaS), S(p0)];
    case 'offer-urgency':
      return [join(S(offer), S(b0), ctaS), join(S(offer), S(p0), ctaS), join(S(offer), S(b0)), join(S(offer), S(p0)), join(S(offer), ctaS), S(offer)];
    case 'question-hook':
      return [join(why, S(b0), S(p0)), join(why, S(b0), ctaS), join(why, S(p0), ctaS), join(why, S(b0)), join(why, S(p0)), join(why, ctaS)];
    case 'how-to':
      return [join(S(discover), S(b0), ctaS), join(S(discover), S(p0), ctaS), join(S(discover), ctaS), join(S(discover), S(x.byLine ?? x.product), ctaS)];
    case 'problem-solution':
      return [join(whyCompromise, S(b0), S(p0)), join(whyCompromise, S(b0), ctaS), join(whyCompromise, S(b0))];
  }
}

/** Short headlines (Meta, LinkedIn, YouTube): the angle's facts, then any fact, then the names, stock last. */
function shortHeadlineCandidates(angle: Angle, x: Blocks): (Candidate | undefined)[] {
  const { H } = x;
  const hooks = angle === 'question-hook' ? [x.why] : angle === 'how-to' ? [x.discover, x.howItWorks] : [];
  return [...leadFacts(angle, x).map(H), ...x.benefits.map(H), ...x.proofs.map(H), H(x.offer), H(x.product), H(x.brand), H(x.byLine), ...hooks, x.why, x.discover];
}

function shortDescriptionCandidates(x: Blocks): (Candidate | undefined)[] {
  const { H } = x;
  return [...x.proofs.map(H), ...x.benefits.map(H), H(x.offer), H(x.brand), H(x.product)];
}

/** Headlines of a search ad or asset group: the angle's facts, the names, every fact, the calls to action, the must-include terms; stock only to make up numbers. */
function headlinePool(angle: Angle, x: Blocks, offerAd: boolean): (Candidate | undefined)[] {
  const { H } = x;
  const lead = offerAd ? [x.offer] : leadFacts(angle, x);
  return [
    ...lead.map(H),
    H(x.brand),
    H(x.product),
    ...x.benefits.map(H),
    ...x.proofs.map(H),
    x.cta,
    ...x.more,
    ...(offerAd ? [H(x.offer)] : []),
    x.byLine,
    ...x.must.map(H),
    x.why,
    x.discover,
  ];
}

/** Description candidates (≤ 90): the angle's opener, then fact pairs, facts with the call to action, single facts. */
function descriptionPool(angle: Angle, x: Blocks, offerAd: boolean): (Candidate | undefined)[] {
  const { S, ctaS } = x;
  const facts = [...(offerAd && x.offer ? [x.offer] : []), ...x.benefits, ...x.proofs];
  const out: (Candidate | undefined)[] = [];
  const lead = primaryCandidates(offerAd ? 'offer-urgency' : angle, x).find((c) => c !== undefined && charLength(c.text) <= 90);
  out.push(lead);
  for (const a of facts) for (const b of facts) if (a !== b) out.push(join(S(a), S(b)));
  for (const a of facts) out.push(join(S(a), ctaS));
  for (const a of facts) out.push(S(a));
  for (const m of x.must) out.push(join(S(m), ctaS));
  out.push(join(S(x.byLine ?? x.product ?? x.brand), ctaS), join(S(x.discover), ctaS), join(x.why, ctaS));
  return out;
}

function longHeadlineCandidates(angle: Angle, x: Blocks, offerAd: boolean): (Candidate | undefined)[] {
  const { H } = x;
  const dash = (a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined => (a && b ? { text: `${a.text} – ${b.text}`, uses: [...a.uses, ...b.uses] } : undefined);
  const lead = offerAd ? [x.offer] : leadFacts(angle, x);
  const facts = [...lead, ...x.benefits, ...x.proofs];
  return [...facts.map((c) => dash(H(c), x.brand ?? x.product)), ...facts.map(H), x.byLine, x.why, H(x.brand)];
}

function subjectCandidates(angle: Angle, x: Blocks): (Candidate | undefined)[] {
  const { H } = x;
  const hooks = angle === 'question-hook' ? [x.why] : angle === 'how-to' ? [x.discover] : [];
  return [...hooks, ...leadFacts(angle, x).map(H), ...x.benefits.map(H), ...x.proofs.map(H), x.byLine, H(x.product), x.why, x.discover];
}

function preheaderCandidates(x: Blocks): (Candidate | undefined)[] {
  const { S, ctaS } = x;
  const facts = [...x.proofs, ...x.benefits, ...(x.offer ? [x.offer] : [])];
  return [...facts.map((f) => join(S(f), ctaS)), ...facts.map(S), join(x.thatIs, ctaS), ctaS];
}

/** The email body: greeting, an opener with a list of the lead facts, the other facts, the offer, the call to action, the sign-off. */
function emailBodies(angle: Angle, x: Blocks, p: Phrasebook): Candidate[] {
  const { S } = x;
  const paras: Candidate[][] = [];
  const lead = leadFacts(angle, x);
  const listOf = (head: string, items: Candidate[]): Candidate => ({ text: [p.afterGreeting(head), ...items.map((c) => `• ${headline(c.text)}`)].join('\n'), uses: items.flatMap((c) => c.uses) });
  const name = x.name;
  const kind = angle === 'social-proof' ? 'proofs' : angle === 'offer-urgency' ? 'offer' : 'benefits';
  if (angle === 'question-hook' && x.why) paras.push([{ ...x.why, text: p.afterGreeting(x.why.text) }, ...[x.b0, x.p0].filter((c): c is Candidate => c !== undefined).map((c) => S(c)!)]);
  else if (angle === 'how-to' && x.discover) paras.push([{ ...x.discover, text: p.afterGreeting(sentence(x.discover.text)) }, ...[x.b0].filter((c): c is Candidate => c !== undefined).map((c) => S(c)!)]);
  else if (lead.length > 0 && name) paras.push([listOf(p.leadIn[kind](name), lead)]);
  else if (lead.length > 0) paras.push(lead.map((c) => S(c)!));
  const inLead = new Set(paras.flat().flatMap((c) => c.uses));
  const rest = [...x.benefits, ...x.proofs].filter((c) => !inLead.has(c.uses[0]!));
  if (rest.length > 0) paras.push(rest.map((c) => S(c)!));
  if (x.offer && !inLead.has('offer')) paras.push([S(x.offer)!]);
  paras.push([x.ctaS]);
  const signoff = name ? [{ text: p.signoff(name), uses: ['brand'] }] : [];
  const text = (ps: Candidate[][]): Candidate => ({ text: [p.greeting, ...ps.map((cs) => cs.map((c) => c.text).join(' ')), ...signoff.map((s) => s.text)].join('\n\n'), uses: [...new Set([...ps.flat().flatMap((c) => c.uses), ...(signoff.length > 0 ? ['brand'] : [])])], ...(ps.flat().some((c) => c.stock) ? { stock: true } : {}) });
  return [text(paras), text([...paras.slice(0, 1), paras[paras.length - 1]!])];
}

function slug(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Words a display path does not end on ("chaquetas-de", "serum-eclat-a"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'by', 'with', 'in', 'on', 'to', 'der', 'die', 'das', 'und', 'von', 'mit', 'fur', 'im', 'zum', 'zur', 'le', 'la', 'les', 'de', 'du', 'des', 'et', 'au', 'aux', 'pour', 'par', 'el', 'los', 'las', 'del', 'y', 'con', 'para', 'en', 'un', 'une', 'una']);

/** A display path from a text: its words while they fit, not ending on a small word. */
function pathOf(text: string, max: number): string {
  const words: string[] = [];
  for (const w of slug(text)) {
    if ([...words, w].join('-').length > max) break;
    words.push(w);
  }
  while (words.length > 1 && SMALL_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.join('-');
}

const NOT_A_PATH = new Set([...SMALL_WORDS, 'now', 'jetzt', 'maintenant', 'ahora', 'your']);

/** The call to action as a display path: the whole label if it fits, else its first word that says something ("tisch" from "Tisch reservieren"). */
function ctaPath(label: string, max: number): string {
  const words = slug(label);
  const whole = words.join('-');
  if (whole.length <= max) return whole;
  return words.find((w) => !NOT_A_PATH.has(w) && w.length <= max) ?? '';
}

interface Scored {
  c: Candidate;
  errors: number;
  avoided: boolean;
  repeatStock: boolean;
  warnings: number;
  repeats: number;
  /** Times the set's other ads said its facts in the same field. */
  setRepeats: number;
  order: number;
}

/** The ad's own state while it is built: stock lines and facts its fields already use. */
interface AdState {
  stock: Set<string>;
  uses: Set<string>;
}

function stockIn(c: Candidate, lines: readonly string[]): string[] {
  return c.stock ? lines.filter((s) => norm(c.text).includes(s)) : [];
}

/** Fields that add to the main text, where saying a fact again adds nothing. */
const ADDS_TO_MAIN = new Set(['shortHeadline', 'shortDescription', 'subject', 'preheader', 'longHeadline']);

function score(spec: FieldSpec, c: Candidate, order: number, input: BuildInput, ad: AdState, lines: readonly string[]): Scored {
  const n = charLength(c.text);
  const v = ruleViolations(spec.key, c.text, input.check);
  const errors = errorCount(v) + (spec.maxChars !== undefined && n > spec.maxChars ? 1 : 0);
  const warnings = spec.recommendedChars !== undefined && n > spec.recommendedChars ? 1 : 0;
  const mine = stockIn(c, lines);
  const repeatStock = mine.some((s) => input.memory.stock.has(s) || ad.stock.has(s));
  // Facts already said elsewhere in this ad: a headline that repeats the main text adds nothing.
  const repeats = ADDS_TO_MAIN.has(spec.role) ? c.uses.filter((u) => /^(benefit|proof):|^offer$/.test(u) && ad.uses.has(u)).length : 0;
  const inSet = input.memory.byField.get(spec.key);
  const setRepeats = inSet ? c.uses.reduce((n, u) => n + (inSet.get(u) ?? 0), 0) : 0;
  return { c, errors, avoided: input.avoid.has(norm(c.text)), repeatStock, warnings, repeats, setRepeats, order };
}

/** The first candidate without errors for one text field: not rejected before, no stock line the set already used, within the recommended length, saying something new; stock lines last. */
function pickText(spec: FieldSpec, candidates: (Candidate | undefined)[], input: BuildInput, ad: AdState, lines: readonly string[], taken: ReadonlySet<string> = new Set()): Candidate | undefined {
  const seen = new Set<string>();
  const scored: Scored[] = [];
  candidates.forEach((c, order) => {
    if (!c || c.text.trim() === '' || seen.has(norm(c.text))) return;
    seen.add(norm(c.text));
    const s = score(spec, c, order, input, ad, lines);
    if (taken.has(wordKey(c.text))) s.repeats += 10;
    scored.push(s);
  });
  scored.sort((a, b) => a.errors - b.errors || Number(a.avoided) - Number(b.avoided) || Number(a.repeatStock) - Number(b.repeatStock) || a.warnings - b.warnings || a.repeats - b.repeats || (ADDS_TO_MAIN.has(spec.role) ? a.setRepeats - b.setRepeats : 0) || Number(a.c.stock ?? false) - Number(b.c.stock ?? false) || a.order - b.order);
  return scored[0]?.c;
}

/** Stock lines fill a headline list only up to this many headlines (Google asks for at least 3; facts are better from there on). */
const STOCK_FILL = 5;

/** Distinct items for a list field, in the pool's order: clean ones while there are enough, stock lines only to make up numbers, never one the set already used. */
function pickList(spec: FieldSpec, candidates: (Candidate | undefined)[], input: BuildInput, want: number, ad: AdState, lines: readonly string[]): Candidate[] {
  const keys = new Set<string>();
  const clean: Candidate[] = [];
  const stocky: Candidate[] = [];
  const dirty: Candidate[] = [];
  for (const c of candidates) {
    if (!c || c.text.trim() === '' || keys.has(wordKey(c.text))) continue;
    keys.add(wordKey(c.text));
    const s = score(spec, c, 0, input, ad, lines);
    if (s.errors > 0) dirty.push(c);
    else if (c.stock) {
      if (!s.repeatStock) stocky.push(c);
    } else clean.push(c);
  }
  const out = clean.slice(0, want);
  for (const c of stocky) if (out.length < Math.min(want, STOCK_FILL)) out.push(c);
  // Fewer clean items than the platform's minimum: the least bad ones fill up, and the checks record why.
  if (out.length < (spec.min ?? 0)) out.push(...[...stocky.filter((c) => !out.includes(c)), ...dirty].slice(0, (spec.min ?? 0) - out.length));
  if (spec.oneAtMost !== undefined && !out.some((c) => charLength(c.text) <= spec.oneAtMost!)) {
    const short = [...clean, ...stocky].find((c) => charLength(c.text) <= spec.oneAtMost! && !out.includes(c));
    if (short) out[out.length >= want ? out.length - 1 : out.length] = short;
  }
  // A regeneration or a rejection must not get the same list again: rotate the optional items.
  const joined = norm(out.map((c) => c.text).join('\n'));
  const spare = clean.filter((c) => !out.includes(c));
  if (input.avoid.has(joined) && spare.length > 0) out.splice(out.length - 1, 1, spare[0]!);
  return out;
}

/**
 * Descriptions that between them carry every fact they can: the angle's opener first, then the
 * candidate that adds the most facts not yet said — those no headline could hold first — and
 * the call to action once.
 */
function pickDescriptions(spec: FieldSpec, candidates: (Candidate | undefined)[], input: BuildInput, want: number, ad: AdState, lines: readonly string[], inHeadlines: ReadonlySet<string>, ctaText: string): Candidate[] {
  const keys = new Set<string>();
  const pool: { c: Candidate; order: number; stockRepeat: boolean }[] = [];
  const dirty: Candidate[] = [];
  candidates.forEach((c, order) => {
    if (!c || c.text.trim() === '' || keys.has(wordKey(c.text))) return;
    keys.add(wordKey(c.text));
    const s = score(spec, c, order, input, ad, lines);
    if (s.errors > 0 || s.avoided) dirty.push(c);
    else pool.push({ c, order, stockRepeat: s.repeatStock });
  });
  const out: Candidate[] = [];
  const said = new Set<string>();
  let hasCta = false;
  const isFact = (u: string): boolean => /^(benefit|proof):|^offer$/.test(u);
  const add = (c: Candidate): void => {
    out.push(c);
    c.uses.forEach((u) => said.add(u));
    if (c.text.includes(ctaText)) hasCta = true;
    stockIn(c, lines).forEach((s) => ad.stock.add(s));
  };
  const first = pool.find((x) => x.order === 0 && !x.stockRepeat);
  if (first) add(first.c);
  const times = new Map<string, number>();
  const add2 = (c: Candidate): void => {
    add(c);
    c.uses.filter(isFact).forEach((u) => times.set(u, (times.get(u) ?? 0) + 1));
  };
  if (out.length > 0) out[0]!.uses.filter(isFact).forEach((u) => times.set(u, (times.get(u) ?? 0) + 1));
  while (out.length < want) {
    let best: { c: Candidate; gain: number; order: number } | undefined;
    for (const x of pool) {
      if (out.includes(x.c) || x.stockRepeat || stockIn(x.c, lines).some((s) => ad.stock.has(s))) continue;
      const factUses = x.c.uses.filter(isFact);
      const fresh = factUses.filter((u) => !said.has(u));
      const again = factUses.reduce((n, u) => n + (times.get(u) ?? 0), 0);
      const withCta = x.c.text.includes(ctaText);
      // New facts first (those no headline holds most), then new combinations of facts said least; the call to action once.
      const gain =
        fresh.reduce((g, u) => g + (inHeadlines.has(u) ? 2 : 3), 0) -
        0.5 * again +
        (withCta ? (hasCta ? -0.75 : 1) : 0) -
        (factUses.length === 1 && !withCta ? 1 : 0) -
        (x.c.stock ? 2 : 0) +
        (0.5 * charLength(x.c.text)) / 90;
      if (!best || gain > best.gain || (gain === best.gain && x.order < best.order)) best = { c: x.c, gain, order: x.order };
    }
    if (!best) break;
    add2(best.c);
  }
  if (out.length < (spec.min ?? 0)) out.push(...dirty.slice(0, (spec.min ?? 0) - out.length));
  if (spec.oneAtMost !== undefined && !out.some((c) => charLength(c.text) <= spec.oneAtMost!)) {
    const short = pool.map((x) => x.c).find((c) => charLength(c.text) <= spec.oneAtMost! && !out.includes(c));
    if (short) out[out.length >= want ? out.length - 1 : out.length] = short;
  }
  return out;
}

/** A main text with the must-include terms it lacks, before its call to action (undefined when it lacks none). */
function withMust(c: Candidate | undefined, x: Blocks): Candidate | undefined {
  if (!c) return undefined;
  const missing = x.must.filter((m) => !contains(c.text, m.text));
  if (missing.length === 0) return undefined;
  const add = missing.map((m) => sentence(m.text)).join(' ');
  const cta = x.ctaS.text;
  const text = c.text.endsWith(cta) ? `${c.text.slice(0, -cta.length).trimEnd()} ${add} ${cta}` : `${c.text} ${add}`;
  return { text, uses: [...new Set([...c.uses, ...missing.flatMap((m) => m.uses)])], ...(c.stock ? { stock: true } : {}) };
}

/** The must-include terms a creative lacks, added where they fit (the main text, then a headline). */
function addMustInclude(fields: CreativeFields, input: BuildInput, uses: Set<string>): void {
  const format = formatFor(input.channel);
  const texts = (): string => Object.entries(fields).filter(([k]) => k !== 'finalUrl').flatMap(([, v]) => (Array.isArray(v) ? v : [v])).join('\n').toLowerCase();
  const order = ['primary', 'post', 'emailBody', 'descriptions', 'headlines', 'shortDescription', 'preheader', 'longHeadline'];
  const specs = format.fields.filter((s) => order.includes(s.role)).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  input.facts.mustInclude.forEach((m, i) => {
    if (texts().includes(m.toLowerCase())) return;
    for (const spec of specs) {
      const v = fields[spec.key];
      if (v === undefined) continue;
      const limit = spec.maxChars ?? spec.recommendedChars ?? Infinity;
      if (Array.isArray(v)) {
        const item = spec.role === 'descriptions' ? sentence(m) : headline(m);
        if (charLength(item) > limit || v.some((x) => wordKey(x) === wordKey(item))) continue;
        // A full list gives up its last item for the term (a video's second description line, say).
        const full = spec.max !== undefined && v.length >= spec.max;
        if (full && (spec.role === 'headlines' || spec.role === 'descriptions')) continue;
        fields[spec.key] = full ? [...v.slice(0, -1), item] : [...v, item];
        uses.add(`mustInclude:${i}`);
        return;
      } else if (spec.role === 'emailBody') {
        // Before the call to action (and the sign-off, when the brief names someone to sign).
        const paras = v.split('\n\n');
        const at = Math.max(1, paras.length - (input.facts.brand || input.facts.product ? 2 : 1));
        fields[spec.key] = [...paras.slice(0, at), sentence(m), ...paras.slice(at)].join('\n\n');
        uses.add(`mustInclude:${i}`);
        return;
      } else if (spec.role !== 'longHeadline') {
        const next = `${v} ${sentence(m)}`;
        if (charLength(next) <= limit) {
          fields[spec.key] = next;
          uses.add(`mustInclude:${i}`);
          return;
        }
      }
    }
  });
}

/** The brief facts a creative's texts say, by reference ("benefit:0"), sorted. */
export function factsIn(fields: CreativeFields, f: CopyFacts): string[] {
  const all = Object.entries(fields)
    .filter(([k]) => k !== 'finalUrl' && !k.startsWith('path'))
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .join('\n');
  const out: string[] = [];
  if (contains(all, f.product)) out.push('product');
  if (contains(all, f.brand)) out.push('brand');
  f.benefits.forEach((b, i) => contains(all, b) && out.push(`benefit:${i}`));
  f.proofs.forEach((b, i) => contains(all, b) && out.push(`proof:${i}`));
  if (f.offer && contains(all, f.offer)) out.push('offer');
  f.mustInclude.forEach((m, i) => contains(all, m) && out.push(`mustInclude:${i}`));
  return out.sort();
}

const WANT: Partial<Record<string, number>> = { headlines: 15, descriptions: 4, longHeadlines: 3 };

/** Builds one creative of a channel's format for an angle, and records it in the set's memory. */
export function buildAd(input: BuildInput): BuiltAd {
  const format = formatFor(input.channel);
  const x = blocks(input);
  const p = input.phrasebook;
  const lines = stockLines(p, x.name);
  const fields: CreativeFields = {};
  const uses = new Set<string>();
  const ad: AdState = { stock: new Set(), uses };
  const headsInAd = new Set<string>();
  const offerAd = input.offerAd === true;
  const note = (cs: Candidate[]): void => cs.forEach((c) => {
    c.uses.forEach((u) => uses.add(u));
    stockIn(c, lines).forEach((s) => ad.stock.add(s));
  });
  const inField = (key: string, cs: Candidate[]): void => {
    const m = input.memory.byField.get(key) ?? new Map<string, number>();
    for (const u of new Set(cs.flatMap((c) => c.uses))) m.set(u, (m.get(u) ?? 0) + 1);
    input.memory.byField.set(key, m);
  };
  const put = (key: string, c: Candidate | undefined): void => {
    if (!c) return;
    fields[key] = c.text;
    note([c]);
    inField(key, [c]);
  };
  const putList = (key: string, cs: Candidate[]): void => {
    fields[key] = cs.map((c) => c.text);
    note(cs);
    inField(key, cs);
  };
  // The main text first (what the other fields add to), then the rest in the format's order.
  const specs = [...format.fields].sort((a, b) => Number(b.role === 'primary' || b.role === 'post') - Number(a.role === 'primary' || a.role === 'post'));
  let headlineUses = new Set<string>();
  for (const spec of specs) {
    const want = Math.min(spec.max ?? 1, WANT[spec.key] ?? spec.max ?? 1);
    switch (spec.role) {
      case 'headlines': {
        const cs = pickList(spec, headlinePool(input.angle, x, offerAd), input, want, ad, lines);
        putList(spec.key, cs);
        headlineUses = new Set(cs.flatMap((c) => c.uses));
        break;
      }
      case 'descriptions':
        putList(spec.key, pickDescriptions(spec, descriptionPool(input.angle, x, offerAd), input, want, ad, lines, headlineUses, x.ctaS.text));
        break;
      case 'longHeadline': {
        // Facts no 30-character headline could hold first: a long headline is where they fit.
        const all = longHeadlineCandidates(input.angle, x, offerAd);
        const isNew = (c: Candidate | undefined): boolean => c !== undefined && c.uses.some((u) => /^(benefit|proof):|^offer$/.test(u) && !headlineUses.has(u));
        const cs = [...all.filter(isNew), ...all.filter((c) => !isNew(c))];
        if (spec.list) putList(spec.key, pickList(spec, cs, input, want, ad, lines));
        else put(spec.key, pickText(spec, cs, input, ad, lines));
        break;
      }
      case 'businessName':
        put(spec.key, x.brand ?? x.product);
        break;
      case 'path': {
        const text = spec.key === 'path1' ? pathOf(input.facts.product || input.facts.brand, spec.maxChars ?? 15) : ctaPath(x.cta.text, spec.maxChars ?? 15);
        if (text !== '' && errorCount(ruleViolations(spec.key, text, input.check)) === 0) fields[spec.key] = text;
        break;
      }
      case 'url':
        if (input.facts.landingUrl) fields[spec.key] = input.facts.landingUrl;
        break;
      case 'primary':
      case 'post': {
        // The brief's must-include terms belong in the main text: candidates that carry them (before
        // the call to action) come first, so a shorter text with the terms beats a richer one the
        // terms would push past the limit; without room for them the plain text is kept and the
        // check records the missing term.
        const plain = primaryCandidates(input.angle, x);
        put(spec.key, pickText(spec, [...plain.map((c) => withMust(c, x)), ...plain], input, ad, lines));
        break;
      }
      case 'shortHeadline': {
        const c = pickText(spec, shortHeadlineCandidates(input.angle, x), input, ad, lines, input.memory.heads);
        put(spec.key, c);
        if (c) headsInAd.add(wordKey(c.text));
        break;
      }
      case 'shortDescription': {
        // Never the ad's own headline again beneath it: an optional description is left out rather than repeat it.
        const fresh = shortDescriptionCandidates(x).filter((c) => c === undefined || !headsInAd.has(wordKey(c.text)));
        if (spec.list) putList(spec.key, pickList(spec, fresh, input, want, ad, lines));
        else put(spec.key, pickText(spec, spec.required === false ? fresh : shortDescriptionCandidates(x), input, ad, lines, headsInAd));
        break;
      }
      case 'cta':
        put(spec.key, x.button ?? x.cta);
        break;
      case 'subject': {
        const c = pickText(spec, subjectCandidates(input.angle, x), input, ad, lines, input.memory.heads);
        put(spec.key, c);
        break;
      }
      case 'preheader':
        put(spec.key, pickText(spec, preheaderCandidates(x), input, ad, lines));
        break;
      case 'emailBody':
        put(spec.key, pickText(spec, emailBodies(input.angle, x, p), input, ad, lines));
        break;
    }
  }
  // Back in the format's order.
  const ordered: CreativeFields = {};
  for (const spec of format.fields) if (fields[spec.key] !== undefined) ordered[spec.key] = fields[spec.key]!;
  addMustInclude(ordered, input, uses);
  const facts = factsIn(ordered, input.facts);
  rememberAd(input.memory, ordered, input.facts, p, x.name);
  for (const s of ad.stock) input.memory.stock.add(s);
  const violations = checkCreative(input.channel, ordered, input.check, input.channelLabel);
  return { fields: ordered, facts, violations };
}
