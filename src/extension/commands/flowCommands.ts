// Runs: Run Full Flow, Run One Subsystem…, Retry Failed Subsystem — the core's flow operations,
// each under a progress notification whose Cancel aborts the run's AbortSignal, ending with one
// notification (the core's sentence and next steps; a run that did not complete is a warning).
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import type { FlowResult } from '../core';
import { engineForRun, kaizenEnabled, kaizenScopingSettings } from '../generationEngine';
import { subsystemOptions } from '../pmSettings';
import { notifyInfo, notifyWarning, SHOW_LOG } from '../notify';
import { PromptCancelled, type CommandOutcome } from '../outcome';
import { withCancellableProgress } from '../progress';
import type { AicmoState } from '../state';
import { resolveProject } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';
import { notifyActionsOf, runOperation } from './runOperation';

type Mode = { kind: 'full' } | { kind: 'one'; name: string } | { kind: 'retry' };

async function run(state: AicmoState, projectArg: unknown, mode: Mode): Promise<CommandOutcome<FlowResult>> {
  requireTrust(mode.kind === 'retry' ? trustWords('flow.retry') : trustWords('flow.run', mode.kind === 'one' ? { only: mode.name } : {}));
  const ref = await resolveProject(state, projectArg, 'Run the flow for which project?');
  const env = await state.session.env();
  const project = await env.store.getProject(ref);
  const engine = await engineForRun(state.log, state.session.core);
  const title = mode.kind === 'full' ? `AICMO: running the flow for ${project.name}` : mode.kind === 'one' ? `AICMO: running ${mode.name} for ${project.name}` : `AICMO: retrying failed subsystems of ${project.name}`;
  state.log.info(`${title} (by ${env.actor}${kaizenEnabled() ? '' : ', Kaizen off'}${engine.kind === 'languageModel' ? `, written by ${engine.writer.name ?? 'a language model'}` : ''})`);
  const outcome = await withCancellableProgress(title, state.status, async (signal, report) => {
    report('starting…');
    const settings = subsystemOptions();
    const run = { project: project.id, skipKaizen: !kaizenEnabled(), kaizen: kaizenScopingSettings(), ...(settings ? { settings } : {}) };
    if (mode.kind === 'retry') return runOperation(state, 'flow.retry', run, { signal, engine });
    return runOperation(state, 'flow.run', { ...run, ...(mode.kind === 'one' ? { only: mode.name } : {}) }, { signal, engine });
  }).finally(() => state.refresh());
  const result = outcome.value;
  for (const s of result.subsystems) {
    const line = `  ${s.name}: ${s.status}${s.version !== undefined ? ` v${s.version}` : ''} (${Math.round(s.durationMs)} ms)${s.engine ? `, language model wrote ${s.engine.written} of ${s.engine.fields} text fields` : ''}${s.error ? ` — ${s.error}` : s.message ? ` — ${s.message}` : ''}`;
    if (s.status === 'failed') state.log.error(line);
    else state.log.info(line);
  }
  const actions = notifyActionsOf(outcome.next);
  if (result.status === 'completed') notifyInfo(outcome.message, ...actions);
  else notifyWarning(outcome.message, ...(result.status === 'cancelled' ? [] : actions), SHOW_LOG);
  return { ok: result.status !== 'failed', message: outcome.message, value: result };
}

export function flowCommands(state: AicmoState) {
  return {
    'aicmo.runFullFlow': (project?: unknown) => run(state, project, { kind: 'full' }),
    'aicmo.runSubsystem': async (project?: unknown, name?: unknown) => {
      requireTrust(trustWords('flow.run', { only: '' }));
      let subsystem = typeof name === 'string' ? name : undefined;
      if (!subsystem) {
        const picked = await vscode.window.showQuickPick(state.session.registry.list().map((s) => ({ label: s.name, description: s.plugin ? `from ${s.plugin.label ?? s.plugin.id}` : undefined })), { placeHolder: 'Run which subsystem?' });
        if (!picked) throw new PromptCancelled('the subsystem pick');
        subsystem = picked.label;
      }
      return run(state, project, { kind: 'one', name: subsystem });
    },
    'aicmo.retryFailed': (project?: unknown) => run(state, project, { kind: 'retry' }),
  } satisfies Record<string, Handler>;
}
