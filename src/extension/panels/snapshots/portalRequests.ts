// The Portal panel's approval requests: one per target (the strategy, each creative), with its
// full history, from the project's approval actions and current statuses. Pure.
import { channelName } from '../../../orchestrator/domain/labels';
import type { ApprovalActionView, ApprovalRequestView, PortalData } from '../../../protocol';

export interface PortalInputs {
  strategy: { version: number; status: string; createdAt: string } | null;
  creatives: { id: string; status: string; channel: string; headline: string; body: string }[];
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

/** A creative as a person finds it: its channel's name and its headline, else the start of its text. */
function creativeLabel(c: PortalInputs['creatives'][number]): string {
  const text = c.headline.trim() || c.body.trim().split('\n')[0]!.trim();
  const short = text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
  return `${channelName(c.channel)}: ${short || 'no text yet'}`;
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
    requests.push({ target: { kind: 'creative', id: c.id, label: creativeLabel(c) }, status: statusWord(c.status), submittedAt: submittedAt(history, null), history });
  }
  // Holds and other project-level actions are their own request, so nothing is left out.
  const project = forTarget('project');
  if (project.length > 0) requests.push({ target: { kind: 'project', id: 'project', label: 'Project' }, status: statusWord(project[project.length - 1]!.action), submittedAt: project[0]!.at, history: project });
  // Every action names what it was about, as its request does.
  const labels = new Map(requests.map((r) => [`${r.target.kind}:${r.target.kind === 'creative' ? r.target.id : ''}`, r.target.label]));
  const labelled = (a: ApprovalActionView): ApprovalActionView => {
    const label = labels.get(`${a.target.kind}:${a.target.kind === 'creative' ? a.target.id : ''}`);
    return label === undefined || a.target.label !== undefined ? a : { ...a, target: { ...a.target, label } };
  };
  return { requests: requests.map((r) => ({ ...r, history: r.history.map(labelled) })), history: input.approvals.map(labelled) };
}
