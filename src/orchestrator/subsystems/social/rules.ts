// Social opportunities and hashtags: imported trend series (with their strength) first, then
// ideas from the table, each labelled "idea — not measured". No volumes are ever invented.
import type { Project } from '../../domain/project';
import { trendStrength, type TrendStrength } from '../../analytics';
import type { TrendSeries, TrendStrengthReading } from '../types';
import { dedupe, fill, findBannedTerms, toHashtag } from '../common/text';
import { IDEAS_BY_GOAL } from './ideaTable';
import { NOT_MEASURED, type SocialContent, type SocialHashtag, type SocialOpportunity } from './types';

const TITLES: Record<TrendStrength, (k: string, peak: string | null) => { title: string; format: string }> = {
  emerging: (k) => ({ title: `Get in early on "${k}": interest is taking off`, format: 'short video + post' }),
  growing: (k) => ({ title: `Publish now on "${k}": interest is growing`, format: 'short video + post' }),
  peak: (k, peak) => ({ title: `Timely only: "${k}" peaked${peak ? ` on ${peak}` : ''}`, format: 'story / reactive post' }),
  flat: (k) => ({ title: `Evergreen content on "${k}": steady interest`, format: 'post' }),
  declining: (k) => ({ title: `Lower priority: interest in "${k}" is declining`, format: 'post' }),
  'not enough data': (k) => ({ title: `Watch "${k}": too few points to rate yet`, format: 'post' }),
};

/** Measured opportunities first by how promising the trend is. */
const ORDER: Record<TrendStrength, number> = { emerging: 0, growing: 1, peak: 2, flat: 3, declining: 4, 'not enough data': 5 };

function trendOpportunity(series: TrendSeries, reading: TrendStrengthReading): SocialOpportunity {
  const k = series.keyword;
  const { title, format } = TITLES[reading.strength](k, reading.evidence.peakDate);
  const dates = series.points.map((p) => p.date).sort();
  return {
    title,
    format,
    measured: true,
    label: 'measured: imported trend series',
    keyword: k,
    strength: reading,
    evidence: `${series.source}: ${series.points.length} points from ${dates[0] ?? '?'} to ${dates[dates.length - 1] ?? '?'}${series.geo ? ` (${series.geo})` : ''}; ${reading.strength} — ${reading.evidence.rule}.`,
  };
}

export function buildSocial(project: Project, series: readonly TrendSeries[], bannedTerms: readonly string[]): SocialContent {
  const measured: SocialOpportunity[] = [];
  for (const s of series) {
    if (s.points.length === 0) continue;
    measured.push(trendOpportunity(s, s.strength ?? trendStrength(s.points)));
  }
  measured.sort((a, b) => ORDER[a.strength!.strength] - ORDER[b.strength!.strength] || b.strength!.evidence.endLevel - a.strength!.evidence.endLevel || a.keyword!.localeCompare(b.keyword!));

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
    .filter((o) => ['emerging', 'growing', 'peak', 'flat'].includes(o.strength!.strength))
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
