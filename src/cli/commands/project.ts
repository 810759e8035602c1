// `aicmo project add|list|show|update|archive`: client projects.
import { AicmoError } from '../../orchestrator/domain/errors';
import { LIFECYCLES, type Project } from '../../orchestrator/domain/project';
import type { WorkspaceStore } from '../../orchestrator/store/types';
import type { CommandContext } from '../context';
import { changesOf, intakeFromFlags, patchFromFlags, PROJECT_FIELD_OPTIONS } from '../projectFlags';
import { projectListText, projectText, type ProjectWithStage } from '../projectText';
import type { CommandGroup } from '../registry';

const ADD_USAGE =
  'project add --name N --industry I --goal TEXT --goal-metric awareness|leads|sales|engagement|retention --audience A [--audience A2 …] --budget AMOUNT --currency ISO [--start DATE] [--end DATE] [--geography G] [--product P] [--kpi name=value …] [--client C] [--brand B] [--constraint T …] [--must-include T …] [--do-not-do T …]';

/** The project plus its pipeline stage from the workspace index. */
async function withStage(store: WorkspaceStore, project: Project): Promise<ProjectWithStage> {
  const summary = (await store.listProjects()).find((s) => s.id === project.id);
  return summary ? { ...project, stage: summary.stage } : project;
}

async function show(ctx: CommandContext, store: WorkspaceStore, project: Project, note?: string) {
  const full = await withStage(store, project);
  return { json: full, text: (note ? `${note}\n` : '') + projectText(full) };
}

export const projectCommands: CommandGroup = {
  name: 'project',
  summary: 'client projects: add, list, show, update, archive',
  commands: [
    {
      name: 'add',
      summary: 'add a client project',
      usage: ADD_USAGE,
      options: PROJECT_FIELD_OPTIONS,
      required: ['name', 'industry', 'goal', 'goal-metric', 'audience', 'budget', 'currency'],
      async run(ctx, { values }) {
        const intake = intakeFromFlags(values);
        const store = await ctx.store();
        const project = await store.createProject(intake);
        await ctx.record({
          type: 'project.created',
          project: project.id,
          data: { slug: project.slug, name: project.name, industry: project.industry, goalMetric: project.goalMetric, budgetMinor: project.budgetMinor, currency: project.currency },
        });
        return show(ctx, store, project, 'Added:');
      },
    },
    {
      name: 'list',
      summary: 'list the projects with their stage and lifecycle',
      usage: `project list [--lifecycle ${LIFECYCLES.join('|')}]`,
      options: { lifecycle: { type: 'string' } },
      async run(ctx, { values }) {
        const lifecycle = values.lifecycle as string | undefined;
        if (lifecycle !== undefined && !(LIFECYCLES as readonly string[]).includes(lifecycle)) {
          throw new AicmoError('invalid-input', `The lifecycle "${lifecycle}" is not one of ${LIFECYCLES.join(', ')}.`, { field: 'lifecycle' });
        }
        const store = await ctx.store({ create: false });
        const projects = (await store.listProjects()).filter((p) => lifecycle === undefined || p.lifecycle === lifecycle);
        return { json: projects, text: projectListText(projects) };
      },
    },
    {
      name: 'show',
      summary: 'show one project',
      usage: 'project show <id|slug>',
      args: ['id|slug'],
      async run(ctx, { positionals }) {
        const store = await ctx.store({ create: false });
        return show(ctx, store, await store.getProject(positionals[0]!));
      },
    },
    {
      name: 'update',
      summary: 'change fields of a project (same flags as add, plus --lifecycle)',
      usage: `project update <id|slug> [--name N] [--industry I] [--goal TEXT] [--goal-metric M] [--audience A …] [--budget AMOUNT] [--currency ISO] [--start DATE] [--end DATE] [--geography G] [--product P] [--kpi name=value …] [--client C] [--brand B] [--constraint T …] [--must-include T …] [--do-not-do T …] [--lifecycle ${LIFECYCLES.join('|')}]`,
      options: { ...PROJECT_FIELD_OPTIONS, lifecycle: { type: 'string' } },
      args: ['id|slug'],
      async run(ctx, { values, positionals }) {
        const store = await ctx.store();
        const current = await store.getProject(positionals[0]!);
        const patch = patchFromFlags(values, current);
        const changes = changesOf(current, patch);
        if (Object.keys(changes).length === 0) return show(ctx, store, current, 'No changes:');
        const project = await store.updateProject(current.id, patch);
        await ctx.record({ type: 'project.updated', project: project.id, data: { slug: project.slug, changes } });
        return show(ctx, store, project, `Updated ${Object.keys(changes).join(', ')}:`);
      },
    },
    {
      name: 'archive',
      summary: 'close a project (its lifecycle becomes done); the files stay',
      usage: 'project archive <id|slug>',
      args: ['id|slug'],
      async run(ctx, { positionals }) {
        const store = await ctx.store();
        const current = await store.getProject(positionals[0]!);
        if (current.lifecycle === 'done' || current.lifecycle === 'cancelled') {
          return show(ctx, store, current, `Already closed (${current.lifecycle}); nothing changed:`);
        }
        const project = await store.updateProject(current.id, { lifecycle: 'done' });
        await ctx.record({ type: 'project.archived', project: project.id, data: { slug: project.slug, from: current.lifecycle, to: 'done' } });
        return show(ctx, store, project, 'Archived:');
      },
    },
  ],
};
