// The pipeline service over a workspace of 10,000 projects:
//  - buildPipeline alone (stage columns, badges, blockers from each index row's flags);
//  - getProjectsPipeline end to end on a real store (index read, file-stamp checks, build);
//  - one project write with the real stage rule (deriveProjectSummary) vs the store's default rule.
// Setup copies one real project file 10,000 times with patched ids (as bench/store.bench.ts does)
// and writes the index rows directly with flags of varied states. Prints JSON lines.
// BENCH_PIPELINE_PROJECTS overrides 10,000.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cloneProjectFiles } from './support/cloneProjectFiles';
import { performance } from 'node:perf_hooks';
import type { Project, ProjectIntake, Stage } from '../src/orchestrator/domain/project';
import { buildPipeline, getProjectsPipeline, openAicmoWorkspace, serviceEnv, type ProjectFlags } from '../src/orchestrator/services';
import { deriveProjectSummary, PROJECT_FLAGS_VERSION } from '../src/orchestrator/services/deriveProjectSummary';
import { fileStamp } from '../src/orchestrator/store/fileStamp';
import { upsertIndexRow } from '../src/orchestrator/store/workspace/projects';
import { loadSqlJs } from '../src/orchestrator/store/sqlJs';

const PROJECTS = Number(process.env.BENCH_PIPELINE_PROJECTS ?? 10_000);

const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'pipeline', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! };
}

async function time(n: number, fn: () => Promise<unknown> | unknown): Promise<{ median: number; p95: number }> {
  await fn(); // warm-up, not counted
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return stats(times);
}

const intake: ProjectIntake = {
  name: 'Client 99999',
  industry: 'Retail',
  goal: 'Grow online sales',
  goalMetric: 'sales',
  audiences: ['Parents 30-45'],
  budgetMinor: 5_000_000,
  currency: 'USD',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  constraints: [],
  mustInclude: [],
  doNotDo: [],
  kpiTargets: { roas: 4 },
};

const BASE: ProjectFlags = {
  rule: PROJECT_FLAGS_VERSION,
  strategyStatus: 'missing',
  strategyInReview: false,
  creativesTotal: 0,
  creativesAwaiting: 0,
  creativesApproved: 0,
  creativesScheduled: 0,
  creativesRejected: 0,
  failedRun: false,
  failedSubsystems: '',
  staleArtifacts: 0,
  staleKinds: '',
  onHold: false,
  cancelled: false,
  missingIntake: '',
  leads: 0,
  leadsContacted: 0,
  outreach: 0,
  leadsReplied: 0,
  meetings: 0,
  metricRows: 0,
};

/** Ten states a real agency's projects are in, cycled over the workspace. */
const STATES: Array<{ stage: Stage; flags: Partial<ProjectFlags> }> = [
  { stage: 'INTAKE', flags: { missingIntake: 'budget,audiences' } },
  { stage: 'STRATEGY', flags: {} },
  { stage: 'STRATEGY', flags: { strategyStatus: 'in_review', strategyInReview: true } },
  { stage: 'STRATEGY', flags: { strategyStatus: 'rejected', onHold: true } },
  { stage: 'CREATIVE', flags: { strategyStatus: 'approved', creativesTotal: 12, creativesAwaiting: 7, creativesApproved: 5 } },
  { stage: 'CREATIVE', flags: { strategyStatus: 'approved', creativesTotal: 12, creativesApproved: 9, creativesRejected: 3, failedRun: true, failedSubsystems: 'media' } },
  { stage: 'EXECUTION', flags: { strategyStatus: 'approved', creativesTotal: 12, creativesApproved: 10, creativesScheduled: 10, metricRows: 900 } },
  { stage: 'EXECUTION', flags: { strategyStatus: 'approved', leads: 240, leadsContacted: 180, outreach: 410, leadsReplied: 31, meetings: 9, staleArtifacts: 2, staleKinds: 'creatives,pm' } },
  { stage: 'EXECUTION', flags: { strategyStatus: 'approved', creativesTotal: 8, creativesAwaiting: 2, creativesScheduled: 4, creativesApproved: 6, cancelled: true } },
  { stage: 'DONE', flags: { strategyStatus: 'approved', creativesTotal: 12, creativesScheduled: 12, creativesApproved: 12, metricRows: 3000 } },
];

