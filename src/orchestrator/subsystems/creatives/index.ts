// Creatives subsystem: a creative per planned channel × angle (× language) in the channel's
// native format, written from the brief's facts and held to its rules, only from an approved
// strategy. Creatives whose inputs did not change are kept as stored (with their decisions).
import type { BrandContent } from '../brand/types';
import { insightsOfKind } from '../../kaizen/types';
import type { MediaContent } from '../media/types';
import { optionalInput, requireApproved, requiredInput, throwIfAborted } from '../common/inputs';
import type { StoredCreative, Subsystem } from '../types';
import { buildCreatives, type StoredCopy } from './rules';
import type { CreativesContent } from './types';
import { validateCreatives } from './validate';

function storedCopy(c: StoredCreative): StoredCopy | null {
  if (!c.key || !c.fingerprint || !c.fields) return null;
  return { key: c.key, fingerprint: c.fingerprint, inputs: (c.inputs ?? {}) as StoredCopy['inputs'], fields: c.fields, facts: c.facts ?? [], generation: c.generation ?? 0, status: c.status };
}

const copies = (rows: readonly StoredCreative[]): StoredCopy[] => rows.map(storedCopy).filter((c): c is StoredCopy => c !== null);

export const creativesSubsystem: Subsystem<CreativesContent> = {
  name: 'creatives',
  description: 'Channel-native creatives per planned channel × angle, written from the brief\'s facts, checked against the formats\' limits and the brief\'s rules, ranked by learned approval rates.',
  needs: ['strategy', 'media'],
  uses: ['brand'],
  requiresApproved: ['strategy'],
  initialStatus: 'in_review',
  async run(ctx) {
    throwIfAborted(ctx.signal);
    requireApproved(ctx, 'strategy', 'creatives');
    const media = requiredInput<MediaContent>(ctx, 'media', 'creatives');
    const brand = optionalInput<BrandContent>(ctx, 'brand');
    const channels = media.allocations.filter((a) => a.amountMinor > 0).map((a) => a.channel);
    const existing = copies(await ctx.data.creatives());
    const history = ctx.data.creativeHistory ? copies(await ctx.data.creativeHistory()) : existing;
    const asked = (ctx.options?.creatives as { regenerate?: unknown } | undefined)?.regenerate;
    const regenerate = Array.isArray(asked) ? new Set(asked.filter((k): k is string => typeof k === 'string')) : undefined;
    const { content, applied } = buildCreatives({
      project: ctx.project,
      channels: channels.length > 0 ? channels : media.allocations.map((a) => a.channel),
      brand: { bannedTerms: brand?.bannedTerms ?? [] },
      insights: insightsOfKind(ctx.insights, 'angle-approval'),
      skipKaizen: ctx.skipKaizen,
      existing,
      history,
      ...(regenerate ? { regenerate } : {}),
      engine: ctx.engine ?? 'rules',
    });
    return { content, appliedInsights: applied };
  },
  validate: (content) => validateCreatives(content),
};

export type { CreativesContent, CreativeVariant, CreativeViolation } from './types';
