// Pieces of operation input schemas. They check shape (what a caller by name may send); the
// core's own rules check meaning and name the field in their words.
import * as v from 'valibot';
import { DECISIONS, type Actor } from '../domain/decisions';

/** A project id or slug. */
export const projectRef = v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a project (its id or slug)'), v.maxLength(200));

/** Who decides: a name (internal), or a name and kind; default the acting person. */
export const actorInput = v.optional(v.union([v.string(), v.object({ name: v.string(), kind: v.picklist(['internal', 'client']) })]));

export const decisionInput = v.picklist(DECISIONS);

export const idList = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000));

/** A plain object (the core checks its fields). */
export function record<T>(what: string) {
  return v.custom<T>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), `must be ${what}`);
}

/** The person deciding, from the input or the environment. */
export function actorOf(input: string | Actor | undefined, actor: string): Actor | string {
  return input ?? actor;
}
