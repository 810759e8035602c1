// The demo, one operation for every front end ("Open Demo" in VS Code, `aicmo demo`): three
// client projects (created, or refreshed to the demo's values when a person changed them), the
// sample exports imported into the projects they belong to, a leads list with a first email to
// each new lead, the full flow on each project, one strategy approved and its flow run again so
// its creatives exist. Idempotent: a re-run adds no project and replaces rather than doubles rows.
import * as v from 'valibot';
import { runDemoFlow, type DemoFlowResult } from '../demo/demoFlow';
import { importDemoLeads, type DemoLeadsResult } from '../demo/demoLeads';
import { DEMO_PROJECTS, demoDates, type DemoProject } from '../demo/demoProjects';
import { findSampleData, importDemoData, type SampleImportResult } from '../demo/sampleData';
import { dateRangeText } from '../domain/labels';
import { toMinor } from '../domain/money';
import type { Project, ProjectIntake, ProjectPatch } from '../domain/project';
import { slugify } from '../domain/projectRules';
import { getProjectsPipeline } from '../services/pipeline';
import { unwrap } from '../services/result';
import { defineOperation } from './define';
import { createProjectOperation, updateProjectOperation } from './project';
import { panelStep, plural } from './steps';
import type { Outcome } from './types';

export type DemoAction = 'created' | 'refreshed' | 'unchanged';

export interface DemoResult {
  /** The workspace folder the demo is in. */
  dir: string;
  projects: Array<{ action: DemoAction; id: string; slug: string; name: string; industry: string; currency: string; goalMetric: string }>;
  sampleData: SampleImportResult[];
  leads: DemoLeadsResult;
  flow: DemoFlowResult;
  stages: Array<{ slug: string; stage: string; blockers: string[] }>;
}

/** The demo's intake; its flight relative to `today` (used only when the project is created: a re-run keeps the dates it has). */
function intakeOf(demo: DemoProject, today: Date): ProjectIntake {
  const { budget, startOffsetDays: _s, endOffsetDays: _e, ...rest } = demo;
  return { ...rest, ...demoDates(demo, today), budgetMinor: toMinor(budget, demo.currency) };
}

/** " (sample results moved to 17 February – 9 March 2027, inside the flights)": the days the imported sample rows cover, and where they stand to the flights. */
function coverage(r: DemoResult, flights: ReadonlyArray<Pick<Project, 'name' | 'startDate'>>): string {
  const spans = r.sampleData.filter((s) => s.covers !== undefined);
  if (spans.length === 0) return '';
  const from = spans.map((s) => s.covers!.from).sort()[0]!;
  const to = spans.map((s) => s.covers!.to).sort().at(-1)!;
  const starts = flights.filter((f) => spans.some((s) => s.project === f.name)).map((f) => f.startDate ?? '').filter(Boolean).sort();
  const where = starts.length > 0 && to < starts[0]! ? ", before the flights' start" : starts.length > 0 && from >= starts[0]! ? ', inside the flights' : '';
  const moved = spans.some((s) => (s.shiftedDays ?? 0) !== 0);
  return ` (sample results ${moved ? 'moved to' : 'dated'} ${dateRangeText(from, to)}${where})`;
}

function sentence(made: Array<DemoResult['projects'][number] & { startDate?: string }>, r: DemoResult): string {
  const fresh = made.every((m) => m.action === 'created');
  const exports = r.sampleData.filter((s) => s.status === 'imported').length;
  const leads = r.leads.status === 'imported' ? (r.leads.created ?? 0) + (r.leads.merged ?? 0) + (r.leads.unchanged ?? 0) : 0;
  const imported = exports === 0 && leads === 0 ? 'no sample data found' : `${[exports > 0 ? plural(exports, 'sample export') : '', leads > 0 ? plural(leads, 'lead') : ''].filter(Boolean).join(' and ')} imported${fresh ? '' : ' again'}`;
  const approved = r.flow.approved?.action === 'approved' ? `; the strategy of ${r.flow.approved.slug} approved` : '';
  const head = fresh
    ? `Added ${plural(made.length, 'demo project')} (${made.map((m) => m.slug).join(', ')})`
    : `The demo projects are already here (${made.map((m) => `${m.slug} ${m.action}`).join(', ')})`;
  return `${head}: ${imported}${coverage(r, made.map((m) => ({ name: m.name, startDate: m.startDate })))}, the flow run on each${approved}.`;
}

export const createDemoOperation = defineOperation('demo.create', {
  input: v.object({}),
  async execute(env, _input, options): Promise<Outcome<DemoResult>> {
    const existing = new Map((await env.store.listProjects()).map((p) => [p.name, p.id]));
    const made: Array<{ action: DemoAction; project: Project }> = [];
    const today = env.now?.() ?? new Date();
    for (const demo of DEMO_PROJECTS) {
      const intake = intakeOf(demo, today);
      let id = existing.get(demo.name);
      if (id === undefined) {
        const created = await createProjectOperation.run(env, { intake, via: 'demo' });
        // Another demo (another window, another process) created it since the list above: refresh it instead.
        if (!created.ok && created.error.code === 'conflict') id = (await env.store.getProject(slugify(demo.name))).id;
        else {
          made.push({ action: 'created', project: unwrap(created).value });
          continue;
        }
      }
      // The flight was set relative to the day the project was created: a re-run keeps it.
      const { startDate: _start, endDate: _end, ...kept } = intake;
      const patch: ProjectPatch = { ...kept, lifecycle: 'active' };
      const { project, changes } = unwrap(await updateProjectOperation.run(env, { project: id, patch, via: 'demo' })).value;
      made.push({ action: Object.keys(changes).length === 0 ? 'unchanged' : 'refreshed', project });
    }
    const projects = made.map((m) => m.project);
    const dataDir = findSampleData();
    const sampleData = await importDemoData(env, new Map(projects.map((p) => [p.name, { id: p.id, currency: p.currency, startDate: p.startDate ?? null }])), dataDir);
    const leads = await importDemoLeads(env, projects, dataDir);
    const flow = await runDemoFlow(env, projects, options);
    const pipeline = unwrap(await getProjectsPipeline(env));
    const stages = pipeline.columns.flatMap((c) => c.projects.map((p) => ({ slug: p.slug, stage: p.stage, blockers: p.blockers.map((b) => b.message) })));
    const counts = { created: 0, refreshed: 0, unchanged: 0 };
    for (const m of made) counts[m.action]++;
    await env.store.recordEvents([{ type: 'demo.created', actor: env.actor, data: { dir: env.store.root, ...counts, projects: projects.map((p) => p.slug) } }]);
    const value: DemoResult = {
      dir: env.store.root,
      projects: made.map((m) => ({ action: m.action, id: m.project.id, slug: m.project.slug, name: m.project.name, industry: m.project.industry, currency: m.project.currency, goalMetric: m.project.goalMetric })),
      sampleData,
      leads,
      flow,
      stages,
    };
    return { value, message: sentence(value.projects.map((p, i) => ({ ...p, ...(made[i]!.project.startDate ? { startDate: made[i]!.project.startDate } : {}) })), value), next: [panelStep('pipeline')] };
  },
});
