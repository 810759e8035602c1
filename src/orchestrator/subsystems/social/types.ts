// The social artifact's content. No volumes are invented: only imported series carry numbers.
import type { TrendStrengthReading } from '../types';

export const NOT_MEASURED = 'idea — not measured';

export interface SocialOpportunity {
  title: string;
  format: string;
  /** True only when an imported trend series backs it. */
  measured: boolean;
  /** "measured: imported trend series" or "idea — not measured". */
  label: string;
  keyword?: string;
  strength?: TrendStrengthReading;
  /** Where the numbers come from, for measured opportunities. */
  evidence?: string;
}

export interface SocialHashtag {
  tag: string;
  source: 'trend' | 'intake';
  measured: boolean;
  label: string;
}

export interface SocialContent {
  opportunities: SocialOpportunity[];
  hashtags: SocialHashtag[];
  trends: { seriesCount: number; note: string };
}
