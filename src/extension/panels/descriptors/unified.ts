// Unified View: the eight subsystem outputs of one project side by side, each summarised in a
// few lines read from the store on every snapshot (unifiedCards.ts); running one subsystem again;
// approving the media plan or sending it back (media.decide).
import { getProjectMediaPlan, getProjectUnifiedView, unwrap } from '../../../orchestrator/services';
import { mediaPlanView } from '../snapshots/mediaPlan';
import { liveFacts, unifiedCards } from '../snapshots/unifiedCards';
import { internal, type PanelDescriptor } from './types';

export const unified: PanelDescriptor<'unified'> = {
  async snapshot({ env, slug }) {
    const view = unwrap(await getProjectUnifiedView(env, slug));
    return {
      artifacts: unifiedCards(view, await liveFacts(env, slug)),
      media: mediaPlanView(unwrap(await getProjectMediaPlan(env, slug))),
    };
  },
  commands: {
    'unified/runSubsystem': (p) => ({ run: { name: 'flow.run', input: { project: p.project, only: p.name } } }),
    'unified/approveMedia': (p) => ({ run: { name: 'media.decide', input: { project: p.project, decision: 'approve', version: p.version, by: internal(p.by), ...(p.acceptLargerMove === true ? { acceptLargerMove: true } : {}) } } }),
    'unified/requestMediaChanges': (p) => ({ run: { name: 'media.decide', input: { project: p.project, decision: 'request_changes', version: p.version, reason: p.reason, by: internal(p.by) } } }),
  },
  requests: {},
};
