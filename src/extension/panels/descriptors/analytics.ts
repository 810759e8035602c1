// Analytics: the project's results (KPIs, change, goals, breakdown, trend) for the period and
// breakdown the panel asks for; Import CSV in the format chosen.
import { getProjectAnalyticsDashboard, unwrap } from '../../../orchestrator/services';
import { importCsvRequest } from './importRequest';
import type { PanelDescriptor } from './types';

export const analytics: PanelDescriptor<'analytics'> = {
  async snapshot({ env, slug, request }) {
    const q = request.analytics ?? {};
    const { project: _project, ...rest } = unwrap(await getProjectAnalyticsDashboard(env, slug, { ...(q.by ? { by: q.by } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) }));
    return rest;
  },
  commands: {
    'analytics/query': ({ project, ...analytics }) => ({ query: { project, analytics } }),
  },
  requests: { 'data/importCsv': importCsvRequest },
};
