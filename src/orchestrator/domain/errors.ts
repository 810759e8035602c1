// Errors the core raises for the user: one clear sentence, optionally naming the field,
// file or line that caused it. Front ends print `message`; details go to logs. A refusal may
// offer what to do instead (`next`, e.g. "Resume" when runs are paused), as an outcome does.
import type { NextStep } from '../operations/types';

export type AicmoErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'unreadable-file'
  | 'unsafe-path'
  | 'newer-schema'
  | 'locked'
  | 'paused'
  | 'import-rejected'
  | 'cancelled'
  | 'untrusted'
  /** The action needs the person to confirm it (e.g. approving a creative with violations). */
  | 'needs-confirmation';

export class AicmoError extends Error {
  readonly code: AicmoErrorCode;
  readonly field?: string;
  readonly details?: unknown;
  /** What the person can do instead, most likely first. */
  readonly next?: readonly NextStep[];

  constructor(code: AicmoErrorCode, message: string, options: { field?: string; details?: unknown; cause?: unknown; next?: readonly NextStep[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AicmoError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
    if (options.next) this.next = options.next;
  }
}

export function isAicmoError(e: unknown): e is AicmoError {
  return e instanceof AicmoError;
}

/** What a failed result carries: the one sentence, its code, the field it names, and the original error. */
export interface ResultError {
  code: AicmoErrorCode | 'internal';
  message: string;
  field?: string;
  /** What the person can do instead (a paused workspace offers "Resume"). */
  next?: readonly NextStep[];
  /** The error as thrown (its stack is what the log shows); not part of any wire format. */
  cause?: unknown;
}

/** An operation result for the operator services: errors are values with a message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };
