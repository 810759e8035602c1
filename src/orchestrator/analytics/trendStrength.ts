// Trend strength of one keyword series (Google Trends interest, 0–100), from the series itself.
// The evidence returned is exactly what decided the label.
//
// With n points and k = max(2, round(n / 4)):
//   startLevel = mean of the first k points, endLevel = mean of the last k, both as % of the peak
//   peakPosition = index of the (first) maximum ÷ (n − 1)   (0 = first point, 1 = last)
//   slope = least-squares slope, in % of the peak per period
// Rules, in order:
//   peak      the peak lies before the last k points and stands ≥ 25 points (of 100) above
//             both the start and the end level (it rose, then fell back)
//   emerging  endLevel − startLevel ≥ 15, startLevel ≤ 10, and the second half rises at least
//             twice as fast as the first (taking off from almost nothing)
//   growing   endLevel − startLevel ≥ 15 and slope > 0
//   declining startLevel − endLevel ≥ 15 and slope < 0
//   flat      anything else (including a series that is all zero)
// Google Trends' "rising" series (peak at the end, steady climb) come out as growing; a
// keyword that only just took off comes out as emerging. `<1` counts as 0.5.
// Fewer than 6 points: "not enough data".

export type TrendStrength = 'emerging' | 'growing' | 'peak' | 'declining' | 'flat' | 'not enough data';

export interface TrendEvidence {
  points: number;
  startLevel: number;
  endLevel: number;
  peakValue: number;
  peakDate: string | null;
  peakPosition: number;
  slopePerPeriod: number;
  firstHalfSlope: number;
  secondHalfSlope: number;
  rule: string;
}

export interface TrendPointValue {
  date: string;
  /** null when the export showed `<1` */
  value: number | null;
  belowOne?: boolean;
}

export const MIN_TREND_POINTS = 6;
const PEAK_PROMINENCE = 25;
const LEVEL_CHANGE = 15;
const EMERGING_START = 10;

function slope(ys: number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

const mean = (ys: number[]) => ys.reduce((s, y) => s + y, 0) / ys.length;
const round2 = (x: number) => Math.round(x * 100) / 100;

export function trendStrength(series: readonly TrendPointValue[]): { strength: TrendStrength; evidence: TrendEvidence } {
  const sorted = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const raw = sorted.map((p) => (p.value === null ? 0.5 : p.value));
  const n = raw.length;
  const peakValue = n ? Math.max(...raw) : 0;
  const peakIndex = raw.indexOf(peakValue);
  const scale = peakValue > 0 ? 100 / peakValue : 0;
  const ys = raw.map((v) => v * scale);
  const k = Math.max(2, Math.round(n / 4));
  const half = Math.floor(n / 2);
  const evidence: TrendEvidence = {
    points: n,
    startLevel: n ? round2(mean(ys.slice(0, k))) : 0,
    endLevel: n ? round2(mean(ys.slice(-k))) : 0,
    peakValue,
    peakDate: sorted[peakIndex]?.date ?? null,
    peakPosition: n > 1 ? round2(peakIndex / (n - 1)) : 0,
    slopePerPeriod: round2(slope(ys)),
    firstHalfSlope: round2(slope(ys.slice(0, half))),
    secondHalfSlope: round2(slope(ys.slice(half))),
    rule: '',
  };
  const decide = (strength: TrendStrength, rule: string) => ({ strength, evidence: { ...evidence, rule } });
  if (n < MIN_TREND_POINTS) return decide('not enough data', `fewer than ${MIN_TREND_POINTS} points`);
  if (peakValue === 0) return decide('flat', 'no interest in any period');
  const { startLevel, endLevel, slopePerPeriod, firstHalfSlope, secondHalfSlope } = evidence;
  if (peakIndex < n - k && 100 - startLevel >= PEAK_PROMINENCE && 100 - endLevel >= PEAK_PROMINENCE) {
    return decide('peak', `the peak (${evidence.peakDate}) lies before the last ${k} points and stands ≥ ${PEAK_PROMINENCE} points above the start (${startLevel}) and the end (${endLevel})`);
  }
  if (endLevel - startLevel >= LEVEL_CHANGE && startLevel <= EMERGING_START && secondHalfSlope >= 2 * Math.max(firstHalfSlope, 0)) {
    return decide('emerging', `from a start level of ${startLevel} (≤ ${EMERGING_START}) to ${endLevel}, the second half rising at least twice as fast as the first`);
  }
  if (endLevel - startLevel >= LEVEL_CHANGE && slopePerPeriod > 0) {
    return decide('growing', `end level ${endLevel} is ≥ ${LEVEL_CHANGE} points above the start level ${startLevel}, slope ${slopePerPeriod} per period`);
  }
  if (startLevel - endLevel >= LEVEL_CHANGE && slopePerPeriod < 0) {
    return decide('declining', `end level ${endLevel} is ≥ ${LEVEL_CHANGE} points below the start level ${startLevel}, slope ${slopePerPeriod} per period`);
  }
  return decide('flat', `start ${startLevel} and end ${endLevel} differ by less than ${LEVEL_CHANGE} points, or the slope disagrees`);
}
