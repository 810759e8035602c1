// The creative set: one creative per planned channel × angle × language, each in the channel's
// native format and built from the brief's facts (buildAd.ts), checked against the format's
// limits and the brief's rules (checks.ts). A creative whose inputs (facts, rules, format,
// language, generation) are those of a stored one is that creative: its copy is kept as stored,
// so a re-run never replaces a creative a person decided on. A new one (inputs changed, or an
// explicit regenerate) avoids the copy people rejected. Ranking follows learned angle approval
// rates (Beta-smoothed), with the reason written down.
import { createHash } from 'node:crypto';
import { channelLabel } from '../../domain/channels';
import type { Project } from '../../domain/project';
import { verticalOf } from '../../domain/verticals';
import { smoothedApprovalRate } from '../../kaizen/angleRates';
import type { AngleApprovalInsight, AppliedInsight } from '../../kaizen/types';
import { stableJson } from '../../flow/inputsHash';
import { dedupe } from '../common/text';
import { ANGLE_LABELS, ANGLES, anglesForAssets, anglesForSet, type Angle } from './angleTemplates';
import { readBriefRules, type BriefRules } from './briefRules';
import { buildAd, newSetMemory, rememberAd, type CopyFacts, type CtaChoice } from './buildAd';
import { checkCreative, errorCount, ruleViolations, type CheckContext } from './checks';
import { businessKindOf, buttonFor, CTA_INTENTS, ctaIntentsFor, OFFER_INTENTS, type CtaIntent } from './ctas';
import { formatFor } from './channelLimits';
import { assertRulesLanguages, copyLanguages, isRulesLanguage, languageName, phrasebookFor, primaryLanguage, unsupportedLanguageMessage, type Phrasebook } from './language';
import { detectLanguage } from './language/detect';
import type { CreativeFields, CreativeInputs, CreativesContent, CreativeVariant, CreativeViolation } from './types';

/** A stored creative as the generator needs it (current rows, and the history for rejected copy). */
export interface StoredCopy {
  key: string;
  fingerprint: string;
  /** What it was made from (its fingerprint's parts). */
  inputs: Partial<CreativeInputs>;
  fields: CreativeFields;
  facts: string[];
  generation: number;
  status: string;
}

export interface BuildCreativesInput {
  project: Project;
  channels: readonly string[];
  brand?: { bannedTerms: readonly string[] };
  insights: readonly AngleApprovalInsight[];
  skipKaizen: boolean;
  /** The current creatives (one per key). */
  existing?: readonly StoredCopy[];
  /** Every stored creative, for the copy people rejected. */
  history?: readonly StoredCopy[];
  /** Keys to write anew (an explicit regenerate). */
  regenerate?: ReadonlySet<string>;
  /** With the language-model engine a language the rules do not write is left to the model. */
  engine?: 'rules' | 'languageModel';
}

/** Legal forms a client's registered name carries and an ad does not ("Ledgerly GmbH" → "Ledgerly"). */
const LEGAL_FORM = /[\s,]+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.|Ltd\.?|Limited|PLC|plc|LLP|LLC|Inc\.?|Corp\.?|Co\.|S\.?A\.?S?\.?|SARL|S\.à\s?r\.l\.|SAS|S\.L\.?U?\.?|B\.V\.|N\.V\.|NV|BV|Oy|AB|ApS|A\/S|S\.p\.A\.|S\.r\.l\.)$/u;

/** The client's name as an ad says it: without its legal form. */
export function tradingName(client: string): string {
  let out = client.trim();
  for (let i = 0; i < 2 && LEGAL_FORM.test(out); i++) out = out.replace(LEGAL_FORM, '').trim();
  return out;
}

