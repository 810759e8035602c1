// The demo's results: the sample exports shipped with AICMO (src/orchestrator/demo/data, copied to
// dist/demo-data by the build, so the packaged CLI and extension need nothing beside them), each
// imported into the demo project it belongs to with the same operations as `aicmo metrics import`
// and "Import Metrics CSV…", with their dates moved into the project's flight (shiftSample.ts).
// Imports upsert, and the move depends only on the flight's start (kept on every re-run), so
// re-running the demo replaces rows, never doubles them. Without the sample folder the demo still makes its projects and says no data was found.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { datesIn, shiftDays, shiftSampleText } from './shiftSample';
import { unwrap } from '../services/result';
import type { ServiceEnv } from '../services/env';
import { importMetricsOperation, importTrendsOperation } from '../operations/imports';

export interface SampleDataEntry {
  /** The demo project's name (DEMO_PROJECTS). */
  project: string;
  file: string;
  kind: 'metrics' | 'trends';
}

export const SAMPLE_DATA_PLAN: SampleDataEntry[] = [
  { project: 'Northpeak Winter Trail Boot Launch', file: 'google-ads-campaign-daily.csv', kind: 'metrics' },
  { project: 'Northpeak Winter Trail Boot Launch', file: 'meta-ads-daily.csv', kind: 'metrics' },
  { project: 'Northpeak Winter Trail Boot Launch', file: 'google-trends.csv', kind: 'trends' },
  { project: 'Ledgerly Q4 Pipeline for Finance Teams', file: 'generic-metrics.csv', kind: 'metrics' },
];

/**
 * The sample-data folder: $AICMO_SAMPLE_DATA when set, else the copy shipped with this code —
 * `data/` beside this file when run from source, `demo-data/` beside the bundle (dist/).
 */
export function findSampleData(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AICMO_SAMPLE_DATA !== undefined) return existsSync(env.AICMO_SAMPLE_DATA) ? path.resolve(env.AICMO_SAMPLE_DATA) : undefined;
  return [path.join(__dirname, 'data'), path.join(__dirname, 'demo-data')].find((dir) => SAMPLE_DATA_PLAN.every((e) => existsSync(path.join(dir, e.file))));
}

export interface SampleImportResult {
  project: string;
  file: string;
  kind: SampleDataEntry['kind'];
  status: 'imported' | 'missing';
  /** Rows (metrics) or points (trends) in the file, and how many replaced earlier ones. */
  rows?: number;
  replaced?: number;
  /** The first and last date of the imported rows (metrics), so the demo can say which days its results cover. */
  covers?: { from: string; to: string };
  /** Days the sample's dates were moved to fall in the project's flight (0: as the file has them). */
  shiftedDays?: number;
}

/** A copy of a metrics sample with its dates moved into the project's flight (in a temp folder the caller removes), or the file itself. */
function samplePlacedInFlight(file: string, startDate: string | null, today: string): { file: string; days: number; cleanup: () => void } {
  const text = readFileSync(file, 'utf8');
  const span = datesIn(text);
  const days = span && startDate ? shiftDays(span, startDate, today) : 0;
  if (days === 0) return { file, days, cleanup: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aicmo-demo-'));
  const copy = path.join(dir, path.basename(file));
  writeFileSync(copy, shiftSampleText(text, days), 'utf8');
  return { file: copy, days, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function importDemoData(env: ServiceEnv, projectIds: Map<string, { id: string; currency: string; startDate: string | null }>, dataDir: string | undefined): Promise<SampleImportResult[]> {
  const today = (env.now?.() ?? new Date()).toISOString().slice(0, 10);
  const results: SampleImportResult[] = [];
  for (const entry of SAMPLE_DATA_PLAN) {
    const file = dataDir === undefined ? undefined : path.join(dataDir, entry.file);
    const project = projectIds.get(entry.project);
    if (file === undefined || !existsSync(file) || project === undefined) {
      results.push({ ...entry, status: 'missing' });
      continue;
    }
    if (entry.kind === 'trends') {
      const r = unwrap(await importTrendsOperation.run(env, { project: project.id, file })).value;
      results.push({ ...entry, status: 'imported', rows: r.pointsImported, replaced: r.pointsReplaced });
    } else {
      const placed = samplePlacedInFlight(file, project.startDate, today);
      try {
        // Generic files carry no currency: they are in the project's.
        const r = unwrap(await importMetricsOperation.run(env, { project: project.id, file: placed.file, currency: project.currency })).value;
        const dates = (await env.store.readProject(project.id, (tx) => tx.metrics.select({ importId: r.importId }))).map((row) => row.date).sort();
        const covers = dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : undefined;
        results.push({ ...entry, status: 'imported', rows: r.rowsImported, replaced: r.rowsReplaced, ...(covers ? { covers } : {}), shiftedDays: placed.days });
      } finally {
        placed.cleanup();
      }
    }
  }
  return results;
}
