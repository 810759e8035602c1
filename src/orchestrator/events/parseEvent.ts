// Checks that a parsed JSON value is a learning event of a format this code reads.
import { EVENT_FORMAT_VERSION, type LearningEvent } from './types';

const UTC_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?Z$/;

/**
 * An ISO 8601 UTC time as events carry it (`2026-11-24T10:15:00.000Z`, milliseconds optional) that
 * names a real moment: filters and insight windows compare these strings, so nothing else passes.
 */
export function isUtcTimestamp(ts: string): boolean {
  const m = UTC_TIMESTAMP.exec(ts);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
}

/** The event, or the reason the value is not one. */
export function parseEventLine(text: string): { event: LearningEvent } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: 'not a JSON object' };
  const e = value as Record<string, unknown>;
  if (e.v !== EVENT_FORMAT_VERSION) {
    return { reason: typeof e.v === 'number' ? `event format version ${e.v} is not supported (this AICMO reads version ${EVENT_FORMAT_VERSION})` : 'missing the format version "v"' };
  }
  for (const key of ['id', 'ts', 'type', 'actor'] as const) {
    if (typeof e[key] !== 'string' || e[key] === '') return { reason: `missing or empty "${key}"` };
  }
  if (!isUtcTimestamp(e.ts as string)) return { reason: '"ts" is not an ISO 8601 UTC time (e.g. 2026-11-24T10:15:00.000Z)' };
  if (e.project !== null && typeof e.project !== 'string') return { reason: '"project" must be a string or null' };
  if (typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)) return { reason: '"data" must be a JSON object' };
  return { event: e as unknown as LearningEvent };
}
