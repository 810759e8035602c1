// Imports an ad-platform export into a project, all-or-nothing: any invalid row rejects the
// whole file (every bad line listed) and no store file changes. Accepted rows are upserted on
// (platform, campaign, ad set, ad, date), so re-importing an overlapping window replaces rows.
// Each import is recorded (file name, SHA-256, format, counts, currency) and written to the
// learning-event log as `metrics.imported`.
import { AicmoError } from '../domain/errors';
import type { WorkspaceStore } from '../store/types';
import { channelMapProblem, type ChannelReport } from './channelReading';
import { parseMetricsText } from './parseMetricsText';
import { readExportFile } from './readExportFile';
import { rejectFile } from './rejection';
import type { LineError, ParseMetricsOptions } from './types';
import { quoted } from './quoted';

export interface ImportOptions extends ParseMetricsOptions {
  /** Who imported (a person's name or "ci"). */
  actor?: string;
  /** Clock for the import record (tests). */
  now?: () => Date;
}

export interface MetricsImportResult {
  importId: number;
  fileName: string;
  sha256: string;
  format: string;
  platform: string;
  currency: string;
  rowsTotal: number;
  rowsImported: number;
  rowsReplaced: number;
  rowsRejected: number;
  errors: LineError[];
  skipped: LineError[];
  /** How channels were read: rows per stored channel, family labels, unmapped labels, unknown campaign types. */
  channels: ChannelReport;
  /** The first and last day of the rows. */
  period: { from: string; to: string };
  /** Rows dated outside the project's start and end dates (kept, and said in the summary). */
  outsideProject: { rows: number; from: string; to: string; start: string | null; end: string | null } | null;
}

export async function importMetricsFile(
  store: WorkspaceStore,
  projectRef: string,
  filePath: string,
  options: ImportOptions = {},
): Promise<MetricsImportResult> {
  const mapProblem = options.channelMap ? channelMapProblem(options.channelMap) : null;
  if (mapProblem) throw new AicmoError('invalid-input', `${mapProblem[0]!.toUpperCase()}${mapProblem.slice(1)}.`, { field: 'channelMap' });
  const file = await readExportFile(filePath);
  const project = await store.getProject(projectRef);
  const parsed = parseMetricsText(file.text, { ...options, currency: options.currency ?? project.currency });
  if (parsed.errors.length) throw rejectFile(file.fileName, parsed.errors, parsed.rowsTotal);
  if (parsed.rows.length === 0) throw rejectFile(file.fileName, [{ line: 1, reason: 'the file has no data rows' }], 0);
  const currency = parsed.currency!;
  const actor = options.actor ?? 'aicmo';
  const importedAt = (options.now?.() ?? new Date()).toISOString();

  const dates = parsed.rows.map((r) => r.date).sort();
  const result = await store.writeProject(projectRef, (tx) => {
    const p = tx.project;
    const held = tx.metrics.currencies().filter((c) => c !== currency);
    if (held.length) {
      throw new AicmoError('import-rejected', `${file.fileName} is in ${currency} but project "${p.name}" already holds results in ${held.join(', ')}; mixed currencies are refused (nothing was written).`, {
        field: 'currency',
      });
    }
    if (currency !== p.currency) {
      throw new AicmoError('import-rejected', `${file.fileName} is in ${currency} but project "${p.name}" is budgeted in ${p.currency}; mixed currencies are refused (nothing was written).`, {
        field: 'currency',
      });
    }
    const conflicts = tx.metrics.granularityConflicts(parsed.rows);
    if (conflicts.length) {
      const c = conflicts[0]!;
      throw new AicmoError(
        'import-rejected',
        `${file.fileName} has ${c.incoming} rows for ${c.platform} campaign ${quoted(c.campaign)}, which the project holds as ${c.stored} rows; import one granularity per campaign (nothing was written).`,
        { field: 'granularity' },
      );
    }
    const importId = tx.imports.record({
      fileName: file.fileName,
      sha256: file.sha256,
      format: parsed.format,
      platform: parsed.platform,
      currency,
      rowsTotal: parsed.rowsTotal,
      rowsImported: 0,
      rowsReplaced: 0,
      rowsRejected: 0,
      importedAt,
      actor,
    });
    // The file has no duplicate keys (rejected above), so every row not new replaced one.
    const rowsReplaced = tx.metrics.upsert(parsed.rows, importId).replaced;
    tx.imports.setCounts(importId, parsed.rows.length, rowsReplaced);
    tx.events.record({
      type: 'metrics.imported',
      actor,
      data: {
        importId,
        fileName: file.fileName,
        sha256: file.sha256,
        format: parsed.format,
        platform: parsed.platform,
        currency,
        rowsImported: parsed.rows.length,
        rowsReplaced,
        from: dates[0],
        to: dates[dates.length - 1],
        rowsByChannel: parsed.channels.rowsByChannel,
        familyLabels: parsed.channels.families.map((f) => f.label),
        unmappedLabels: parsed.channels.unmapped.map((u) => u.label),
        unknownCampaignTypes: parsed.channels.unknownCampaignTypes.map((t) => t.type),
      },
    });
    const start = p.startDate ?? null;
    const end = p.endDate ?? null;
    const outside = parsed.rows.map((r) => r.date).filter((d) => (start !== null && d < start) || (end !== null && d > end)).sort();
    const outsideProject = outside.length > 0 ? { rows: outside.length, from: outside[0]!, to: outside[outside.length - 1]!, start, end } : null;
    return { importId, rowsReplaced, outsideProject };
  });

  const out: MetricsImportResult = {
    importId: result.importId,
    fileName: file.fileName,
    sha256: file.sha256,
    format: parsed.format,
    platform: parsed.platform,
    currency,
    rowsTotal: parsed.rowsTotal,
    rowsImported: parsed.rows.length,
    rowsReplaced: result.rowsReplaced,
    rowsRejected: 0,
    errors: [],
    skipped: parsed.skipped,
    channels: parsed.channels,
    period: { from: dates[0]!, to: dates[dates.length - 1]! },
    outsideProject: result.outsideProject,
  };
  return out;
}
