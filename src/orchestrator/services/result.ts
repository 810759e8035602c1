// Errors as values for the operator services: a failure becomes `{ ok: false, error }` with the
// one-sentence message the core raised, never a success-looking value.
import { isAicmoError, type Result } from '../domain/errors';

export type { Result } from '../domain/errors';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: Extract<Result<T>, { ok: false }>['error']['code'], message: string, field?: string): Result<T> {
  return { ok: false, error: { code, message, ...(field === undefined ? {} : { field }) } };
}

/** Runs `fn` and turns what it throws into an error value (AicmoError keeps its code and field). */
export async function attempt<T>(fn: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    if (isAicmoError(e)) return fail(e.code, e.message, e.field);
    return fail('internal', e instanceof Error ? e.message : String(e));
  }
}

/** The value of a result, or throws its error (for callers that prefer exceptions, e.g. the CLI). */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  const err = new Error(r.error.message) as Error & { code?: string; field?: string };
  err.code = r.error.code;
  if (r.error.field !== undefined) err.field = r.error.field;
  throw err;
}
