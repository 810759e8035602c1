// The copy bench: the rules engine on a corpus of varied briefs in the repo
// (bench/copy-corpus/briefs.json: industries, goals, languages, thin and rich briefs), measured
// the way a reviewer would read the creatives. Per brief and overall, as JSON lines:
//   factShare        share of creatives built on a brief fact (a benefit, proof point or the offer)
//   unflagged        limit or rule breaches the creative does not record (must be 0): an
//                    independent length check against the format table, the corpus's forbidden
//                    words, offer language without an offer, missing must-include terms, and
//                    the checks run again on a fresh reading of the brief
//   factShare.<field>  the same per field type (headline, description, main text, body, preheader):
//                    of the creatives that have the field, the share whose field says a brief fact
//                    (found in the text, not taken from the generator's own claims)
//   factCoverage.<field>  of the brief's facts that fit a field type's limit (as many as the set
//                    has room for), the share said in at least one field of that type in their
//                    channel's set: a benefit too long for a headline must still reach a
//                    description. Measured on the headlines and descriptions of the formats that
//                    combine them (search, display, Performance Max, Demand Gen), main texts and
//                    email bodies
//   distinctHeadlines  distinct headlines (by their words) per search ad, and per ad set (one
//                    channel in one language)
//   headlineOverlap  mean share of headlines two ads of a set have in common (Jaccard), overall
//                    and for search ads; searchAdsPerSet: responsive search ads per language
//   stockRepeats     phrasebook stock lines ("Why …?", "Discover …", "That's …") in two ads of one
//                    set (must be 0); stockShare: share of creatives with any stock line
//   languageShare    of the texts of four words or more whose language the detector can tell,
//                    the share in the brief's language (facts given in another language count against it)
//   filler           stock phrases found in AICMO's own words, the brief's facts left out (must be 0)
//   generationMs     median time to build the whole set (BENCH_COPY_RUNS runs, default 20)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Project } from '../src/orchestrator/domain/project';
import { offerLanguageIn } from '../src/orchestrator/subsystems/creatives/briefRules';
import { checkCreative, ownWords, wordKey } from '../src/orchestrator/subsystems/creatives/checks';
import { formatFor } from '../src/orchestrator/subsystems/creatives/channelLimits';
import { fillerIn } from '../src/orchestrator/subsystems/creatives/filler';
import { primaryLanguage } from '../src/orchestrator/subsystems/creatives/language';
import { detectLanguage } from '../src/orchestrator/subsystems/creatives/language/detect';
import { phrasebookFor } from '../src/orchestrator/subsystems/creatives/language';
import { stockLines } from '../src/orchestrator/subsystems/creatives/buildAd';
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

/** Field types, by the format's field keys. */
const FIELD_TYPES: Record<string, readonly string[]> = {
  headline: ['headlines', 'headline', 'longHeadline', 'longHeadlines', 'subject'],
  description: ['descriptions', 'description'],
  mainText: ['primaryText', 'introText', 'text', 'adText'],
  body: ['body'],
  preheader: ['preheader'],
};
/** Where coverage is measured: the headlines and descriptions of the formats that combine them (search, display, Performance Max, Demand Gen), every main text, every email body. A single feed headline or description repeats nothing the main text says, so it is not held to carry every fact. */
const COVERED: Record<string, 'combining' | 'all' | undefined> = { headline: 'combining', description: 'combining', mainText: 'all', body: 'all' };
const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
const says = (text: string, fact: string): boolean => norm(text).includes(norm(fact));
const itemsOf = (v: CreativeVariant, key: string): string[] => {
  const x = v.fields[key];
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
};
const headlinesOf = (v: CreativeVariant): string[] => ['headlines', 'headline', 'subject'].flatMap((k) => itemsOf(v, k));

function factsOfBrief(p: Project): string[] {
  return [...(p.benefits ?? []), ...(p.proofPoints ?? []), ...(p.offer ? [p.offer] : [])].map((t) => t.trim()).filter((t) => t !== '');
}

