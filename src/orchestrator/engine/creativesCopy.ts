// The creatives for the language-model engine: each creative is asked for whole, as one JSON
// object with its format's fields (every headline and description of a search ad, the primary
// text, headline and button of a feed ad, the subject, preheader and body of an email), written
// from the brief's facts in the brief's language. Each part of the reply is held to the same
// checks as the rules' copy (`checkCreative`: the format's limits and counts, the brief's rules,
// no invented numbers, no filler) and to the language: a part that fails keeps the rules text,
// and the reason is recorded. A creative the rules kept because its inputs did not change is not
// asked again (its stored copy, whoever wrote it, stands).
import type { BrandContent } from '../subsystems/brand/types';
import { ANGLE_LABELS, type Angle } from '../subsystems/creatives/angleTemplates';
import { checkCreative, errorCount } from '../subsystems/creatives/checks';
import { CTA_LISTS } from '../subsystems/creatives/ctas';
import { formatFor, type FieldSpec } from '../subsystems/creatives/channelLimits';
import { detectLanguage } from '../subsystems/creatives/language/detect';
import { isRulesLanguage, languageName, phrasebookFor, primaryLanguage } from '../subsystems/creatives/language';
import { checkContextFor, ctaLabel, summaryOf } from '../subsystems/creatives/rules';
import type { CreativeFields, CreativesContent, CreativeVariant } from '../subsystems/creatives/types';
import { channelLabel } from '../domain/channels';
import { optionalInput } from '../subsystems/common/inputs';
import type { SubsystemContext } from '../subsystems/types';
import type { EngineRecord, ProseField, ProseRewriter, StructuredOutcome } from './types';

function engineRecordOf(content: unknown): EngineRecord | undefined {
  const e = content !== null && typeof content === 'object' ? (content as { engine?: unknown }).engine : undefined;
  return e !== null && typeof e === 'object' && (e as EngineRecord).requested === 'languageModel' ? (e as EngineRecord) : undefined;
}

const fieldPath = (variantId: string): string => `variants[${variantId}]`;
const variantIdOf = (field: string): string | null => /^variants\[(.+)\]$/.exec(field)?.[1] ?? null;

/** The parts of a format the model writes (the URL, paths and business name come from the brief). */
export function writableSpecs(channel: string): FieldSpec[] {
  return formatFor(channel).fields.filter((s) => s.role !== 'url' && s.role !== 'path' && s.role !== 'businessName');
}

function describe(spec: FieldSpec, channel: string, ctas: string[] | null): string {
  const limit = spec.maxChars !== undefined ? `at most ${spec.maxChars} characters${spec.recommendedChars ? `, ideally ${spec.recommendedChars} or fewer` : ''}` : spec.recommendedChars !== undefined ? `ideally at most ${spec.recommendedChars} characters (longer is cut off in the feed)` : 'no length limit';
  const count = spec.list ? `a list of ${spec.min}–${spec.max} different texts, each ${limit}${spec.oneAtMost ? `, at least one of ${spec.oneAtMost} characters or fewer` : ''}` : `one text, ${limit}`;
  const choice = spec.role === 'cta' && ctas ? `; exactly one of: ${ctas.map((c) => `"${c}"`).join(', ')}` : '';
  const mix = channel === 'google_search' && spec.key === 'headlines' ? '; include one with the product or brand, one with a benefit, one with a proof point and one with the call to action; no two with the same words reordered' : '';
  return `- "${spec.key}" (${spec.label}): ${count}${choice}${mix}.`;
}

function brandBanned(ctx: SubsystemContext): readonly string[] {
  return optionalInput<BrandContent>(ctx, 'brand')?.bannedTerms ?? [];
}

