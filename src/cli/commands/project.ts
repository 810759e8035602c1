// `aicmo project add|list|show|update|archive`: client projects.
import { AicmoError } from '../../orchestrator/domain/errors';
import { LIFECYCLES, type Project } from '../../orchestrator/domain/project';
import type { WorkspaceStore } from '../../orchestrator/store/types';
import type { Outcome, ProjectWithStage } from '../../orchestrator/operations';
import { outcomeText, runOp } from '../operations';
import { editFromFlags, intakeFromFlags, PROJECT_FIELD_OPTIONS } from '../projectFlags';
import { projectListText, projectText } from '../projectText';
import type { CommandGroup } from '../registry';

const ADD_USAGE =
  'project add --name N --industry I --goal TEXT --goal-metric awareness|leads|sales|engagement|retention --audience A [--audience A2 …] --budget AMOUNT --currency ISO [--start DATE] [--end DATE] [--geography G] [--product P] [--kpi name=value …] [--client C] [--brand B] [--constraint T …] [--must-include T …] [--do-not-do T …]';

/** The project plus its pipeline stage from the workspace index. */
async function withStage(store: WorkspaceStore, project: Project): Promise<Project & { stage?: ProjectWithStage['stage'] }> {
  const summary = (await store.listProjects()).find((s) => s.id === project.id);
  return summary ? { ...project, stage: summary.stage } : project;
}

/** The outcome's sentence, the project as it is now, and the next step. */
function shown(outcome: Outcome<unknown>, project: ProjectWithStage) {
  return { json: project, text: outcomeText(outcome, [projectText(project)]) };
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
        const outcome = await runOp(ctx, 'project.create', { intake: intakeFromFlags(values) }, { create: true });
        return shown(outcome, outcome.value);
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
        const project = await withStage(store, await store.getProject(positionals[0]!));
        return { json: project, text: projectText(project) };
      },
    },
    {
      name: 'update',
      summary: 'change fields of a project (same flags as add, plus --lifecycle)',
      usage: `project update <id|slug> [--name N] [--industry I] [--goal TEXT] [--goal-metric M] [--audience A …] [--budget AMOUNT] [--currency ISO] [--start DATE] [--end DATE] [--geography G] [--product P] [--kpi name=value …] [--client C] [--brand B] [--constraint T …] [--must-include T …] [--do-not-do T …] [--lifecycle ${LIFECYCLES.join('|')}]`,
      options: { ...PROJECT_FIELD_OPTIONS, lifecycle: { type: 'string' } },
      args: ['id|slug'],
      async run(ctx, { values, positionals }) {
        // The KPI and cap merges are made from the project inside the write lock, not from a read here.
        const outcome = await runOp(ctx, 'project.update', { project: positionals[0]!, ...editFromFlags(values) });
        return shown(outcome, outcome.value.project);
      },
    },
    {
      name: 'archive',
      summary: 'close a project (its lifecycle becomes done); the files stay',
      usage: 'project archive <id|slug>',
      args: ['id|slug'],
      async run(ctx, { positionals }) {
        const outcome = await runOp(ctx, 'project.archive', { project: positionals[0]! });
        return shown(outcome, outcome.value.project);
      },
    },
  ],
};
