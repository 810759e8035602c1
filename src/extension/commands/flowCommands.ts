// Runs: Run Full Flow, Run One Subsystem…, Retry Failed Subsystem. Each runs under a progress
// notification whose Cancel aborts the run's AbortSignal, and ends with one notification.
import * as vscode from 'vscode';
import type { FlowResult } from '../core';
import { engineForRun, kaizenEnabled, kaizenScopingSettings } from '../generationEngine';
import { subsystemOptions } from '../pmSettings';
import { notifyInfo, notifyWarning, SHOW_LOG, type NotifyAction } from '../notify';
import { PromptCancelled, type CommandOutcome } from '../outcome';
import { withCancellableProgress } from '../progress';
import type { AicmoState } from '../state';
import { resolveProject } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';

type Mode = { kind: 'full' } | { kind: 'one'; name: string } | { kind: 'retry' };

function describe(result: FlowResult): string {
  const counts = new Map<string, number>();
  for (const s of result.subsystems) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ') || 'nothing to run';
}

async function run(state: AicmoState, projectArg: unknown, mode: Mode): Promise<CommandOutcome<FlowResult>> {
  requireTrust(mode.kind === 'retry' ? 'Retrying a subsystem' : 'Running the flow');
  const ref = await resolveProject(state, projectArg, 'Run the flow for which project?');
  const env = await state.session.env();
  const project = await env.store.getProject(ref);
  const core = state.session.core;
  const engine = await engineForRun(state.log, core);
  const title = mode.kind === 'full' ? `AICMO: running the flow for ${project.name}` : mode.kind === 'one' ? `AICMO: running ${mode.name} for ${project.name}` : `AICMO: retrying failed subsystems of ${project.name}`;
  state.log.info(`${title} (by ${env.actor}${kaizenEnabled() ? '' : ', Kaizen off'}${engine.kind === 'languageModel' ? `, written by ${engine.writer.name ?? 'a language model'}` : ''})`);
  const result = await withCancellableProgress(title, state.status, async (signal, report) => {
    report('starting…');
    const settings = subsystemOptions();
    const options = { actor: env.actor, signal, skipKaizen: !kaizenEnabled(), kaizen: kaizenScopingSettings(), engine, ...(settings ? { options: settings } : {}) };
    if (mode.kind === 'retry') return core.retryFailed(env.store, env.events, project.id, options);
    return core.runFlow(env.store, env.events, project.id, mode.kind === 'one' ? { ...options, only: mode.name } : options);
  }).finally(() => state.refresh());
  for (const s of result.subsystems) {
    const line = `  ${s.name}: ${s.status}${s.version !== undefined ? ` v${s.version}` : ''} (${Math.round(s.durationMs)} ms)${s.engine ? `, language model wrote ${s.engine.written} of ${s.engine.fields} text fields` : ''}${s.error ? ` — ${s.error}` : s.message ? ` — ${s.message}` : ''}`;
    if (s.status === 'failed') state.log.error(line);
    else state.log.info(line);
  }
  const message = `${mode.kind === 'full' ? 'Flow' : mode.kind === 'one' ? mode.name : 'Retry'} for "${project.name}" ${result.status}: ${describe(result)}.`;
  const actions: NotifyAction[] = [];
  if (result.subsystems.some((s) => s.name === 'creatives' && s.status === 'completed')) actions.push({ title: 'Open Gallery', command: 'aicmo.openGallery', args: [project.slug] });
  else actions.push({ title: 'Open Unified View', command: 'aicmo.openUnifiedView', args: [project.slug] });
  if (result.status === 'completed') notifyInfo(message, ...actions);
  else if (result.status === 'cancelled') notifyWarning(message, SHOW_LOG);
  else notifyWarning(message, ...(result.subsystems.some((s) => s.status === 'failed') ? [{ title: 'Retry Failed', command: 'aicmo.retryFailed', args: [project.slug] }] : actions), SHOW_LOG);
  return { ok: result.status !== 'failed', message, value: result };
}

export function flowCommands(state: AicmoState): Record<string, Handler> {
  return {
    'aicmo.runFullFlow': (project?: unknown) => run(state, project, { kind: 'full' }),
    'aicmo.runSubsystem': async (project?: unknown, name?: unknown) => {
      requireTrust('Running a subsystem');
      let subsystem = typeof name === 'string' ? name : undefined;
      if (!subsystem) {
        const picked = await vscode.window.showQuickPick(state.session.core.SUBSYSTEM_NAMES.map((n) => ({ label: n })), { placeHolder: 'Run which subsystem?' });
        if (!picked) throw new PromptCancelled('the subsystem pick');
        subsystem = picked.label;
      }
      return run(state, project, { kind: 'one', name: subsystem });
    },
    'aicmo.retryFailed': (project?: unknown) => run(state, project, { kind: 'retry' }),
  };
}
