// Everyday work: Complete Task…, Add Team Member…, Export Client Report, Pause / Resume All Runs
// (the core's operations), Show Learning Events.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { trustWords } from '../../orchestrator/operations/catalog';
import { PromptCancelled, UserFacingError, type CommandOutcome } from '../outcome';
import type { AicmoState } from '../state';
import { projectRefOf, resolveProject } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';
import { runAndNotify } from './runOperation';

/** Add Team Member…'s questions: the name, the role by its human name, the hours a week (40 unless changed). */
async function askMember(state: AicmoState): Promise<{ name: string; role: string; weeklyHours: number }> {
  const core = state.session.core;
  const name = await vscode.window.showInputBox({
    prompt: "Team member's name", ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? "Type the team member's name." : [...v.trim()].length > 80 ? 'A name is at most 80 characters.' : undefined),
  });
  if (name === undefined) throw new PromptCancelled('the name');
  const role = await vscode.window.showQuickPick(core.PM_ROLES.map((id) => ({ label: core.ROLE_LABELS[id], id })), { placeHolder: `${name.trim()}'s role on the project plans` });
  if (!role) throw new PromptCancelled('the role');
  const hours = await vscode.window.showInputBox({
    prompt: `Hours a week ${name.trim()} works on campaigns (the plan schedules ${role.label.toLowerCase()} tasks within them)`, value: '40', ignoreFocusOut: true,
    validateInput: (v) => (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) > 0 && Number(v) <= core.MAX_WEEKLY_HOURS ? undefined : `Enter the hours a week, more than 0 and at most ${core.MAX_WEEKLY_HOURS}, e.g. 20 or 37.5.`),
  });
  if (hours === undefined) throw new PromptCancelled('the hours');
  return { name, role: role.id, weeklyHours: Number(hours.trim()) };
}

export function workCommands(state: AicmoState) {
  const setPause = (on: boolean) => {
    requireTrust(trustWords('pause.set', { on }));
    return runAndNotify(state, 'pause.set', { on });
  };
  return {
    /** (taskId?, actualHours?, project?) */
    'aicmo.completeTask': async (taskArg?: unknown, hoursArg?: unknown, projectArg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('task.complete'));
      const env = await state.session.env();
      const core = state.session.core;
      let taskId = typeof taskArg === 'string' ? taskArg : undefined;
      let projectRef = typeof projectArg === 'string' ? projectArg : undefined;
      if (!taskId) {
        projectRef = await resolveProject(state, taskArg ?? projectArg, 'Complete a task of which project?');
        const pm = core.unwrap(await core.getProjectPmDashboard(env, projectRef));
        const open = pm.tasks.filter((t) => t.status !== 'done');
        if (open.length === 0) throw new UserFacingError(`${projectRef} has no open tasks${pm.plan ? '' : ' (no project plan yet: run the flow)'}.`, 'not-found');
        const picked = await vscode.window.showQuickPick(
          open.map((t) => ({ label: t.title, description: `${t.phase}${t.role ? ` · ${t.role}` : ''}${t.estimatedHours !== null ? ` · est. ${t.estimatedHours} h` : ''}`, detail: t.due ? `due ${t.due}` : undefined, id: t.id, est: t.estimatedHours })),
          { placeHolder: 'Which task is done?', matchOnDescription: true },
        );
        if (!picked) throw new PromptCancelled('the task pick');
        taskId = picked.id;
        if (hoursArg === undefined) hoursArg = picked.est ?? undefined;
      }
      let hours = typeof hoursArg === 'number' ? hoursArg : undefined;
      if (hours === undefined || typeof taskArg !== 'string') {
        const text = await vscode.window.showInputBox({
          prompt: 'Actual hours spent (Kaizen calibrates future estimates from this)', value: hours === undefined ? '' : String(hours), ignoreFocusOut: true,
          validateInput: (v) => (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) <= 10_000 ? undefined : 'Enter a number of hours from 0 to 10000, e.g. 6 or 7.5.'),
        });
        if (text === undefined) throw new PromptCancelled('the hours');
        hours = Number(text.trim());
      }
      return runAndNotify(state, 'task.complete', { id: taskId, hours, ...(projectRef ? { project: projectRef } : {}) });
    },

    /**
     * (project?, member?: {name, role, weeklyHours}) Asks for the name, the role (by its human
     * name) and the hours a week unless given, then runs team.add; with a project (the argument,
     * else the selected one) it offers to re-run its plan.
     */
    'aicmo.addTeamMember': async (projectArg?: unknown, memberArg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('team.add'));
      await state.session.env();
      const known = state.projects.pipeline?.columns.some((c) => c.projects.some((p) => p.slug === state.selectedSlug)) === true;
      const project = projectRefOf(projectArg) ?? (known ? state.selectedSlug : undefined);
      const member = memberArg && typeof memberArg === 'object' ? (memberArg as { name?: unknown; role?: unknown; weeklyHours?: unknown }) : undefined;
      const input = member
        ? { name: String(member.name ?? ''), role: String(member.role ?? ''), ...(typeof member.weeklyHours === 'number' || typeof member.weeklyHours === 'string' ? { weeklyHours: member.weeklyHours } : {}) }
        : await askMember(state);
      return runAndNotify(state, 'team.add', { ...input, ...(project ? { project } : {}) });
    },

    /** (project?, format?: 'md'|'html') */
    'aicmo.exportReport': async (projectArg?: unknown, formatArg?: unknown): Promise<CommandOutcome> => {
      requireTrust(trustWords('report.export'));
      const ref = await resolveProject(state, projectArg, 'Export the client report of which project?');
      let format = typeof formatArg === 'string' ? formatArg : undefined;
      if (!format) {
        const picked = await vscode.window.showQuickPick([{ label: 'md', description: 'Markdown' }, { label: 'html', description: 'HTML, ready to send' }], { placeHolder: 'Report format' });
        if (!picked) throw new PromptCancelled('the format');
        format = picked.label;
      }
      return runAndNotify(state, 'report.export', { project: ref, format });
    },

    'aicmo.pauseAll': () => setPause(true),
    'aicmo.resumeAll': () => setPause(false),

    /** Opens the newest learning-event file (or the month given, `YYYY-MM`) in an editor. */
    'aicmo.showLearningEvents': async (monthArg?: unknown): Promise<CommandOutcome> => {
      const store = await state.session.store(true);
      if (!store) throw new UserFacingError('Open a folder first: AICMO keeps its projects in the workspace folder.', 'not-found');
      const dir = path.join(store.aicmoDir, 'events');
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => /^\d{4}-\d{2}\.jsonl$/.test(f)).sort();
      } catch {
        files = [];
      }
      if (files.length === 0) throw new UserFacingError('There are no learning events yet: they are written by runs, approvals, imports and completed tasks.', 'not-found');
      const wanted = typeof monthArg === 'string' ? `${monthArg}.jsonl` : files[files.length - 1]!;
      if (!files.includes(wanted)) throw new UserFacingError(`There are no learning events for ${String(monthArg)}; months with events: ${files.map((f) => f.slice(0, 7)).join(', ')}.`, 'not-found');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, wanted)));
      await vscode.window.showTextDocument(doc, { preview: true });
      return { ok: true, message: `Opened ${wanted} (${doc.lineCount} lines).`, value: path.join(dir, wanted) };
    },
  } satisfies Record<string, Handler>;
}
