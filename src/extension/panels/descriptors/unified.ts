// Unified View: the eight subsystem outputs of one project side by side, each summarised in a
// few lines; running one subsystem again.
import { getProjectUnifiedView, unwrap } from '../../../orchestrator/services';
import { artifactHighlights } from '../snapshots/highlights';
import type { PanelDescriptor } from './types';

export const unified: PanelDescriptor<'unified'> = {
  async snapshot({ env, slug }) {
    const view = unwrap(await getProjectUnifiedView(env, slug));
    return {
      artifacts: Object.values(view.artifacts).map((a) => ({
        name: a.name, status: a.status, version: a.version, highlights: artifactHighlights(a.name, a.content),
        insights: a.insights.map((i) => ({ id: i.id, sentence: i.sentence })), skipKaizen: a.skipKaizen, statusNote: a.statusNote, createdAt: a.createdAt, lastError: a.lastError,
      })),
    };
  },
  commands: {
    'unified/runSubsystem': (p) => ({ run: { name: 'flow.run', input: { project: p.project, only: p.name } } }),
  },
  requests: {},
};
