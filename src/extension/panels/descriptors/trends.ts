// Social Trends: imported keyword series with their strength, and the social subsystem's content
// ideas; Import CSV of a Google Trends export.
import { getProjectTrends, getProjectUnifiedView, unwrap } from '../../../orchestrator/services';
import { importCsvRequest } from './importRequest';
import type { PanelDescriptor } from './types';

export const trends: PanelDescriptor<'trends'> = {
  async snapshot({ env, slug }) {
    const series = unwrap(await getProjectTrends(env, slug));
    const view = unwrap(await getProjectUnifiedView(env, slug));
    const social = (view.artifacts.social?.content ?? null) as { opportunities?: { title: string; format?: string; keyword?: string }[] } | null;
    const ideas = (social?.opportunities ?? []).map((o) => ({ keyword: o.keyword ?? null, channel: o.format ?? null, idea: o.title }));
    return { series, ideas };
  },
  commands: {},
  requests: { 'data/importCsv': importCsvRequest },
};
