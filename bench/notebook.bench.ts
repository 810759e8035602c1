// The campaign notebook's outputs: what opening a notebook (and every live refresh) costs the
// core — getNotebookOutputs for the brief and the nine subsystem cells of a project whose flow has
// run (strategy approved, creatives made) — and the size of the output items VS Code carries.
// Prints JSON lines {bench, metric, value, unit, ...}. BENCH_NOTEBOOK_RUNS overrides 30 runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getNotebookOutputs } from '../src/orchestrator/notebook';
import { runOperation } from '../src/orchestrator/operations';
import { SubsystemRegistry } from '../src/orchestrator/plugins';
import { serviceEnv, unwrap } from '../src/orchestrator/services';
import { openAicmoWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';

const RUNS = Number(process.env.BENCH_NOTEBOOK_RUNS ?? 30);
const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'notebook', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-notebook-'));
  try {
    const store = await openAicmoWorkspace(root, { create: true });
    const registry = new SubsystemRegistry();
    registry.register({ name: 'seo', needs: ['strategy'], run: () => ({ keywords: [{ keyword: 'espresso', label: 'idea — not measured' }] }), validate: () => [], render: () => '- espresso' }, { id: 'bench.seo' });
    const env = serviceEnv(store, 'bench', { subsystems: registry });
    const p = await store.createProject({
      name: 'Bench notebook', industry: 'Food & beverage', goal: 'Sell espresso', goalMetric: 'sales', audiences: ['Home baristas'],
      budgetMinor: 2_500_000, currency: 'GBP', startDate: '2026-03-01', endDate: '2026-05-31', constraints: [], mustInclude: [], doNotDo: [], kpiTargets: {},
    });
    unwrap(await runOperation(env, 'flow.run', { project: p.id }));
    unwrap(await runOperation(env, 'strategy.decide', { project: p.id, decision: 'approve' }));
    unwrap(await runOperation(env, 'flow.run', { project: p.id }));
    const cells = ['brief', ...registry.list().map((s) => s.name)];
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const out = unwrap(await getNotebookOutputs(env, p.id, cells));
      times.push(performance.now() - t0);
      bytes = out.cells.reduce((n, c) => n + Buffer.byteLength(JSON.stringify(c.data)) + Buffer.byteLength(c.markdown), 0);
    }
    const s = [...times].sort((a, b) => a - b);
    emit('outputs of 10 cells (brief + 9 subsystems)', s[Math.floor(s.length / 2)]!, 'ms', { p95: Math.round(s[Math.ceil(s.length * 0.95) - 1]! * 100) / 100, runs: RUNS });
    emit('output items of those cells (JSON + Markdown)', bytes / 1024, 'KB');
    store.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
