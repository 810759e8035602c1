// Turns an EventFilter into a predicate over events, plus a cheap text test that rejects most
// non-matching lines before they are parsed (a line whose text does not contain the quoted
// project id cannot belong to that project).
import { AicmoError } from '../domain/errors';
import type { EventFilter, LearningEvent } from './types';

export interface CompiledFilter {
  since?: string;
  until?: string;
  limit?: number;
  keep: 'oldest' | 'latest';
  /** Bytes every matching line written by JSON.stringify contains (the quoted project id, else the type). */
  searchBytes?: Buffer;
  /** False when the raw line certainly does not match; true when it may. */
  mayMatchText(line: string): boolean;
  matches(event: LearningEvent): boolean;
}

/** Normalises a time bound to ISO 8601 UTC, or throws naming the field. */
export function toIsoBound(value: string | Date, field: 'since' | 'until'): string {
  const date = value instanceof Date ? value : new Date(value);
  if (typeof value === 'string' && value.trim() === '') {
    throw new AicmoError('invalid-input', `${field} is empty; give an ISO 8601 date or time such as 2026-11-01.`, { field });
  }
  if (Number.isNaN(date.getTime())) {
    throw new AicmoError('invalid-input', `${field} "${String(value)}" is not an ISO 8601 date or time (e.g. 2026-11-01 or 2026-11-01T09:00:00Z).`, { field });
  }
  return date.toISOString();
}

/** The timestamp of a line in the layout EventLog writes (other layouts are simply parsed). */
const LEADING_TS = /^\{"v":1,"id":"[^"\\]*","ts":"([^"\\]*)"/;

/** A needle that JSON.stringify writes verbatim (printable ASCII without quote or backslash). */
function plainNeedle(text: string): boolean {
  return /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(text);
}

export function compileFilter(filter: EventFilter = {}): CompiledFilter {
  const since = filter.since === undefined ? undefined : toIsoBound(filter.since, 'since');
  const until = filter.until === undefined ? undefined : toIsoBound(filter.until, 'until');
  if (since !== undefined && until !== undefined && until < since) {
    throw new AicmoError('invalid-input', `until (${until}) is before since (${since}).`, { field: 'until' });
  }
  const limit = filter.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new AicmoError('invalid-input', `limit must be a whole number of 0 or more, not ${String(limit)}.`, { field: 'limit' });
  }
  const project = filter.project;
  const type = filter.type;
  const typeIsPrefix = type !== undefined && type.endsWith('.');
  const types = filter.types;
  const typeMatches = (t: string, e: string) => (t.endsWith('.') ? e.startsWith(t) : e === t);
  // Any of `types`: a line can match only if it holds one of their quoted texts (when all are plain).
  const anyOf = types !== undefined && types.every(plainNeedle) ? types.map((t) => (t.endsWith('.') ? `"${t}` : `"${t}"`)) : undefined;

  const needles: string[] = [];
  if (project !== undefined && plainNeedle(project)) needles.push(`"${project}"`);
  if (type !== undefined && plainNeedle(type)) needles.push(typeIsPrefix ? `"${type}` : `"${type}"`);
  if (anyOf?.length === 1) needles.push(anyOf[0]!);

  const timed = since !== undefined || until !== undefined;
  return {
    since,
    until,
    limit,
    keep: filter.keep ?? 'oldest',
    searchBytes: needles[0] === undefined ? undefined : Buffer.from(needles[0], 'utf8'),
    mayMatchText(line) {
      for (const n of needles) if (!line.includes(n)) return false;
      if (anyOf !== undefined && !anyOf.some((n) => line.includes(n))) return false;
      if (timed) {
        // Lines written by EventLog start {"v":1,"id":"…","ts":"…": read ts without parsing.
        const ts = LEADING_TS.exec(line)?.[1];
        if (ts !== undefined && ((since !== undefined && ts < since) || (until !== undefined && ts >= until))) return false;
      }
      return true;
    },
    matches(e) {
      if (project !== undefined && e.project !== project) return false;
      if (type !== undefined && (typeIsPrefix ? !e.type.startsWith(type) : e.type !== type)) return false;
      if (types !== undefined && !types.some((t) => typeMatches(t, e.type))) return false;
      if (since !== undefined && e.ts < since) return false;
      if (until !== undefined && e.ts >= until) return false;
      return true;
    },
  };
}
