// Calls to action, as data. Two layers:
//  - the *intent*: what the business asks people to do (book a table, book an appointment, book a
//    demo, get a quote, shop), chosen from the brief's goal and the kind of business; its words
//    per language (a short label for search headlines and email buttons, and a sentence in the
//    brief's address for body copy) are in the phrasebooks;
//  - the *button*: the nearest of a platform's own call-to-action buttons for that intent, for
//    the formats that take a button from a list (Meta, Instagram, LinkedIn, TikTok).
// Sources: Meta Marketing API, Ad Creative Link Data Call To Action `type` (LEARN_MORE, SHOP_NOW,
// BOOK_NOW, SIGN_UP, CONTACT_US, GET_OFFER, GET_QUOTE, ORDER_NOW, SUBSCRIBE, APPLY_NOW, DOWNLOAD,
// SEE_MENU); LinkedIn single image ad specs (Apply, Download, View quote, Learn more, Sign up,
// Subscribe, Register, Join, Attend, Request demo); TikTok Ads Manager call-to-action options
// (Learn more, Shop now, Sign up, Contact us, Book now, Download, Order now, Subscribe, Apply now,
// Get quote).
import type { GoalMetric } from '../../domain/project';
import type { Vertical } from '../../domain/verticals';

/** A platform button. */
export const CTA_KINDS = ['learn_more', 'shop_now', 'book_now', 'sign_up', 'contact_us', 'get_offer', 'get_quote', 'order_now', 'subscribe', 'apply_now', 'download', 'request_demo', 'see_menu', 'register'] as const;
export type CtaKind = (typeof CTA_KINDS)[number];

export type CtaPlatform = 'meta' | 'linkedin' | 'tiktok' | 'free';

export const CTA_LISTS: Record<Exclude<CtaPlatform, 'free'>, readonly CtaKind[]> = {
  meta: ['learn_more', 'shop_now', 'book_now', 'sign_up', 'contact_us', 'get_offer', 'get_quote', 'order_now', 'subscribe', 'apply_now', 'download', 'see_menu'],
  linkedin: ['learn_more', 'sign_up', 'subscribe', 'register', 'download', 'request_demo', 'apply_now', 'get_quote'],
  tiktok: ['learn_more', 'shop_now', 'sign_up', 'contact_us', 'book_now', 'download', 'order_now', 'subscribe', 'apply_now', 'get_quote'],
};

/** Meta's API name of each Meta button (the `call_to_action.type` an ad is published with). */
export const META_CTA_TYPES: Partial<Record<CtaKind, string>> = {
  learn_more: 'LEARN_MORE',
  shop_now: 'SHOP_NOW',
  book_now: 'BOOK_NOW',
  sign_up: 'SIGN_UP',
  contact_us: 'CONTACT_US',
  get_offer: 'GET_OFFER',
  get_quote: 'GET_QUOTE',
  order_now: 'ORDER_NOW',
  subscribe: 'SUBSCRIBE',
  apply_now: 'APPLY_NOW',
  download: 'DOWNLOAD',
  see_menu: 'SEE_MENU',
};

/** What the business asks people to do. */
export const CTA_INTENTS = [
  'book_table',
  'order_food',
  'see_menu',
  'book_appointment',
  'book_demo',
  'get_quote',
  'get_price',
  'apply',
  'shop',
  'join',
  'book_stay',
  'sign_up',
  'contact',
  'subscribe',
  'learn_more',
  'get_offer',
] as const;
export type CtaIntent = (typeof CTA_INTENTS)[number];

/** The buttons that carry an intent, nearest first; the first one a platform's list has is used. */
export const INTENT_BUTTONS: Record<CtaIntent, readonly CtaKind[]> = {
  book_table: ['book_now', 'see_menu', 'learn_more'],
  order_food: ['order_now', 'shop_now', 'learn_more'],
  see_menu: ['see_menu', 'learn_more'],
  book_appointment: ['book_now', 'contact_us', 'learn_more'],
  book_demo: ['request_demo', 'book_now', 'sign_up', 'learn_more'],
  get_quote: ['get_quote', 'contact_us', 'learn_more'],
  get_price: ['get_quote', 'learn_more'],
  apply: ['apply_now', 'learn_more'],
  shop: ['shop_now', 'order_now', 'learn_more'],
  join: ['sign_up', 'subscribe', 'learn_more'],
  book_stay: ['book_now', 'learn_more'],
  sign_up: ['sign_up', 'register', 'learn_more'],
  contact: ['contact_us', 'learn_more'],
  subscribe: ['subscribe', 'sign_up', 'learn_more'],
  learn_more: ['learn_more'],
  get_offer: ['get_offer', 'learn_more'],
};

/** Offer-only calls to action: never used without an offer in the brief. */
export const OFFER_CTAS: ReadonlySet<CtaKind> = new Set(['get_offer']);
export const OFFER_INTENTS: ReadonlySet<CtaIntent> = new Set(['get_offer']);

/** Kinds of business whose calls to action differ from their vertical's (a restaurant books a table, a plumber quotes). */
export type BusinessKind = 'restaurant' | 'clinic' | 'salon' | 'trades' | 'fitness' | 'hotel' | 'insurance' | 'lending';

