// Imports a leads CSV into a project, all-or-nothing: any invalid row rejects the whole file
// (every bad line listed) and no store file changes. Leads are identified by email: a row whose
// email the project already holds updates that lead instead of adding a second one.
import { AicmoError } from '../domain/errors';
import { readExportFile } from '../imports/readExportFile';
import type { LineError } from '../imports/types';
import type { WorkspaceStore } from '../store/types';
import { parseLeadsCsv } from './leadsCsv';

export interface LeadsImportResult {
  project: { id: string; slug: string };
  fileName: string;
  sha256: string;
  rowsTotal: number;
  created: number;
  /** Existing leads (same email) updated with the file's values. */
  merged: number;
  /** Existing leads matched without a change. */
  unchanged: number;
  /** Rows folded into an earlier row of the same file (same email). */
  mergedInFile: number;
  ignoredColumns: string[];
}

export interface LeadsImportOptions {
  actor?: string;
  now?: () => Date;
}

function rejectLeadsFile(fileName: string, errors: LineError[], rowsTotal: number): AicmoError {
  const bad = new Set(errors.map((e) => e.line)).size;
  const head =
    rowsTotal > 0
      ? `${fileName} was not imported: ${bad} of ${rowsTotal} lead rows ${bad === 1 ? 'is' : 'are'} invalid; nothing was written.`
      : `${fileName} was not imported; nothing was written.`;
  return new AicmoError('import-rejected', [head, ...errors.map((e) => `line ${e.line}: ${e.reason}`)].join('\n'), { field: 'file', details: { errors, rowsTotal } });
}

export async function importLeadsFile(store: WorkspaceStore, projectRef: string, filePath: string, options: LeadsImportOptions = {}): Promise<LeadsImportResult> {
  const file = await readExportFile(filePath);
  const project = await store.getProject(projectRef);
  const parsed = parseLeadsCsv(file.text);
  if (parsed.errors.length) throw rejectLeadsFile(file.fileName, parsed.errors, parsed.rowsTotal);
  const at = (options.now?.() ?? new Date()).toISOString();
  const actor = options.actor ?? 'aicmo';
  const counts = await store.writeProject(project.id, (tx) => {
    const c = tx.leads.upsert(parsed.leads, at);
    tx.events.record({
      type: 'leads.imported',
      actor,
      data: { fileName: file.fileName, sha256: file.sha256, rowsTotal: parsed.rowsTotal, created: c.created, merged: c.merged, unchanged: c.unchanged, mergedInFile: parsed.mergedInFile },
    });
    return c;
  });
  const result: LeadsImportResult = {
    project: { id: project.id, slug: project.slug },
    fileName: file.fileName,
    sha256: file.sha256,
    rowsTotal: parsed.rowsTotal,
    ...counts,
    mergedInFile: parsed.mergedInFile,
    ignoredColumns: parsed.ignoredColumns,
  };
  return result;
}
