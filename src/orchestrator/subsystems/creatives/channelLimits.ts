// Text limits per channel and format. Source: notes/marketing-facts.md ("Channel text limits"),
// which cites each platform's help pages (Google Ads responsive search ads: headline 30,
// description 90; X posts 280; Instagram caption 2,200 with about 125 shown before "more";
// LinkedIn sponsored content intro 600 max, about 150 recommended; Meta primary text about 125
// recommended; email subject about 60 recommended). TikTok's in-feed ad text (100) is from
// TikTok Ads Manager's ad-text field and is not in the facts note: check TikTok's help when
// updating. YouTube video ads have no text limit recorded here. "error" = the platform rejects
// or cuts the text; "warning" = a recommendation (truncation in the feed).
// Lengths are counted in Unicode code points; X counts links as 23 and some emoji as 2, which
// this check does not model.

export type CopyPart = 'headline' | 'body' | 'cta';

export interface FieldLimit {
  /** The variant fields the platform field is made of (joined with a new line). */
  parts: CopyPart[];
  /** The platform's name for the field. */
  label: string;
  max: number;
  severity: 'error' | 'warning';
}

export interface ChannelFormat {
  channel: string;
  format: string;
  limits: FieldLimit[];
}

export const CHANNEL_FORMATS: Record<string, ChannelFormat> = {
  google_search: {
    channel: 'google_search',
    format: 'Responsive search ad',
    limits: [
      { parts: ['headline'], label: 'headline', max: 30, severity: 'error' },
      { parts: ['cta'], label: 'headline (call to action)', max: 30, severity: 'error' },
      { parts: ['body'], label: 'description', max: 90, severity: 'error' },
    ],
  },
  meta: { channel: 'meta', format: 'Feed ad', limits: [{ parts: ['body'], label: 'primary text (recommended)', max: 125, severity: 'warning' }] },
  instagram: {
    channel: 'instagram',
    format: 'Feed post',
    limits: [
      { parts: ['body', 'cta'], label: 'caption', max: 2200, severity: 'error' },
      { parts: ['body', 'cta'], label: 'caption shown before "more"', max: 125, severity: 'warning' },
    ],
  },
  linkedin: {
    channel: 'linkedin',
    format: 'Sponsored content',
    limits: [
      { parts: ['body'], label: 'intro text', max: 600, severity: 'error' },
      { parts: ['body'], label: 'intro text (recommended)', max: 150, severity: 'warning' },
    ],
  },
  x: { channel: 'x', format: 'Post', limits: [{ parts: ['headline', 'body', 'cta'], label: 'post', max: 280, severity: 'error' }] },
  tiktok: { channel: 'tiktok', format: 'In-feed ad', limits: [{ parts: ['body'], label: 'ad text', max: 100, severity: 'error' }] },
  youtube: { channel: 'youtube', format: 'Video ad', limits: [] },
  email: { channel: 'email', format: 'Email', limits: [{ parts: ['headline'], label: 'subject line (recommended)', max: 60, severity: 'warning' }] },
};

export function formatFor(channel: string): ChannelFormat {
  return CHANNEL_FORMATS[channel] ?? { channel, format: 'Post', limits: [] };
}
