// What a user meets after a `git pull` that conflicted in a dump: the markers git leaves
// (<<<<<<<, |||||||, =======, >>>>>>>). Every reader of a dump checks for them first, so the
// error says "Unresolved merge conflict in <file> line N" wherever the file is read (open, list,
// repair) instead of failing on some line in the middle.
import { AicmoError } from '../domain/errors';

const MARKER = /^(<{7}|\|{7}|>{7})(?: |$)|^={7}$/;

/** The 1-based line of the first conflict marker in `text`, if any. */
export function conflictMarkerLine(text: string): number | undefined {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (MARKER.test(text.slice(start, end).replace(/\r$/, ''))) return line;
    if (nl < 0) break;
    start = nl + 1;
  }
  return undefined;
}

export const RESOLVE = 'resolve it (keep the lines you want, drop the <<<<<<<, ======= and >>>>>>> lines)';

/** Throws 'unreadable-file' naming the file and line when `text` holds a conflict marker; `advice` ends the sentence. */
export function assertNoConflict(text: string, label: string, advice = `${RESOLVE}; nothing was changed`): void {
  const line = conflictMarkerLine(text);
  if (line === undefined) return;
  throw new AicmoError('unreadable-file', `Unresolved merge conflict in ${label} line ${line}: ${advice}.`, { details: { file: label, line, conflict: true } });
}

export function isConflictError(e: unknown): e is AicmoError {
  return e instanceof AicmoError && (e.details as { conflict?: unknown } | undefined)?.conflict === true;
}