function parseReply(text: string): Record<string, unknown> | null {
  const t = text.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  try {
    const v: unknown = JSON.parse(t);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The brief facts a creative's texts quote (the model's copy is matched against the facts). */
function factsUsed(fields: CreativeFields, facts: ReturnType<typeof checkContextFor>['facts']): string[] {
  const all = Object.entries(fields)
    .filter(([k]) => k !== 'finalUrl')
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .join('\n')
    .toLowerCase();
  const has = (t: string | undefined): boolean => t !== undefined && t.trim() !== '' && all.includes(t.toLowerCase());
  const out: string[] = [];
  if (has(facts.product)) out.push('product');
  if (has(facts.brand)) out.push('brand');
  facts.benefits.forEach((b, i) => has(b) && out.push(`benefit:${i}`));
  facts.proofs.forEach((p, i) => has(p) && out.push(`proof:${i}`));
  if (has(facts.offer)) out.push('offer');
  facts.mustInclude.forEach((m, i) => has(m) && out.push(`mustInclude:${i}`));
  return out.sort();
}

function keptByRules(existing: ReadonlyMap<string, string>, v: CreativeVariant): boolean {
  return existing.get(v.key) === v.fingerprint;
}

export const creativesCopy: ProseRewriter<CreativesContent> = {
  async fields(content, ctx) {
    const stored = await ctx.data.creatives();
    const existing = new Map(stored.filter((c) => c.key && c.fingerprint).map((c) => [c.key!, c.fingerprint!]));
    // Creatives whose last write failed (the writer erred or timed out) are asked again.
    const failed = new Set((engineRecordOf(ctx.previous?.content)?.fallbacks ?? []).filter((x) => x.cause === 'writer').map((x) => x.field));
    const out: ProseField[] = [];
    for (const v of content.variants) {
      if (keptByRules(existing, v) && !failed.has(fieldPath(v.id)) && !v.violations.some((x) => x.rule === 'language')) continue;
      const { rules, facts } = checkContextFor(ctx.project, brandBanned(ctx), v.language);
      const format = formatFor(v.channel);
      const phrasebook = isRulesLanguage(v.language) ? phrasebookFor(v.language, ctx.project.tone) : null;
      const ctas = format.ctaList === 'free' ? null : phrasebook ? CTA_LISTS[format.ctaList].map((k) => phrasebook.cta[k]) : null;
      const lang = languageName(v.language);
      const briefFacts: Record<string, string> = {
        product: facts.product,
        brand: facts.brand,
        benefits: facts.benefits.join(' | ') || 'none given',
        'proof points': facts.proofs.join(' | ') || 'none given (state no proof)',
        offer: facts.offer ?? 'none: offer nothing (no discount, free trial, deadline or price)',
        language: `${lang} (${v.language})${phrasebook && phrasebook.language !== 'en' ? `, addressing the reader as ${phrasebook.addressNote.replace(/\.$/, '')}` : ''}`,
        channel: `${channelLabel(v.channel)}, ${v.format}`,
        angle: ANGLE_LABELS[v.angle as Angle] ?? v.angle,
      };
      const intent = v.inputs.cta.split('/')[0] ?? '';
      const cta = phrasebook ? ctaLabel(phrasebook, intent) : '';
      if (cta) briefFacts['call to action'] = `${cta}${phrasebook ? ` (in a sentence: "${phrasebook.actions[intent as keyof typeof phrasebook.actions]?.sentence ?? cta}")` : ''}`;
      if (ctx.project.tone) briefFacts.tone = ctx.project.tone;
      if (rules.mustInclude.length > 0) briefFacts['must include (in at least one part)'] = rules.mustInclude.join(' | ');
      const schema = writableSpecs(v.channel).map((s) => describe(s, v.channel, ctas)).join('\n');
      const draft: Record<string, string | string[]> = {};
      for (const s of writableSpecs(v.channel)) if (v.fields[s.key] !== undefined) draft[s.key] = v.fields[s.key]!;
      out.push({
        field: fieldPath(v.id),
        purpose: `${channelLabel(v.channel)} ${v.format.toLowerCase()}, ${briefFacts.angle} angle, written in ${lang}`,
        instructions: [
          `Write the whole ad in ${lang}, from the facts: build each text around the product, a benefit, a proof point${facts.offer ? ' or the offer' : ''}.`,
          'Keep every text within its limit; write to fit rather than cutting off.',
          'State no numbers, prices, ratings or customer counts that are not in the facts; name no competitor; no stock phrases ("more results", "made simple", "without the hassle").',
          ...rules.summary.filter((r) => !r.startsWith('Not checked')),
        ].join(' '),
        facts: briefFacts,
        text: JSON.stringify(draft),
        bannedTerms: rules.terms.map((t) => t.term),
        reply: 'json',
        schema,
      });
    }
    return out;
  },
  apply: (content) => content,
  check: () => [],
  applyStructured(content, field, text, ctx) {
    const id = variantIdOf(field.field);
    const v = id === null ? undefined : content.variants.find((x) => x.id === id);
    if (!v) return { content, outcomes: [{ field: field.field, ok: false, reason: `there is no creative ${field.field}` }] };
    const specs = writableSpecs(v.channel);
    const reply = parseReply(text);
    const path = (key: string): string => `${field.field}.${key}`;
    if (!reply) return { content, outcomes: specs.map((s) => ({ field: path(s.key), ok: false, reason: 'the reply is not the JSON object asked for', refused: text })) };
    const { check, facts } = checkContextFor(ctx.project, brandBanned(ctx), v.language);
    const label = channelLabel(v.channel);
    const rulesLanguage = isRulesLanguage(v.language);
    const ctxFor = rulesLanguage ? check : { ...check, phrasebook: phrasebookFor('en') };
    const errorsOn = (fields: CreativeFields, key: string) => checkCreative(v.channel, fields, ctxFor, label).filter((x) => x.severity === 'error' && (x.field === key || x.field.startsWith(`${key}[`)) && !(x.rule === 'cta-list' && !rulesLanguage));
    let fields: CreativeFields = { ...v.fields };
    const outcomes: StructuredOutcome[] = [];
    for (const spec of specs) {
      const value = reply[spec.key];
      const refused = value === undefined ? undefined : JSON.stringify(value);
      const shaped = spec.list ? Array.isArray(value) && value.every((x) => typeof x === 'string') : typeof value === 'string';
      if (!shaped) {
        outcomes.push({ field: path(spec.key), ok: false, reason: value === undefined ? `the reply has no "${spec.key}"` : `"${spec.key}" must be ${spec.list ? 'a list of texts' : 'a text'}`, ...(refused ? { refused } : {}) });
        continue;
      }
      const cleaned = spec.list ? (value as string[]).map((x) => x.replace(/\s+/g, ' ').trim()) : spec.role === 'emailBody' ? (value as string).trim() : (value as string).replace(/\s+/g, ' ').trim();
      const candidate = { ...fields, [spec.key]: cleaned };
      const problems = errorsOn(candidate, spec.key).map((x) => x.message.replace(/\.$/, ''));
      const texts = Array.isArray(cleaned) ? cleaned : [cleaned];
      const wrongLanguage = rulesLanguage ? texts.map((t) => detectLanguage(t)).find((l) => l !== null && l !== primaryLanguage(v.language)) : undefined;
      if (wrongLanguage) problems.push(`the text is in ${languageName(wrongLanguage)}, not ${languageName(v.language)}`);
      if (problems.length > 0) outcomes.push({ field: path(spec.key), ok: false, reason: `the rewrite was refused: ${problems.join('; ')}`, ...(refused ? { refused } : {}) });
      else {
        fields = candidate;
        outcomes.push({ field: path(spec.key), ok: true });
      }
    }
    // A rewrite must not lose what the rules' copy held for the whole creative (a must-include term).
    const creativeErrors = (f: CreativeFields): number => errorCount(checkCreative(v.channel, f, ctxFor, label).filter((x) => x.field === 'creative'));
    if (creativeErrors(fields) > creativeErrors(v.fields)) {
      const missing = checkCreative(v.channel, fields, ctxFor, label).filter((x) => x.field === 'creative').map((x) => x.message.replace(/\.$/, ''));
      fields = { ...v.fields };
      for (const o of outcomes) if (o.ok) Object.assign(o, { ok: false, reason: `the rewrite was refused: ${missing.join('; ')}` });
    }
    const unwritten = !rulesLanguage && outcomes.some((o) => !o.ok);
    const violations = rulesLanguage || outcomes.some((o) => o.ok) ? [...checkCreative(v.channel, fields, ctxFor, label).filter((x) => rulesLanguage || x.rule !== 'cta-list'), ...(unwritten ? v.violations.filter((x) => x.rule === 'language') : [])] : v.violations;
    const phrasebook = rulesLanguage ? phrasebookFor(v.language, ctx.project.tone) : undefined;
    const next: CreativeVariant = { ...v, fields, ...summaryOf(fields, phrasebook, v.inputs.cta), facts: factsUsed(fields, facts), violations };
    return { content: { ...content, variants: content.variants.map((x) => (x.id === v.id ? next : x)) }, outcomes };
  },
};
