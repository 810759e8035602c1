// How a VS Code command runs an operation: through the core bundle, then the trees and the status
// bar are refreshed, and the core's sentence is shown with its next steps as the notification's
// buttons. A refusal is thrown as the core raised it (registerCommand shows its one sentence and
// logs the rest, with the original stack).
import * as vscode from 'vscode';
import { PANEL_CATALOG } from '../../protocol/panelCatalog';
import type { InputOf, NextStep, OperationName, Outcome, ValueOf } from '../core';
import { notifyInfo, type NotifyAction } from '../notify';
import type { CommandOutcome } from '../outcome';
import type { AicmoState } from '../state';

/** The command a next step that is an operation runs (with the notification's own progress and prompts). */
function operationCommand(name: OperationName, input: Record<string, unknown>): { command: string; args: unknown[] } | undefined {
  const project = typeof input.project === 'string' ? input.project : undefined;
  if (project === undefined) return undefined;
  switch (name) {
    case 'flow.run':
      return typeof input.only === 'string' ? { command: 'aicmo.runSubsystem', args: [project, input.only] } : { command: 'aicmo.runFullFlow', args: [project] };
    case 'flow.retry':
      return { command: 'aicmo.retryFailed', args: [project] };
    case 'creatives.decide':
      // "Approve … anyway": the person saw the violations the outcome named.
      return input.decision === 'approve' && input.confirm === true && Array.isArray(input.ids) ? { command: 'aicmo.approveAllCreatives', args: [project, input.ids, true] } : undefined;
    default:
      return undefined;
  }
}

/** Notification buttons for the next steps the core offers (those VS Code can take). */
export function notifyActionsOf(next: readonly NextStep[] | undefined): NotifyAction[] {
  const actions: NotifyAction[] = [];
  for (const step of next ?? []) {
    const t = step.target;
    if (t.kind === 'panel') actions.push({ title: step.label, command: PANEL_CATALOG[t.panel].openCommand, args: t.project === undefined ? [] : [t.project] });
    else if (t.kind === 'file') actions.push({ title: step.label, command: t.reveal === true ? 'revealInExplorer' : 'vscode.open', args: [vscode.Uri.file(t.path)] });
    else {
      const c = operationCommand(t.name, t.input);
      if (c) actions.push({ title: step.label, ...c });
    }
  }
  return actions;
}

/** Runs the operation; throws its refusal (the original error) for registerCommand to show. */
export async function runOperation<N extends OperationName>(state: AicmoState, name: N, input: InputOf<N>, options: Parameters<AicmoState['session']['core']['runOperation']>[3] = {}): Promise<Outcome<ValueOf<N>>> {
  const env = await state.session.env();
  const result = await state.session.core.runOperation(env, name, input, options);
  if (!result.ok) throw result.error.cause ?? Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

/** Runs the operation, refreshes what it may have changed, and shows its sentence with its next steps. */
export async function runAndNotify<N extends OperationName>(state: AicmoState, name: N, input: InputOf<N>): Promise<CommandOutcome<ValueOf<N>>> {
  const outcome = await runOperation(state, name, input).finally(() => state.refresh());
  notifyInfo(outcome.message, ...notifyActionsOf(outcome.next));
  return { ok: true, message: outcome.message, value: outcome.value };
}
