// The channels AICMO plans for, with the names people and exports use for them. Metric rows,
// insights, media plans, creatives and the brief's channel rules all use the canonical ids below.
// A label may also name a *family* ("social", "paid social"): evidence for a family informs each
// of its member channels (`readChannelLabel`).

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
  meta: ['meta', 'facebook', 'fb', 'meta ads', 'facebook ads', 'meta (facebook)'],
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

/**
 * Reads a channel label as people and sheets write it. `map` (label → channel id, from a
 * `--channel-map label=channel`) is consulted first, case-insensitively.
 */
export function readChannelLabel(label: string, map: Readonly<Record<string, string>> = {}): ChannelReading {
  const key = labelKey(label);
  for (const [from, to] of Object.entries(map)) {
    if (labelKey(from) === key) {
      const mapped = normalizeChannel(to);
      if (mapped) return { kind: 'channel', channel: mapped };
      const family = CHANNEL_FAMILIES[labelKey(to)];
      if (family) return { kind: 'family', family: labelKey(to), channels: family };
    }
  }
  const channel = normalizeChannel(label);
  if (channel) return { kind: 'channel', channel };
  const family = CHANNEL_FAMILIES[key];
  if (family) return { kind: 'family', family: key, channels: family };
  return { kind: 'unknown', label: label.trim() };
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
