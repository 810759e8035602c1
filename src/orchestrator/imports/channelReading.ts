// What `metric_rows.channel` holds, and how each export's labels are read into it:
//   - a canonical channel id (domain/channels.ts: google_search, meta, …) when the label names one;
//   - a family key ("social", "paid social", "google ads", …) when the label names several
//     channels at once: evidence for it informs each member channel;
//   - otherwise the label as written, trimmed, lower-cased and snake_cased ("Podcast ads" →
//     "podcast_ads", Google Ads type "App" → "app"), or "unspecified" when a row names nothing.
// Readings are tallied per row line so the import result can say which labels were families,
// which matched nothing, and which Google Ads campaign types plan no channel.
import {
  CHANNEL_FAMILIES,
  channelOfGoogleCampaignType,
  channelOfMetaDelivery,
  readChannelLabel,
  readChannelMap,
  sameLabel,
  type Channel,
  type ChannelReading,
} from '../domain/channels';
import type { MetricRow } from './types';

/** Label → channel id or family key, e.g. from `--channel-map podcast=email`. */
export type ChannelMap = Readonly<Record<string, string>>;

export const UNSPECIFIED_CHANNEL = 'unspecified';
/** Google Ads rows without a campaign type count for every Google channel. */
export const GOOGLE_ADS_FAMILY = 'google ads';

export interface FamilyLabel {
  /** As the file wrote it ('' for Google Ads rows without a campaign type). */
  label: string;
  family: string;
  channels: readonly Channel[];
  rows: number;
}

export interface UnmappedLabel {
  /** As the file wrote it ('' when the row names no channel). */
  label: string;
  storedAs: string;
  rows: number;
}

export interface UnknownCampaignType {
  type: string;
  storedAs: string;
  campaigns: number;
  rows: number;
}

export interface ChannelReport {
  /** Accepted rows per stored channel value (channel ids, family keys, unmapped labels). */
  rowsByChannel: Record<string, number>;
  families: FamilyLabel[];
  unmapped: UnmappedLabel[];
  unknownCampaignTypes: UnknownCampaignType[];
  /** Channel-map labels that matched no label of the file. */
  unusedMapLabels: string[];
}

export function emptyChannelReport(): ChannelReport {
  return { rowsByChannel: {}, families: [], unmapped: [], unknownCampaignTypes: [], unusedMapLabels: [] };
}

/** An unmapped label in its stored form. */
export function unmappedKey(label: string): string {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key === '' ? UNSPECIFIED_CHANNEL : key;
}

const KNOWN_TARGETS = `a channel id such as google_search, meta or email, or a family such as ${Object.keys(CHANNEL_FAMILIES).slice(0, 2).join(' or ')}`;

/** Why a channel map cannot be used (an empty label, a target that is no channel or family), or null. */
export function channelMapProblem(map: ChannelMap): string | null {
  for (const [label, target] of Object.entries(map)) {
    if (label.trim() === '') return `the channel map names an empty label (for ${JSON.stringify(target)})`;
    if (readChannelLabel(target).kind === 'unknown') return `the channel map sends ${JSON.stringify(label)} to ${JSON.stringify(target)}, which is no channel AICMO knows (${KNOWN_TARGETS})`;
  }
  return null;
}

/** Parses `["podcast=email", "radio=paid social"]` (from `--channel-map`); a bad pair is a RangeError naming it. */
export function parseChannelMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const label = eq < 0 ? '' : pair.slice(0, eq).trim();
    const target = eq < 0 ? '' : pair.slice(eq + 1).trim();
    if (label === '' || target === '') throw new RangeError(`--channel-map ${JSON.stringify(pair)} should be label=channel, e.g. --channel-map podcast=email`);
    if (readChannelLabel(target).kind === 'unknown') throw new RangeError(`--channel-map ${JSON.stringify(pair)}: ${JSON.stringify(target)} is no channel AICMO knows (${KNOWN_TARGETS})`);
    map[label] = target;
  }
  return map;
}

/** How one label was read (shared by every row with that label). */
type Read = { stored: string; reading: ChannelReading; label: string; unknownCampaignType?: string };

/** Reads each row's channel and remembers how, by line (one reading per distinct label). */
export class ChannelReadings {
  private readonly byLine = new Map<number, Read>();
  private readonly usedMapLabels = new Set<string>();
  private readonly memo = new Map<string, Read>();

