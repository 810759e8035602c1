// Calls to action: the kinds a platform's button list offers, which list each platform has, and
// which kind fits a goal and angle. Labels per language are in the phrasebooks. Sources: Meta
// Marketing API call_to_action types (LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, CONTACT_US,
// GET_OFFER, GET_QUOTE, ORDER_NOW, SUBSCRIBE, APPLY_NOW, DOWNLOAD, SEE_MENU); LinkedIn single
// image ad specs (Apply, Download, View quote, Learn more, Sign up, Subscribe, Register, Join,
// Attend, Request demo); TikTok Ads Manager call-to-action options (Learn more, Shop now, Sign up,
// Contact us, Book now, Download, Order now, Subscribe, Apply now, Get quote).
import type { GoalMetric } from '../../domain/project';
import type { Vertical } from '../../domain/verticals';

export const CTA_KINDS = ['learn_more', 'shop_now', 'book_now', 'sign_up', 'contact_us', 'get_offer', 'get_quote', 'order_now', 'subscribe', 'apply_now', 'download', 'request_demo', 'see_menu', 'register'] as const;
export type CtaKind = (typeof CTA_KINDS)[number];

export type CtaPlatform = 'meta' | 'linkedin' | 'tiktok' | 'free';

export const CTA_LISTS: Record<Exclude<CtaPlatform, 'free'>, readonly CtaKind[]> = {
  meta: ['learn_more', 'shop_now', 'book_now', 'sign_up', 'contact_us', 'get_offer', 'get_quote', 'order_now', 'subscribe', 'apply_now', 'download', 'see_menu'],
  linkedin: ['learn_more', 'sign_up', 'subscribe', 'register', 'download', 'request_demo', 'apply_now', 'get_quote'],
  tiktok: ['learn_more', 'shop_now', 'sign_up', 'contact_us', 'book_now', 'download', 'order_now', 'subscribe', 'apply_now', 'get_quote'],
};

/** Offer-only calls to action: never used without an offer in the brief. */
export const OFFER_CTAS: ReadonlySet<CtaKind> = new Set(['get_offer']);

/** The call to action for a goal on a platform, with the vertical's habits (a restaurant books, software asks for a demo). */
export function ctaKindFor(goal: GoalMetric, vertical: Vertical, local: boolean, platform: CtaPlatform, offerAngle: boolean): CtaKind {
  const wish: CtaKind[] = [];
  if (offerAngle) wish.push('get_offer');
  if (local && goal !== 'sales') wish.push('book_now', 'contact_us');
  if (vertical === 'b2b' && goal === 'leads') wish.push('request_demo', 'sign_up');
  if (goal === 'sales') wish.push('shop_now', 'order_now');
  if (goal === 'leads') wish.push('sign_up', 'get_quote', 'contact_us');
  if (goal === 'retention' || goal === 'engagement') wish.push('subscribe', 'learn_more');
  wish.push('learn_more');
  const allowed = platform === 'free' ? CTA_KINDS : CTA_LISTS[platform];
  return wish.find((k) => allowed.includes(k)) ?? 'learn_more';
}
