// What the importers produce: normalized metric rows and trend points (one per data line of an
// export), or the list of lines that made a file unacceptable. Storage maps these 1:1 onto the
// metric_rows / trend_points / imports tables.
import type { ChannelMap, ChannelReport } from './channelReading';

export const METRIC_FORMATS = ['google-ads', 'meta', 'generic'] as const;
export type MetricFormat = (typeof METRIC_FORMATS)[number];
export type ImportFormat = MetricFormat | 'google-trends';

export type Granularity = 'day' | 'week' | 'month';

/** One problem with the file: `line` is the 1-based line number an editor shows (preamble included). */
export interface LineError {
  line: number;
  reason: string;
}

/** One data row of an ad-platform export, normalized. Money is integer minor units of `currency`. */
export interface MetricRow {
  /** Line of the source file this row came from (not stored). */
  line: number;
  date: string;
  granularity: Granularity;
  platform: string;
  /** A channel id, a family key or an unmapped label (see channelReading.ts). */
  channel: string;
  /** Identity parts are '' (never null) when the export has no such level, so the unique key works. */
  account: string;
  campaign: string;
  adSet: string;
  ad: string;
  currency: string;
  /** null = the export said "not applicable" (`--`); never silently zero. */
  spendMinor: number | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  conversionValueMinor: number | null;
  reach: number | null;
  engagements: number | null;
  attribution: string | null;
  /** Anything else worth keeping: result indicators, censored impression share, ... */
  extra: Record<string, unknown>;
}

export interface ParsedMetrics {
  format: MetricFormat;
  platform: string;
  /** The single currency of the file (a file mixing currencies is rejected). */
  currency: string | null;
  rows: MetricRow[];
  errors: LineError[];
  /** Data rows seen (accepted + rejected); total rows and preamble are not counted. */
  rowsTotal: number;
  /** Lines skipped on purpose (total rows, account-total row), with why. */
  skipped: LineError[];
  /** How the accepted rows' channels were read: families, unmapped labels, unknown campaign types. */
  channels: ChannelReport;
}

export interface TrendPoint {
  line: number;
  keyword: string;
  geo: string;
  date: string;
  /** 0–100 relative interest; null when Google Trends showed `<1`. */
  value: number | null;
  /** True when the export showed `<1` (some interest, less than 1). */
  belowOne: boolean;
}

export interface ParsedTrends {
  format: 'google-trends';
  granularity: Granularity;
  category: string | null;
  points: TrendPoint[];
  errors: LineError[];
  rowsTotal: number;
}

/** Column mapping for the generic format: normalized field → header in the file. */
export type ColumnMapping = Partial<Record<GenericField, string>>;

export const GENERIC_FIELDS = [
  'date',
  'platform',
  'channel',
  'account',
  'campaign',
  'ad_set',
  'ad',
  'currency',
  'spend',
  'impressions',
  'clicks',
  'conversions',
  'revenue',
  'reach',
  'engagements',
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];

export interface ParseMetricsOptions {
  /** 'auto' (default) detects the format from the header row. */
  format?: MetricFormat | 'auto';
  /** Generic format: field → column header. */
  map?: ColumnMapping;
  /** Currency when the file does not say (generic files; usually the project's currency). */
  currency?: string;
  /** Generic format: platform when the file has no platform column (default: the row's channel). */
  platform?: string;
  /** Generic format: granularity of the dates (default day). */
  granularity?: Granularity;
  /** Label → channel id or family key, read before the built-in aliases (generic channel labels, Google Ads campaign types). */
  channelMap?: ChannelMap;
}
