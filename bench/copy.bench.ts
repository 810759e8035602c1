// The copy bench: the rules engine on a corpus of varied briefs in the repo
// (bench/copy-corpus/briefs.json: industries, goals, languages, thin and rich briefs), measured
// the way a reviewer would read the creatives. Per brief and overall, as JSON lines:
//   factShare        share of creatives built on a brief fact (a benefit, proof point or the offer)
//   unflagged        limit or rule breaches the creative does not record (must be 0): an
//                    independent length check against the format table, the corpus's forbidden
//                    words, offer language without an offer, missing must-include terms, and
//                    the checks run again on a fresh reading of the brief
//   distinctHeadlines  distinct headlines (by their words) per search ad, and per channel set
//   languageShare    of the texts of four words or more whose language the detector can tell,
//                    the share in the brief's language (facts given in another language count against it)
//   filler           stock phrases found (must be 0)
//   generationMs     median time to build the whole set (BENCH_COPY_RUNS runs, default 20)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Project } from '../src/orchestrator/domain/project';
import { offerLanguageIn } from '../src/orchestrator/subsystems/creatives/briefRules';
import { checkCreative, wordKey } from '../src/orchestrator/subsystems/creatives/checks';
import { formatFor } from '../src/orchestrator/subsystems/creatives/channelLimits';
import { fillerIn } from '../src/orchestrator/subsystems/creatives/filler';
import { primaryLanguage } from '../src/orchestrator/subsystems/creatives/language';
import { detectLanguage } from '../src/orchestrator/subsystems/creatives/language/detect';
import { buildCreatives, checkContextFor } from '../src/orchestrator/subsystems/creatives/rules';
import type { CreativeVariant } from '../src/orchestrator/subsystems/creatives/types';

interface CorpusBrief {
  id: string;
  note: string;
  channels: string[];
  brief: Partial<Project> & Pick<Project, 'name' | 'industry' | 'goal' | 'goalMetric' | 'audiences' | 'mustInclude' | 'doNotDo'>;
  forbidden: string[];
}

const RUNS = Number(process.env.BENCH_COPY_RUNS ?? 20);
const corpus = JSON.parse(readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'copy-corpus', 'briefs.json'), 'utf8')) as CorpusBrief[];

const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'copy', metric, value: Math.round(value * 1000) / 1000, unit, ...extra }));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const textsOf = (v: CreativeVariant): string[] => Object.entries(v.fields).filter(([k]) => k !== 'finalUrl').flatMap(([, x]) => (Array.isArray(x) ? x : [x]));

function project(b: CorpusBrief): Project {
  return { id: `p_${b.id}`, slug: b.id, budgetMinor: 1_000_000, currency: 'EUR', constraints: [], kpiTargets: {}, lifecycle: 'active', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1, ...b.brief } as Project;
}

/** Breaches a creative does not record: checked independently of the generator where possible. */
function unflagged(v: CreativeVariant, p: Project, forbidden: readonly string[]): string[] {
  const out: string[] = [];
  const recorded = new Set(v.violations.map((x) => `${x.field}\u0000${x.rule}`));
  const recordedField = (field: string) => v.violations.some((x) => x.field === field || x.field === 'creative');
  for (const spec of formatFor(v.channel).fields) {
    const value = v.fields[spec.key];
    const items = value === undefined ? [] : Array.isArray(value) ? value : [value];
    items.forEach((t, i) => {
      const field = Array.isArray(value) ? `${spec.key}[${i}]` : spec.key;
      if (spec.maxChars !== undefined && [...t].length > spec.maxChars && !recorded.has(`${field}\u0000max-length`)) out.push(`${v.id} ${field}: ${[...t].length} > ${spec.maxChars}`);
      if (spec.recommendedChars !== undefined && [...t].length > spec.recommendedChars && [...t].length <= (spec.maxChars ?? Infinity) && !recorded.has(`${field}\u0000recommended-length`)) out.push(`${v.id} ${field}: over the recommended ${spec.recommendedChars}`);
    });
    if (spec.list && spec.min !== undefined && items.length < spec.min && !recorded.has(`${spec.key}\u0000count`)) out.push(`${v.id} ${spec.key}: ${items.length} < ${spec.min}`);
  }
  for (const t of textsOf(v)) {
    for (const f of forbidden) if (t.toLowerCase().includes(f.toLowerCase()) && !v.violations.some((x) => x.severity === 'error')) out.push(`${v.id}: "${f}" in "${t}"`);
    if (!p.offer && offerLanguageIn(t) && !v.violations.some((x) => x.rule === 'offer-language')) out.push(`${v.id}: offer language in "${t}" without an offer`);
  }
  const all = textsOf(v).join('\n').toLowerCase();
  for (const m of p.mustInclude) if (!all.includes(m.toLowerCase()) && !recorded.has(`creative\u0000must-include`)) out.push(`${v.id}: no "${m}"`);
  const { check } = checkContextFor(p, [], v.language);
  for (const x of checkCreative(v.channel, v.fields, check)) if (!recorded.has(`${x.field}\u0000${x.rule}`) && !recordedField(x.field)) out.push(`${v.id} ${x.field}: ${x.message}`);
  return out;
}

