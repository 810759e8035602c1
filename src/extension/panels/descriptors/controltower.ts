// Control Tower: one workspace-wide timeline, the failed runs (with retry), data freshness per
// source, the global pause (its changes in the timeline) and the generation engine in use.
import { getExecutionTimeline, unwrap } from '../../../orchestrator/services';
import { refOf } from '../snapshots/commandItems';
import { controlTowerData, type ProjectTimeline, type WorkspaceEntry } from '../snapshots/controlTower';
import { latestFailures } from './failures';
import type { PanelDescriptor } from './types';

export const controltower: PanelDescriptor<'controltower'> = {
  async snapshot({ env, projects, pipeline, request }) {
    const timelines: ProjectTimeline[] = [];
    for (const p of projects) {
      const t = unwrap(await getExecutionTimeline(env, p.slug, { limit: 500 }));
      timelines.push({ project: refOf(p), entries: t.entries, failed: await latestFailures(env, p.slug) });
    }
    // The pause switch is the workspace's own setting: its changes come from the event log.
    const workspace: WorkspaceEntry[] = [];
    for await (const e of env.events.query({ type: 'settings.changed', limit: 200, keep: 'latest' })) {
      if (typeof e.data.paused === 'boolean') workspace.push({ at: e.ts, paused: e.data.paused, actor: e.actor, ref: `event:${e.id}` });
    }
    return controlTowerData(timelines, pipeline.paused, request.engine ?? { name: 'rules', detail: 'Deterministic rules, templates and benchmark tables.' }, 2000, workspace);
  },
  commands: {
    'controltower/setPaused': (p) => ({ run: { name: 'pause.set', input: { on: p.on } } }),
    'controltower/retrySubsystem': (p) => ({ run: { name: 'flow.run', input: { project: p.project, only: p.name } } }),
  },
  requests: {},
};
