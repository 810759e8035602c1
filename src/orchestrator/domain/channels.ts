// The channels AICMO plans for, with the names people and exports use for them. Metric rows,
// insights, media plans, creatives and the brief's channel rules all use the canonical ids below.
// A label may also name a *family* ("social", "paid social"): evidence for a family informs each
// of its member channels (`readChannelLabel`). Exports name channels their own way: Google Ads by
// campaign type (`channelOfGoogleCampaignType`), Meta by publisher platform and placement
// (`channelOfMetaDelivery`).

export const CHANNELS = [
  'google_search',
  'google_display',
  'google_shopping',
  'google_pmax',
  'google_demand_gen',
  'youtube',
  'meta',
  'instagram',
  'linkedin',
  'x',
  'tiktok',
  'email',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  google_search: 'Google Search',
  google_display: 'Google Display',
  google_shopping: 'Google Shopping',
  google_pmax: 'Performance Max',
  google_demand_gen: 'Demand Gen',
  youtube: 'YouTube',
  meta: 'Meta (Facebook)',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  tiktok: 'TikTok',
  email: 'Email',
};

/** Names of one channel, compared case-insensitively with spaces, "_" and "-" treated alike. */
const ALIASES: Record<Channel, string[]> = {
  google_search: ['google search', 'search', 'paid search', 'sem', 'ppc', 'google ads search', 'adwords', 'google search ads'],
  google_display: ['google display', 'display', 'programmatic', 'gdn', 'google display network', 'display network'],
  google_shopping: ['google shopping', 'shopping', 'shopping ads', 'pla', 'product listing ads'],
  google_pmax: ['performance max', 'pmax', 'p max', 'google pmax'],
  google_demand_gen: ['demand gen', 'demand generation', 'discovery', 'google discovery', 'google demand gen'],
  youtube: ['youtube', 'yt', 'video', 'youtube ads', 'google video'],
  meta: ['meta', 'facebook', 'fb', 'meta ads', 'facebook ads', 'meta (facebook)', 'messenger', 'audience network'],
  instagram: ['instagram', 'ig', 'insta', 'instagram ads'],
  linkedin: ['linkedin', 'linked in', 'linkedin ads'],
  x: ['x', 'twitter', 'x (twitter)', 'x ads', 'twitter ads'],
  tiktok: ['tiktok', 'tik tok', 'tiktok ads'],
  email: ['email', 'e-mail', 'newsletter', 'mailchimp', 'email marketing'],
};

/** Labels that name several channels at once; evidence under them informs each member. */
export const CHANNEL_FAMILIES: Readonly<Record<string, readonly Channel[]>> = {
  social: ['meta', 'instagram', 'linkedin', 'x', 'tiktok'],
  'paid social': ['meta', 'instagram', 'linkedin', 'x', 'tiktok'],
  'social media': ['meta', 'instagram', 'linkedin', 'x', 'tiktok'],
  'paid social media': ['meta', 'instagram', 'linkedin', 'x', 'tiktok'],
  'meta ads manager': ['meta', 'instagram'],
  google: ['google_search', 'google_display', 'google_shopping', 'google_pmax', 'google_demand_gen', 'youtube'],
  'google ads': ['google_search', 'google_display', 'google_shopping', 'google_pmax', 'google_demand_gen', 'youtube'],
};

function labelKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** The canonical channel id for a name from an export or a person ("Paid search" → google_search), or null. */
export function normalizeChannel(name: string): Channel | null {
  const key = labelKey(name);
  if (key === '') return null;
  for (const channel of CHANNELS) {
    if (channel === key.replace(/ /g, '_') || ALIASES[channel].some((a) => labelKey(a) === key)) return channel;
  }
  return null;
}

export function isChannel(id: string): id is Channel {
  return (CHANNELS as readonly string[]).includes(id);
}

/** What a label names: one channel, a family of channels, or nothing known. */
export type ChannelReading = { kind: 'channel'; channel: Channel } | { kind: 'family'; family: string; channels: readonly Channel[] } | { kind: 'unknown'; label: string };

/** What `map` (label → channel or family, e.g. from `--channel-map label=channel`) says `label` is, or null. */
export function readChannelMap(label: string, map: Readonly<Record<string, string>>): ChannelReading | null {
  const key = labelKey(label);
  for (const [from, to] of Object.entries(map)) {
    if (labelKey(from) !== key) continue;
    const mapped = normalizeChannel(to);
    if (mapped) return { kind: 'channel', channel: mapped };
    const family = CHANNEL_FAMILIES[labelKey(to)];
    if (family) return { kind: 'family', family: labelKey(to), channels: family };
  }
  return null;
}

/** True when `label` and `other` are the same label (case, spaces, "_" and "-" ignored). */
export function sameLabel(label: string, other: string): boolean {
  return labelKey(label) === labelKey(other);
}

/**
 * Reads a channel label as people and sheets write it. `map` (label → channel id, from a
 * `--channel-map label=channel`) is consulted first, case-insensitively.
 */
export function readChannelLabel(label: string, map: Readonly<Record<string, string>> = {}): ChannelReading {
  const mapped = readChannelMap(label, map);
  if (mapped) return mapped;
  const key = labelKey(label);
  const channel = normalizeChannel(label);
  if (channel) return { kind: 'channel', channel };
  const family = CHANNEL_FAMILIES[key];
  if (family) return { kind: 'family', family: key, channels: family };
  return { kind: 'unknown', label: label.trim() };
}

/**
 * Google Ads campaign types (as the UI writes them, or the API's advertising channel type, e.g.
 * PERFORMANCE_MAX) → channel. App, Smart, Hotel, Local and other types plan no channel.
 */
const GOOGLE_CAMPAIGN_TYPES: Readonly<Record<string, Channel>> = {
  search: 'google_search',
  display: 'google_display',
  video: 'youtube',
  shopping: 'google_shopping',
  'performance max': 'google_pmax',
  'demand gen': 'google_demand_gen',
  discovery: 'google_demand_gen',
};

/** The channel of a Google Ads campaign type, or null for a type AICMO plans no channel for. */
export function channelOfGoogleCampaignType(type: string): Channel | null {
  return GOOGLE_CAMPAIGN_TYPES[labelKey(type)] ?? null;
}

/**
 * The channel of a Meta Ads Manager row from its delivery breakdown: the publisher platform
 * (Facebook, Instagram, Messenger, Audience Network) when given, else the placement ("Instagram
 * Stories", "Facebook Reels", …). Instagram is its own channel; everything else Meta delivers is
 * `meta`, and so is a row without either.
 */
export function channelOfMetaDelivery(platform: string, placement: string): 'meta' | 'instagram' {
  const publisher = labelKey(platform);
  if (publisher !== '') return publisher === 'instagram' || normalizeChannel(platform) === 'instagram' ? 'instagram' : 'meta';
  return /\binstagram\b/i.test(placement) ? 'instagram' : 'meta';
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
