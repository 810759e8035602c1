// PM tasks: completing one records its actual hours (and a `task.completed` event with the
// template and estimated vs actual hours — what Kaizen calibrates estimates from); a task can
// also be set to to do, in progress or blocked. Done always goes through completing it.
import * as v from 'valibot';
import { AicmoError } from '../domain/errors';
import { numberText, statusName } from '../domain/labels';
import { defineOperation } from './define';
import { projectRef } from './input';
import { locateIds } from './locate';
import { panelStep } from './steps';

export interface CompletedTask {
  id: string;
  project: string;
  template: string | null;
  estimatedHours: number | null;
  actualHours: number;
  completedAt: string;
}

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;

const taskId = v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a task'), v.maxLength(200));

export const completeTaskOperation = defineOperation('task.complete', {
  input: v.object({ id: taskId, hours: v.number(), project: v.optional(projectRef) }),
  async execute(env, { id, hours, project }) {
    if (!Number.isFinite(hours) || hours < 0 || hours > 10_000) {
      throw new AicmoError('invalid-input', `Actual hours must be a number from 0 to 10000, not "${String(hours)}".`, { field: 'hours' });
    }
    const [l] = await locateIds(env.store, [id], 'task', (tx, x) => tx.tasks.get(x) !== undefined, project);
    const completedAt = (env.now?.() ?? new Date()).toISOString();
    const done = await env.store.writeProject(l!.projectId, (tx) => {
      const t = tx.tasks.get(id)!;
      // A task a decision ticked is done with its hours left to fill in: completing it records them.
      if (t.status === 'done' && t.actualHours !== null) throw new AicmoError('conflict', `Task "${t.title}" of "${tx.project.name}" is already completed (${numberText(t.actualHours)} h).`, { field: 'id' });
      const filled = t.status === 'done';
      tx.tasks.complete(id, hours, filled ? (t.completedAt ?? completedAt) : completedAt);
      tx.events.record({ type: 'task.completed', actor: env.actor, data: { taskId: id, title: t.title, template: t.template, role: t.role, estimatedHours: t.estimatedHours, actualHours: hours } });
      return { id, project: tx.project.slug, name: tx.project.name, title: t.title, filled, template: t.template, estimatedHours: t.estimatedHours, actualHours: hours, completedAt };
    });
    const estimated = done.estimatedHours === null ? '' : ` (${numberText(done.estimatedHours)} h estimated)`;
    const { name, title, filled, ...value } = done;
    const message = filled ? `Recorded ${numberText(hours)} h for "${title}" of "${name}"${estimated}.` : `Completed "${title}" of "${name}" with ${numberText(hours)} h${estimated}.`;
    return { value: value satisfies CompletedTask, message, next: [panelStep('pm', done.project)] };
  },
});

export const setTaskStatusOperation = defineOperation('task.setStatus', {
  input: v.object({ id: taskId, status: v.picklist(TASK_STATUSES), project: v.optional(projectRef) }),
  async execute(env, { id, status, project }) {
    if (status === 'done') throw new AicmoError('invalid-input', 'Mark a task done with "Complete" so its actual hours are recorded.', { field: 'status' });
    const [l] = await locateIds(env.store, [id], 'task', (tx, x) => tx.tasks.get(x) !== undefined, project);
    const out = await env.store.writeProject(l!.projectId, (tx) => {
      const t = tx.tasks.get(id)!;
      if (t.status === 'done') throw new AicmoError('conflict', `Task "${t.title}" of "${tx.project.name}" is already completed; it stays done.`, { field: 'status' });
      const changed = t.status !== status;
      if (changed) {
        tx.tasks.setStatus(id, status);
        tx.events.record({ type: 'task.status_changed', actor: env.actor, data: { taskId: id, title: t.title, template: t.template, from: t.status, to: status } });
      }
      return { id, project: tx.project.slug, name: tx.project.name, title: t.title, from: t.status, status, changed };
    });
    const words = statusName(status);
    const { name, ...value } = out;
    return {
      value,
      message: out.changed ? `Task "${out.title}" of "${name}" is now ${words}.` : `Task "${out.title}" of "${name}" was already ${words}; nothing changed.`,
      next: [panelStep('pm', out.project)],
    };
  },
});