/** The longest text a field type takes in a format (its hard limit, else its recommended length), and how many facts one ad's fields of that type can hold. */
function limitOf(channel: string, keys: readonly string[]): { limit: number; room: number } | null {
  const specs = formatFor(channel).fields.filter((f) => keys.includes(f.key));
  if (specs.length === 0) return null;
  const len = (f: (typeof specs)[number]): number => f.recommendedChars ?? f.maxChars ?? Infinity;
  const room = specs.reduce((n, f) => n + (f.list ? (f.max ?? 1) : Math.max(1, Math.floor(len(f) / 40))), 0);
  return { limit: Math.max(...specs.map((f) => f.maxChars ?? f.recommendedChars ?? Infinity)), room };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = [...a].filter((x) => b.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : inter / union;
}

interface Tally {
  have: number;
  with: number;
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
  const facts = factsOfBrief(p);
  const withFact = vs.filter((v) => textsOf(v).some((t) => facts.some((f) => says(t, f)))).length;
  const breaches = vs.flatMap((v) => unflagged(v, p, b.forbidden));
  const rsas = vs.filter((v) => v.channel === 'google_search');
  const perAd = rsas.map((v) => new Set((v.fields.headlines as string[]).map(wordKey)).size);

  // Per field type: creatives whose field says a fact; facts that fit the field and reach it in their set.
  const byField: Record<string, Tally> = {};
  const coverage: Record<string, Tally> = {};
  const sets = new Map<string, CreativeVariant[]>();
  for (const v of vs) sets.set(`${v.channel}\u0000${v.language}`, [...(sets.get(`${v.channel}\u0000${v.language}`) ?? []), v]);
  for (const [type, keys] of Object.entries(FIELD_TYPES)) {
    const t: Tally = (byField[type] = { have: 0, with: 0 });
    for (const v of vs) {
      const texts = keys.flatMap((k) => itemsOf(v, k));
      if (texts.length === 0) continue;
      t.have++;
      if (texts.some((x) => facts.some((f) => says(x, f)))) t.with++;
    }
    if (!COVERED[type]) continue;
    const c: Tally = (coverage[type] = { have: 0, with: 0 });
    for (const set of sets.values()) {
      if (COVERED[type] === 'combining' && !formatFor(set[0]!.channel).combines) continue;
      const fit = limitOf(set[0]!.channel, keys);
      if (fit === null || set[0]!.violations.some((x) => x.rule === 'language')) continue;
      const limit = fit.limit;
      const texts = set.flatMap((v) => keys.flatMap((k) => itemsOf(v, k)));
      // A fact counts where it fits; facts in another language than the set's are left to that language.
      const fitting = facts.filter((f) => [...f].length <= limit && (detectLanguage(f) === null || detectLanguage(f) === primaryLanguage(set[0]!.language)));
      // As many as the set's fields of that type have room for (three Meta ads hold three descriptions).
      const room = fit.room * set.length;
      c.have += Math.min(fitting.length, room);
      c.with += Math.min(room, fitting.filter((f) => texts.some((x) => says(x, f))).length);
    }
  }

  // Distinct headlines per ad set, and how much two ads of a set share.
  const distinctPerSet: number[] = [];
  const overlaps: number[] = [];
  const searchOverlaps: number[] = [];
  let stockRepeats = 0;
  let withStock = 0;
  const searchAdsPerSet: number[] = [];
  for (const set of sets.values()) {
    const heads = set.map((v) => new Set(headlinesOf(v).map(wordKey)));
    distinctPerSet.push(new Set(heads.flatMap((h) => [...h])).size);
    for (let i = 0; i < heads.length; i++) for (let j = i + 1; j < heads.length; j++) (set[0]!.channel === 'google_search' ? searchOverlaps : overlaps).push(jaccard(heads[i]!, heads[j]!));
    if (set[0]!.channel === 'google_search') searchAdsPerSet.push(set.length);
    const lang = primaryLanguage(set[0]!.language);
    if (!['en', 'de', 'fr', 'es'].includes(lang)) continue;
    const lines = stockLines(phrasebookFor(lang, p.tone), p.brand?.trim() || p.client?.trim() || p.product?.trim() || '');
    const count = new Map<string, number>();
    for (const v of set) {
      const all = norm(textsOf(v).join('\n'));
      const mine = lines.filter((s) => all.includes(s));
      if (mine.length > 0) withStock++;
      for (const s of mine) count.set(s, (count.get(s) ?? 0) + 1);
    }
    for (const n of count.values()) if (n > 1) stockRepeats += n - 1;
  }

  const long = vs
    .flatMap((v) => textsOf(v).map((t) => ({ t, lang: primaryLanguage(v.language), detected: detectLanguage(t) })))
    .filter((x) => x.t.split(/\s+/).length >= 4 && x.detected !== null);
  const inLanguage = long.filter((x) => x.detected === x.lang).length;
  if (process.env.BENCH_COPY_SHOW) for (const x of long.filter((y) => y.detected !== y.lang)) console.error(`${b.id}: [${x.detected}≠${x.lang}] ${x.t}`);
  // Stock phrases in AICMO's own words (a client's fact that says "in minutes" is the client's claim).
  const own = (t: string): string => ownWords(t, facts);
  const filler = vs.flatMap((v) => textsOf(v).flatMap((t) => fillerIn(own(t))));
  if (process.env.BENCH_COPY_SHOW) for (const v of vs) for (const t of textsOf(v)) for (const f of fillerIn(own(t))) console.error(`${b.id} ${v.id}: filler "${f}" in "${t}"`);
  const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, x) => a + x, 0) / xs.length);
  return {
    creatives: vs.length,
    factShare: vs.length === 0 ? 1 : withFact / vs.length,
    withFact,
    byField,
    coverage,
    unflagged: breaches.length,
    breaches,
    distinctPerSearchAd: mean(perAd),
    distinctPerAdSet: mean(distinctPerSet)!,
    overlap: mean(overlaps),
    overlaps,
    searchOverlap: mean(searchOverlaps),
    searchOverlaps,
    searchAdsPerSet: mean(searchAdsPerSet),
    searchAds: rsas.length,
    searchSets: searchAdsPerSet.length,
    stockRepeats,
    stockShare: vs.length === 0 ? 0 : withStock / vs.length,
    withStock,
    languageShare: long.length === 0 ? 1 : inLanguage / long.length,
    languageTexts: long.length,
    inLanguage,
    filler: filler.length,
    generationMs: median(times),
    sets: sets.size,
    distinctSum: distinctPerSet.reduce((a, x) => a + x, 0),
    searchHeadlineSum: perAd.reduce((a, x) => a + x, 0),
  };
}

