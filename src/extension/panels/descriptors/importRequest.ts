// The "Import CSV" request of the Analytics and Social Trends panels: the host asks for a file,
// then the import of the chosen kind runs (the format the person chose is the format used).
import type { OperationCall } from '../../../orchestrator/operations';
import type { ImportCsvRequest, ImportKind } from '../../../protocol';
import type { RequestHandler } from './types';

const FORMATS = { 'google-ads': 'google-ads', 'meta-ads': 'meta', generic: 'generic' } as const;

export function importCall(project: string, kind: ImportKind, file: string): OperationCall {
  if (kind === 'trends') return { name: 'trends.import', input: { project, file } };
  if (kind === 'leads') return { name: 'leads.import', input: { project, file } };
  return { name: 'metrics.import', input: { project, file, format: FORMATS[kind] } };
}

export const importCsvRequest: RequestHandler<typeof ImportCsvRequest> = {
  file: { title: (p) => `Import a ${p.kind} CSV into ${p.project}`, cancelled: { imported: false, message: 'No file was chosen; nothing was imported.' } },
  call: (p, file) => importCall(p.project, p.kind, file ?? ''),
  respond: (outcome) => ({ imported: true, message: outcome.message }),
};
