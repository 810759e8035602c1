// Project commands: New Project (multi-step input, or scripted with an intake argument), Open
// Demo, Edit Intake, Select Project, Refresh, Open Settings.
import * as vscode from 'vscode';
import type { ProjectPatch } from '../core';
import { runSteps } from '../multiStepInput';
import { PromptCancelled, UserFacingError, type CommandOutcome } from '../outcome';
import { notifyInfo } from '../notify';
import type { AicmoState } from '../state';
import { resolveProject } from '../targets';
import { requireTrust } from '../trust';
import { answersFromArgument, intakeFromAnswers, intakeSteps } from './intakeInput';
import type { Handler } from './registerCommand';

function stageOf(state: AicmoState, slug: string): string | undefined {
  return state.projects.pipeline?.columns.find((c) => c.projects.some((p) => p.slug === slug))?.stage;
}

export function projectCommands(state: AicmoState): Record<string, Handler> {
  const core = () => state.session.core;
  return {
    'aicmo.newProject': async (arg?: unknown): Promise<CommandOutcome> => {
      requireTrust('Creating a project');
      const env = await state.session.env();
      const scripted = answersFromArgument(arg);
      const answers = scripted ?? (await runSteps('AICMO: New Project', intakeSteps(core(), new Date().toISOString().slice(0, 10))));
      const intake = intakeFromAnswers(core(), answers);
      const project = await core().createProjectRecorded(env, intake, { via: 'vscode' });
      await state.select(project.slug);
      await state.refresh();
      const message = `Created project "${project.name}" (${project.slug}) in ${stageOf(state, project.slug) ?? 'INTAKE'}.`;
      notifyInfo(message, { title: 'Run Full Flow', command: 'aicmo.runFullFlow', args: [project.slug] });
      return { ok: true, message, value: { id: project.id, slug: project.slug } };
    },

    'aicmo.openDemo': async (): Promise<CommandOutcome> => {
      requireTrust('Adding the demo projects');
      const env = await state.session.env();
      const c = core();
      const existing = new Set((await env.store.listProjects()).map((p) => p.name));
      const made: string[] = [];
      for (const demo of c.DEMO_PROJECTS) {
        if (existing.has(demo.name)) continue;
        const { budget, ...rest } = demo;
        const project = await c.createProjectRecorded(env, { ...rest, budgetMinor: c.toMinor(budget, demo.currency) }, { via: 'demo' });
        made.push(project.slug);
      }
      // Their results: the sample exports shipped with AICMO, through the same importers as Import Metrics CSV….
      const ids = new Map((await env.store.listProjects()).map((p) => [p.name, { id: p.id, currency: p.currency }]));
      const imported = made.length === 0 ? [] : await c.importDemoData(env.store, ids, c.findSampleData(), env.actor);
      for (const r of imported) state.log.info(`Open Demo: ${r.file} → ${r.project}: ${r.status}${r.rows !== undefined ? ` (${r.rows} rows)` : ''}`);
      if (made[0] && !state.selectedSlug) await state.select(made[0]);
      await state.refresh();
      await vscode.commands.executeCommand('workbench.view.extension.aicmo');
      const files = imported.filter((r) => r.status === 'imported').length;
      const message = made.length > 0 ? `Added ${made.length} demo project${made.length === 1 ? '' : 's'} (${made.join(', ')}) with ${files} sample export${files === 1 ? '' : 's'} imported.` : 'The demo projects are already here.';
      notifyInfo(message);
      return { ok: true, message, value: made };
    },

    'aicmo.editIntake': async (arg?: unknown, patchArg?: unknown): Promise<CommandOutcome> => {
      requireTrust('Editing the intake');
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
      const { project: updated, changes } = await core().updateProjectRecorded(env, ref, patch as ProjectPatch, { via: 'vscode' });
      await state.refresh();
      const changed = Object.keys(changes);
      const message = changed.length === 0 ? `Nothing changed in "${updated.name}".` : `Updated ${changed.join(', ')} of "${updated.name}".`;
      notifyInfo(message);
      return { ok: true, message };
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
  };
}

export function refuseWithoutProjects(state: AicmoState): void {
  if ((state.projects.pipeline?.totals.projects ?? 0) === 0) throw new UserFacingError('There are no AICMO projects yet; create one with "AICMO: New Project".', 'not-found');
}
