// Completing a PM task: actual hours recorded, and a `task.completed` event with the template
// and estimated vs actual hours (what Kaizen calibrates estimates from).
import { getTask, markTaskCompleted } from '../artifacts';
import { AicmoError } from '../domain/errors';
import type { EventLog } from '../events';
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

export async function completeTask(store: WorkspaceStore, events: EventLog, id: string, actualHours: number, actor: string, projectRef?: string): Promise<CompletedTask> {
  if (typeof actualHours !== 'number' || !Number.isFinite(actualHours) || actualHours < 0 || actualHours > 10_000) {
    throw new AicmoError('invalid-input', `Actual hours must be a number from 0 to 10000, not "${String(actualHours)}".`, { field: 'hours' });
  }
  if (!actor || !actor.trim()) throw new AicmoError('invalid-input', 'Completing a task needs the name of who did it.', { field: 'by' });
  const [l] = await locateIds(store, [id], 'task', (db, x) => getTask(db, x) !== undefined, projectRef);
  const completedAt = new Date().toISOString();
  const out = await store.writeProject(l!.projectId, (db, project) => {
    const t = getTask(db, id)!;
    if (t.status === 'done') throw new AicmoError('conflict', `Task ${id} of ${project.slug} is already completed (${t.actualHours} h).`);
    markTaskCompleted(db, id, actualHours, completedAt);
    return { slug: project.slug, t };
  });
  await events.append({
    type: 'task.completed',
    project: l!.projectId,
    actor: actor.trim(),
    data: { taskId: id, template: out.t.template, role: out.t.role, estimatedHours: out.t.estimatedHours, actualHours },
  });
  return { id, project: out.slug, template: out.t.template, estimatedHours: out.t.estimatedHours, actualHours, completedAt };
}
