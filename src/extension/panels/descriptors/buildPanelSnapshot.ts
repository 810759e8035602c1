// Builds a panel's full snapshot: the envelope (project shown, the projects to switch to, actor,
// time) and the panel's data from its descriptor, or the one-sentence error when reading failed.
// Runs in the core bundle (no vscode); the panel host posts what this returns.
import type { PanelId, ProjectRef, Snapshot } from '../../../protocol';
import { WORKSPACE_PANEL_IDS } from '../../../protocol/panelCatalog';
import { getProjectsPipeline, unwrap } from '../../../orchestrator/services';
import type { ServiceEnv } from '../../../orchestrator/services';
import { refOf } from '../snapshots/commandItems';
import { PANEL_DESCRIPTORS } from './index';
import type { BaseContext, SnapshotRequest } from './types';

/** A descriptor's builder as the dispatch calls it (each panel's own type is checked where it is defined). */
type Build = (ctx: BaseContext & { slug: string | null }) => Promise<unknown>;

function sentence(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}

/**
 * The snapshot of `panel`. Never throws for a read failure: the envelope then carries `error`
 * (one sentence) and `data: null`. A project panel in a workspace with no projects has no data.
 */
export async function buildPanelSnapshot(env: ServiceEnv, panel: PanelId, request: SnapshotRequest = {}): Promise<Snapshot<unknown>> {
  const at = (env.now?.() ?? new Date()).toISOString();
  const base = { project: null as ProjectRef | null, projects: [] as ProjectRef[], actor: env.actor, at, data: null as unknown, error: null as string | null };
  try {
    const pipeline = unwrap(await getProjectsPipeline(env));
    const projects = pipeline.columns.flatMap((c) => c.projects);
    base.projects = projects.map(refOf);
    const build = PANEL_DESCRIPTORS[panel].snapshot as Build;
    const find = (ref: string | null | undefined) => projects.find((x) => x.slug === ref || x.id === ref);
    if (WORKSPACE_PANEL_IDS.has(panel)) {
      const p = find(request.project);
      if (p) base.project = refOf(p);
      base.data = await build({ env, request, pipeline, projects, slug: null });
      return base;
    }
    const chosen = find(request.project) ?? (request.project ? undefined : projects[0]);
    if (!chosen) {
      if (request.project) base.error = `There is no project "${request.project}" in this workspace any more; pick another one.`;
      return base;
    }
    base.project = refOf(chosen);
    base.data = await build({ env, request, pipeline, projects, slug: chosen.slug });
    return base;
  } catch (e) {
    base.data = null;
    base.error = sentence(e);
    return base;
  }
}
