// Errors as values for the operator services: a failure becomes `{ ok: false, error }` with the
// one-sentence message the core raised, never a success-looking value.
import { isAicmoError, type Result, type ResultError } from '../domain/errors';

export type { Result, ResultError } from '../domain/errors';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ResultError['code'], message: string, field?: string, cause?: unknown): Result<T> {
  return { ok: false, error: { code, message, ...(field === undefined ? {} : { field }), ...(cause === undefined ? {} : { cause }) } };
}

/**
 * Runs `fn` and turns what it throws into an error value: an AicmoError keeps its code and
 * field, anything else is 'internal'; either way the original error is kept as `cause`.
 */
export async function attempt<T>(fn: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    if (isAicmoError(e)) {
      const r = fail<T>(e.code, e.message, e.field, e);
      if (!r.ok && e.next && e.next.length > 0) r.error.next = e.next;
      return r;
    }
    return fail('internal', e instanceof Error ? e.message : String(e), undefined, e);
  }
}

/**
 * The value of a result, or throws its error (for callers that prefer exceptions, e.g. the CLI):
 * the original error when there is one, so its stack is the one that is logged.
 */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  if (r.error.cause instanceof Error) throw r.error.cause;
  const err = new Error(r.error.message) as Error & { code?: string; field?: string };
  err.code = r.error.code;
  if (r.error.field !== undefined) err.field = r.error.field;
  throw err;
}
