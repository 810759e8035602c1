// Checks that a parsed JSON value is a learning event of a format this code reads.
import { EVENT_FORMAT_VERSION, type LearningEvent } from './types';

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
  if (e.project !== null && typeof e.project !== 'string') return { reason: '"project" must be a string or null' };
  if (typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)) return { reason: '"data" must be a JSON object' };
  return { event: e as unknown as LearningEvent };
}
