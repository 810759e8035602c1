// Shared by both parsers: the result shape and a one-sentence description of a schema failure.
import * as v from 'valibot';

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'it does not match its schema';
  const path = v.getDotPath(first);
  return `${path ? `field "${path}"` : 'the message'}: ${first.message}`;
}

export function methodName(raw: unknown): string {
  const m = raw && typeof raw === 'object' ? (raw as { method?: unknown }).method : undefined;
  return typeof m === 'string' ? m.slice(0, 80) : '(no method)';
}