function measure(b: CorpusBrief) {
  const p = project(b);
  const times: number[] = [];
  let content = buildCreatives({ project: p, channels: b.channels, insights: [], skipKaizen: false }).content;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    content = buildCreatives({ project: p, channels: b.channels, insights: [], skipKaizen: false }).content;
    times.push(performance.now() - t0);
  }
  const vs = content.variants;
  const withFact = vs.filter((v) => v.facts.some((f) => /^(benefit|proof):/.test(f) || f === 'offer')).length;
  const breaches = vs.flatMap((v) => unflagged(v, p, b.forbidden));
  const rsas = vs.filter((v) => Array.isArray(v.fields.headlines));
  const perAd = rsas.map((v) => new Set((v.fields.headlines as string[]).map(wordKey)).size);
  const sets = new Map<string, Set<string>>();
  for (const v of vs) {
    const heads = Array.isArray(v.fields.headlines) ? (v.fields.headlines as string[]) : typeof v.fields.headline === 'string' ? [v.fields.headline] : typeof v.fields.subject === 'string' ? [v.fields.subject] : [];
    const s = sets.get(v.channel) ?? new Set<string>();
    heads.forEach((h) => s.add(wordKey(h)));
    sets.set(v.channel, s);
  }
  const long = vs
    .flatMap((v) => textsOf(v).map((t) => ({ t, lang: primaryLanguage(v.language), detected: detectLanguage(t) })))
    .filter((x) => x.t.split(/\s+/).length >= 4 && x.detected !== null);
  const inLanguage = long.filter((x) => x.detected === x.lang).length;
  if (process.env.BENCH_COPY_SHOW) for (const x of long.filter((y) => y.detected !== y.lang)) console.error(`${b.id}: [${x.detected}≠${x.lang}] ${x.t}`);
  const filler = vs.flatMap((v) => textsOf(v).flatMap(fillerIn));
  return {
    creatives: vs.length,
    factShare: vs.length === 0 ? 1 : withFact / vs.length,
    unflagged: breaches.length,
    breaches,
    distinctPerSearchAd: perAd.length === 0 ? null : perAd.reduce((a, x) => a + x, 0) / perAd.length,
    distinctPerChannelSet: [...sets.values()].reduce((a, s) => a + s.size, 0) / Math.max(1, sets.size),
    languageShare: long.length === 0 ? 1 : inLanguage / long.length,
    languageTexts: long.length,
    filler: filler.length,
    generationMs: median(times),
    notes: content.notes.length,
  };
}

const totals = { briefs: 0, creatives: 0, withFact: 0, unflagged: 0, searchAds: 0, searchHeadlines: 0, languageTexts: 0, inLanguage: 0, filler: 0, ms: [] as number[] };
for (const b of corpus) {
  const m = measure(b);
  const extra = { brief: b.id, language: (b.brief.languages ?? ['en']).join('+'), creatives: m.creatives };
  emit('factShare', m.factShare, 'share', extra);
  emit('unflagged', m.unflagged, 'count', { ...extra, ...(m.breaches.length > 0 ? { examples: m.breaches.slice(0, 3) } : {}) });
  if (m.distinctPerSearchAd !== null) emit('distinctHeadlines.perSearchAd', m.distinctPerSearchAd, 'headlines', extra);
  emit('distinctHeadlines.perChannelSet', m.distinctPerChannelSet, 'headlines', extra);
  emit('languageShare', m.languageShare, 'share', { ...extra, texts: m.languageTexts });
  emit('filler', m.filler, 'count', extra);
  emit('generationMs', m.generationMs, 'ms', { ...extra, runs: RUNS });
  totals.briefs++;
  totals.creatives += m.creatives;
  totals.withFact += Math.round(m.factShare * m.creatives);
  totals.unflagged += m.unflagged;
  totals.filler += m.filler;
  totals.languageTexts += m.languageTexts;
  totals.inLanguage += Math.round(m.languageShare * m.languageTexts);
  totals.ms.push(m.generationMs);
  if (m.distinctPerSearchAd !== null) {
    const n = m.creatives; // weight by brief
    totals.searchAds += 1;
    totals.searchHeadlines += m.distinctPerSearchAd;
    void n;
  }
}
const all = { brief: 'overall', briefs: totals.briefs, creatives: totals.creatives };
emit('factShare', totals.withFact / totals.creatives, 'share', all);
emit('unflagged', totals.unflagged, 'count', all);
emit('distinctHeadlines.perSearchAd', totals.searchHeadlines / Math.max(1, totals.searchAds), 'headlines', { ...all, briefsWithSearchAds: totals.searchAds });
emit('languageShare', totals.inLanguage / Math.max(1, totals.languageTexts), 'share', { ...all, texts: totals.languageTexts });
emit('filler', totals.filler, 'count', all);
emit('generationMs', median(totals.ms), 'ms', { ...all, stat: 'median of the briefs\' medians', max: Math.round(Math.max(...totals.ms) * 100) / 100 });
if (totals.unflagged > 0 || totals.filler > 0) process.exitCode = 1;
