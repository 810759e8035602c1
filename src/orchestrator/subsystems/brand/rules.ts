// Brand guidance from the intake: voice by industry family, messages per audience, taglines
// (seeded choice, none containing a banned term), preferred and banned terms.
import type { Project } from '../../domain/project';
import type { Random } from '../../domain/random';
import { dedupe, fill, findBannedTerms, termsFromLines } from '../common/text';
import type { BrandContent } from './types';
import { FAMILY_KEYWORDS, OUTCOME_BY_GOAL, TAGLINE_TEMPLATES, VOICE_BY_FAMILY, type VoiceFamily } from './voiceTable';

export function voiceFamily(industry: string): VoiceFamily {
  const text = ` ${industry.toLowerCase()} `;
  for (const [family, words] of Object.entries(FAMILY_KEYWORDS) as [VoiceFamily, string[]][]) {
    if (words.some((w) => new RegExp(`(^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}([^a-z]|$)`).test(text))) return family;
  }
  return 'general';
}

const GOAL_VERB = { awareness: 'get noticed', leads: 'grow your pipeline', sales: 'shop', engagement: 'connect', retention: 'stay' } as const;

export function brandTerms(project: Project): { preferred: string[]; banned: string[]; guidance: string[] } {
  const preferred = termsFromLines(project.mustInclude);
  const banned = termsFromLines(project.doNotDo);
  return { preferred: dedupe([...preferred.terms, ...preferred.guidance]), banned: banned.terms, guidance: banned.guidance };
}

export function buildBrand(project: Project, random: Random): BrandContent {
  const family = voiceFamily(project.industry);
  const voice = VOICE_BY_FAMILY[family];
  const { preferred, banned, guidance } = brandTerms(project);
  const product = project.product?.trim() || project.name;
  const brand = project.brand?.trim() || project.client?.trim() || project.name;
  const audiences = project.audiences.map((a) => a.trim()).filter((a) => a !== '');
  const outcome = OUTCOME_BY_GOAL[project.goalMetric];
  const benefit = preferred[0] ?? `more ${outcome}`;
  const v = { product, brand, audience: audiences[0] ?? 'people like you', outcome, benefit, goalVerb: GOAL_VERB[project.goalMetric] };

  const messagingPillars = [
    { name: 'Why it matters', message: fill(`${product} helps {audience} get {outcome} with less effort.`, v) },
    { name: 'Proof', message: fill(`Show evidence for every claim about ${product}: numbers, customers, reviews.`, v) },
    { name: 'Relevance', message: fill(`Speak to what {audience} care about in ${project.industry}.`, v) },
  ];
  if (preferred.length > 0) messagingPillars.push({ name: 'Always say', message: `Every piece mentions ${preferred.map((p) => `"${p}"`).join(', ')}.` });

  const keyMessages = (audiences.length > 0 ? audiences : ['everyone we reach']).slice(0, 5).map((audience) => ({
    audience,
    message: fill(`For ${audience}, ${product} means {outcome} without the hassle.`, v),
  }));

  const candidates = random.shuffle(TAGLINE_TEMPLATES).map((t) => fill(t, v));
  const taglines = dedupe(candidates.filter((t) => findBannedTerms(t, banned).length === 0)).slice(0, 4);

  return {
    voice: { family, pairs: voice.pairs.map((p) => ({ ...p })) },
    toneWords: [...voice.tone],
    messagingPillars,
    keyMessages,
    taglines,
    preferredTerms: preferred,
    bannedTerms: banned,
    guidance,
  };
}
