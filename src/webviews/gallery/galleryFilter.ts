// The gallery's list: creatives kept by the filters, grouped by channel (a header row per
// channel, then its cards by rank) — one flat list so it can be virtualized.
import type { ChannelFormatView, CreativeView, GalleryData } from '../../protocol/panels/gallery';

export interface GalleryFilters {
  channel: string;
  angle: string;
  status: string;
}

export type GalleryRow =
  | { kind: 'channel'; channel: string; count: number; format: ChannelFormatView | undefined }
  | { kind: 'creative'; creative: CreativeView };

export function galleryRows(data: GalleryData, f: GalleryFilters): GalleryRow[] {
  const byChannel = new Map<string, CreativeView[]>();
  for (const c of data.creatives) {
    if (f.channel && c.channel !== f.channel) continue;
    if (f.angle && c.angle !== f.angle) continue;
    if (f.status && c.status !== f.status) continue;
    const list = byChannel.get(c.channel) ?? [];
    list.push(c);
    byChannel.set(c.channel, list);
  }
  const rows: GalleryRow[] = [];
  for (const [channel, list] of [...byChannel.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    rows.push({ kind: 'channel', channel, count: list.length, format: data.formats.find((l) => l.channel === channel) });
    for (const creative of list) rows.push({ kind: 'creative', creative });
  }
  return rows;
}

export function distinct(data: GalleryData, key: 'channel' | 'angle' | 'status'): string[] {
  return [...new Set(data.creatives.map((c) => c[key]))].sort();
}