const share = (t: Tally): number | null => (t.have === 0 ? null : t.with / t.have);
const totals = {
  briefs: 0, creatives: 0, withFact: 0, unflagged: 0, searchAds: 0, searchSets: 0, searchHeadlines: 0, sets: 0, distinct: 0,
  overlaps: [] as number[], searchOverlaps: [] as number[], stockRepeats: 0, withStock: 0, languageTexts: 0, inLanguage: 0, filler: 0, ms: [] as number[],
  byField: {} as Record<string, Tally>, coverage: {} as Record<string, Tally>,
};
const addTally = (into: Record<string, Tally>, from: Record<string, Tally>): void => {
  for (const [k, t] of Object.entries(from)) {
    const x = (into[k] ??= { have: 0, with: 0 });
    x.have += t.have;
    x.with += t.with;
  }
};
for (const b of corpus) {
  const m = measure(b);
  const extra = { brief: b.id, language: (b.brief.languages ?? ['en']).join('+'), creatives: m.creatives };
  emit('factShare', m.factShare, 'share', extra);
  for (const [type, t] of Object.entries(m.byField)) if (share(t) !== null) emit(`factShare.${type}`, share(t)!, 'share', { ...extra, fields: t.have });
  for (const [type, t] of Object.entries(m.coverage)) if (share(t) !== null) emit(`factCoverage.${type}`, share(t)!, 'share', { ...extra, facts: t.have });
  emit('unflagged', m.unflagged, 'count', { ...extra, ...(m.breaches.length > 0 ? { examples: m.breaches.slice(0, 3) } : {}) });
  if (m.distinctPerSearchAd !== null) emit('distinctHeadlines.perSearchAd', m.distinctPerSearchAd, 'headlines', extra);
  emit('distinctHeadlines.perAdSet', m.distinctPerAdSet, 'headlines', { ...extra, sets: m.sets });
  if (m.overlap !== null) emit('headlineOverlap', m.overlap, 'share', { ...extra, pairs: m.overlaps.length });
  if (m.searchOverlap !== null) emit('headlineOverlap.search', m.searchOverlap, 'share', { ...extra, pairs: m.searchOverlaps.length });
  if (m.searchAdsPerSet !== null) emit('searchAdsPerSet', m.searchAdsPerSet, 'ads', extra);
  emit('stockRepeats', m.stockRepeats, 'count', extra);
  emit('stockShare', m.stockShare, 'share', extra);
  emit('languageShare', m.languageShare, 'share', { ...extra, texts: m.languageTexts });
  emit('filler', m.filler, 'count', extra);
  emit('generationMs', m.generationMs, 'ms', { ...extra, runs: RUNS });
  totals.briefs++;
  totals.creatives += m.creatives;
  totals.withFact += m.withFact;
  totals.unflagged += m.unflagged;
  totals.filler += m.filler;
  totals.languageTexts += m.languageTexts;
  totals.inLanguage += m.inLanguage;
  totals.ms.push(m.generationMs);
  totals.searchAds += m.searchAds;
  totals.searchSets += m.searchSets;
  totals.searchHeadlines += m.searchHeadlineSum;
  totals.sets += m.sets;
  totals.distinct += m.distinctSum;
  totals.overlaps.push(...m.overlaps);
  totals.searchOverlaps.push(...m.searchOverlaps);
  totals.stockRepeats += m.stockRepeats;
  totals.withStock += m.stockShare * m.creatives;
  addTally(totals.byField, m.byField);
  addTally(totals.coverage, m.coverage);
}
const all = { brief: 'overall', briefs: totals.briefs, creatives: totals.creatives };
const avg = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, x) => a + x, 0) / xs.length);
emit('factShare', totals.withFact / totals.creatives, 'share', all);
for (const [type, t] of Object.entries(totals.byField)) if (share(t) !== null) emit(`factShare.${type}`, share(t)!, 'share', { ...all, fields: t.have });
for (const [type, t] of Object.entries(totals.coverage)) if (share(t) !== null) emit(`factCoverage.${type}`, share(t)!, 'share', { ...all, facts: t.have });
emit('unflagged', totals.unflagged, 'count', all);
emit('distinctHeadlines.perSearchAd', totals.searchHeadlines / Math.max(1, totals.searchAds), 'headlines', { ...all, searchAds: totals.searchAds });
emit('distinctHeadlines.perAdSet', totals.distinct / Math.max(1, totals.sets), 'headlines', { ...all, sets: totals.sets });
emit('headlineOverlap', avg(totals.overlaps), 'share', { ...all, pairs: totals.overlaps.length });
emit('headlineOverlap.search', avg(totals.searchOverlaps), 'share', { ...all, pairs: totals.searchOverlaps.length });
emit('searchAdsPerSet', totals.searchAds / Math.max(1, totals.searchSets), 'ads', { ...all, searchSets: totals.searchSets });
emit('stockRepeats', totals.stockRepeats, 'count', all);
emit('stockShare', totals.withStock / totals.creatives, 'share', all);
emit('languageShare', totals.inLanguage / Math.max(1, totals.languageTexts), 'share', { ...all, texts: totals.languageTexts });
emit('filler', totals.filler, 'count', all);
emit('generationMs', median(totals.ms), 'ms', { ...all, stat: 'median of the briefs\' medians', max: Math.round(Math.max(...totals.ms) * 100) / 100 });
if (totals.unflagged > 0 || totals.filler > 0 || totals.stockRepeats > 0) process.exitCode = 1;