/** `count` project files copied from one real project, ids/slugs/names/dump hash patched in place. */
async function projectFiles(root: string, count: number): Promise<Project> {
  const seed = await openAicmoWorkspace(root, { create: true });
  const template = await seed.createProject(intake);
  seed.close();
  cloneProjectFiles(root, template.id, count);
  return template;
}

/** Index rows for the copies, with the varied states above (as the real rule would have written them). */
async function indexRows(root: string, count: number, template: Project): Promise<void> {
  const SQL = await loadSqlJs();
  const dir = path.join(root, '.aicmo/projects');
  const index = new SQL.Database(readFileSync(path.join(root, '.aicmo/aicmo.db')));
  index.run('BEGIN');
  for (let i = 0; i < count - 1; i++) {
    const n = String(i).padStart(5, '0');
    const slug = `client-${n}`;
    const state = STATES[i % STATES.length]!;
    const lifecycle = state.flags.onHold ? 'on_hold' : state.flags.cancelled ? 'cancelled' : state.stage === 'DONE' ? 'done' : 'active';
    const project = { ...template, id: template.id.slice(0, -5) + n, slug, name: `Client ${n}`, lifecycle } as const;
    upsertIndexRow(index, project, { stage: state.stage, flags: { ...BASE, ...state.flags } }, { dbStamp: fileStamp(path.join(dir, `${slug}.db`)), sqlStamp: fileStamp(path.join(dir, `${slug}.sql`)) });
  }
  index.run('COMMIT');
  writeFileSync(path.join(root, '.aicmo/aicmo.db'), index.export());
  index.close();
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-pipeline-'));
  try {
    const t = performance.now();
    const template = await projectFiles(root, PROJECTS);
    const files = performance.now() - t;
    await indexRows(root, PROJECTS, template);
    emit(`bench setup: ${PROJECTS} project files and index rows`, performance.now() - t, 'ms', { files_ms: Math.round(files) });

    const store = await openAicmoWorkspace(root);
    const env = serviceEnv(store, 'bench');
    const summaries = await store.listProjects();
    if (summaries.length !== PROJECTS) throw new Error(`expected ${PROJECTS} projects, the index lists ${summaries.length}`);

    const build = await time(15, () => buildPipeline(summaries, false));
    emit(`buildPipeline over ${PROJECTS} index rows`, build.median, 'ms', { p95_ms: Math.round(build.p95 * 100) / 100, samples: 15 });

    let json = 0;
    let blocked = 0;
    const full = await time(7, async () => {
      const r = await getProjectsPipeline(env);
      if (!r.ok) throw new Error(r.error.message);
      blocked = r.value.totals.blocked;
      json = JSON.stringify(r.value).length;
    });
    emit(`getProjectsPipeline over ${PROJECTS} projects (real store, end to end)`, full.median, 'ms', { p95_ms: Math.round(full.p95 * 100) / 100, samples: 7, blocked, json_mb: Math.round(json / 1e4) / 100 });

    const list = await time(7, () => store.listProjects());
    emit(`of which store.listProjects (index read + file-stamp checks)`, list.median, 'ms', { p95_ms: Math.round(list.p95 * 100) / 100, samples: 7 });

    // The real rule runs inside every write: its cost on one project file.
    const derive = await time(200, () => store.readProject('client-00001', deriveProjectSummary));
    emit('deriveProjectSummary on one project file (inside readProject)', derive.median, 'ms', { p95_ms: Math.round(derive.p95 * 1000) / 1000, samples: 200 });
    store.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
