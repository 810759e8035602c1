// Decisions: Approve / Reject / Request Changes on the strategy (a reason is asked where the core
// requires one), Approve All Creatives (or the creative ids given) — the core's operations.
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import type { AicmoState } from '../state';
import { resolveProject, resolveText } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';
import { runAndNotify } from './runOperation';

type Decision = 'approve' | 'reject' | 'request_changes';

export function approvalCommands(state: AicmoState) {
  const decide = async (decision: Decision, projectArg: unknown, reasonArg: unknown) => {
    requireTrust(trustWords('strategy.decide', { decision }));
    const ref = await resolveProject(state, projectArg, `${decision === 'approve' ? 'Approve' : decision === 'reject' ? 'Reject' : 'Request changes to'} the strategy of which project?`);
    const reason = decision === 'approve' ? undefined : await resolveText(reasonArg, { prompt: decision === 'reject' ? 'Why is the strategy rejected?' : 'What should change in the strategy?', required: true });
    return runAndNotify(state, 'strategy.decide', { project: ref, decision, ...(reason === undefined ? {} : { reason }) });
  };
  return {
    'aicmo.approveStrategy': (project?: unknown) => decide('approve', project, undefined),
    'aicmo.rejectStrategy': (project?: unknown, reason?: unknown) => decide('reject', project, reason),
    'aicmo.requestStrategyChanges': (project?: unknown, reason?: unknown) => decide('request_changes', project, reason),
    'aicmo.approveAllCreatives': async (project?: unknown, ids?: unknown, confirmed?: unknown) => {
      requireTrust(trustWords('creatives.decide', { decision: 'approve' }));
      const idList = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
      const ref = idList.length > 0 && project === undefined ? undefined : await resolveProject(state, project, 'Approve the creatives of which project?');
      const input = idList.length > 0 ? { decision: 'approve' as const, ids: idList, ...(ref ? { project: ref } : {}) } : { decision: 'approve' as const, all: true, project: ref! };
      try {
        return await runAndNotify(state, 'creatives.decide', { ...input, ...(confirmed === true ? { confirm: true } : {}) });
      } catch (e) {
        // Creatives with violations (other than platform limits) are approved only once the person has read them.
        if ((e as { code?: string }).code !== 'needs-confirmation' || confirmed === true) throw e;
        const anyway = 'Approve anyway';
        const choice = await vscode.window.showWarningMessage((e as Error).message, { modal: true }, anyway);
        if (choice !== anyway) return { ok: false, message: 'Nothing was approved.', cancelled: true };
        return runAndNotify(state, 'creatives.decide', { ...input, confirm: true });
      }
    },
  } satisfies Record<string, Handler>;
}
