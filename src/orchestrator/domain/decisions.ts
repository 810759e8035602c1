// Decisions people take on work (approve, reject, request changes) and who takes them: a named
// person, internal (agency) or client. Each check is one sentence naming the field.
import { AicmoError } from './errors';

export interface Actor {
  name: string;
  kind: 'internal' | 'client';
}

export const DECISIONS = ['approve', 'reject', 'request_changes'] as const;
export type Decision = (typeof DECISIONS)[number];

export function checkActor(actor: Actor | string): Actor {
  const a = typeof actor === 'string' ? { name: actor, kind: 'internal' as const } : actor;
  if (typeof a.name !== 'string' || a.name.trim() === '') throw new AicmoError('invalid-input', 'An approval needs the name of the person taking it.', { field: 'by' });
  if (a.kind !== 'internal' && a.kind !== 'client') throw new AicmoError('invalid-input', `The actor kind must be "internal" or "client", not "${String(a.kind)}".`, { field: 'kind' });
  return { name: a.name.trim(), kind: a.kind };
}

/** Reject and request changes need a reason; returns it trimmed (undefined for approve without one). */
export function checkReason(decision: Decision, reason: string | undefined, what: string): string | undefined {
  const r = reason?.trim();
  if (decision !== 'approve' && !r) {
    throw new AicmoError('invalid-input', `${decision === 'reject' ? 'Rejecting' : 'Requesting changes to'} ${what} needs a reason.`, { field: 'reason' });
  }
  return r || undefined;
}

export const DECISION_STATUS = { approve: 'approved', reject: 'rejected', request_changes: 'changes_requested' } as const;

/** "Approved", "Rejected", "Requested changes to" — the start of a sentence about a decision. */
export const DECISION_VERB: Record<Decision, string> = { approve: 'Approved', reject: 'Rejected', request_changes: 'Requested changes to' };
