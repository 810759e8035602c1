// Store costs, each beside its floor (a plain write of the same bytes + fsync):
//  - one small write (an approval row) in a project holding 36,000 metric rows;
//  - one small project write and one settings write in a workspace of 10,000 projects;
//  - opening that workspace, and the pipeline (list) query over it;
//  - loading the 36,000-row project's dump (what a fresh clone or a pull does: parse every line,
//    bind its values into prepared statements).
// Prints JSON lines {bench, metric, value, unit, ...}. BENCH_STORE_PROJECTS overrides 10,000.
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cloneProjectFiles } from './support/cloneProjectFiles';
import { performance } from 'node:perf_hooks';
import { loadDump } from '../src/orchestrator/store/dump';
import { fileStamp } from '../src/orchestrator/store/fileStamp';
import { PROJECT_DUMP_TABLES, PROJECT_MIGRATIONS } from '../src/orchestrator/store/schema';
import { upsertIndexRow } from '../src/orchestrator/store/workspace/projects';
import { PROJECT_FLAGS_VERSION } from '../src/orchestrator/services/deriveProjectSummary';
import type { MetricRow } from '../src/orchestrator/imports/types';
import { loadSqlJs } from '../src/orchestrator/store/sqlJs';
import { openAicmoWorkspace as openWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';
import type { ProjectIntake } from '../src/orchestrator/domain/project';

const PROJECTS = Number(process.env.BENCH_STORE_PROJECTS ?? 10_000);
const METRIC_ROWS = 36_000;
const SAMPLES = 15;

const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'store', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeMedian(n: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The floor: writing `sizes` bytes to fresh files in `dir` with write + fsync + close. */
function floorWrite(dir: string, sizes: number[], i: number): void {
  sizes.forEach((size, k) => {
    const fd = openSync(path.join(dir, `floor-${k}-${i}.bin`), 'w');
    writeSync(fd, Buffer.alloc(size, 7));
    fsyncSync(fd);
    closeSync(fd);
  });
}

const intake = (name: string): ProjectIntake => ({
  name,
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
});

const approval = (marker: string) => ({ targetKind: 'artifact', targetId: 'a1', action: 'approve' as const, actor: { name: 'Dana', kind: 'internal' as const }, comment: marker, at: '2026-03-01T10:00:00Z' });

async function bigProject(root: string): Promise<void> {
  const store = await openWorkspace(root, { create: true });
  const p = await store.createProject(intake('Year of ads'));
  const t = performance.now();
  // 365 days × ~99 ads ≈ 36,000 ad-level daily rows.
  const rows: MetricRow[] = [];
  for (let day = 0; rows.length < METRIC_ROWS; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + (day % 365))).toISOString().slice(0, 10);
    for (let ad = 0; ad < 99 && rows.length < METRIC_ROWS; ad++) {
      const campaign = `campaign-${ad % 9}`;
      rows.push({
        line: 0, date, granularity: 'day', platform: 'google_ads', channel: ad % 2 ? 'search' : 'display', account: 'acct-1', campaign, adSet: `${campaign}-set-${ad % 3}`,
        ad: `ad-${ad}-${Math.floor(day / 365)}`, currency: 'USD', spendMinor: 1000 + ad * 13 + day, impressions: 900 + ad, clicks: 40 + (ad % 17), conversions: (ad % 5) / 2,
        conversionValueMinor: 5000 + ad * 7, reach: null, engagements: null, attribution: null, extra: {},
      });
    }
  }
  await store.writeProject(p.id, (tx) => {
    const importId = tx.imports.record({ fileName: 'bench.csv', sha256: 'x', format: 'google-ads', platform: 'google_ads', currency: 'USD', rowsTotal: rows.length, rowsImported: rows.length, rowsReplaced: 0, rowsRejected: 0, importedAt: '2026-03-01T00:00:00Z', actor: 'bench' });
    tx.metrics.upsert(rows, importId);
  });
  emit('import 36,000 metric rows (one write)', performance.now() - t, 'ms');
  const dbFile = path.join(root, '.aicmo/projects/year-of-ads.db');
  const sqlFile = path.join(root, '.aicmo/projects/year-of-ads.sql');
  const sizes = [statSync(dbFile).size, statSync(sqlFile).size];
  emit('project file size (36,000 metric rows)', sizes[0]! / 1e6, 'MB', { dump_mb: Math.round(sizes[1]! / 1e4) / 100 });

  const write = await timeMedian(SAMPLES, (i) => store.writeProject(p.id, (tx) => tx.approvals.record(approval(`big-${i}`))));
  const floor = await timeMedian(SAMPLES, (i) => floorWrite(path.join(root, '.aicmo/projects'), sizes, i));
  emit('approval write, project with 36,000 metric rows (median)', write, 'ms', { floor_ms: Math.round(floor * 100) / 100, floor: 'write+fsync of the same .db and .sql bytes' });
  store.close();

  const SQL = await loadSqlJs();
  const dump = readFileSync(sqlFile, 'utf8');
  const load = await timeMedian(5, () => loadDump(SQL, dump, 'year-of-ads.sql', PROJECT_MIGRATIONS, PROJECT_DUMP_TABLES).close());
  emit('load the dump of a project with 36,000 metric rows (median of 5)', load, 'ms', { dump_mb: Math.round(dump.length / 1e4) / 100, lines: dump.split('\n').length });
}

