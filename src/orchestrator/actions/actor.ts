// Who takes an approval action: a named person, internal (agency) or client.
import { AicmoError } from '../domain/errors';

export interface Actor {
  name: string;
  kind: 'internal' | 'client';
}

export function checkActor(actor: Actor | string): Actor {
  const a = typeof actor === 'string' ? { name: actor, kind: 'internal' as const } : actor;
  if (typeof a.name !== 'string' || a.name.trim() === '') throw new AicmoError('invalid-input', 'An approval needs the name of the person taking it.', { field: 'by' });
  if (a.kind !== 'internal' && a.kind !== 'client') throw new AicmoError('invalid-input', `The actor kind must be "internal" or "client", not "${String(a.kind)}".`, { field: 'kind' });
  return { name: a.name.trim(), kind: a.kind };
}

export type Decision = 'approve' | 'reject' | 'request_changes';

/** Reject and request changes need a reason; returns it trimmed (undefined for approve without one). */
export function checkReason(decision: Decision, reason: string | undefined, what: string): string | undefined {
  const r = reason?.trim();
  if (decision !== 'approve' && !r) {
    throw new AicmoError('invalid-input', `${decision === 'reject' ? 'Rejecting' : 'Requesting changes to'} ${what} needs a reason.`, { field: 'reason' });
  }
  return r || undefined;
}

export const DECISION_STATUS = { approve: 'approved', reject: 'rejected', request_changes: 'changes_requested' } as const;
