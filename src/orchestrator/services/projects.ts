// Creating, changing and closing projects, for every front end: the store write plus its
// learning event (`project.created`, `project.updated`, `project.archived`), so the CLI, the
// extension and the panels record the same facts in the same shape.
import type { Project, ProjectIntake } from '../domain/project';
import { changesOf } from '../domain/intakeParsing';
import type { ProjectPatch } from '../store/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Where a change came from, kept on the event ("cli", "vscode", "demo", "panel"). */
export interface ChangeOrigin {
  via?: string;
}

export async function createProjectRecorded(env: ServiceEnv, intake: ProjectIntake, origin: ChangeOrigin = {}): Promise<Project> {
  const project = await env.store.createProject(intake);
  await env.events.append({
    type: 'project.created',
    project: project.id,
    actor: env.actor,
    data: { slug: project.slug, name: project.name, industry: project.industry, goalMetric: project.goalMetric, budgetMinor: project.budgetMinor, currency: project.currency, ...origin },
  });
  return project;
}

/** Applies a patch; a patch that changes nothing writes nothing and records no event. */
export async function updateProjectRecorded(env: ServiceEnv, ref: string, patch: ProjectPatch, origin: ChangeOrigin = {}): Promise<{ project: Project; changes: FieldChanges }> {
  const current = await env.store.getProject(ref);
  const changes = changesOf(current, patch);
  if (Object.keys(changes).length === 0) return { project: current, changes };
  const project = await env.store.updateProject(current.id, patch);
  await env.events.append({ type: 'project.updated', project: project.id, actor: env.actor, data: { slug: project.slug, changes, ...origin } });
  return { project, changes };
}

/** Closes a project (lifecycle done); one already done or cancelled is left as it is. */
export async function archiveProjectRecorded(env: ServiceEnv, ref: string, origin: ChangeOrigin = {}): Promise<{ project: Project; changed: boolean }> {
  const current = await env.store.getProject(ref);
  if (current.lifecycle === 'done' || current.lifecycle === 'cancelled') return { project: current, changed: false };
  const project = await env.store.updateProject(current.id, { lifecycle: 'done' });
  await env.events.append({ type: 'project.archived', project: project.id, actor: env.actor, data: { slug: project.slug, from: current.lifecycle, to: 'done', ...origin } });
  return { project, changed: true };
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
