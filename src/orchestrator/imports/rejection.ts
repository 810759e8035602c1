// The refusal every importer throws: one sentence naming the file, then every `line N: reason`.
import { AicmoError } from '../domain/errors';
import type { LineError } from './types';

export function rejectFile(fileName: string, errors: LineError[], rowsTotal: number): AicmoError {
  const bad = new Set(errors.map((e) => e.line)).size;
  const head =
    rowsTotal > 0 && errors.every((e) => e.line > 0)
      ? `${fileName} was not imported: ${bad} of ${rowsTotal} rows ${bad === 1 ? 'is' : 'are'} invalid or the file's totals disagree; nothing was written.`
      : `${fileName} was not imported; nothing was written.`;
  // A reason is one line whatever text it quotes, so every listed line stays `line N: reason`.
  const listed = errors.map((e) => `line ${e.line}: ${e.reason.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')}`);
  return new AicmoError('import-rejected', [head, ...listed].join('\n'), {
    field: 'file',
    details: { errors, rowsTotal, rowsRejected: bad },
  });
}
