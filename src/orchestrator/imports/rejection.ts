// The refusal every importer throws: one sentence naming the file, then every `line N: reason`.
import { AicmoError } from '../domain/errors';
import type { LineError } from './types';

export function rejectFile(fileName: string, errors: LineError[], rowsTotal: number): AicmoError {
  const bad = new Set(errors.map((e) => e.line)).size;
  const head =
    rowsTotal > 0 && errors.every((e) => e.line > 0)
      ? `${fileName} was not imported: ${bad} of ${rowsTotal} rows ${bad === 1 ? 'is' : 'are'} invalid or the file's totals disagree; nothing was written.`
      : `${fileName} was not imported; nothing was written.`;
  return new AicmoError('import-rejected', [head, ...errors.map((e) => `line ${e.line}: ${e.reason}`)].join('\n'), {
    field: 'file',
    details: { errors, rowsTotal, rowsRejected: bad },
  });
}
