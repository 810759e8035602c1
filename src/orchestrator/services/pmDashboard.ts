// getProjectPmDashboard: the project's tasks as stored (live status, actual hours) with the
// plan's critical path and capacity per role from the latest PM artifact.
import type { TaskRow } from '../store/types';
import type { PmContent, RoleCapacity } from '../subsystems/pm/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

/** A stored task as the PM dashboard shows it (the template id stays internal), and whether it is on the critical path. */
export type PmDashboardTask = Omit<TaskRow, 'template'> & { onCriticalPath: boolean };

export interface PmDashboard {
  project: { id: string; slug: string; name: string };
  /** Version and status of the plan the critical path and capacity come from; null without a plan. */
  plan: { version: number; status: string; schedule: PmContent['schedule']; criticalPathDays: number; warnings: string[]; notes: string[]; agencyCost: PmContent['agencyCost'] | null } | null;
  tasks: PmDashboardTask[];
  criticalPath: string[];
  capacity: RoleCapacity[];
  progress: { total: number; done: number; estimatedHours: number; actualHours: number };
  notes: string[];
}

export function getProjectPmDashboard(env: ServiceEnv, projectRef: string): Promise<Result<PmDashboard>> {
  return attempt(() =>
    env.store.readProject(projectRef, (tx) => {
      const project = tx.project;
      const pm = tx.artifacts.latest('pm');
      const content = (pm?.content ?? null) as PmContent | null;
      const criticalPath = content?.criticalPath ?? [];
      const onPath = new Set(criticalPath);
      const tasks: PmDashboardTask[] = tx.tasks.list().map((t) => ({
        id: t.id,
        title: t.title,
        phase: t.phase,
        role: t.role,
        assignee: t.assignee,
        estimatedHours: t.estimatedHours,
        actualHours: t.actualHours,
        start: t.start,
        due: t.due,
        dependsOn: t.dependsOn,
        status: t.status,
        completedAt: t.completedAt,
        onCriticalPath: onPath.has(t.id),
      }));
      const done = tasks.filter((t) => t.status === 'done');
      const notes: string[] = [];
      if (!pm) notes.push('No project plan yet: run the flow (the PM subsystem makes the tasks).');
      else if (pm.status === 'stale') notes.push(`The plan (version ${pm.version}) is stale: ${pm.statusNote ?? 'an upstream artifact changed'}.`);
      return {
        project: { id: project.id, slug: project.slug, name: project.name },
        plan:
          pm && content
            ? { version: pm.version, status: pm.status, schedule: content.schedule, criticalPathDays: content.criticalPathDays, warnings: content.warnings, notes: content.notes ?? [], agencyCost: content.agencyCost ?? null }
            : null,
        tasks,
        criticalPath,
        capacity: content?.capacity ?? [],
        progress: {
          total: tasks.length,
          done: done.length,
          estimatedHours: tasks.reduce((s, t) => s + (t.estimatedHours ?? 0), 0),
          actualHours: done.reduce((s, t) => s + (t.actualHours ?? 0), 0),
        },
        notes,
      };
    }),
  );
}