/** The brief's facts the copy is written from. */
export function copyFactsOf(project: Project, rules: BriefRules): { facts: CopyFacts; notes: string[] } {
  const notes: string[] = [];
  const clean = (xs: readonly string[] | undefined): string[] => dedupe((xs ?? []).map((x) => x.trim()).filter((x) => x !== ''));
  let offer = project.offer?.trim() || undefined;
  if (offer) {
    const forbidding = rules.patterns.find((p) => p.kind === 'offer-language' && p.patterns.some((re) => re.test(offer!)));
    if (forbidding) {
      notes.push(`The offer "${offer}" is offer language, which the do-not-do rule "${forbidding.source}" forbids: no creative uses it.`);
      offer = undefined;
    }
  }
  const facts: CopyFacts = {
    // The project's name is the agency's label for the campaign, never a name an ad says.
    product: project.product?.trim() ?? '',
    brand: project.brand?.trim() || tradingName(project.client ?? '') || project.product?.trim() || '',
    benefits: clean(project.benefits),
    proofs: clean(project.proofPoints),
    ...(offer ? { offer } : {}),
    ...(project.landingUrl ? { landingUrl: project.landingUrl } : {}),
    mustInclude: rules.mustInclude,
  };
  // A fact that itself breaks the brief's rules (names a competitor, uses a banned word) is not used.
  const check = checkContextOf(rules, facts, phrasebookFor('en'));
  const usable = (kind: string) => (t: string): boolean => {
    const broken = ruleViolations('fact', t, check).filter((v) => v.severity === 'error' && v.rule !== 'filler');
    if (broken.length === 0) return true;
    notes.push(`The ${kind} "${t}" is not used: ${broken[0]!.message.replace(/^The fact /, 'it ')}`);
    return false;
  };
  facts.benefits = facts.benefits.filter(usable('benefit'));
  facts.proofs = facts.proofs.filter(usable('proof point'));
  return { facts, notes };
}

function thinBriefNotes(project: Project, facts: CopyFacts): string[] {
  const notes: string[] = [];
  if (facts.benefits.length === 0 && facts.proofs.length === 0) notes.push('Add benefits (--benefit) and proof points (--proof) for stronger copy: without them only question and how-to creatives can be written, from the product and brand alone.');
  else if (facts.benefits.length === 0) notes.push('Add benefits (--benefit) for stronger copy: benefit-led and problem–solution creatives need them.');
  else if (facts.proofs.length === 0) notes.push('Add proof points (--proof: ratings, customer counts, awards) for stronger copy: social-proof creatives need them.');
  if (!project.offer?.trim()) notes.push('The brief has no offer, so no creative offers anything (no discount, free trial, deadline or price) and there is no offer creative; add --offer if there is one.');
  if (!project.landingUrl) notes.push('The brief has no landing URL (--landing-url): ads cannot be published without a final URL.');
  if (!facts.brand && !facts.product) notes.push('The brief names no brand, client or product: the copy names no one, and search ads lack the brand or product headline. Add them with Edit Intake (aicmo project update --brand, --client, --product).');
  else if (!project.product?.trim()) notes.push(`The brief names no product (--product): the copy names ${facts.brand} only.`);
  else if (!project.brand?.trim() && !project.client?.trim()) notes.push(`The brief names no brand or client: the copy names the product, "${facts.product}". Add them with Edit Intake (aicmo project update --brand, --client).`);
  return notes;
}

/** The normalized texts of a creative's fields (each text, and each list joined), for "not again". */
export function copyTexts(fields: CreativeFields): string[] {
  const norm = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  return Object.entries(fields)
    .filter(([k]) => k !== 'finalUrl' && k !== 'businessName' && k !== 'cta' && !k.startsWith('path'))
    .flatMap(([, v]) => (Array.isArray(v) ? [norm(v.join('\n'))] : [norm(v)]));
}

/** The checks of one brief in one language (for the generator, the language-model engine and the bench). */
export function checkContextFor(project: Project, brandBanned: readonly string[], language: string): { check: CheckContext; facts: CopyFacts; rules: BriefRules } {
  const rules = readBriefRules(project, brandBanned);
  const { facts } = copyFactsOf(project, rules);
  const phrasebook = phrasebookFor(isRulesLanguage(language) ? language : 'en', project.tone);
  return { rules, facts, check: checkContextOf(rules, facts, phrasebook) };
}

function checkContextOf(rules: BriefRules, facts: CopyFacts, phrasebook: Phrasebook): CheckContext {
  return { rules, facts: { product: facts.product, brand: facts.brand, benefits: facts.benefits, proofs: facts.proofs, ...(facts.offer ? { offer: facts.offer } : {}), other: [...facts.mustInclude, facts.landingUrl ?? ''] }, phrasebook };
}

/** The values of the facts a creative uses ("benefit:1" → the second benefit's text). */
export function usedFacts(refs: readonly string[], facts: CopyFacts): CreativeInputs['facts'] {
  const out: CreativeInputs['facts'] = { benefits: [], proofs: [] };
  for (const r of refs) {
    const [kind, n] = r.split(':');
    if (kind === 'product') out.product = facts.product;
    else if (kind === 'brand') out.brand = facts.brand;
    else if (kind === 'offer' && facts.offer) out.offer = facts.offer;
    else if (kind === 'benefit' && facts.benefits[Number(n)] !== undefined) out.benefits.push(facts.benefits[Number(n)]!);
    else if (kind === 'proof' && facts.proofs[Number(n)] !== undefined) out.proofs.push(facts.proofs[Number(n)]!);
  }
  return out;
}

