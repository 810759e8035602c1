// `aicmo demo [--dir DIR]`: a demo workspace with three client projects. Idempotent: a re-run
// finds each demo project by name and refreshes it to the demo's values instead of adding it again,
// imports the sample exports shipped with AICMO into the projects they belong to, runs the full
// flow on each project, approves one strategy and runs its flow again so its creatives exist.
import path from 'node:path';
import { EventLog } from '../../orchestrator/events';
import { toMinor } from '../../orchestrator/domain/money';
import type { Project, ProjectIntake } from '../../orchestrator/domain/project';
import type { ProjectPatch } from '../../orchestrator/store/types';
import { createProjectRecorded, getProjectsPipeline, unwrap, updateProjectRecorded } from '../../orchestrator/services';
import { runDemoFlow } from '../demo/demoFlow';
import { importDemoLeads } from '../demo/demoLeads';
import { DEMO_PROJECTS, type DemoProject } from '../demo/demoProjects';
import { findSampleData, importDemoData } from '../demo/sampleData';
import type { CommandGroup } from '../registry';

function intakeOf(demo: DemoProject): ProjectIntake {
  const { budget, ...rest } = demo;
  return { ...rest, budgetMinor: toMinor(budget, demo.currency) };
}

type Action = 'created' | 'refreshed' | 'unchanged';

export const demoCommands: CommandGroup = {
  name: 'demo',
  summary: 'create (or refresh) a demo workspace with three client projects',
  commands: [
    {
      name: '',
      summary: 'create (or refresh) a demo workspace with three client projects',
      usage: 'demo [--dir DIR]   (DIR defaults to demo-workspace/ in the workspace folder)',
      options: { dir: { type: 'string' } },
      async run(ctx, { values }) {
        const dir = path.resolve(ctx.workspace, (values.dir as string | undefined) ?? 'demo-workspace');
        const store = await ctx.store({ root: dir, create: true });
        const events = new EventLog(path.join(dir, '.aicmo'));
        const env = { store, events, actor: ctx.actor };
        const existing = new Map((await store.listProjects()).map((p) => [p.name, p.id]));
        const made: Array<{ action: Action; project: Project }> = [];
        for (const demo of DEMO_PROJECTS) {
          const intake = intakeOf(demo);
          const id = existing.get(demo.name);
          if (id === undefined) {
            const project = await createProjectRecorded(env, intake, { via: 'demo' });
            made.push({ action: 'created', project });
            continue;
          }
          const patch: ProjectPatch = { ...intake, lifecycle: 'active' };
          const { project, changes } = await updateProjectRecorded(env, id, patch, { via: 'demo' });
          made.push({ action: Object.keys(changes).length === 0 ? 'unchanged' : 'refreshed', project });
        }
        const ids = new Map(made.map((m) => [m.project.name, { id: m.project.id, currency: m.project.currency }]));
        const dataDir = findSampleData();
        const sampleData = await importDemoData(store, ids, dataDir, ctx.actor);
        const leads = await importDemoLeads(env, made.map((m) => m.project), dataDir);
        const flow = await runDemoFlow(env, made.map((m) => m.project));
        const pipeline = unwrap(await getProjectsPipeline(env));
        const stages = pipeline.columns.flatMap((c) => c.projects.map((p) => ({ slug: p.slug, stage: p.stage, blockers: p.blockers.map((b) => b.message) })));
        const counts = { created: 0, refreshed: 0, unchanged: 0 };
        for (const m of made) counts[m.action]++;
        await ctx.record({ type: 'demo.created', data: { dir, ...counts, projects: made.map((m) => m.project.slug) } }, dir);

        const slugOf = (name: string) => made.find((m) => m.project.name === name)?.project.slug ?? name;
        const lines = [
          `Demo workspace: ${dir}`,
          ...made.map((m) => `  ${m.action.padEnd(10)} ${m.project.slug}  —  ${m.project.industry}, ${m.project.goalMetric}, ${m.project.currency}`),
          ...sampleData.map((s) =>
            s.status === 'imported'
              ? `  imported   ${s.file} → ${slugOf(s.project)} (${s.rows} ${s.kind === 'trends' ? 'points' : 'rows'}, ${s.replaced} replaced)`
              : `  no data    ${s.file} not found (set AICMO_SAMPLE_DATA to the folder of the sample exports)`,
          ),
          leads.status === 'imported'
            ? `  leads      ${leads.file} → ${slugOf(leads.project)} (${leads.created} new, ${leads.merged} updated, ${leads.mergedInFile} duplicate merged; ${leads.outreachLogged} first emails logged)`
            : `  no data    ${leads.file} not found`,
          ...flow.runs.map((r) => {
            const waiting = r.subsystems.filter((x) => x.status !== 'completed').map((x) => `${x.name} ${x.status}`);
            return `  flow       ${r.slug}: ${r.status}${waiting.length ? ` (${waiting.join(', ')})` : ''}`;
          }),
          ...(flow.approved ? [`  ${flow.approved.action === 'approved' ? 'approved  ' : 'kept      '} strategy v${flow.approved.version} of ${flow.approved.slug}${flow.approved.action === 'approved' ? ', then ran its flow again for the creatives' : ' (already approved)'}`] : []),
          ...stages.map((x) => `  stage      ${x.slug}: ${x.stage}${x.blockers.length ? ` — ${x.blockers[0]}` : ''}`),
          `Next: aicmo --workspace ${path.relative(process.cwd(), dir) || '.'} dashboard pipeline`,
        ];
        return {
          json: {
            dir,
            projects: made.map((m) => ({ action: m.action, id: m.project.id, slug: m.project.slug, name: m.project.name, currency: m.project.currency, goalMetric: m.project.goalMetric })),
            sampleData,
            leads,
            flow,
            stages,
          },
          text: lines.join('\n'),
        };
      },
    },
  ],
};
