// Completing a PM task: actual hours recorded, and a `task.completed` event with the template
// and estimated vs actual hours (what Kaizen calibrates estimates from).
import { AicmoError } from '../domain/errors';
import type { WorkspaceStore } from '../store/types';
import { locateIds } from './findInProjects';

export interface CompletedTask {
  id: string;
  project: string;
  template: string | null;
  estimatedHours: number | null;
  actualHours: number;
  completedAt: string;
}

export async function completeTask(store: WorkspaceStore, id: string, actualHours: number, actor: string, projectRef?: string): Promise<CompletedTask> {
  if (typeof actualHours !== 'number' || !Number.isFinite(actualHours) || actualHours < 0 || actualHours > 10_000) {
    throw new AicmoError('invalid-input', `Actual hours must be a number from 0 to 10000, not "${String(actualHours)}".`, { field: 'hours' });
  }
  if (!actor || !actor.trim()) throw new AicmoError('invalid-input', 'Completing a task needs the name of who did it.', { field: 'by' });
  const [l] = await locateIds(store, [id], 'task', (tx, x) => tx.tasks.get(x) !== undefined, projectRef);
  const completedAt = new Date().toISOString();
  const out = await store.writeProject(l!.projectId, (tx) => {
    const t = tx.tasks.get(id)!;
    if (t.status === 'done') throw new AicmoError('conflict', `Task ${id} of ${tx.project.slug} is already completed (${t.actualHours} h).`);
    tx.tasks.complete(id, actualHours, completedAt);
    tx.events.record({ type: 'task.completed', actor: actor.trim(), data: { taskId: id, template: t.template, role: t.role, estimatedHours: t.estimatedHours, actualHours } });
    return { slug: tx.project.slug, t };
  });
  return { id, project: out.slug, template: out.t.template, estimatedHours: out.t.estimatedHours, actualHours, completedAt };
}