/** Whether a stored creative still stands: the same channel, format, rules, language, engine and generation, and every fact it uses still in the brief. */
export function stillHolds(before: Partial<CreativeInputs>, base: Omit<CreativeInputs, 'facts' | 'avoid'>, facts: CopyFacts): boolean {
  for (const k of Object.keys(base) as (keyof typeof base)[]) if (stableJson(before[k] ?? null) !== stableJson(base[k])) return false;
  const f = before.facts;
  if (!f) return false;
  if (f.product !== undefined && f.product !== facts.product) return false;
  if (f.brand !== undefined && f.brand !== facts.brand) return false;
  if (f.offer !== undefined && f.offer !== facts.offer) return false;
  return (f.benefits ?? []).every((b) => facts.benefits.includes(b)) && (f.proofs ?? []).every((p) => facts.proofs.includes(p));
}

export function fingerprintOf(inputs: CreativeInputs): string {
  const { avoid: _avoid, ...rest } = inputs;
  return createHash('sha256').update(stableJson(rest), 'utf8').digest('hex');
}

/** The call to action's words for a stored intent ("book_table" or "book_table/book_now" → "Book a table"); '' for one the phrasebook does not know. */
export function ctaLabel(phrasebook: Phrasebook | undefined, stored: string): string {
  if (!phrasebook) return '';
  const intent = stored.split('/')[0] ?? '';
  return (CTA_INTENTS as readonly string[]).includes(intent) ? phrasebook.actions[intent as CtaIntent].label : ((phrasebook.cta as Record<string, string>)[intent] ?? '');
}

/** The summary texts of a creative (first headline, main text, call to action), for lists, Kaizen and imports. */
export function summaryOf(fields: CreativeFields, phrasebook: Phrasebook | undefined, ctaIntent: string): { headline: string; body: string; cta: string } {
  const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
  const headline = first(fields.headlines) || first(fields.headline) || first(fields.subject) || first(fields.longHeadline) || '';
  const body = first(fields.primaryText) || first(fields.introText) || first(fields.text) || first(fields.adText) || first(fields.descriptions) || first(fields.body) || '';
  const cta = first(fields.cta) || ctaLabel(phrasebook, ctaIntent);
  return { headline, body, cta };
}

interface AngleEvidence {
  approved: number;
  rejected: number;
  insights: AngleApprovalInsight[];
  scope: 'channel' | 'all channels';
}

