// Social opportunities and hashtags: imported trend series (with their strength) first, then
// ideas from the table, each labelled "idea — not measured". No volumes are ever invented.
import type { Project } from '../../domain/project';
import type { TrendPoint, TrendSeries, TrendStrength } from '../types';
import { dedupe, fill, findBannedTerms, toHashtag } from '../shared/text';
import { IDEAS_BY_GOAL } from './ideaTable';
import { NOT_MEASURED, type SocialContent, type SocialHashtag, type SocialOpportunity } from './types';

const WINDOW = 4;

/**
 * A fallback strength when the analytics library did not supply one: the mean of the last four
 * points (score, on the series' own 0–100 scale) against the four before; rising above +10 %,
 * falling below −10 %.
 */
export function trendStrength(points: readonly TrendPoint[]): TrendStrength | null {
  const sorted = [...points].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return null;
  const recent = sorted.slice(-WINDOW);
  const previous = sorted.slice(-2 * WINDOW, -WINDOW);
  const mean = (xs: TrendPoint[]): number => xs.reduce((t, p) => t + p.value, 0) / xs.length;
  const recentMean = mean(recent);
  const previousMean = previous.length > 0 ? mean(previous) : recentMean;
  const direction = recentMean > previousMean * 1.1 ? 'rising' : recentMean < previousMean * 0.9 ? 'falling' : 'flat';
  const peak = sorted.reduce((best, p) => (p.value > best.value ? p : best), sorted[0]!);
  return {
    score: Math.round(recentMean * 10) / 10,
    direction,
    recentMean,
    previousMean,
    peak: { ...peak },
    method: `mean of the last ${recent.length} points vs the ${previous.length} before (relative interest, 0–100)`,
  };
}

function trendOpportunity(series: TrendSeries, strength: TrendStrength): SocialOpportunity {
  const k = series.keyword;
  const title =
    strength.direction === 'rising'
      ? `Publish now on "${k}": interest is rising`
      : strength.direction === 'falling'
        ? `Lower priority: "${k}" is past its peak (${strength.peak.date})`
        : `Evergreen content on "${k}": steady interest`;
  const first = series.points[0]?.date ?? '?';
  const last = series.points[series.points.length - 1]?.date ?? '?';
  return {
    title,
    format: strength.direction === 'rising' ? 'short video + post' : 'post',
    measured: true,
    label: 'measured: imported trend series',
    keyword: k,
    strength,
    evidence: `${series.source}: ${series.points.length} points from ${first} to ${last}${series.geo ? ` (${series.geo})` : ''}; strength ${strength.score} (${strength.direction}), ${strength.method}.`,
  };
}

const ORDER = { rising: 0, flat: 1, falling: 2 } as const;

export function buildSocial(project: Project, series: readonly TrendSeries[], bannedTerms: readonly string[]): SocialContent {
  const measured: SocialOpportunity[] = [];
  for (const s of series) {
    const strength = s.strength ?? trendStrength(s.points);
    if (strength) measured.push(trendOpportunity(s, strength));
  }
  measured.sort((a, b) => ORDER[a.strength!.direction] - ORDER[b.strength!.direction] || b.strength!.score - a.strength!.score || a.keyword!.localeCompare(b.keyword!));

  const v = {
    product: project.product?.trim() || project.name,
    brand: project.brand?.trim() || project.client?.trim() || project.name,
    audience: project.audiences[0]?.trim() || 'your audience',
    industry: project.industry,
  };
  const ideas: SocialOpportunity[] = IDEAS_BY_GOAL[project.goalMetric]
    .map((i) => ({ title: fill(i.title, v), format: i.format, measured: false, label: NOT_MEASURED }))
    .filter((i) => findBannedTerms(i.title, bannedTerms).length === 0);

  const trendTags: SocialHashtag[] = measured
    .filter((o) => o.strength!.direction !== 'falling')
    .map((o) => toHashtag(o.keyword!))
    .filter((t): t is string => t !== null)
    .map((tag) => ({ tag, source: 'trend', measured: true, label: 'from an imported trend series (no volume: relative interest only)' }));
  const intakeTags: SocialHashtag[] = dedupe([v.brand, v.product, project.industry, ...project.audiences.slice(0, 2)].map((t) => toHashtag(t)).filter((t): t is string => t !== null)).map((tag) => ({
    tag,
    source: 'intake',
    measured: false,
    label: NOT_MEASURED,
  }));
  const seen = new Set<string>();
  const hashtags = [...trendTags, ...intakeTags].filter((h) => {
    const key = h.tag.toLowerCase();
    if (seen.has(key) || findBannedTerms(h.tag.slice(1), bannedTerms).length > 0) return false;
    seen.add(key);
    return true;
  });

  return {
    opportunities: [...measured, ...ideas],
    hashtags,
    trends:
      series.length > 0
        ? { seriesCount: series.length, note: `${series.length} imported trend series; opportunities without one are labelled "${NOT_MEASURED}".` }
        : { seriesCount: 0, note: `No trend series imported: every opportunity is an ${NOT_MEASURED}. Import a Google Trends CSV to measure interest.` },
  };
}
