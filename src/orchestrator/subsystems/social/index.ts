// Social subsystem: content opportunities and hashtags, measured only where trend data exists.
import type { BrandContent } from '../brand/types';
import { optionalInput, throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildSocial } from './rules';
import type { SocialContent } from './types';
import { validateSocial } from './validate';

export const socialSubsystem: Subsystem<SocialContent> = {
  name: 'social',
  description: 'Content opportunities and hashtags from imported trend series; ideas without data are labelled "idea — not measured".',
  needs: [],
  uses: ['brand'],
  async run(ctx) {
    throwIfAborted(ctx.signal);
    const series = await ctx.data.trendSeries();
    throwIfAborted(ctx.signal);
    const brand = optionalInput<BrandContent>(ctx, 'brand');
    return { content: buildSocial(ctx.project, series, brand?.bannedTerms ?? []), appliedInsights: [] };
  },
  validate: validateSocial,
};

export type { SocialContent } from './types';
