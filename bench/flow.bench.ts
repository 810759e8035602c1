// One full orchestrator flow on a real workspace (sql.js files on disk, event log, stage rule):
//  - first: the first flow of a new project (7 subsystems make version 1, creatives wait);
//  - approved: the flow right after the strategy is approved (creatives and the portal are made,
//    the rest is checked and kept unchanged);
//  - kaizen: deriving the insights for one project in a workspace of PROJECTS projects with
//    metric rows and decision events.
// Prints JSON lines {bench, metric, value, unit, ...}. BENCH_FLOW_RUNS overrides 15 runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runOperation } from '../src/orchestrator/operations';
import { serviceEnv, unwrap } from '../src/orchestrator/services';
import type { ProjectIntake } from '../src/orchestrator/domain/project';
import type { MetricRow } from '../src/orchestrator/imports/types';
import { runFlow } from '../src/orchestrator/flow';
import { deriveInsights } from '../src/orchestrator/kaizen/insights';
import { openAicmoWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';

const RUNS = Number(process.env.BENCH_FLOW_RUNS ?? 15);

const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'flow', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! };
}

const intake = (i: number): ProjectIntake => ({
  name: `Bench project ${i}`,
  client: 'Acme Coffee Ltd',
  industry: i % 2 === 0 ? 'Food & beverage' : 'Outdoor footwear',
  geography: 'UK',
  goal: 'Sell 5,000 bags of the new espresso blend',
  goalMetric: 'sales',
  audiences: ['Home baristas 25-45'],
  budgetMinor: 2_500_000,
  currency: 'GBP',
  startDate: '2026-03-01',
  endDate: '2026-05-31',
  constraints: ['No discounts over 20%'],
  mustInclude: ['Fair-trade logo'],
  doNotDo: ["Don't mention competitors"],
  kpiTargets: { conversions: 5000, cpa: 5, roas: 4 },
});

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-flow-'));
  try {
    const store = await openAicmoWorkspace(root, { create: true });
    const first: number[] = [];
    const approved: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const p = await store.createProject(intake(i));
      // Results of a past campaign in every project, so Kaizen has channel evidence.
      const results: MetricRow[] = [];
      for (let w = 0; w < 8; w++) {
        const date = new Date(Date.UTC(2025, 0, 6 + 7 * w)).toISOString().slice(0, 10);
        for (const [ch, conv] of [['meta', 40], ['search', 4], ['instagram', 10], ['tiktok', 8], ['email', 12]] as const) {
          results.push({ line: 0, date, granularity: 'week', platform: ch, channel: ch, account: '', campaign: 'c', adSet: '', ad: '', currency: 'GBP', spendMinor: 50000, impressions: 40000, clicks: 400, conversions: conv, conversionValueMinor: null, reach: null, engagements: null, attribution: null, extra: {} });
        }
      }
      await store.writeProject(p.id, (tx) => {
        const importId = tx.imports.record({ fileName: 'past.csv', sha256: 'x', format: 'generic', platform: null, currency: 'GBP', rowsTotal: results.length, rowsImported: results.length, rowsReplaced: 0, rowsRejected: 0, importedAt: '2025-03-01T00:00:00Z', actor: 'bench' });
        tx.metrics.upsert(results, importId);
      });
      let t = performance.now();
      const r1 = await runFlow(store, p.id, { actor: 'bench' });
      const d1 = performance.now() - t;
      unwrap(await runOperation(serviceEnv(store, 'bench'), 'strategy.decide', { project: p.id, decision: 'approve' }));
      t = performance.now();
      const r2 = await runFlow(store, p.id, { actor: 'bench' });
      const d2 = performance.now() - t;
      if (r1.status !== 'partial' || r2.status !== 'completed') throw new Error(`unexpected flow status ${r1.status} / ${r2.status}`);
      // Some decisions, so angle insights exist for later projects.
      const rows = await store.readProject(p.id, (tx) => tx.creatives.list().slice(0, 3).map((c) => c.id));
      unwrap(await runOperation(serviceEnv(store, 'bench'), 'creatives.decide', { ids: rows, decision: 'reject', reason: 'Off brief' }));
      if (i === 0) continue; // warm-up
      first.push(d1);
      approved.push(d2);
    }
    const f = stats(first);
    const a = stats(approved);
    emit('first flow of a new project (median)', f.median, 'ms', { runs: first.length });
    emit('first flow of a new project (p95)', f.p95, 'ms', { runs: first.length });
    emit('flow after strategy approval (median)', a.median, 'ms', { runs: approved.length });
    emit('flow after strategy approval (p95)', a.p95, 'ms', { runs: approved.length });
    const projects = await store.listProjects();
    const derive: number[] = [];
    for (let k = 0; k < 6; k++) {
      const t = performance.now();
      await deriveInsights(store, { project: projects[0]!.id });
      if (k > 0) derive.push(performance.now() - t);
    }
    emit('deriveInsights for one project (median)', stats(derive).median, 'ms', { projects: projects.length });
    store.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
