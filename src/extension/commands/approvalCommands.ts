// Decisions: Approve / Reject / Request Changes on the strategy (a reason is asked where the core
// requires one), Approve All Creatives (or the creative ids given). The core's actions do the work.
import type { CommandOutcome } from '../outcome';
import { notifyInfo } from '../notify';
import type { AicmoState } from '../state';
import { resolveProject, resolveText } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';

function stageOf(state: AicmoState, slug: string): string | undefined {
  return state.projects.pipeline?.columns.find((c) => c.projects.some((p) => p.slug === slug))?.stage;
}

export function approvalCommands(state: AicmoState): Record<string, Handler> {
  const decide = async (decision: 'approve' | 'reject' | 'request_changes', projectArg: unknown, reasonArg: unknown): Promise<CommandOutcome> => {
    requireTrust(decision === 'approve' ? 'Approving a strategy' : decision === 'reject' ? 'Rejecting a strategy' : 'Requesting strategy changes');
    const ref = await resolveProject(state, projectArg, `${decision === 'approve' ? 'Approve' : decision === 'reject' ? 'Reject' : 'Request changes to'} the strategy of which project?`);
    const reason = decision === 'approve' ? undefined : await resolveText(reasonArg, { prompt: decision === 'reject' ? 'Why is the strategy rejected?' : 'What should change in the strategy?', required: true });
    const env = await state.session.env();
    const core = state.session.core;
    const result = await core.decideStrategy(env.store, ref, decision, env.actor, reason);
    await state.refresh();
    const verb = decision === 'approve' ? 'Approved' : decision === 'reject' ? 'Rejected' : 'Requested changes to';
    const stale = result.stale.length > 0 ? ` ${result.stale.map((s) => s.kind).join(', ')} marked stale.` : '';
    const message = `${verb} strategy v${result.strategy.version} of ${result.project}; the project is now in ${stageOf(state, result.project) ?? 'its next stage'}.${stale}`;
    notifyInfo(message, decision === 'approve' ? { title: 'Run Full Flow', command: 'aicmo.runFullFlow', args: [result.project] } : { title: 'Open Unified View', command: 'aicmo.openUnifiedView', args: [result.project] });
    return { ok: true, message, value: result };
  };
  return {
    'aicmo.approveStrategy': (project?: unknown) => decide('approve', project, undefined),
    'aicmo.rejectStrategy': (project?: unknown, reason?: unknown) => decide('reject', project, reason),
    'aicmo.requestStrategyChanges': (project?: unknown, reason?: unknown) => decide('request_changes', project, reason),
    'aicmo.approveAllCreatives': async (project?: unknown, ids?: unknown): Promise<CommandOutcome> => {
      requireTrust('Approving creatives');
      const env = await state.session.env();
      const core = state.session.core;
      const idList = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : undefined;
      const ref = idList && idList.length > 0 && project === undefined ? undefined : await resolveProject(state, project, 'Approve the creatives of which project?');
      const selection = idList && idList.length > 0 ? { ids: idList, ...(ref ? { project: ref } : {}) } : { all: true as const, project: ref! };
      const result = await core.decideCreatives(env.store, selection, 'approve', env.actor);
      await state.refresh();
      const count = result.creatives.length;
      const message = `Approved ${count} creative${count === 1 ? '' : 's'}${ref ? ` of ${ref}` : ''}.`;
      notifyInfo(message, { title: 'Open Gallery', command: 'aicmo.openGallery', args: ref ? [ref] : [] });
      return { ok: true, message, value: result };
    },
  };
}
