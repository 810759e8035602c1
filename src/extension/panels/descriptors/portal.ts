// Client Portal: the approval requests (strategy, each creative, the project) with their full
// history; exporting the review pack.
import { getCreativesForProject, getProjectContext, unwrap } from '../../../orchestrator/services';
import type { ClientReport } from '../../../orchestrator/operations';
import { portalData } from '../snapshots/portalRequests';
import type { PanelDescriptor } from './types';

export const portal: PanelDescriptor<'portal'> = {
  async snapshot({ env, slug }) {
    const ctx = unwrap(await getProjectContext(env, slug));
    const creatives = unwrap(await getCreativesForProject(env, slug));
    return portalData({
      strategy: ctx.strategy ? { version: ctx.strategy.version, status: ctx.strategy.status, createdAt: ctx.strategy.createdAt } : null,
      creatives: creatives.creatives.map((c) => ({ id: c.id, status: c.status, channel: c.channel, headline: c.headline, body: c.body })),
      approvals: ctx.approvals,
    });
  },
  commands: {},
  requests: {
    'portal/exportReport': {
      call: (p) => ({ name: 'report.export', input: { project: p.project, format: p.format === 'markdown' ? 'md' : 'html' } }),
      respond: (outcome) => ({ exported: true, message: outcome.message, path: (outcome.value as ClientReport).file }),
    },
  },
};
