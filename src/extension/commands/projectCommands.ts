// Project commands: New Project (multi-step input, or scripted with an intake argument), Open
// Demo, Edit Intake (every intake field, prefilled, with the brief's channel rules read from its
// text for confirmation; the core's project and demo operations), Select Project, Refresh, Open Settings.
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import type { ProjectPatch } from '../core';
import { engineForRun } from '../generationEngine';
import { runSteps } from '../multiStepInput';
import { PromptCancelled, type CommandOutcome } from '../outcome';
import { notifyInfo } from '../notify';
import type { AicmoState } from '../state';
import { resolveProject } from '../targets';
import { requireTrust } from '../trust';
import { channelRulesFromText, intakeFields } from './intakeFields';
import { answersFromArgument, intakeFromAnswers, intakeSteps } from './intakeInput';
import type { Handler } from './registerCommand';
import { notifyActionsOf, runAndNotify, runOperation } from './runOperation';

export function projectCommands(state: AicmoState) {
  const core = () => state.session.core;
  return {
    'aicmo.newProject': async (arg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('project.create'));
      const scripted = answersFromArgument(arg);
      const defaultCurrency = vscode.workspace.getConfiguration('aicmo').get<string>('defaultCurrency', 'USD') || 'USD';
      const answers = scripted ?? (await runSteps('AICMO: New Project', intakeSteps(core(), new Date().toISOString().slice(0, 10), defaultCurrency)));
      const intake = intakeFromAnswers(core(), answers);
      const outcome = await runOperation(state, 'project.create', { intake, via: 'vscode' });
      await state.select(outcome.value.slug);
      await state.refresh();
      notifyInfo(outcome.message, ...notifyActionsOf(outcome.next));
      return { ok: true, message: outcome.message, value: { id: outcome.value.id, slug: outcome.value.slug } };
    },

    'aicmo.openDemo': async (): Promise<CommandOutcome> => {
      requireTrust(trustWords('demo.create'));
      const engine = await engineForRun(state.log, core());
      const outcome = await runOperation(state, 'demo.create', {}, { engine }).finally(() => state.refresh());
      const d = outcome.value;
      for (const s of d.sampleData) state.log.info(`Open Demo: ${s.file} → ${s.project}: ${s.status}${s.rows !== undefined ? ` (${s.rows} rows)` : ''}`);
      for (const r of d.flow.runs) state.log.info(`Open Demo: flow of ${r.slug}: ${r.status}`);
      const first = d.projects[0]?.slug;
      if (first && !state.selectedSlug) await state.select(first);
      await vscode.commands.executeCommand('workbench.view.extension.aicmo');
      notifyInfo(outcome.message, ...notifyActionsOf(outcome.next));
      return { ok: true, message: outcome.message, value: d.projects.filter((p) => p.action === 'created').map((p) => p.slug) };
    },

    /**
     * (project?, patch?, options?: { channelRules?: 'set' | 'keep' }) Without a patch: pick a field
     * (each shown with its current value), edit it prefilled; constraints that name channels are
     * read into channel rules and offered for confirmation. A scripted patch sets the reading only
     * with `channelRules: 'set'`.
     */
    'aicmo.editIntake': async (arg?: unknown, patchArg?: unknown, optionsArg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('project.update'));
      const ref = await resolveProject(state, arg, 'Edit the intake of which project?');
      const env = await state.session.env();
      const project = await env.store.getProject(ref);
      let patch: ProjectPatch;
      let confirm: (reading: { note: string }) => Promise<boolean>;
      if (patchArg && typeof patchArg === 'object') {
        patch = patchArg as ProjectPatch;
        const wanted = optionsArg && typeof optionsArg === 'object' ? (optionsArg as { channelRules?: unknown }).channelRules : undefined;
        confirm = async () => wanted === 'set';
      } else {
        const fields = intakeFields(core());
        const picked = await vscode.window.showQuickPick(
          fields.map((f) => ({ label: f.label, description: f.shown(project) || '(empty)', field: f })),
          { placeHolder: `Which part of the intake of "${project.name}"?`, matchOnDescription: true },
        );
        if (!picked) throw new PromptCancelled('the field pick');
        const f = picked.field;
        const value = await vscode.window.showInputBox({
          title: `${project.name}: ${f.label}`, prompt: `${f.label}${f.hint ? ` (${f.hint})` : ''}; empty to clear`, value: f.shown(project), ignoreFocusOut: true,
          validateInput: (v) => {
            try {
              core().applyProjectPatch(project, f.parse(v, project));
              return undefined;
            } catch (e) {
              return e instanceof Error ? e.message : String(e);
            }
          },
        });
        if (value === undefined) throw new PromptCancelled(f.label);
        patch = f.parse(value, project);
        confirm = async (reading) => {
          const set = 'Set as Channel Rules';
          const answer = await vscode.window.showInformationMessage(`${reading.note} Set these as the channel rules the media plan must obey?`, { modal: true }, set, 'Keep as Text');
          return answer === set;
        };
      }
      if ('constraints' in patch || 'doNotDo' in patch) {
        const reading = channelRulesFromText(core(), core().applyProjectPatch(project, patch));
        if (reading && (await confirm(reading))) patch = { ...patch, ...reading.patch };
      }
      return runAndNotify(state, 'project.update', { project: project.id, patch, via: 'vscode' });
    },

    'aicmo.selectProject': async (arg?: unknown): Promise<CommandOutcome> => {
      const ref = await resolveProject(state, arg, 'Select the project to work on');
      const env = await state.session.env();
      const project = await env.store.getProject(ref);
      await state.select(project.slug);
      return { ok: true, message: `Selected "${project.name}".`, value: project.slug };
    },

    'aicmo.refresh': async (): Promise<CommandOutcome> => {
      await state.refresh();
      return { ok: true, message: 'Refreshed.' };
    },

    'aicmo.openSettings': async (): Promise<CommandOutcome> => {
      await vscode.commands.executeCommand('workbench.action.openSettings', '@ext:aicmo.aicmo');
      return { ok: true, message: 'Opened the AICMO settings.' };
    },
  } satisfies Record<string, Handler>;
}
