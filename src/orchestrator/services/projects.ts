// Creating, changing and closing projects, for every front end: the store write plus its
// learning event (`project.created`, `project.updated`, `project.archived`), so the CLI, the
// extension and the panels record the same facts in the same shape.
import type { Project, ProjectIntake } from '../domain/project';
import { changesOf } from '../domain/intakeParsing';
import type { ProjectPatch } from '../domain/project';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Where a change came from, kept on the event ("cli", "vscode", "demo", "panel"). */
export interface ChangeOrigin {
  via?: string;
}

export async function createProjectRecorded(env: ServiceEnv, intake: ProjectIntake, origin: ChangeOrigin = {}): Promise<Project> {
  return env.store.createProject(intake, (tx) => {
    const p = tx.project;
    tx.events.record({
      type: 'project.created',
      actor: env.actor,
      data: { slug: p.slug, name: p.name, industry: p.industry, goalMetric: p.goalMetric, budgetMinor: p.budgetMinor, currency: p.currency, ...origin },
    });
  });
}

/** Applies a patch; a patch that changes nothing writes nothing and records no event. */
export async function updateProjectRecorded(env: ServiceEnv, ref: string, patch: ProjectPatch, origin: ChangeOrigin = {}): Promise<{ project: Project; changes: FieldChanges }> {
  const changes = await env.store.writeProject(ref, (tx) => {
    const found = changesOf(tx.project, patch);
    if (Object.keys(found).length === 0) return found;
    tx.patchProject(patch);
    tx.events.record({ type: 'project.updated', actor: env.actor, data: { slug: tx.project.slug, changes: found, ...origin } });
    return found;
  });
  return { project: await env.store.getProject(ref), changes };
}

/** Closes a project (lifecycle done); one already done or cancelled is left as it is. */
export async function archiveProjectRecorded(env: ServiceEnv, ref: string, origin: ChangeOrigin = {}): Promise<{ project: Project; changed: boolean }> {
  const changed = await env.store.writeProject(ref, (tx) => {
    const from = tx.project.lifecycle;
    if (from === 'done' || from === 'cancelled') return false;
    tx.patchProject({ lifecycle: 'done' });
    tx.events.record({ type: 'project.archived', actor: env.actor, data: { slug: tx.project.slug, from, to: 'done', ...origin } });
    return true;
  });
  return { project: await env.store.getProject(ref), changed };
}

export function createProject(env: ServiceEnv, intake: ProjectIntake, origin?: ChangeOrigin): Promise<Result<Project>> {
  return attempt(() => createProjectRecorded(env, intake, origin));
}

export function updateProject(env: ServiceEnv, ref: string, patch: ProjectPatch, origin?: ChangeOrigin): Promise<Result<{ project: Project; changes: FieldChanges }>> {
  return attempt(() => updateProjectRecorded(env, ref, patch, origin));
}

export function archiveProject(env: ServiceEnv, ref: string, origin?: ChangeOrigin): Promise<Result<{ project: Project; changed: boolean }>> {
  return attempt(() => archiveProjectRecorded(env, ref, origin));
}
