// Project commands: New Project (multi-step input, or scripted with an intake argument), Open
// Demo, Edit Intake (the core's project and demo operations), Select Project, Refresh, Open Settings.
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
import { answersFromArgument, intakeFromAnswers, intakeSteps } from './intakeInput';
import type { Handler } from './registerCommand';
import { notifyActionsOf, runAndNotify, runOperation } from './runOperation';

export function projectCommands(state: AicmoState) {
  const core = () => state.session.core;
  return {
    'aicmo.newProject': async (arg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('project.create'));
      const scripted = answersFromArgument(arg);
      const answers = scripted ?? (await runSteps('AICMO: New Project', intakeSteps(core(), new Date().toISOString().slice(0, 10))));
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

    'aicmo.editIntake': async (arg?: unknown, patchArg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('project.update'));
      const ref = await resolveProject(state, arg, 'Edit the intake of which project?');
      const env = await state.session.env();
      const project = await env.store.getProject(ref);
      let patch: Record<string, unknown>;
      if (patchArg && typeof patchArg === 'object') patch = patchArg as Record<string, unknown>;
      else {
        const fields: Array<{ label: string; key: keyof typeof project; list?: boolean }> = [
          { label: 'name', key: 'name' }, { label: 'industry', key: 'industry' }, { label: 'goal', key: 'goal' },
          { label: 'audiences', key: 'audiences', list: true }, { label: 'geography', key: 'geography' }, { label: 'product', key: 'product' },
          { label: 'client', key: 'client' }, { label: 'brand', key: 'brand' }, { label: 'start date', key: 'startDate' }, { label: 'end date', key: 'endDate' },
          { label: 'constraints', key: 'constraints', list: true }, { label: 'must include', key: 'mustInclude', list: true }, { label: 'do not do', key: 'doNotDo', list: true },
        ];
        const shown = (f: (typeof fields)[number]) => {
          const v = project[f.key];
          return Array.isArray(v) ? v.join(', ') : v === undefined || v === null ? '' : String(v);
        };
        const picked = await vscode.window.showQuickPick(fields.map((f) => ({ label: f.label, description: shown(f) || '(empty)', field: f })), { placeHolder: `Which field of "${project.name}"?` });
        if (!picked) throw new PromptCancelled('the field pick');
        const f = picked.field;
        const value = await vscode.window.showInputBox({
          prompt: `${f.label}${f.list ? ' (comma-separated)' : ''}`, value: shown(f), ignoreFocusOut: true,
          validateInput: (v) => {
            try {
              core().applyProjectPatch(project, { [f.key]: f.list ? v.split(',').map((s) => s.trim()).filter(Boolean) : v.trim() || undefined });
              return undefined;
            } catch (e) {
              return e instanceof Error ? e.message : String(e);
            }
          },
        });
        if (value === undefined) throw new PromptCancelled(f.label);
        patch = { [f.key]: f.list ? value.split(',').map((s) => s.trim()).filter(Boolean) : value.trim() || undefined };
      }
      return runAndNotify(state, 'project.update', { project: project.id, patch: patch as ProjectPatch, via: 'vscode' });
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