/** Checked in this order against the industry, then the product; a trailing * matches any ending. */
const BUSINESS_WORDS: ReadonlyArray<[BusinessKind, readonly string[]]> = [
  ['restaurant', ['restaurant*', 'trattoria', 'pizzeria', 'osteria', 'bistro*', 'brasserie', 'cafe*', 'café*', 'coffee shop*', 'takeaway*', 'diner', 'eatery', 'gastropub', 'pub', 'bar', 'street food', 'food truck*', 'gaststätte', 'gasthaus', 'wirtshaus', 'restaurante*', 'cantina']],
  ['clinic', ['clinic*', 'klinik*', 'clínica*', 'clinique*', 'dental', 'dentist*', 'zahnarzt*', 'zahnarztpraxis', 'dentaire', 'dentista*', 'physio*', 'physiotherap*', 'optician*', 'orthodont*', 'veterinar*', 'vet', 'gp practice', 'medical practice', 'arztpraxis', 'praxis', 'cabinet médical', 'hearing care', 'dermatolog*']],
  ['salon', ['salon*', 'barber*', 'hairdress*', 'friseur*', 'coiffeur*', 'peluquer*', 'nail studio*', 'beauty studio*', 'spa']],
  ['trades', ['plumb*', 'electrician*', 'roofing', 'roofer*', 'builder*', 'heating engineer*', 'boiler*', 'landscap*', 'locksmith*', 'cleaning service*', 'removals', 'handyman', 'painter*', 'decorator*', 'trades', 'car repair', 'garage', 'installateur*', 'handwerk*', 'sanitär', 'elektriker*', 'dachdecker*', 'plombier*', 'fontanero*']],
  ['fitness', ['gym*', 'fitness', 'fitnessstudio*', 'yoga', 'pilates', 'crossfit', 'climbing wall*', 'boxing club*', 'gimnasio*', 'salle de sport']],
  ['hotel', ['hotel*', 'hôtel*', 'chalet*', 'resort*', 'guesthouse*', 'guest house*', 'b&b', 'bed and breakfast', 'hostel*', 'holiday rental*', 'holiday cottage*', 'ferienwohnung*', 'pension', 'gîte*', 'hostal*']],
  ['insurance', ['insur*', 'insurtech', 'versicherung*', 'assurance*', 'seguro*']],
  ['lending', ['loan*', 'mortgage*', 'lending', 'credit card*', 'current account*', 'bank account*', 'kredit*', 'baufinanzierung', 'prêt*', 'préstamo*', 'hipoteca*']],
];

function wordPattern(word: string): RegExp {
  const body = word
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('\\p{L}*');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

const COMPILED = BUSINESS_WORDS.map(([kind, words]) => [kind, words.map(wordPattern)] as const);

/** The kind of business, from the industry, then the product (null: the vertical decides). */
export function businessKindOf(project: { industry: string; product?: string | undefined }): BusinessKind | null {
  for (const text of [project.industry, project.product ?? '']) {
    if (!text.trim()) continue;
    for (const [kind, res] of COMPILED) if (res.some((re) => re.test(text))) return kind;
  }
  return null;
}

/** The calls to action for a brief, main first: from the kind of business (or the vertical) and the goal. */
export function ctaIntentsFor(goal: GoalMetric, vertical: Vertical, kind: BusinessKind | null): CtaIntent[] {
  const aware = goal === 'awareness' || goal === 'engagement';
  switch (kind) {
    case 'restaurant':
      return goal === 'sales' ? ['order_food', 'see_menu'] : ['book_table', 'see_menu'];
    case 'clinic':
    case 'salon':
      return goal === 'awareness' ? ['learn_more', 'book_appointment'] : ['book_appointment'];
    case 'trades':
      return goal === 'awareness' ? ['learn_more', 'get_quote'] : ['get_quote'];
    case 'fitness':
      return goal === 'awareness' ? ['learn_more', 'join'] : ['join'];
    case 'hotel':
      return goal === 'awareness' ? ['learn_more', 'book_stay'] : ['book_stay'];
    case 'insurance':
      return goal === 'awareness' ? ['learn_more', 'get_price'] : ['get_price'];
    case 'lending':
      return goal === 'awareness' ? ['learn_more', 'apply'] : ['apply'];
    case null:
      break;
  }
  if (vertical === 'healthcare') return goal === 'awareness' ? ['learn_more', 'book_appointment'] : ['book_appointment'];
  if (vertical === 'b2b') return goal === 'leads' || goal === 'sales' ? ['book_demo'] : goal === 'retention' ? ['learn_more'] : ['learn_more', 'book_demo'];
  // Finance without a more specific kind (an adviser, a wealth manager, an accounting firm): a quote for leads, an application for sales.
  if (vertical === 'finance') return goal === 'leads' ? ['get_quote'] : goal === 'sales' ? ['apply'] : ['learn_more'];
  if (vertical === 'ecommerce' || vertical === 'cpg') return goal === 'sales' ? ['shop'] : goal === 'leads' ? ['sign_up'] : goal === 'retention' ? ['subscribe'] : aware ? ['learn_more', 'shop'] : ['shop'];
  if (vertical === 'local') return goal === 'sales' ? ['shop'] : goal === 'awareness' ? ['learn_more', 'contact'] : ['contact'];
  return goal === 'sales' ? ['shop'] : goal === 'leads' ? ['sign_up'] : goal === 'retention' ? ['subscribe'] : ['learn_more'];
}

/** The button a platform list shows for an intent (never an offer button without an offer). */
export function buttonFor(intent: CtaIntent, platform: CtaPlatform, hasOffer: boolean): CtaKind {
  const allowed = (k: CtaKind): boolean => (hasOffer || !OFFER_CTAS.has(k)) && (platform === 'free' || CTA_LISTS[platform].includes(k));
  return INTENT_BUTTONS[intent].find(allowed) ?? 'learn_more';
}
