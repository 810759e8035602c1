// Creatives subsystem: ranked copy variants per planned channel and angle, only from an approved strategy.
import type { BrandContent } from '../brand/types';
import { insightsOfKind } from '../../kaizen/types';
import type { MediaContent } from '../media/types';
import { optionalInput, requireApproved, requiredInput, throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildCreatives } from './rules';
import type { CreativesContent } from './types';
import { validateCreatives } from './validate';

export const creativesSubsystem: Subsystem<CreativesContent> = {
  name: 'creatives',
  description: 'Copy variants per planned channel × angle, checked against channel limits and banned terms, ranked by learned approval rates.',
  needs: ['strategy', 'media'],
  uses: ['brand'],
  requiresApproved: ['strategy'],
  initialStatus: 'in_review',
  run(ctx) {
    throwIfAborted(ctx.signal);
    requireApproved(ctx, 'strategy', 'creatives');
    const media = requiredInput<MediaContent>(ctx, 'media', 'creatives');
    const brand = optionalInput<BrandContent>(ctx, 'brand');
    const channels = media.allocations.filter((a) => a.amountMinor > 0).map((a) => a.channel);
    const { content, applied } = buildCreatives({
      project: ctx.project,
      channels: channels.length > 0 ? channels : media.allocations.map((a) => a.channel),
      bannedTerms: brand?.bannedTerms ?? [],
      preferredTerms: brand?.preferredTerms ?? [],
      insights: insightsOfKind(ctx.insights, 'angle-approval'),
      skipKaizen: ctx.skipKaizen,
      random: ctx.random,
    });
    return { content, appliedInsights: applied };
  },
  validate: (content) => validateCreatives(content),
};

export type { CreativesContent, CreativeVariant, CreativeViolation } from './types';
