// Control Tower: one workspace-wide timeline, the failed runs (with retry), data freshness per
// source, the global pause and the generation engine in use.
import { getExecutionTimeline, unwrap } from '../../../orchestrator/services';
import { refOf } from '../snapshots/commandItems';
import { controlTowerData, type ProjectTimeline } from '../snapshots/controlTower';
import { latestFailures } from './failures';
import type { PanelDescriptor } from './types';

export const controltower: PanelDescriptor<'controltower'> = {
  async snapshot({ env, projects, pipeline, request }) {
    const timelines: ProjectTimeline[] = [];
    for (const p of projects) {
      const t = unwrap(await getExecutionTimeline(env, p.slug, { limit: 500 }));
      timelines.push({ project: refOf(p), entries: t.entries, failed: await latestFailures(env, p.slug) });
    }
    return controlTowerData(timelines, pipeline.paused, request.engine ?? { name: 'rules', detail: 'Deterministic rules, templates and benchmark tables.' });
  },
  commands: {
    'controltower/setPaused': (p) => ({ run: { name: 'pause.set', input: { on: p.on } } }),
    'controltower/retrySubsystem': (p) => ({ run: { name: 'flow.run', input: { project: p.project, only: p.name } } }),
  },
  requests: {},
};