  constructor(private readonly map: ChannelMap = {}) {}

  private stored(reading: ChannelReading): string {
    if (reading.kind === 'channel') return reading.channel;
    if (reading.kind === 'family') return reading.family;
    return unmappedKey(reading.label);
  }

  private mapped(label: string): ChannelReading | null {
    const r = readChannelMap(label, this.map);
    if (r) for (const from of Object.keys(this.map)) if (sameLabel(from, label)) this.usedMapLabels.add(from);
    return r;
  }

  private keep(line: number, memoKey: string, read: () => Read): string {
    let r = this.memo.get(memoKey);
    if (!r) this.memo.set(memoKey, (r = read()));
    this.byLine.set(line, r);
    return r.stored;
  }

  /** A generic sheet's label (its channel cell, else its platform). */
  label(line: number, label: string): string {
    return this.keep(line, `label\u0000${label}`, () => {
      const reading = this.mapped(label) ?? readChannelLabel(label);
      return { stored: this.stored(reading), reading, label: label.trim() };
    });
  }

  /** A Google Ads row's campaign type (the channel map first). */
  googleCampaignType(line: number, type: string): string {
    return this.keep(line, `type\u0000${type}`, () => {
      const t = type.trim();
      const mapped = t === '' ? null : this.mapped(t);
      if (mapped) return { stored: this.stored(mapped), reading: mapped, label: t };
      if (t === '' || t === '--') return { stored: GOOGLE_ADS_FAMILY, reading: { kind: 'family', family: GOOGLE_ADS_FAMILY, channels: CHANNEL_FAMILIES[GOOGLE_ADS_FAMILY]! }, label: '' };
      const channel = channelOfGoogleCampaignType(t);
      if (channel) return { stored: channel, reading: { kind: 'channel', channel }, label: t };
      return { stored: unmappedKey(t), reading: { kind: 'unknown', label: t }, label: t, unknownCampaignType: t };
    });
  }

  /** A Meta row's publisher platform and placement (either may be ''). */
  metaDelivery(line: number, platform: string, placement: string): string {
    return this.keep(line, `meta\u0000${platform}\u0000${placement}`, () => {
      const channel = channelOfMetaDelivery(platform, placement);
      return { stored: channel, reading: { kind: 'channel', channel }, label: platform || placement };
    });
  }

  /** The report over the rows that were accepted. */
  report(rows: MetricRow[]): ChannelReport {
    const out = emptyChannelReport();
    const families = new Map<string, FamilyLabel>();
    const unmapped = new Map<string, UnmappedLabel>();
    const types = new Map<string, UnknownCampaignType & { names: Set<string> }>();
    for (const row of rows) {
      const read = this.byLine.get(row.line);
      if (!read) continue;
      out.rowsByChannel[read.stored] = (out.rowsByChannel[read.stored] ?? 0) + 1;
      if (read.unknownCampaignType !== undefined) {
        const t = types.get(read.stored) ?? { type: read.unknownCampaignType, storedAs: read.stored, campaigns: 0, rows: 0, names: new Set<string>() };
        t.rows++;
        t.names.add(row.campaign);
        t.campaigns = t.names.size;
        types.set(read.stored, t);
      } else if (read.reading.kind === 'family') {
        const key = `${read.reading.family}\u0000${read.label === '' ? '' : unmappedKey(read.label)}`;
        const f = families.get(key) ?? { label: read.label, family: read.reading.family, channels: read.reading.channels, rows: 0 };
        f.rows++;
        families.set(key, f);
      } else if (read.reading.kind === 'unknown') {
        const u = unmapped.get(read.stored) ?? { label: read.label, storedAs: read.stored, rows: 0 };
        u.rows++;
        unmapped.set(read.stored, u);
      }
    }
    out.families = [...families.values()];
    out.unmapped = [...unmapped.values()];
    out.unknownCampaignTypes = [...types.values()].map((t) => ({ type: t.type, storedAs: t.storedAs, campaigns: t.campaigns, rows: t.rows }));
    out.unusedMapLabels = Object.keys(this.map).filter((label) => !this.usedMapLabels.has(label));
    return out;
  }
}
