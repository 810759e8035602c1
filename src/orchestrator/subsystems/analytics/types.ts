// The analytics artifact's content: the project's dashboard from the analytics library, and A/B
// readings for creative variants with results. "no data" when there are no metric rows.
import type { AbResult, GoalProgress, Kpis, Period, Totals } from '../../analytics';

export interface ChannelBreakdown {
  channel: string;
  totals: Totals;
  kpis: Kpis;
}

export interface CreativeAbReading {
  channel: string;
  a: { creativeId: string; angle: string; headline: string };
  b: { creativeId: string; angle: string; headline: string };
  result: AbResult;
}

export interface AnalyticsContent {
  status: 'ok' | 'no data';
  /** One sentence: what the dashboard covers, or why there is no data. */
  message: string;
  currency: string;
  period: Period | null;
  totals: Totals | null;
  kpis: Kpis | null;
  byChannel: ChannelBreakdown[];
  goals: GoalProgress[];
  reachNote: string;
  abTests: CreativeAbReading[];
  abNote: string;
}
