// The creatives' copy for the language-model engine: each variant's headline, body and call to
// action. A rewrite is held to the creatives' own checks (`checkCopy`: the channel's limits and
// the brand's banned terms): one that breaks a limit or uses a banned term in its part keeps the
// rules text. The variant's recorded violations are recomputed with the same function.
import type { BrandContent } from '../subsystems/brand/types';
import { ANGLE_LABELS, type Angle } from '../subsystems/creatives/angleTemplates';
import { formatFor, type CopyPart } from '../subsystems/creatives/channelLimits';
import { checkCopy, copyVars } from '../subsystems/creatives/rules';
import type { CreativesContent, CreativeVariant, CreativeViolation } from '../subsystems/creatives/types';
import { channelLabel } from '../domain/channels';
import { optionalInput } from '../subsystems/common/inputs';
import { charLength } from '../subsystems/common/text';
import type { SubsystemContext } from '../subsystems/types';
import type { ProseField, ProseRewriter } from './types';

const PARTS: readonly CopyPart[] = ['headline', 'body', 'cta'];
const PART_WORDS: Record<CopyPart, string> = { headline: 'headline', body: 'body text', cta: 'call to action' };
const PART_INSTRUCTIONS: Record<CopyPart, string> = {
  headline: 'Write one headline: short, concrete, no ending full stop.',
  body: 'Write the body copy in one or two short sentences.',
  cta: 'Write a call to action of two to four words, no ending full stop.',
};

const fieldPath = (variantId: string, part: CopyPart): string => `variants[${variantId}].${part}`;

function parseField(field: string): { id: string; part: CopyPart } | null {
  const m = /^variants\[(.+)\]\.(headline|body|cta)$/.exec(field);
  return m ? { id: m[1]!, part: m[2] as CopyPart } : null;
}

function brandOf(ctx: SubsystemContext): BrandContent | undefined {
  return optionalInput<BrandContent>(ctx, 'brand');
}

/** The tightest limit on one part, leaving room for the variant's other parts in combined fields (X posts, captions). */
function maxCharsFor(v: CreativeVariant, part: CopyPart): number | undefined {
  let max: number | undefined;
  for (const limit of formatFor(v.channel).limits) {
    if (!limit.parts.includes(part)) continue;
    const others = limit.parts.filter((p) => p !== part && v[p] !== '');
    const room = limit.max - others.reduce((t, p) => t + charLength(v[p]) + 1, 0);
    max = Math.max(1, Math.min(max ?? Infinity, room));
  }
  return max;
}

/** Violations that involve this part: a limit whose field includes it, or a banned term in it. */
function touching(channel: string, part: CopyPart, violations: readonly CreativeViolation[]): CreativeViolation[] {
  const limits = formatFor(channel).limits;
  return violations.filter((x) => (x.rule === 'banned-term' ? x.field === part : (limits.find((l) => l.label === x.field)?.parts.includes(part) ?? false)));
}

export const creativesCopy: ProseRewriter<CreativesContent> = {
  fields(content, ctx) {
    const brand = brandOf(ctx);
    const bannedTerms = brand?.bannedTerms ?? [];
    const vars = copyVars(ctx.project, brand?.preferredTerms ?? []);
    const out: ProseField[] = [];
    for (const v of content.variants) {
      const angle = ANGLE_LABELS[v.angle as Angle] ?? v.angle;
      for (const part of PARTS) {
        const facts: Record<string, string> = {
          product: vars.product,
          brand: vars.brand,
          audience: vars.audience,
          benefit: vars.benefit,
          outcome: vars.outcome,
          channel: `${channelLabel(v.channel)} (${v.format})`,
          angle,
          headline: v.headline,
          body: v.body,
          'call to action': v.cta,
        };
        if (brand && brand.toneWords.length > 0) facts.tone = brand.toneWords.join(', ');
        if (brand && brand.preferredTerms.length > 0) facts['preferred terms'] = brand.preferredTerms.join(', ');
        const maxChars = maxCharsFor(v, part);
        out.push({
          field: fieldPath(v.id, part),
          purpose: `${channelLabel(v.channel)} ${v.format.toLowerCase()} ${PART_WORDS[part]}, ${angle} angle`,
          instructions: `${PART_INSTRUCTIONS[part]} It must fit with the variant's other parts given in the facts.${maxChars === undefined ? '' : ` At most ${maxChars} characters.`} State no numbers, prices, ratings or customer counts that are not in the facts.`,
          facts,
          text: v[part],
          ...(maxChars === undefined ? {} : { maxChars }),
          bannedTerms,
        });
      }
    }
    return out;
  },
  apply(content, field, text, ctx) {
    const target = parseField(field.field);
    if (!target) return content;
    const bannedTerms = brandOf(ctx)?.bannedTerms ?? [];
    return {
      ...content,
      variants: content.variants.map((v) => {
        if (v.id !== target.id) return v;
        const next = { ...v, [target.part]: text };
        return { ...next, violations: checkCopy(v.channel, { headline: next.headline, body: next.body, cta: next.cta }, bannedTerms) };
      }),
    };
  },
  check(content, field) {
    const target = parseField(field.field);
    const v = target ? content.variants.find((x) => x.id === target.id) : undefined;
    if (!target || !v) return [`there is no creative field ${field.field}`];
    return touching(v.channel, target.part, v.violations).map((x) => x.message.replace(/^The /, 'the ').replace(/\.$/, ''));
  },
};
