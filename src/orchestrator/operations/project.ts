// Creating, changing and closing projects: the store write plus its learning event
// (`project.created`, `project.updated`, `project.archived`) in one transaction.
import * as v from 'valibot';
import { AicmoError } from '../domain/errors';
import { changesOf } from '../domain/intakeParsing';
import { INTAKE_FIELDS, type Project, type ProjectIntake, type ProjectPatch, type Stage } from '../domain/project';
import { resolveProjectEdit, type ProjectEdit } from '../domain/projectEdit';
import type { ServiceEnv } from '../services/env';
import { defineOperation } from './define';
import { projectRef, record } from './input';
import { flowRunStep } from './steps';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;
/** A project as stored, with the pipeline stage its index row has. */
export type ProjectWithStage = Project & { stage: Stage };

const FIELDS: ReadonlySet<string> = new Set(INTAKE_FIELDS);

function onlyKnownFields(o: object, what: string, also: readonly string[] = []): void {
  const unknown = Object.keys(o).find((k) => !FIELDS.has(k) && !also.includes(k));
  if (unknown !== undefined) throw new AicmoError('invalid-input', `The ${what} has no field "${unknown}".`, { field: unknown });
}

/** The project with the stage its index row has (the pipeline's view of it). */
export async function withStage(env: ServiceEnv, project: Project): Promise<ProjectWithStage> {
  const row = (await env.store.listProjects()).find((s) => s.id === project.id);
  return { ...project, stage: row?.stage ?? 'INTAKE' };
}

/** Where a change came from, kept on the event ("vscode", "demo", "panel"). */
const via = v.optional(v.pipe(v.string(), v.maxLength(40)));

export const createProjectOperation = defineOperation('project.create', {
  input: v.object({ intake: record<ProjectIntake>('an intake (name, industry, goal, goalMetric, audiences, budgetMinor, currency, …)'), via }),
  async execute(env, { intake, via: origin }) {
    onlyKnownFields(intake, 'intake');
    const created = await env.store.createProject(intake, (tx) => {
      const p = tx.project;
      tx.events.record({
        type: 'project.created',
        actor: env.actor,
        data: { slug: p.slug, name: p.name, industry: p.industry, goalMetric: p.goalMetric, budgetMinor: p.budgetMinor, currency: p.currency, ...(origin ? { via: origin } : {}) },
      });
    });
    const project = await withStage(env, created);
    return { value: project, message: `Created project "${project.name}" (${project.slug}) in ${project.stage}.`, next: [flowRunStep(project.slug)] };
  },
});

/** Merges that depend on the project as it is (domain/projectEdit.ts): a number sets, null removes. */
const edit = v.optional(
  v.object({
    kpiTargets: v.optional(v.record(v.string(), v.nullable(v.number()))),
    channelCaps: v.optional(v.record(v.string(), v.nullable(v.number()))),
    budget: v.optional(v.string()),
  }),
);

export const updateProjectOperation = defineOperation('project.update', {
  input: v.object({ project: projectRef, patch: v.optional(record<ProjectPatch>('a patch of intake fields or the lifecycle'), {}), edit, via }),
  async execute(env, { project: ref, patch: given, edit: merges, via: origin }) {
    onlyKnownFields(given, 'patch', ['lifecycle']);
    // Read, merge and write under the lock: the patch is made from the project as it is now, so a
    // concurrent update's targets are kept. A patch that changes nothing writes nothing and records no event.
    const changes = await env.store.writeProject(ref, (tx) => {
      const patch = resolveProjectEdit(tx.project, given, merges as ProjectEdit | undefined);
      const found: FieldChanges = changesOf(tx.project, patch);
      if (Object.keys(found).length === 0) return found;
      tx.patchProject(patch);
      tx.events.record({ type: 'project.updated', actor: env.actor, data: { slug: tx.project.slug, changes: found, ...(origin ? { via: origin } : {}) } });
      return found;
    });
    const project = await withStage(env, await env.store.getProject(ref));
    const changed = Object.keys(changes);
    return {
      value: { project, changes },
      message: changed.length === 0 ? `Nothing changed in "${project.name}".` : `Updated ${changed.join(', ')} of "${project.name}".`,
    };
  },
});

export const archiveProjectOperation = defineOperation('project.archive', {
  input: v.object({ project: projectRef, via }),
  async execute(env, { project: ref, via: origin }) {
    const changed = await env.store.writeProject(ref, (tx) => {
      const from = tx.project.lifecycle;
      if (from === 'done' || from === 'cancelled') return false;
      tx.patchProject({ lifecycle: 'done' });
      tx.events.record({ type: 'project.archived', actor: env.actor, data: { slug: tx.project.slug, from, to: 'done', ...(origin ? { via: origin } : {}) } });
      return true;
    });
    const project = await withStage(env, await env.store.getProject(ref));
    return {
      value: { project, changed },
      message: changed ? `Archived "${project.name}".` : `Already closed (${project.lifecycle.replace(/_/g, ' ')}); nothing changed in "${project.name}".`,
    };
  },
});
