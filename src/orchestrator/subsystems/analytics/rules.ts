// The project's analytics dashboard, computed with the analytics library from this project's
// metric rows (summed numerators and denominators), goal progress against the intake targets,
// and A/B readings between creative variants on the same channel. Nothing is invented: with no
// rows the content says "no data".
import { compareAb, computeKpis, dataRange, goalProgress, groupRows, REACH_NOT_ADDITIVE, sumTotals, type AnalyticsRow } from '../../analytics';
import type { Project } from '../../domain/project';
import type { CreativeResult } from '../types';
import type { AnalyticsContent, CreativeAbReading } from './types';

/** Replaces non-finite numbers (e.g. an infinite pace) with null so the content survives JSON. */
export function finiteOnly<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) as T;
}

export function abReadings(results: readonly CreativeResult[]): { readings: CreativeAbReading[]; note: string } {
  const byChannel = new Map<string, CreativeResult[]>();
  for (const r of results) if (r.clicks > 0) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
  const readings: CreativeAbReading[] = [];
  for (const [channel, list] of [...byChannel].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length < 2) continue;
    // A is the variant with the most clicks (the incumbent); each other variant is a B.
    const sorted = [...list].sort((x, y) => y.clicks - x.clicks || x.creativeId.localeCompare(y.creativeId));
    const a = sorted[0]!;
    for (const b of sorted.slice(1)) {
      const arm = (r: CreativeResult) => ({ conversions: Math.min(Math.round(r.conversions), Math.round(r.clicks)), trials: Math.round(r.clicks) });
      readings.push({
        channel,
        a: { creativeId: a.creativeId, angle: a.angle, headline: a.headline },
        b: { creativeId: b.creativeId, angle: b.angle, headline: b.headline },
        result: compareAb(arm(a), arm(b)),
      });
    }
  }
  const note =
    readings.length > 0
      ? 'Conversion rate per click; A is the variant with the most clicks on its channel. Verdicts follow the stated decision rule; below the minimum sample the verdict is "not enough data".'
      : 'No data: no channel has two creative variants with results yet.';
  return { readings, note };
}

export function buildAnalytics(project: Project, rows: readonly AnalyticsRow[], results: readonly CreativeResult[]): AnalyticsContent {
  const { readings, note } = abReadings(results);
  if (rows.length === 0) {
    return {
      status: 'no data',
      message: 'No data: no metric rows have been imported for this project yet.',
      currency: project.currency,
      period: null,
      totals: null,
      kpis: null,
      byChannel: [],
      goals: [],
      reachNote: REACH_NOT_ADDITIVE,
      abTests: readings,
      abNote: note,
    };
  }
  const period = dataRange(rows);
  const totals = sumTotals(rows);
  const kpis = computeKpis(totals, project.currency);
  const byChannel = groupRows(rows, 'channel').map((g) => {
    const t = sumTotals(g.rows);
    return { channel: g.key, totals: t, kpis: computeKpis(t, project.currency) };
  });
  const goals = goalProgress(project.kpiTargets, totals, { currency: project.currency, goalMetric: project.goalMetric, projectStart: project.startDate, projectEnd: project.endDate, asOf: period?.to });
  return finiteOnly({
    status: 'ok',
    message: `${rows.length} metric row${rows.length === 1 ? '' : 's'}${period ? ` from ${period.from} to ${period.to}` : ''} across ${byChannel.length} channel${byChannel.length === 1 ? '' : 's'}.`,
    currency: project.currency,
    period,
    totals,
    kpis,
    byChannel,
    goals,
    reachNote: REACH_NOT_ADDITIVE,
    abTests: readings,
    abNote: note,
  });
}