function evidenceFor(channel: string, angle: string, insights: readonly AngleApprovalInsight[]): AngleEvidence | null {
  const own = insights.filter((i) => i.payload.angle === angle && i.payload.channel === channel);
  const pool = own.length > 0 ? own : insights.filter((i) => i.payload.angle === angle);
  if (pool.length === 0) return null;
  return {
    approved: pool.reduce((t, i) => t + i.payload.approved, 0),
    rejected: pool.reduce((t, i) => t + i.payload.rejected, 0),
    insights: pool,
    scope: own.length > 0 ? 'channel' : 'all channels',
  };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The facts usable for copy in one language: a benefit, proof point or offer written in another of the rules' languages is left out (and said so). */
function factsForLanguage(facts: CopyFacts, language: string, notes: string[], briefLanguages: readonly string[] = []): CopyFacts {
  const lang = primaryLanguage(language);
  const others = new Set(briefLanguages.map(primaryLanguage).filter((l) => l !== lang));
  const fits = (kind: string) => (t: string): boolean => {
    const detected = detectLanguage(t);
    if (detected === null || detected === lang) return true;
    // A fact in another of the brief's languages is that language's fact: a brief "in German and English" gives them side by side.
    if (others.has(detected)) return false;
    notes.push(`The ${kind} "${t}" is in ${languageName(detected)}, not ${languageName(lang)}: the ${languageName(lang)} creatives do not use it (give the brief's facts in ${languageName(lang)} too).`);
    return false;
  };
  const offer = facts.offer !== undefined && fits('offer')(facts.offer) ? facts.offer : undefined;
  const benefits = facts.benefits.filter(fits('benefit'));
  const proofs = facts.proofs.filter(fits('proof point'));
  const none = (kind: string, before: readonly string[], after: readonly string[]): void => {
    if (before.length > 0 && after.length === 0 && others.size > 0) notes.push(`None of the brief's ${kind} is in ${languageName(lang)}: the ${languageName(lang)} creatives use none (give them in ${languageName(lang)} too).`);
  };
  none('benefits', facts.benefits, benefits);
  none('proof points', facts.proofs, proofs);
  return { ...facts, benefits, proofs, ...(offer ? { offer } : { offer: undefined }) };
}

/** The calls to action of a brief: from its goal and the kind of business (a restaurant books a table, a clinic an appointment). */
export function ctaIntentsOf(project: Project, hasOffer: boolean): CtaIntent[] {
  const vertical = verticalOf(project);
  const intents = ctaIntentsFor(project.goalMetric, vertical.vertical, businessKindOf(project));
  return intents.filter((i) => hasOffer || !OFFER_INTENTS.has(i));
}

export function buildCreatives(input: BuildCreativesInput): { content: CreativesContent; applied: AppliedInsight[] } {
  const { project } = input;
  const languages = copyLanguages(project.languages);
  if (input.engine !== 'languageModel') assertRulesLanguages(languages);
  const rules = readBriefRules(project, input.brand?.bannedTerms ?? []);
  const { facts, notes: factNotes } = copyFactsOf(project, rules);
  const notes = [...thinBriefNotes(project, facts), ...factNotes];
  const usedAngles = new Set<Angle>();
  const existing = new Map((input.existing ?? []).map((c) => [c.key, c]));
  const rejected = new Map<string, Set<string>>();
  for (const c of input.history ?? []) if (c.status === 'rejected') for (const t of copyTexts(c.fields)) (rejected.get(c.key) ?? rejected.set(c.key, new Set()).get(c.key)!).add(t);

  const insights = input.skipKaizen ? [] : input.insights;
  const appliedIds = new Map<string, AppliedInsight>();
  const drafts: (Omit<CreativeVariant, 'rank'> & { order: number })[] = [];
  let order = 0;
  const copyChannels = input.channels.filter((c) => {
    const f = formatFor(c);
    if (!f.copy && f.note) notes.push(f.note);
    return f.copy;
  });
  for (const language of languages) {
    const rulesLanguage = isRulesLanguage(language);
    const phrasebook = phrasebookFor(rulesLanguage ? language : 'en', project.tone);
    if (rulesLanguage && phrasebook.language !== 'en') notes.push(`${phrasebook.name} copy addresses the reader as ${phrasebook.addressNote}`);
    if (!rulesLanguage) notes.push(`${unsupportedLanguageMessage(language)} The language-model engine writes the ${languageName(language)} creatives; until it has, they are empty.`);
    const check = checkContextOf(rules, facts, phrasebook);
    const langFacts = rulesLanguage ? factsForLanguage(facts, language, notes, languages) : facts;
    if (langFacts.offer === undefined) delete langFacts.offer;
    const setAngles = anglesForSet(langFacts);
    const assetAngles = anglesForAssets(langFacts);
    const intents = ctaIntentsOf(project, langFacts.offer !== undefined);
    for (const channel of copyChannels) {
      const format = formatFor(channel);
      const angles = format.combines ? assetAngles : setAngles;
      angles.forEach((a) => usedAngles.add(a));
      const memory = newSetMemory();
      angles.forEach((angle) => {
        const key = `${channel}-${angle}${languages.length > 1 ? `-${language}` : ''}`;
        const intent = intents[0] ?? 'learn_more';
        const cta: CtaChoice = { intent, more: intents.slice(1), button: format.ctaList === 'free' ? null : buttonFor(intent, format.ctaList, langFacts.offer !== undefined) };
        const prev = existing.get(key);
        const regenerate = input.regenerate?.has(key) === true;
        const generation = (prev?.generation ?? 0) + (regenerate ? 1 : 0);
        const base: Omit<CreativeInputs, 'facts' | 'avoid'> = {
          channel,
          angle,
          language,
          format: format.format,
          cta: cta.button ? `${cta.intent}/${cta.button}` : cta.intent,
          address: phrasebook.address,
          landingUrl: facts.landingUrl ?? '',
          mustInclude: facts.mustInclude,
          rules: rules.summary,
          engine: input.engine ?? 'rules',
          generation,
        };
        let fields: CreativeFields;
        let used: string[];
        let violations: CreativeViolation[];
        let creativeInputs: CreativeInputs;
        if (prev && stillHolds(prev.inputs, base, langFacts)) {
          // Its inputs stand: the stored creative is kept as it is (its decision with it).
          fields = prev.fields;
          used = prev.facts;
          creativeInputs = { ...base, facts: prev.inputs.facts ?? { benefits: [], proofs: [] }, avoid: prev.inputs.avoid ?? [] };
          violations = rulesLanguage ? checkCreative(channel, fields, check, channelLabel(channel)) : [];
          if (rulesLanguage) rememberAd(memory, fields, langFacts, phrasebook, langFacts.brand || langFacts.product);
        } else if (!rulesLanguage) {
          fields = {};
          used = [];
          creativeInputs = { ...base, facts: { benefits: [], proofs: [] }, avoid: [] };
          violations = [{ field: 'creative', rule: 'language', severity: 'error', message: unsupportedLanguageMessage(language) }];
        } else {
          const avoid = new Set([...(rejected.get(key) ?? []), ...(regenerate && prev ? copyTexts(prev.fields) : [])]);
          const built = buildAd({ channel, channelLabel: channelLabel(channel), angle, facts: langFacts, phrasebook, check, cta, rotation: generation, avoid, memory, offerAd: angle === 'offer-urgency' });
          fields = built.fields;
          used = built.facts;
          violations = built.violations;
          creativeInputs = { ...base, facts: usedFacts(used, langFacts), avoid: [...avoid].sort() };
        }
        const fingerprint = prev && stillHolds(prev.inputs, base, langFacts) ? prev.fingerprint : fingerprintOf(creativeInputs);
        const ev = evidenceFor(channel, angle, insights);
        const approvalRate = ev ? smoothedApprovalRate(ev.approved, ev.rejected) : smoothedApprovalRate(0, 0);
        let rankReason: string;
        if (input.skipKaizen) rankReason = 'Kaizen skipped: default angle order.';
        else if (!ev) rankReason = `No evidence yet for ${ANGLE_LABELS[angle]} on ${channelLabel(channel)}: prior approval rate ${pct(approvalRate)}.`;
        else {
          rankReason = `${ANGLE_LABELS[angle]} on ${ev.scope === 'channel' ? channelLabel(channel) : 'all channels'}: ${ev.approved} approved, ${ev.rejected} rejected, smoothed approval rate ${pct(approvalRate)}.`;
          for (const i of ev.insights) appliedIds.set(i.id, { id: i.id, sentence: `Ranked ${ANGLE_LABELS[angle]} creatives by their learned approval rate (${i.payload.approved} approved, ${i.payload.rejected} rejected on ${channelLabel(i.payload.channel)}).` });
        }
        const errors = errorCount(violations);
        if (errors > 0) rankReason += ` Ranked after creatives without errors (${errors} violation${errors === 1 ? '' : 's'}).`;
        const summary = summaryOf(fields, rulesLanguage ? phrasebook : undefined, cta.intent);
        drafts.push({
          id: key,
          key,
          channel,
          format: format.format,
          angle,
          language,
          fields,
          ...summary,
          facts: used,
          violations,
          fingerprint,
          inputs: creativeInputs,
          rankReason,
          approvalRate: Math.round(approvalRate * 10_000) / 10_000,
          status: 'in_review',
          order: order++,
        });
      });
    }
  }
  drafts.sort((a, b) => Math.sign(errorCount(a.violations)) - Math.sign(errorCount(b.violations)) || b.approvalRate - a.approvalRate || a.order - b.order);
  const variants: CreativeVariant[] = drafts.map(({ order: _order, ...d }, i) => ({ ...d, rank: i + 1 }));
  const applied = [...appliedIds.values()];
  const kaizen: CreativesContent['kaizen'] = input.skipKaizen
    ? { mode: 'skipped', note: 'Kaizen skipped: creatives are in the default angle order.' }
    : applied.length > 0
      ? { mode: 'applied', note: `Ranked by the approval rates of ${applied.length} angle insight${applied.length === 1 ? '' : 's'}.` }
      : { mode: 'no-evidence', note: 'No evidence yet: no creative approvals or rejections recorded, default angle order.' };
  if (rules.unread.length > 0) notes.push(`Not checked automatically (the reviewer checks them): ${rules.unread.map((u) => `"${u}"`).join('; ')}.`);
  const angles = ANGLES.filter((a) => usedAngles.has(a));
  return { content: { channels: [...input.channels], angles: [...angles], languages, variants, notes: dedupe(notes), rules: rules.summary, kaizen }, applied };
}
