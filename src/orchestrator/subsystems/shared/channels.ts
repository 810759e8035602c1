// The channels AICMO plans for, with the names people and exports use for them. Metric rows,
// insights, media plans and creatives all use the canonical ids below (`normalizeChannel`).

export const CHANNELS = ['google_search', 'meta', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  google_search: 'Google Search',
  meta: 'Meta (Facebook)',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  email: 'Email',
};

const ALIASES: Record<Channel, string[]> = {
  google_search: ['google search', 'google ads', 'google_ads', 'google', 'adwords', 'search', 'sem', 'ppc'],
  meta: ['meta', 'facebook', 'fb', 'meta ads', 'facebook ads'],
  instagram: ['instagram', 'ig', 'insta'],
  linkedin: ['linkedin', 'linked in', 'linkedin ads'],
  x: ['x', 'twitter', 'x (twitter)'],
  tiktok: ['tiktok', 'tik tok'],
  youtube: ['youtube', 'yt'],
  email: ['email', 'e-mail', 'newsletter', 'mailchimp'],
};

/** The canonical channel id for a name from an export or a person ("Google Ads" → google_search), or null. */
export function normalizeChannel(name: string): Channel | null {
  const key = name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  for (const channel of CHANNELS) {
    if (channel === key.replace(/ /g, '_') || ALIASES[channel].some((a) => a.replace(/[\s_-]+/g, ' ') === key)) return channel;
  }
  return null;
}

export function channelLabel(channel: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[channel] ?? channel;
}

/**
 * Channels an intake line rules out, e.g. "no TikTok", "avoid Twitter", "exclude LinkedIn ads",
 * "don't use Instagram". Only lines that open with such a phrase count, so "no slang on TikTok"
 * does not exclude TikTok.
 */
export function excludedChannels(lines: readonly string[]): Set<Channel> {
  const out = new Set<Channel>();
  for (const line of lines) {
    const m = /^\s*(?:no|avoid|exclude|skip|don'?t use|do not use|not on)\s+(.+?)\s*(?:ads|advertising|campaigns?)?\s*[.!]?\s*$/i.exec(line);
    if (!m) continue;
    for (const part of m[1]!.split(/\s*(?:,|\bor\b|\band\b|\/)\s*/i)) {
      const channel = normalizeChannel(part);
      if (channel) out.add(channel);
    }
  }
  return out;
}
