// Brand subsystem: voice, messages, taglines and the terms copy must (not) use.
import { throwIfAborted } from '../common/inputs';
import type { Subsystem } from '../types';
import { buildBrand } from './rules';
import type { BrandContent } from './types';
import { validateBrand } from './validate';

export const brandSubsystem: Subsystem<BrandContent> = {
  name: 'brand',
  description: 'Voice (is / is not), tone words, messaging pillars, key messages, taglines, preferred and banned terms.',
  needs: [],
  run(ctx) {
    throwIfAborted(ctx.signal);
    return { content: buildBrand(ctx.project, ctx.random), appliedInsights: [] };
  },
  validate: validateBrand,
};

export type { BrandContent } from './types';
