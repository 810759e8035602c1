// Channel-native ad formats as data: every text field a platform takes, how many of it, its hard
// limit (the platform rejects or cuts the text: a violation) and its recommended length (the feed
// truncates it: a warning), each with the source of the figure. The generator builds within these
// limits and `checkCreative` checks every field against them. Lengths are counted in Unicode code
// points; X counts links as 23 and some emoji as 2, which is not modelled. Check the platform's
// help when updating (shared notes: marketing-facts.md, "Channel text limits").
import type { CtaPlatform } from './ctas';

/** What a field says; the generator picks its candidates by role. */
export type FieldRole =
  | 'headlines'
  | 'descriptions'
  | 'longHeadline'
  | 'path'
  | 'url'
  | 'businessName'
  | 'primary'
  | 'shortHeadline'
  | 'shortDescription'
  | 'cta'
  | 'subject'
  | 'preheader'
  | 'emailBody'
  | 'post';

export interface FieldSpec {
  /** The key in a creative's `fields`, e.g. "headlines", "primaryText". */
  key: string;
  /** The platform's name for it, singular ("headline"). */
  label: string;
  role: FieldRole;
  /** A list of texts (headlines, descriptions) or one text. */
  list: boolean;
  /** For lists: how many the platform takes. */
  min?: number;
  max?: number;
  /** Hard limit per text (a longer text is rejected or cut: a violation). */
  maxChars?: number;
  /** Recommended length (longer is truncated in the feed: a warning). */
  recommendedChars?: number;
  /** For lists: at least one item must be this short (Performance Max). */
  oneAtMost?: number;
  /** Whether an ad needs it (an empty required field is a violation). */
  required: boolean;
}

export interface ChannelFormat {
  channel: string;
  /** The ad format's name on the platform. */
  format: string;
  /** False when the channel has no ad copy to write (Google Shopping). */
  copy: boolean;
  fields: FieldSpec[];
  /** Which call-to-action list a `cta` field chooses from. */
  ctaList: CtaPlatform;
  /** The platform combines the ad's headlines and descriptions itself: one ad per language carries every fact (and one more for an offer). */
  combines?: boolean;
  /** Characters the platform does not take in its text (TikTok ad text: no #, @ or links). */
  forbidden?: { pattern: string; what: string };
  /** Where the figures come from. */
  sources: string[];
  note?: string;
}

const RSA_SOURCE = 'Google Ads Help, "About responsive search ads" (support.google.com/google-ads/answer/7684791): headlines 30, descriptions 90, paths 15; Google Ads API ResponsiveSearchAdInfo: 3–15 headlines, 2–4 descriptions';
const RDA_SOURCE = 'Google Ads Help, "Responsive display ads specs and format requirements" (support.google.com/google-ads/answer/17090561)';
const PMAX_SOURCE = 'Google Ads Help, "Performance Max campaigns specs and format requirements" (support.google.com/google-ads/answer/17091269); Google Ads API, Performance Max asset requirements';
const DEMAND_GEN_SOURCE = 'Google Ads Help, "Single image ads" for Demand Gen (support.google.com/google-ads/answer/13704860)';
const VIDEO_SOURCE = 'Google Ads Help, "Video ads specs and format requirements" (support.google.com/google-ads/answer/17091270): in-feed headline 40 characters a line, description 2 lines of 35';
const META_SOURCE = 'Meta Business Help, Ads Guide (feed, single image): primary text 125, headline 27, description 27 recommended; call to action from the Marketing API call_to_action types';
const INSTAGRAM_SOURCE = 'Instagram caption: 2,200 characters, about 125 shown before "more" (marketing-facts.md); Meta Ads Guide for the headline and call to action';
const LINKEDIN_SOURCE = 'LinkedIn Marketing Solutions, single image ad specs (business.linkedin.com/advertise/ads/sponsored-content/single-image-ads-specs): intro text 600 max, 150 before truncation; headline 200 max, 70 recommended';
const X_SOURCE = 'X developer docs, "Counting characters" (developer.x.com): 280 characters a post';
const TIKTOK_SOURCE = 'TikTok Ads Manager ad text field: 1–100 characters; TikTok Business Help, "TikTok Auction In-Feed Ads" (ads.tiktok.com/help): captions do not support links, @ or hashtags';
const EMAIL_SOURCE = 'Subject line about 60 characters recommended (marketing-facts.md); preheader: Litmus, "The ultimate guide to preview text" — clients show roughly 40–130 characters, 100 recommended here';

