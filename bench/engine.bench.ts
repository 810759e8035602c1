// The language-model engine's own cost (checks, applying, recording), with a writer that answers
// at once: rewriting every creative of one creatives artifact whole (one JSON request per
// creative, each part checked) and the strategy's prose (5 fields), against the rules run alone. A real
// chat model adds its own latency per request (4 in flight by default) on top of this.
// Prints JSON lines {bench, metric, value, unit, ...}. BENCH_ENGINE_RUNS overrides 20 runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runOperation } from '../src/orchestrator/operations';
import { serviceEnv, unwrap } from '../src/orchestrator/services';
import { createRandom, subsystemSeed } from '../src/orchestrator/domain/random';
import { rewriteWithEngine, type TextWriter } from '../src/orchestrator/engine';
import { runFlow } from '../src/orchestrator/flow';
import { openAicmoWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';
import { creativesSubsystem, strategySubsystem, type Subsystem, type SubsystemContext } from '../src/orchestrator/subsystems';

const RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? 20);

const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'engine', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const writer: TextWriter = {
  name: 'instant',
  // A whole creative comes back as its draft JSON (every part is checked as if new); prose as its draft.
  write: (r) => Promise.resolve(r.draft),
};

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-engine-'));
  try {
    const store = await openAicmoWorkspace(root, { create: true });
    const p = await store.createProject({
      name: 'Engine bench', client: 'Acme Coffee Ltd', industry: 'Food & beverage', geography: 'UK', goal: 'Sell 5,000 bags of the new espresso blend', goalMetric: 'sales',
      audiences: ['Home baristas 25-45'], budgetMinor: 2_500_000, currency: 'GBP', startDate: '2026-03-01', endDate: '2026-05-31', constraints: [], mustInclude: ['Fair-trade logo'],
      doNotDo: ["Don't mention competitors"], kpiTargets: {},
    });
    await runFlow(store, p.slug, { actor: 'bench' });
    unwrap(await runOperation(serviceEnv(store, 'bench'), 'strategy.decide', { project: p.slug, decision: 'approve' }));
    const latest = await store.readProject(p.slug, (tx) => tx.artifacts.latestByKind());
    const project = await store.getProject(p.slug);
    const inputs: SubsystemContext['inputs'] = {};
    for (const [k, a] of Object.entries(latest)) inputs[k] = { name: k, version: a.version, status: a.status, approved: a.status === 'approved', content: a.content };
    const ctxFor = (s: Subsystem): SubsystemContext => ({
      project, inputs, version: 1, random: createRandom(subsystemSeed(project.id, s.name, 1)), insights: [], skipKaizen: false, signal: new AbortController().signal,
      data: { trendSeries: () => [], metricRows: () => [], team: () => [], actionHistory: () => [], creatives: () => [], creativeResults: () => [] },
    });
    for (const s of [strategySubsystem, creativesSubsystem] as Subsystem[]) {
      const rules: number[] = [];
      const withEngine: number[] = [];
      let fields = 0;
      for (let i = 0; i < RUNS + 2; i++) {
        const t0 = performance.now();
        const { content } = await s.run(ctxFor(s));
        const t1 = performance.now();
        const out = (await rewriteWithEngine({ kind: 'languageModel', writer }, s, ctxFor(s), content)) as { engine: { fields: unknown[] } };
        const t2 = performance.now();
        fields = out.engine.fields.length;
        if (i >= 2) {
          rules.push(t1 - t0);
          withEngine.push(t2 - t1);
        }
      }
      emit(`${s.name}.rules`, median(rules), 'ms', { runs: RUNS });
      emit(`${s.name}.engineOverhead`, median(withEngine), 'ms', { runs: RUNS, fields, writer: 'instant' });
    }
    store.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
