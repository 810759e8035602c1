// Analytics: the project's results (KPIs, change, goals, breakdown, trend) for the period and
// breakdown the panel asks for; Import CSV in the format chosen.
import { channelName, dateText, monthText, platformName } from '../../../orchestrator/domain/labels';
import { getProjectAnalyticsDashboard, unwrap } from '../../../orchestrator/services';
import { importCsvRequest } from './importRequest';
import type { PanelDescriptor } from './types';


/** A breakdown group's key as people read it: channels and platforms by name, weeks and months as dates. */
function groupLabel(by: string, key: string): string {
  if (by === 'channel') return channelName(key);
  if (by === 'platform') return platformName(key);
  if (by === 'week') return `Week of ${dateText(key)}`;
  if (by === 'month') return monthText(key);
  if (by === 'project') return 'The whole project';
  return key;
}

export const analytics: PanelDescriptor<'analytics'> = {
  async snapshot({ env, slug, request }) {
    const q = request.analytics ?? {};
    const { project: _project, ...rest } = unwrap(await getProjectAnalyticsDashboard(env, slug, { ...(q.by ? { by: q.by } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) }));
    return { ...rest, groups: rest.groups.map((g) => ({ ...g, label: groupLabel(rest.by, g.key) })) };
  },
  commands: {
    'analytics/query': ({ project, ...analytics }) => ({ query: { project, analytics } }),
  },
  requests: { 'data/importCsv': importCsvRequest },
};
