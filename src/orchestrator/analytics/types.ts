// The metric row the analytics math works on: what storage holds per day/week/month and
// campaign (money in integer minor units; null = not reported, never silently zero).

export interface AnalyticsRow {
  date: string;
  platform: string;
  channel: string;
  campaign: string;
  spendMinor: number | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  conversionValueMinor: number | null;
  reach: number | null;
  engagements: number | null;
  /** ISO currency of the money fields, when the source says (imported rows always do). */
  currency?: string;
}

export interface Period {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}
