// The decisions inside an output: the artifact-level bar (Approve / Reject / Request changes with
// a reason) for the cells NOTEBOOK_DECISIONS lists with scope "artifact", and the message a
// decision posts to the host (DecideMessage, validated there again).
import type { DecideMessage } from '../../protocol/notebook';

export type DecisionKind = DecideMessage['decision'];

export const DECISION_LABELS: Record<DecisionKind, string> = { approve: 'Approve', reject: 'Reject', request_changes: 'Request changes' };

/** The one sentence when a decision lacks its reason; undefined when it may be sent. */
export function reasonProblem(decision: DecisionKind, reason: string, what: string): string | undefined {
  if (decision === 'approve' || reason.trim() !== '') return undefined;
  return decision === 'reject' ? `Give a reason to reject ${what}.` : `Say what should change in ${what} before requesting changes.`;
}
