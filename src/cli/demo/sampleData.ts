// Which sample exports (../shared/data beside the repository) belong to which demo project.
//
// >>> DEMO IMPORT HOOK <<<
// The CSV importers (src/orchestrator/imports) are being finished in a parallel change. When they
// land, `importDemoData` should, for each entry of SAMPLE_DATA_PLAN, read the file and import it
// into the project (all-or-nothing, upserting metric rows so a re-run replaces rather than
// doubles), record a `metrics.imported` / `trends.imported` event, and report the row counts.
// Until then it reports each file as pending, so the demo says plainly that no metrics exist yet.
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface SampleDataEntry {
  /** The demo project's name (DEMO_PROJECTS). */
  project: string;
  file: string;
  kind: 'google-ads' | 'meta-ads' | 'google-trends' | 'generic';
}

export const SAMPLE_DATA_PLAN: SampleDataEntry[] = [
  { project: 'Northpeak Winter Trail Boot Launch', file: 'google-ads-campaign-daily.csv', kind: 'google-ads' },
  { project: 'Northpeak Winter Trail Boot Launch', file: 'meta-ads-daily.csv', kind: 'meta-ads' },
  { project: 'Northpeak Winter Trail Boot Launch', file: 'google-trends.csv', kind: 'google-trends' },
  { project: 'Ledgerly Q4 Pipeline for Finance Teams', file: 'generic-metrics.csv', kind: 'generic' },
];

/** The sample-data folder: $AICMO_SAMPLE_DATA, else the nearest `shared/data` above this code. */
export function findSampleData(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AICMO_SAMPLE_DATA) return existsSync(env.AICMO_SAMPLE_DATA) ? path.resolve(env.AICMO_SAMPLE_DATA) : undefined;
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'shared', 'data');
    if (existsSync(path.join(candidate, 'EXPECTED.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface SampleImportResult {
  project: string;
  file: string;
  kind: SampleDataEntry['kind'];
  status: 'pending' | 'missing';
}

/** See the DEMO IMPORT HOOK note above: today every present file is reported as pending. */
export async function importDemoData(dataDir: string | undefined): Promise<SampleImportResult[]> {
  return SAMPLE_DATA_PLAN.map((entry) => ({
    ...entry,
    status: dataDir !== undefined && existsSync(path.join(dataDir, entry.file)) ? 'pending' : 'missing',
  }));
}
