// Decisions on a project's latest media plan from the palette, the tree and notifications:
// Approve Media Plan (offering "the larger move" when the plan recommends it), Reject Media Plan…
// and Request Media Plan Changes… (a reason asked in an input box) — the core's media.decide.
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import { PromptCancelled } from '../outcome';
import type { AicmoState } from '../state';
import { resolveProject, resolveText } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';
import { runAndNotify } from './runOperation';

type Decision = 'approve' | 'reject' | 'request_changes';

/** When the latest plan recommends a larger move, asks which one to approve (and returns the version shown). */
async function pickApproval(state: AicmoState, project: string): Promise<{ acceptLargerMove: boolean; version?: number }> {
  const env = await state.session.env();
  const core = state.session.core;
  const plan = core.unwrap(await core.getProjectMediaPlan(env, project));
  const latest = plan.latest;
  const guardrail = latest?.content.guardrail;
  if (!latest || !guardrail?.recommendLargerMove || !latest.content.unconstrained) return { acceptLargerMove: false };
  const proposal = { label: `Approve media plan v${latest.version}`, detail: latest.content.proposal?.summary ?? '', larger: false };
  const larger = { label: 'Approve the larger move', detail: guardrail.sentence, larger: true };
  const picked = await vscode.window.showQuickPick([proposal, larger], { placeHolder: `The media plan of "${plan.project.name}" recommends a larger move than the step limit allows`, ignoreFocusOut: true });
  if (!picked) throw new PromptCancelled('the approval pick');
  return { acceptLargerMove: picked.larger, version: latest.version };
}

export function mediaCommands(state: AicmoState) {
  const decide = async (decision: Decision, projectArg: unknown, extra: unknown) => {
    requireTrust(trustWords('media.decide', { decision }));
    const verb = decision === 'approve' ? 'Approve' : decision === 'reject' ? 'Reject' : 'Request changes to';
    const ref = await resolveProject(state, projectArg, `${verb} the media plan of which project?`);
    if (decision === 'approve') {
      // `extra`: true/false says whether to accept the larger move (a script or a notification); otherwise ask when it is on offer.
      const choice = typeof extra === 'boolean' ? { acceptLargerMove: extra } : await pickApproval(state, ref);
      return runAndNotify(state, 'media.decide', { project: ref, decision, ...(choice.acceptLargerMove ? { acceptLargerMove: true } : {}), ...('version' in choice && choice.version !== undefined ? { version: choice.version } : {}) });
    }
    const reason = await resolveText(extra, { prompt: decision === 'reject' ? 'Why is the media plan rejected?' : 'What should change in the media plan?', required: true });
    return runAndNotify(state, 'media.decide', { project: ref, decision, reason });
  };
  return {
    'aicmo.approveMediaPlan': (project?: unknown, acceptLargerMove?: unknown) => decide('approve', project, acceptLargerMove),
    'aicmo.rejectMediaPlan': (project?: unknown, reason?: unknown) => decide('reject', project, reason),
    'aicmo.requestMediaPlanChanges': (project?: unknown, reason?: unknown) => decide('request_changes', project, reason),
  } satisfies Record<string, Handler>;
}
