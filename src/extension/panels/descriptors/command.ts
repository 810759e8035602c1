// Command Center: what needs the strategist now (approvals, failed runs, overdue tasks, stale
// work, goals behind, leads not contacted yet), each pointing at the panel that resolves it, and
// the latest activity.
import type { ProjectRef } from '../../../protocol';
import { getProjectAnalyticsDashboard, getProjectPmDashboard, unwrap } from '../../../orchestrator/services';
import { attentionItems, overdueTasks, refOf, type ProjectFacts } from '../snapshots/commandItems';
import { eventSummary } from '../snapshots/eventSummary';
import { latestFailures } from './failures';
import type { PanelDescriptor } from './types';

const ACTIVITY = 30;

export const command: PanelDescriptor<'command'> = {
  async snapshot({ env, projects }) {
    const facts: ProjectFacts[] = [];
    const day = (env.now?.() ?? new Date()).toISOString().slice(0, 10);
    for (const p of projects) {
      const pm = unwrap(await getProjectPmDashboard(env, p.slug));
      const goals = p.metricRows > 0 ? unwrap(await getProjectAnalyticsDashboard(env, p.slug)).goals.filter((g) => g.status === 'behind') : [];
      const failed = p.badges.includes('failed run') ? await latestFailures(env, p.slug) : [];
      facts.push({ project: refOf(p), overdueTasks: overdueTasks(pm.tasks, day), goalsBehind: goals.map((g) => ({ metric: g.metric, ...(g.note ? { note: g.note } : {}) })), failed });
    }
    const byId = new Map(projects.map((p) => [p.id, p]));
    const activity: { at: string; title: string; actor: string | null; project: ProjectRef | null }[] = [];
    for await (const e of env.events.query({ limit: ACTIVITY, keep: 'latest' })) {
      const p = e.project === null ? undefined : byId.get(e.project);
      activity.push({ at: e.ts, title: eventSummary(e), actor: e.actor, project: p ? refOf(p) : null });
    }
    activity.reverse();
    return { items: attentionItems(projects, facts), activity };
  },
  commands: {},
  requests: {},
};
