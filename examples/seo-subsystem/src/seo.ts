// The `seo` subsystem: keyword ideas from the brief (product, industry, audiences, must-include
// items) and the project's imported Google Trends series. A keyword backed by an imported series
// says what the data shows (its points, average and latest value); every other one is labelled
// "idea — not measured" — it is a suggestion, not a search volume. Pure: no vscode, no storage.
import type { AicmoSubsystem, AicmoSubsystemContext, AicmoTrendSeries } from '../../../api/aicmo';

export const NOT_MEASURED = 'idea — not measured';

export interface SeoKeyword {
  keyword: string;
  /** Where the keyword comes from: "trends" (an imported series) or the brief's field. */
  source: 'trends' | 'product' | 'industry' | 'audience' | 'must-include';
  measured: boolean;
  /** "idea — not measured", or what the imported data shows. */
  label: string;
  evidence?: { series: string; points: number; average: number; latest: number | null; trend: 'rising' | 'falling' | 'flat' };
}

export interface SeoContent {
  keywords: SeoKeyword[];
  /** The strategy version the ideas were built for. */
  strategyVersion: number;
  note: string;
}

const clean = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function measured(series: AicmoTrendSeries): SeoKeyword | undefined {
  const values = series.points.map((p) => p.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return undefined;
  const average = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const half = Math.floor(values.length / 2);
  const first = values.slice(0, half).reduce((a, b) => a + b, 0) / Math.max(1, half);
  const second = values.slice(half).reduce((a, b) => a + b, 0) / Math.max(1, values.length - half);
  const trend = half === 0 || Math.abs(second - first) < 0.1 * Math.max(1, first) ? 'flat' : second > first ? 'rising' : 'falling';
  const latest = series.points.at(-1)?.value ?? null;
  return {
    keyword: clean(series.keyword),
    source: 'trends',
    measured: true,
    label: `${series.source}: ${values.length} points, average ${average}, ${trend}`,
    evidence: { series: series.source, points: values.length, average, latest, trend },
  };
}

export function seoIdeas(context: Pick<AicmoSubsystemContext, 'project' | 'inputs'>, series: readonly AicmoTrendSeries[]): SeoContent {
  const p = context.project;
  const seen = new Set<string>();
  const keywords: SeoKeyword[] = [];
  const add = (k: SeoKeyword | undefined) => {
    if (!k || k.keyword === '' || seen.has(k.keyword)) return;
    seen.add(k.keyword);
    keywords.push(k);
  };
  for (const s of series) add(measured(s));
  const idea = (keyword: string, source: SeoKeyword['source']): SeoKeyword => ({ keyword: clean(keyword), source, measured: false, label: NOT_MEASURED });
  if (typeof p.product === 'string' && p.product.trim()) {
    add(idea(p.product, 'product'));
    add(idea(`best ${p.product}`, 'product'));
    if (typeof p.geography === 'string' && p.geography.trim()) add(idea(`${p.product} ${p.geography}`, 'product'));
  }
  add(idea(p.industry, 'industry'));
  for (const a of p.audiences.slice(0, 3)) add(idea(`${p.product ?? p.industry} for ${a}`, 'audience'));
  for (const m of p.mustInclude.slice(0, 3)) add(idea(m, 'must-include'));
  const strategyVersion = context.inputs.strategy?.version ?? 0;
  const backed = keywords.filter((k) => k.measured).length;
  const note = backed > 0 ? `${backed} of ${keywords.length} keywords are backed by imported trend data; the rest are ideas, not measured.` : 'No trend data imported: every keyword is an idea, not measured (import a Google Trends export to measure them).';
  return { keywords, strategyVersion, note };
}

export function validateSeo(content: unknown): string[] {
  const c = content as Partial<SeoContent> | null;
  if (!c || !Array.isArray(c.keywords)) return ['seo content has no keywords list.'];
  const problems: string[] = [];
  c.keywords.forEach((k, i) => {
    if (typeof k?.keyword !== 'string' || k.keyword === '') problems.push(`Keyword ${i + 1} has no text.`);
    else if (!k.measured && k.label !== NOT_MEASURED) problems.push(`"${k.keyword}" is not backed by data, so it must be labelled "${NOT_MEASURED}".`);
    else if (k.measured && !k.evidence) problems.push(`"${k.keyword}" is labelled measured but carries no evidence.`);
  });
  return problems;
}

const md = (s: string) => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');

export function renderSeo(content: SeoContent): string {
  const rows = content.keywords.map((k) => `| ${md(k.keyword)} | ${k.source} | ${md(k.label)} |`);
  return [`_${md(content.note)}_`, '', '| Keyword | From | Backed by |', '|---|---|---|', ...rows].join('\n');
}

export const seoSubsystem: AicmoSubsystem<SeoContent> = {
  name: 'seo',
  description: 'SEO keyword ideas from the brief and imported Google Trends data (sample plugin)',
  needs: ['strategy'],
  async run(context) {
    const series = await context.data.trendSeries();
    if (context.signal.aborted) throw new Error('cancelled');
    return seoIdeas(context, series);
  },
  validate: validateSeo,
  render: renderSeo,
};
