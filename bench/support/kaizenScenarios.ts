// The Kaizen simulation bench's scenarios: seeded campaigns whose channels have known true cost
// per click and conversion rate, week by week. These are invented test campaigns (not measured
// figures), chosen to exercise one behaviour each; the bench never reads them back into Kaizen
// except through imported sheets.
import type { Channel } from '../../src/orchestrator/domain/channels';

export interface TrueRates {
  /** Cost per click in the plan's currency. */
  cpc: number;
  /** Conversions per click. */
  cvr: number;
}

export interface Scenario {
  name: string;
  what: string;
  weeks: number;
  /** Total budget in major units of `currency`. */
  budget: number;
  currency: string;
  /** The channels the brief allows from week 1. */
  channels: Channel[];
  /** True rates of each channel in week w (1-based). */
  rates(channel: Channel, week: number): TrueRates;
  /** Channels added to the allowed list at the start of a week. */
  added?: { week: number; channel: Channel };
  /**
   * A past campaign of the same client in another currency (a project can hold one currency, so
   * mixed currencies meet across projects): `weeks` weeks of results of the priors split with the
   * same true rates, prices at `perPlanUnit` of its currency per unit of the plan's. With
   * `giveRateToKaizen` the Kaizen run gets the exchange rate (--exchange-rate).
   */
  history?: { currency: string; perPlanUnit: number; weeks: number; giveRateToKaizen: boolean };
  /** The change for the "new best channel ≥ 50% within three re-plans" check. */
  change?: { week: number; newBest: Channel };
  /** Run options for media (e.g. a raised step limit). */
  mediaOptions?: Record<string, unknown>;
  /** The targets the issue sets, checked and printed (never tuned to). */
  targets: { liftAtLeast?: number; gapAtMost?: number; maxWeeklyMove?: number; newBestWithinReplans?: number };
}

/** Average order value: the same on every channel, so ROAS ranks channels as conversions per unit of spend. */
export const ORDER_VALUE = 60;

const BASE: Record<string, TrueRates> = {
  // Google Search converts best per click but its clicks are dear; Meta is the best per euro.
  google_search: { cpc: 2.0, cvr: 0.079 },
  meta: { cpc: 0.7, cvr: 0.044 },
  instagram: { cpc: 0.9, cvr: 0.025 },
  tiktok: { cpc: 0.45, cvr: 0.012 },
  email: { cpc: 0.6, cvr: 0.02 },
};
const FIVE: Channel[] = ['google_search', 'meta', 'instagram', 'tiktok', 'email'];
const base = (c: Channel): TrueRates => BASE[c]!;

export const SCENARIOS: Scenario[] = [
  {
    name: 'stationary',
    what: 'five channels with fixed true rates; Meta is the best per euro (4.4% at €0.70 a click), Google Search converts most per click (7.9%) but costs €2.00',
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: FIVE,
    rates: base,
    targets: { liftAtLeast: 0.25, gapAtMost: 0.05 },
  },
  {
    name: 'stationary-step-30',
    what: 'the stationary campaign with the user step limit raised to 30 points (a setting): the cost of the 10-point guardrail',
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: FIVE,
    rates: base,
    mediaOptions: { maxStep: 0.3 },
    targets: { liftAtLeast: 0.25, gapAtMost: 0.05 },
  },
  {
    name: 'mid-flight-change',
    what: "from week 7 Meta's conversion rate falls 5× (4.4% → 0.88%) and Instagram's rises to 8% (the new best, 0.089 conversions per euro)",
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: FIVE,
    rates: (c, w) => (w >= 7 && c === 'meta' ? { cpc: 0.7, cvr: 0.0088 } : w >= 7 && c === 'instagram' ? { cpc: 0.9, cvr: 0.08 } : base(c)),
    change: { week: 7, newBest: 'instagram' },
    targets: { liftAtLeast: 0.1, newBestWithinReplans: 3 },
  },
  {
    name: 'near-equal',
    what: 'five channels within ±2% of each other per euro (noise only): the split should not thrash',
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: FIVE,
    rates: (c) => ({ cpc: 1, cvr: { google_search: 0.03, meta: 0.0303, instagram: 0.0297, tiktok: 0.0301, email: 0.0299 }[c as string] ?? 0.03 }),
    targets: { maxWeeklyMove: 0.05 },
  },
  {
    name: 'new-channel',
    what: 'four channels for six weeks, then the strategist allows Google Shopping (5.5% at €0.60 a click: the best per euro)',
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: ['google_search', 'meta', 'instagram', 'email'],
    added: { week: 7, channel: 'google_shopping' },
    rates: (c) => (c === 'google_shopping' ? { cpc: 0.6, cvr: 0.055 } : base(c)),
    targets: { liftAtLeast: 0.1 },
  },
  {
    name: 'mixed-currencies',
    what: 'the stationary campaign, with 8 weeks of results of a past US campaign (USD, 1.08 USD per EUR, the priors split) in the workspace and no exchange rate given: the USD results inform conversion rates only',
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: FIVE,
    rates: base,
    history: { currency: 'USD', perPlanUnit: 1.08, weeks: 8, giveRateToKaizen: false },
    targets: { liftAtLeast: 0.25, gapAtMost: 0.05 },
  },
  {
    name: 'mixed-currencies-with-rate',
    what: 'the same, with the exchange rate given (--exchange-rate USD=0.9259): the USD results then count toward cost too',
    weeks: 12,
    budget: 24_000,
    currency: 'EUR',
    channels: FIVE,
    rates: base,
    history: { currency: 'USD', perPlanUnit: 1.08, weeks: 8, giveRateToKaizen: true },
    targets: { liftAtLeast: 0.25, gapAtMost: 0.05 },
  },
];