const text = (key: string, label: string, role: FieldRole, o: Partial<FieldSpec> = {}): FieldSpec => ({ key, label, role, list: false, required: true, ...o });
const list = (key: string, label: string, role: FieldRole, min: number, max: number, o: Partial<FieldSpec> = {}): FieldSpec => ({ key, label, role, list: true, min, max, required: true, ...o });

export const CHANNEL_FORMATS: Record<string, ChannelFormat> = {
  google_search: {
    channel: 'google_search',
    combines: true,
    format: 'Responsive search ad',
    copy: true,
    ctaList: 'free',
    fields: [
      list('headlines', 'headline', 'headlines', 3, 15, { maxChars: 30 }),
      list('descriptions', 'description', 'descriptions', 2, 4, { maxChars: 90 }),
      text('path1', 'display path 1', 'path', { maxChars: 15, required: false }),
      text('path2', 'display path 2', 'path', { maxChars: 15, required: false }),
      text('finalUrl', 'final URL', 'url', { maxChars: 2048 }),
    ],
    sources: [RSA_SOURCE],
    note: 'Google combines up to three headlines and two descriptions; pinning is left to the user.',
  },
  google_display: {
    channel: 'google_display',
    combines: true,
    format: 'Responsive display ad',
    copy: true,
    ctaList: 'free',
    fields: [
      list('headlines', 'headline', 'headlines', 1, 5, { maxChars: 30 }),
      text('longHeadline', 'long headline', 'longHeadline', { maxChars: 90 }),
      list('descriptions', 'description', 'descriptions', 1, 5, { maxChars: 90 }),
      text('businessName', 'business name', 'businessName', { maxChars: 25 }),
      text('finalUrl', 'final URL', 'url', { maxChars: 2048 }),
    ],
    sources: [RDA_SOURCE],
    note: 'The call to action is automated by Google.',
  },
  google_pmax: {
    channel: 'google_pmax',
    combines: true,
    format: 'Performance Max asset group',
    copy: true,
    ctaList: 'free',
    fields: [
      list('headlines', 'headline', 'headlines', 3, 15, { maxChars: 30, oneAtMost: 15 }),
      list('longHeadlines', 'long headline', 'longHeadline', 1, 5, { maxChars: 90 }),
      list('descriptions', 'description', 'descriptions', 2, 5, { maxChars: 90, oneAtMost: 60 }),
      text('businessName', 'business name', 'businessName', { maxChars: 25 }),
      text('finalUrl', 'final URL', 'url', { maxChars: 2048 }),
    ],
    sources: [PMAX_SOURCE],
    note: 'The call to action is automated by Google unless the user selects one.',
  },
  google_demand_gen: {
    channel: 'google_demand_gen',
    combines: true,
    format: 'Demand Gen single image ad',
    copy: true,
    ctaList: 'free',
    fields: [
      list('headlines', 'headline', 'headlines', 1, 5, { maxChars: 40 }),
      list('descriptions', 'description', 'descriptions', 1, 5, { maxChars: 90 }),
      text('businessName', 'business name', 'businessName', { maxChars: 25 }),
      text('cta', 'call to action', 'cta', { maxChars: 30 }),
      text('finalUrl', 'final URL', 'url', { maxChars: 2048 }),
    ],
    sources: [DEMAND_GEN_SOURCE],
  },
  google_shopping: {
    channel: 'google_shopping',
    format: 'Shopping ad (from the product feed)',
    copy: false,
    ctaList: 'free',
    fields: [],
    sources: ['Google Merchant Center Help, "Product data specification": Shopping ads show the feed\'s title, price and image; there is no ad text to write'],
    note: 'Google Shopping has no ad copy: the ads are built from the Merchant Center product feed (title, price, image), so no creatives are written for it.',
  },
  youtube: {
    channel: 'youtube',
    format: 'In-feed video ad',
    copy: true,
    ctaList: 'free',
    fields: [
      text('headline', 'headline', 'shortHeadline', { maxChars: 40 }),
      list('descriptions', 'description line', 'shortDescription', 1, 2, { maxChars: 35 }),
      text('finalUrl', 'final URL', 'url', { maxChars: 2048 }),
    ],
    sources: [VIDEO_SOURCE],
    note: 'The video itself is produced from the brief by the team; AICMO writes its text fields.',
  },
  meta: {
    channel: 'meta',
    format: 'Feed ad (single image)',
    copy: true,
    ctaList: 'meta',
    fields: [
      text('primaryText', 'primary text', 'primary', { recommendedChars: 125 }),
      text('headline', 'headline', 'shortHeadline', { recommendedChars: 27 }),
      text('description', 'description', 'shortDescription', { recommendedChars: 27, required: false }),
      text('cta', 'call to action', 'cta'),
      text('finalUrl', 'website URL', 'url', { maxChars: 2048 }),
    ],
    sources: [META_SOURCE],
  },
  instagram: {
    channel: 'instagram',
    format: 'Feed ad',
    copy: true,
    ctaList: 'meta',
    fields: [
      text('primaryText', 'caption', 'primary', { maxChars: 2200, recommendedChars: 125 }),
      text('headline', 'headline', 'shortHeadline', { recommendedChars: 27 }),
      text('cta', 'call to action', 'cta'),
      text('finalUrl', 'website URL', 'url', { maxChars: 2048 }),
    ],
    sources: [INSTAGRAM_SOURCE],
  },
  linkedin: {
    channel: 'linkedin',
    format: 'Single image ad',
    copy: true,
    ctaList: 'linkedin',
    fields: [
      text('introText', 'intro text', 'primary', { maxChars: 600, recommendedChars: 150 }),
      text('headline', 'headline', 'shortHeadline', { maxChars: 200, recommendedChars: 70 }),
      text('cta', 'call to action', 'cta'),
      text('finalUrl', 'landing page URL', 'url', { maxChars: 2048 }),
    ],
    sources: [LINKEDIN_SOURCE],
  },
  x: {
    channel: 'x',
    format: 'Promoted post',
    copy: true,
    ctaList: 'free',
    fields: [text('text', 'post', 'post', { maxChars: 280 }), text('finalUrl', 'link', 'url', { maxChars: 2048, required: false })],
    sources: [X_SOURCE],
  },
  tiktok: {
    channel: 'tiktok',
    format: 'In-feed ad',
    copy: true,
    ctaList: 'tiktok',
    fields: [text('adText', 'ad text', 'post', { maxChars: 100 }), text('cta', 'call to action', 'cta'), text('finalUrl', 'destination URL', 'url', { maxChars: 2048 })],
    forbidden: { pattern: '[#@]|https?://|www\\.', what: 'links, @ or hashtags' },
    sources: [TIKTOK_SOURCE],
    note: 'The video itself is produced from the brief by the team; AICMO writes its ad text.',
  },
  email: {
    channel: 'email',
    format: 'Email',
    copy: true,
    ctaList: 'free',
    fields: [
      text('subject', 'subject line', 'subject', { recommendedChars: 60 }),
      text('preheader', 'preheader', 'preheader', { recommendedChars: 100 }),
      text('body', 'body', 'emailBody'),
      text('cta', 'button', 'cta', { maxChars: 40 }),
      text('finalUrl', 'link', 'url', { maxChars: 2048 }),
    ],
    sources: [EMAIL_SOURCE],
  },
};

export function formatFor(channel: string): ChannelFormat {
  return CHANNEL_FORMATS[channel] ?? { channel, format: 'Post', copy: true, ctaList: 'free', fields: [text('text', 'text', 'post'), text('cta', 'call to action', 'cta')], sources: [], note: 'No platform limits are known for this channel.' };
}
