// The approved creatives as the ads the client's customers will see, grouped by channel: a
// search result (headlines, the display URL from the landing page, descriptions), a display or
// asset ad (business name, headline, long headline, description), a feed post (page name, primary
// text, headline, button), a video's text, an email in the inbox (sender, subject, preview text,
// body, button) and a plain post. Built from each creative's own fields in its channel's format;
// only approved or scheduled creatives become ads. Text only: render.ts escapes every field.
import { CHANNELS } from '../../domain/channels';
import { languageName } from '../creatives/language';
import type { StoredCreative } from '../types';
import { angleWords, channelWords, dateWords } from './clientWords';

/** What the ads are built from: a stored creative, or a variant of the creatives artifact (the same fields). */
export type AdSource = Pick<StoredCreative, 'channel' | 'format' | 'angle' | 'headline' | 'body' | 'cta' | 'status' | 'fields' | 'scheduledDate' | 'language'>;

interface AdBase {
  /** The ad format in the platform's words ("Responsive search ad"). */
  format: string;
  /** The angle in words ("social proof"). */
  angle: string;
  /** "Scheduled for 10 March 2026", or "Approved". */
  when: string;
  /** The copy's language ("German"), only when the ads are in several. */
  language: string | null;
  /** Further texts the platform rotates in (Google combines headlines and descriptions), by label. */
  more: { label: string; items: string[] }[];
}

/** One ad as it is laid out on its channel; '' marks a part the ad does not have. */
export type PackAd = AdBase &
  (
    | { layout: 'search'; displayUrl: string; headlines: string[]; descriptions: string[] }
    | { layout: 'display'; businessName: string; headline: string; longHeadline: string; description: string; displayUrl: string; cta: string }
    | { layout: 'feed'; page: string; text: string; headline: string; description: string; displayUrl: string; cta: string }
    | { layout: 'video'; page: string; headline: string; lines: string[]; displayUrl: string }
    | { layout: 'email'; from: string; subject: string; preheader: string; body: string; cta: string; link: string }
    | { layout: 'post'; page: string; text: string; displayUrl: string; cta: string; video: boolean }
  );

export interface PackAdGroup {
  /** The channel's name ("Google Search"). */
  channel: string;
  ads: PackAd[];
}

const SHOWN = new Set(['approved', 'scheduled']);

const list = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((t) => t.trim()).filter((t) => t !== '');
const one = (v: string | string[] | undefined): string => list(v)[0] ?? '';

/** "https://www.acme.example/spring?x=1" → "acme.example"; '' for no URL. */
export function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#\s]+)/i.exec(url.trim());
  return m ? m[1]!.replace(/^www\./i, '').toLowerCase() : url.trim();
}

/** Google's display URL: the landing page's domain and the display paths ("acme.example › spring › blend"). */
function searchUrl(fields: Record<string, string | string[]>): string {
  const host = hostOf(one(fields.finalUrl));
  return [host, one(fields.path1), one(fields.path2)].filter((p) => p !== '').join(' › ');
}

/** The texts beyond the ones shown, when there are any. */
function more(label: string, items: readonly string[], shown: number): AdBase['more'] {
  return items.length > shown ? [{ label, items: items.slice(shown) }] : [];
}

const SEARCH = new Set(['google_search']);
const DISPLAY = new Set(['google_display', 'google_pmax', 'google_demand_gen']);
const FEED = new Set(['meta', 'instagram', 'linkedin']);

function adOf(c: AdSource, sponsor: string, base: Omit<AdBase, 'more'>): PackAd {
  const f = c.fields ?? {};
  const has = Object.keys(f).length > 0;
  const url = one(f.finalUrl);
  if (!has) return { ...base, more: [], layout: 'post', page: sponsor, text: [c.headline, c.body].filter((t) => t.trim() !== '').join('\n'), displayUrl: '', cta: c.cta, video: false };
  if (SEARCH.has(c.channel)) {
    const headlines = list(f.headlines);
    const descriptions = list(f.descriptions);
    return { ...base, layout: 'search', displayUrl: searchUrl(f), headlines: headlines.slice(0, 3), descriptions: descriptions.slice(0, 2), more: [...more('More headlines Google may show', headlines, 3), ...more('More descriptions Google may show', descriptions, 2)] };
  }
  if (DISPLAY.has(c.channel)) {
    const headlines = list(f.headlines);
    const longHeadlines = list(f.longHeadlines ?? f.longHeadline);
    const descriptions = list(f.descriptions);
    return {
      ...base,
      layout: 'display',
      businessName: one(f.businessName) || sponsor,
      headline: headlines[0] ?? c.headline,
      longHeadline: longHeadlines[0] ?? '',
      description: descriptions[0] ?? '',
      displayUrl: hostOf(url),
      cta: one(f.cta),
      more: [...more('More headlines Google may show', headlines, 1), ...more('More long headlines', longHeadlines, 1), ...more('More descriptions Google may show', descriptions, 1)],
    };
  }
  if (FEED.has(c.channel)) {
    return { ...base, more: [], layout: 'feed', page: sponsor, text: one(f.primaryText ?? f.introText), headline: one(f.headline), description: one(f.description), displayUrl: hostOf(url), cta: one(f.cta) };
  }
  if (c.channel === 'youtube') return { ...base, more: [], layout: 'video', page: sponsor, headline: one(f.headline), lines: list(f.descriptions), displayUrl: hostOf(url) };
  if (c.channel === 'email' || f.subject !== undefined) {
    return { ...base, more: [], layout: 'email', from: sponsor, subject: one(f.subject), preheader: one(f.preheader), body: one(f.body), cta: one(f.cta), link: hostOf(url) };
  }
  const text = one(f.text ?? f.adText ?? f.primaryText ?? f.introText) || [c.headline, c.body].filter((t) => t.trim() !== '').join('\n');
  // TikTok's in-feed ad is a video with its ad text over it.
  return { ...base, more: [], layout: 'post', page: sponsor, text, displayUrl: hostOf(url), cta: one(f.cta), video: c.channel === 'tiktok' };
}

const channelOrder = (channel: string): number => {
  const i = (CHANNELS as readonly string[]).indexOf(channel);
  return i === -1 ? CHANNELS.length : i;
};

/**
 * The approved and scheduled creatives as ads, grouped by channel (in the planner's channel order),
 * each in its channel's layout. `sponsor` is the name the ads run under (the brand).
 */
export function approvedAds(creatives: readonly AdSource[], sponsor: string): PackAdGroup[] {
  const shown = creatives.filter((c) => SHOWN.has(c.status));
  const languages = new Set(shown.map((c) => c.language).filter((l): l is string => !!l));
  const channels = [...new Set(shown.map((c) => c.channel))].sort((a, b) => channelOrder(a) - channelOrder(b) || a.localeCompare(b));
  return channels.map((channel) => ({
    channel: channelWords(channel),
    ads: shown
      .filter((c) => c.channel === channel)
      .map((c) =>
        adOf(c, sponsor, {
          format: c.format.replace(/_/g, ' '),
          angle: angleWords(c.angle),
          when: c.status === 'scheduled' && c.scheduledDate ? `Scheduled for ${dateWords(c.scheduledDate)}` : c.status === 'scheduled' ? 'Approved and scheduled' : 'Approved',
          language: languages.size > 1 && c.language ? languageName(c.language) : null,
        }),
      ),
  }));
}
