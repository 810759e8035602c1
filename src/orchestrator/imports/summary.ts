// The sentences a person reads after a metrics import, the same in every front end: rows
// imported and replaced, the currency, the channels the rows were read as, and every label that
// did not map straight onto one channel — families (whose evidence informs each member), Google
// Ads campaign types AICMO plans no channel for, labels that match nothing, and channel-map
// entries that matched no label. Nothing read is left unsaid.
import { channelLabel, isChannel } from '../domain/channels';
import type { ChannelReport } from './channelReading';
import { dateRangeText, dateText } from '../domain/labels';
import { quoted } from './quoted';
import type { MetricFormat } from './types';

export interface ImportSummaryInput {
  fileName: string;
  format: MetricFormat | string;
  currency: string;
  rowsImported: number;
  rowsReplaced: number;
  channels: ChannelReport;
  /** The first and last day of the rows. */
  period?: { from: string; to: string };
  /** Rows dated outside the project's dates. */
  outsideProject?: { rows: number; from: string; to: string; start: string | null; end: string | null } | null;
}

const FORMAT_NAMES: Record<string, string> = { 'google-ads': 'Google Ads', meta: 'Meta Ads Manager', generic: 'generic sheet' };

/** An export format as people name it ("google-ads" → "Google Ads"). */
export function importFormatName(format: string): string {
  return FORMAT_NAMES[format] ?? format;
}

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

/** "a, b and c". */
function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sentences(r: ImportSummaryInput): string[] {
  const out: string[] = [];
  const added = r.rowsImported - r.rowsReplaced;
  out.push(`Imported ${rows(r.rowsImported)} from ${r.fileName} (${importFormatName(r.format)}, ${r.currency}): ${added} new, ${r.rowsReplaced} replaced.`);
  if (r.period) out.push(`The rows cover ${dateRangeText(r.period.from, r.period.to)}.`);
  const o = r.outsideProject;
  if (o) {
    const dates = o.start && o.end ? `the project's dates (${dateRangeText(o.start, o.end)})` : o.start ? `the project's start (${dateText(o.start)})` : `the project's end (${dateText(o.end)})`;
    const all = o.rows === r.rowsImported;
    out.push(`Warning: ${all ? `all ${rows(o.rows)}` : `${o.rows} of the ${rows(r.rowsImported)}`} (${dateRangeText(o.from, o.to)}) ${o.rows === 1 ? 'falls' : 'fall'} outside ${dates}; check that this export belongs to this campaign.`);
  }
  const channels = Object.entries(r.channels.rowsByChannel)
    .filter(([c]) => isChannel(c))
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([c, n]) => `${channelLabel(c)} ${rows(n)}`);
  if (channels.length) out.push(`Channels: ${list(channels)}.`);
  for (const f of r.channels.families) {
    const members = list(f.channels.map(channelLabel));
    out.push(
      f.label === ''
        ? `${rows(f.rows)} ${f.rows === 1 ? 'has' : 'have'} no campaign type, so ${f.rows === 1 ? 'it counts' : 'they count'} for each of ${members} (add the Campaign type column to tell them apart).`
        : `${quoted(f.label)} (${rows(f.rows)}) names a family of channels, so its results count for each of ${members}.`,
    );
  }
  for (const t of r.channels.unknownCampaignTypes) {
    const one = t.campaigns === 1;
    out.push(`${t.campaigns} ${one ? 'campaign' : 'campaigns'} of type ${t.type} ${one ? 'was' : 'were'} kept as '${t.storedAs}' and ${one ? 'informs' : 'inform'} no plan channel.`);
  }
  for (const u of r.channels.unmapped) {
    const one = u.rows === 1;
    out.push(
      u.label === ''
        ? `${rows(u.rows)} ${one ? 'names' : 'name'} no channel and ${one ? 'was' : 'were'} kept as '${u.storedAs}'; ${one ? 'it informs' : 'they inform'} no plan channel.`
        : `${rows(u.rows)} labelled ${quoted(u.label)} ${one ? 'matches' : 'match'} no channel and ${one ? 'was' : 'were'} kept as '${u.storedAs}'; ${one ? 'it informs' : 'they inform'} no plan channel unless mapped (${u.storedAs}=<channel>).`,
    );
  }
  for (const label of r.channels.unusedMapLabels) out.push(`The channel map's ${quoted(label)} matched no label in the file.`);
  return out;
}

/** The summary of a metrics import: one sentence per fact, in reading order. */
export function importSummary(result: ImportSummaryInput): string {
  return sentences(result).join(' ');
}
