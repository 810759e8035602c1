// Makes an operation from its catalog entry and its spec: the input is checked against the
// schema (one sentence naming the field when it does not fit), then the operation runs; what it
// throws becomes an error value that keeps the original error as `cause`.
import * as v from 'valibot';
import { AicmoError } from '../domain/errors';
import { attempt, fail } from '../services/result';
import { OPERATION_CATALOG, restrictedModeSentence, type OperationName } from './catalog';
import type { Operation, OperationSpec } from './types';

export interface DefinedOperation<N extends OperationName, I, T> extends Operation<I, T> {
  readonly name: N;
}

/** The first problem of an input that does not fit its schema, as one sentence naming the field. */
export function inputProblem(name: string, issues: readonly v.BaseIssue<unknown>[]): AicmoError {
  const first = issues[0];
  const path = first ? v.getDotPath(first) : null;
  const why = (first?.message ?? 'it does not have the expected shape').replace(/\.$/, '');
  return new AicmoError('invalid-input', `The input of ${name} is not valid: ${path ? `${path}: ` : ''}${why}.`, path ? { field: path.split('.')[0] } : {});
}

export function defineOperation<N extends OperationName, I, O, T>(name: N, spec: Omit<OperationSpec<I, O, T>, 'summary' | 'writes'>): DefinedOperation<N, I, T> {
  const info = OPERATION_CATALOG[name];
  return {
    name,
    summary: info.summary,
    writes: info.writes,
    input: spec.input,
    async run(env, input, options = {}) {
      // A read-only store (Restricted Mode) refuses every write; say which, before anything runs.
      if (info.writes && env.store.readOnly) {
        const message = restrictedModeSentence(name, typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {});
        return fail('untrusted', message, undefined, new AicmoError('untrusted', message));
      }
      const parsed = v.safeParse(spec.input, input);
      if (!parsed.success) {
        const problem = inputProblem(name, parsed.issues);
        return fail(problem.code, problem.message, problem.field, problem);
      }
      return attempt(() => spec.execute(env, parsed.output, options));
    },
  };
}
