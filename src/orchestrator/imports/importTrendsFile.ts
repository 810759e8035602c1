// Imports a Google Trends multiTimeline export into a project's trend points, all-or-nothing,
// upserting on (keyword, geo, date); records the import and writes `trends.imported`.
import type { WorkspaceStore } from '../store/types';
import type { ImportOptions } from './importMetricsFile';
import { parseTrendsText } from './parseMetricsText';
import { readExportFile } from './readExportFile';
import { rejectFile } from './rejection';

export interface TrendsImportResult {
  importId: number;
  fileName: string;
  sha256: string;
  format: 'google-trends';
  keywords: Array<{ keyword: string; geo: string }>;
  rowsTotal: number;
  pointsImported: number;
  pointsReplaced: number;
}

export async function importTrendsFile(
  store: WorkspaceStore,
  projectRef: string,
  filePath: string,
  options: Pick<ImportOptions, 'actor' | 'now'> = {},
): Promise<TrendsImportResult> {
  const file = await readExportFile(filePath);
  await store.getProject(projectRef); // an unknown project is refused before the file is parsed
  const parsed = parseTrendsText(file.text);
  if (parsed.errors.length) throw rejectFile(file.fileName, parsed.errors, parsed.rowsTotal);
  if (parsed.points.length === 0) throw rejectFile(file.fileName, [{ line: 1, reason: 'the file has no data rows' }], 0);
  const actor = options.actor ?? 'aicmo';
  const keywords = [...new Map(parsed.points.map((p) => [`${p.keyword}\u0000${p.geo}`, { keyword: p.keyword, geo: p.geo }])).values()];
  const { importId, pointsReplaced } = await store.writeProject(projectRef, (tx) => {
    const id = tx.imports.record({
      fileName: file.fileName,
      sha256: file.sha256,
      format: 'google-trends',
      platform: 'google_trends',
      currency: null,
      rowsTotal: parsed.rowsTotal,
      rowsImported: 0,
      rowsReplaced: 0,
      rowsRejected: 0,
      importedAt: (options.now?.() ?? new Date()).toISOString(),
      actor,
    });
    const replaced = tx.trends.upsert(parsed.points, id, 'google-trends').replaced;
    tx.imports.setCounts(id, parsed.points.length, replaced);
    tx.events.record({
      type: 'trends.imported',
      actor,
      data: { importId: id, fileName: file.fileName, sha256: file.sha256, keywords, points: parsed.points.length, replaced },
    });
    return { importId: id, pointsReplaced: replaced };
  });
  return { importId, fileName: file.fileName, sha256: file.sha256, format: 'google-trends', keywords, rowsTotal: parsed.rowsTotal, pointsImported: parsed.points.length, pointsReplaced };
}