/**
 * Writes `count` small project files (.db + .sql) as if created one by one: copies of one real
 * project whose id, slug, name and dump hash are patched in place (same lengths), which keeps
 * the setup of 10,000 projects to seconds. The store's own checks (quick_check, dump hash)
 * verify every copy when the index is built.
 */
async function manyProjectFiles(root: string, count: number): Promise<void> {
  const seed = await openWorkspace(root, { create: true });
  const template = await seed.createProject(intake('Client 99999'));
  seed.close();
  cloneProjectFiles(root, template.id, count);
}

async function manyProjects(root: string): Promise<void> {
  const t = performance.now();
  await manyProjectFiles(root, PROJECTS);
  emit(`generate ${PROJECTS} project files (bench setup)`, performance.now() - t, 'ms');
  await indexDirectly(root);

  const openTime = await timeMedian(5, async () => (await openWorkspace(root)).close());
  emit(`open a workspace of ${PROJECTS} projects (median)`, openTime, 'ms');

  const store = await openWorkspace(root);
  let rows = 0;
  const list = await timeMedian(5, async () => (rows = (await store.listProjects()).length));
  emit(`pipeline list over ${PROJECTS} projects (median)`, list, 'ms', { rows });
  const indexSize = statSync(path.join(root, '.aicmo/aicmo.db')).size;
  const projectSizes = [statSync(path.join(root, '.aicmo/projects/client-00001.db')).size, statSync(path.join(root, '.aicmo/projects/client-00001.sql')).size];
  const write = await timeMedian(SAMPLES, (i) => store.writeProject(`client-${String(i + 1).padStart(5, '0')}`, (tx) => tx.approvals.record(approval(`small-${i}`))));
  const floor = await timeMedian(SAMPLES, (i) => floorWrite(path.join(root, '.aicmo'), [...projectSizes, indexSize], i));
  emit(`approval write in a workspace of ${PROJECTS} projects (median)`, write, 'ms', {
    floor_ms: Math.round(floor * 100) / 100,
    floor: 'write+fsync of the same project .db, .sql and index bytes',
    index_mb: Math.round(indexSize / 1e4) / 100,
  });
  const setting = await timeMedian(SAMPLES, (i) => store.setSetting('bench', String(i)));
  const settingFloor = await timeMedian(SAMPLES, (i) => floorWrite(path.join(root, '.aicmo'), [indexSize, 200], i));
  emit(`settings write (index + workspace.sql) in a workspace of ${PROJECTS} projects (median)`, setting, 'ms', { floor_ms: Math.round(settingFloor * 100) / 100 });
  store.close();
}

/** Bench setup: the index rows for generated files, written without re-reading each file. */
async function indexDirectly(root: string): Promise<void> {
  const SQL = await loadSqlJs();
  const dir = path.join(root, '.aicmo/projects');
  const seed = await openWorkspace(root); // builds an index holding the template's row
  const template = await seed.getProject('client-99999');
  seed.close();
  const index = new SQL.Database(readFileSync(path.join(root, '.aicmo/aicmo.db')));
  index.run('BEGIN');
  for (let i = 0; i < PROJECTS - 1; i++) {
    const n = String(i).padStart(5, '0');
    const slug = `client-${n}`;
    const project = { ...template, id: template.id.slice(0, -5) + n, slug, name: `Client ${n}` };
    upsertIndexRow(index, project, { stage: 'STRATEGY', flags: { rule: PROJECT_FLAGS_VERSION, running: 0 } }, { dbStamp: fileStamp(path.join(dir, `${slug}.db`)), sqlStamp: fileStamp(path.join(dir, `${slug}.sql`)) });
  }
  index.run('COMMIT');
  writeFileSync(path.join(root, '.aicmo/aicmo.db'), index.export());
  index.close();
}

/** A fresh clone's first open: every index row derived from the project files. */
async function firstOpen(root: string): Promise<void> {
  const count = Math.min(PROJECTS, 1000);
  await manyProjectFiles(root, count);
  const t = performance.now();
  (await openWorkspace(root)).close();
  const ms = performance.now() - t;
  emit(`first open: index built from ${count} project files`, ms, 'ms', { per_project_ms: Math.round((ms / count) * 100) / 100 });
}

async function main() {
  for (const job of [bigProject, firstOpen, manyProjects]) {
    const root = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-store-'));
    try {
      await job(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
