// Unified View: the eight subsystem outputs of one project side by side, each summarised in a
// few lines read from the store on every snapshot (unifiedCards.ts); running one subsystem again.
import { getProjectUnifiedView, unwrap } from '../../../orchestrator/services';
import { liveFacts, unifiedCards } from '../snapshots/unifiedCards';
import type { PanelDescriptor } from './types';

export const unified: PanelDescriptor<'unified'> = {
  async snapshot({ env, slug }) {
    const view = unwrap(await getProjectUnifiedView(env, slug));
    return {
      artifacts: unifiedCards(view, await liveFacts(env, slug)),
    };
  },
  commands: {
    'unified/runSubsystem': (p) => ({ run: { name: 'flow.run', input: { project: p.project, only: p.name } } }),
  },
  requests: {},
};
