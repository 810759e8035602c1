// The Portal panel's approval requests: one per target (the strategy, each creative), with its
// full history, from the project's approval actions and current statuses. Pure.
import type { ApprovalActionView, ApprovalRequestView, PortalData } from '../../../protocol';

export interface PortalInputs {
  strategy: { version: number; status: string; createdAt: string } | null;
  creatives: { id: string; status: string; channel: string; headline: string }[];
  /** Every approval action of the project, oldest first. */
  approvals: ApprovalActionView[];
}

const STATUS_WORDS: Record<string, string> = {
  draft: 'waiting',
  in_review: 'waiting',
  changes_requested: 'changes requested',
  approved: 'approved',
  rejected: 'rejected',
  scheduled: 'approved',
  stale: 'stale',
};

const statusWord = (s: string) => STATUS_WORDS[s] ?? s.replace(/_/g, ' ');

function submittedAt(history: readonly ApprovalActionView[], fallback: string | null): string | null {
  return history.find((a) => a.action === 'submit')?.at ?? history[0]?.at ?? fallback;
}

export function portalData(input: PortalInputs): PortalData {
  const requests: ApprovalRequestView[] = [];
  const forTarget = (kind: string, id?: string) => input.approvals.filter((a) => a.target.kind === kind && (id === undefined || a.target.id === id));
  if (input.strategy) {
    const history = forTarget('strategy');
    requests.push({ target: { kind: 'strategy', id: 'strategy', label: `Strategy v${input.strategy.version}` }, status: statusWord(input.strategy.status), submittedAt: submittedAt(history, input.strategy.createdAt), history });
  }
  for (const c of input.creatives) {
    const history = forTarget('creative', c.id);
    requests.push({ target: { kind: 'creative', id: c.id, label: `${c.channel}: ${c.headline}` }, status: statusWord(c.status), submittedAt: submittedAt(history, null), history });
  }
  // Holds and other project-level actions are their own request, so nothing is left out.
  const project = forTarget('project');
  if (project.length > 0) requests.push({ target: { kind: 'project', id: 'project', label: 'Project' }, status: statusWord(project[project.length - 1]!.action), submittedAt: project[0]!.at, history: project });
  return { requests, history: input.approvals };
}
