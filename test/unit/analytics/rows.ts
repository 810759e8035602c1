// A compact builder for analytics rows in tests.
import type { AnalyticsRow } from '../../../src/orchestrator/analytics';

export function row(overrides: Partial<AnalyticsRow> = {}): AnalyticsRow {
  return {
    date: '2026-10-01',
    platform: 'google_ads',
    channel: 'search',
    campaign: 'Brand',
    spendMinor: null,
    impressions: null,
    clicks: null,
    conversions: null,
    conversionValueMinor: null,
    reach: null,
    engagements: null,
    ...overrides,
  };
}
