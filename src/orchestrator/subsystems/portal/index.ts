// Portal subsystem: approval requests, action history and the client review pack.
import type { CreativesContent } from '../creatives/types';
import type { MediaContent } from '../media/types';
import type { StrategyContent } from '../strategy/types';
import { throwIfAborted } from '../common/inputs';
import type { ArtifactInput, Subsystem } from '../types';
import { buildPortal } from './rules';
import type { PortalContent } from './types';
import { validatePortal } from './validate';
import { AicmoError } from '../../domain/errors';

export const portalSubsystem: Subsystem<PortalContent> = {
  name: 'portal',
  description: 'Approval requests for the strategy and creatives, the action history, results against the goals, and a client review pack (HTML and Markdown) in the client\'s words.',
  needs: ['strategy'],
  uses: ['media', 'creatives'],
  async run(ctx) {
    throwIfAborted(ctx.signal);
    const strategy = ctx.inputs.strategy as ArtifactInput<StrategyContent> | undefined;
    if (!strategy) throw new AicmoError('invalid-input', 'portal needs the strategy artifact, and there is none yet: run strategy first.', { field: 'strategy' });
    const [stored, history, rows] = [await ctx.data.creatives(), await ctx.data.actionHistory(), await ctx.data.metricRows()];
    throwIfAborted(ctx.signal);
    const content = buildPortal({
      project: ctx.project,
      strategy,
      media: ctx.inputs.media as ArtifactInput<MediaContent> | undefined,
      creatives: ctx.inputs.creatives as ArtifactInput<CreativesContent> | undefined,
      stored,
      history,
      version: ctx.version,
      rows,
    });
    return { content, appliedInsights: [] };
  },
  validate: validatePortal,
};

export type { PortalContent, ApprovalRequest } from './types';
