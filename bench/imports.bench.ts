// Import time for a generated 500,000-row Google Ads export (campaign × day, with preamble,
// quoted thousands, percentages and a checked Total row): parsing alone, then the whole import
// into a fresh workspace (parse, upsert, save, dump). Prints JSON lines.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importMetricsFile, parseMetricsText } from '../src/orchestrator/imports';
import { openAicmoWorkspace as openWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 500_000);
const CAMPAIGNS = 500;
const types = ['Search', 'Display', 'Video', 'Shopping', 'Performance Max', 'Demand Gen'];

function thousands(n: number): string {
  const s = String(n);
  return n >= 1000 ? `"${s.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}"` : s;
}

function generate(rows: number): string {
  const lines = ['Campaign report', '"January 1, 2020 - December 31, 2022"', 'Day,Campaign,Campaign type,Currency code,Impr.,Clicks,CTR,Cost,Conversions,Conv. value,Search impr. share'];
  let impr = 0;
  let clicks = 0;
  let cost = 0;
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < rows; i++) {
    const campaign = i % CAMPAIGNS;
    const day = Math.floor(i / CAMPAIGNS);
    const im = 1000 + ((i * 7919) % 50_000);
    const cl = Math.floor(im / (20 + (i % 13)));
    const costMinor = cl * (50 + (i % 200));
    impr += im;
    clicks += cl;
    cost += costMinor;
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const costText = (costMinor / 100).toFixed(2);
    lines.push(
      `${date},Campaign ${campaign},${types[campaign % types.length]},USD,${thousands(im)},${thousands(cl)},${((cl / im) * 100).toFixed(2)}%,${costMinor >= 100_000 ? `"${Number(costText).toLocaleString('en-US', { minimumFractionDigits: 2 })}"` : costText},${(cl / 20).toFixed(2)},${(cl * 3.1).toFixed(2)},${i % 5 === 0 ? '< 10%' : '--'}`,
    );
  }
  lines.push(`Total: Account,--,--,USD,${thousands(impr)},${thousands(clicks)},--,"${(cost / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}",--,--,--`);
  return lines.join('\r\n') + '\r\n';
}

function emit(metric: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ bench: 'imports', metric, value: Math.round(value * 10) / 10, unit, rows: ROWS, ...extra }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-imports-'));
  try {
    const text = generate(ROWS);
    const file = path.join(dir, 'google-ads-500k.csv');
    writeFileSync(file, text);
    emit('file_size', statSync(file).size / 1e6, 'MB');

    let t = performance.now();
    const parsed = parseMetricsText(text);
    if (parsed.errors.length) throw new Error(`generated file did not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    emit('parse_google_ads', performance.now() - t, 'ms', { rowsPerSecond: Math.round(ROWS / ((performance.now() - t) / 1000)) });

    const root = path.join(dir, 'ws');
    const store = await openWorkspace(root, { create: true });
    await store.createProject({
      name: 'Bench',
      industry: 'Retail',
      goal: 'Sales',
      goalMetric: 'sales',
      audiences: ['All'],
      budgetMinor: 1,
      currency: 'USD',
      constraints: [],
      mustInclude: [],
      doNotDo: [],
      kpiTargets: {},
    });
    t = performance.now();
    const first = await importMetricsFile(store, 'bench', file, { actor: 'bench' });
    emit('import_google_ads_new_rows', performance.now() - t, 'ms', { rowsImported: first.rowsImported, heapMB: Math.round(process.memoryUsage().heapUsed / 1e6) });
    t = performance.now();
    const again = await importMetricsFile(store, 'bench', file, { actor: 'bench' });
    emit('reimport_google_ads_all_replaced', performance.now() - t, 'ms', { rowsReplaced: again.rowsReplaced });
    store.close();
    emit('project_db_size', statSync(path.join(root, '.aicmo', 'projects', 'bench.db')).size / 1e6, 'MB');
    emit('project_dump_size', statSync(path.join(root, '.aicmo', 'projects', 'bench.sql')).size / 1e6, 'MB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
