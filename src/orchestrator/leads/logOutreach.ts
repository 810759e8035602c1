// Logs one outreach attempt for a lead (by lead id, or by email within a project). The lead is
// looked up across the workspace's projects unless a project is named.
import { AicmoError } from '../domain/errors';
import { OUTREACH_CHANNELS, OUTREACH_STATUSES, type OutreachChannel, type OutreachStatus } from '../domain/outreach';
import type { LeadRow, OutreachAttemptRow, WorkspaceStore } from '../store/types';

export interface OutreachInput {
  /** Lead id (`l_…`) or the lead's email. */
  lead: string;
  channel: string;
  status: string;
  /** Sequence step (1 = first touch); default: one after the lead's last step. */
  step?: number | string;
  /** When it was sent (ISO date or date-time); default now. */
  at?: string;
  /** Restrict the lookup to one project (id or slug); needed when an email is in several projects. */
  project?: string;
  actor?: string;
  now?: () => Date;
}

export interface OutreachLogResult {
  project: { id: string; slug: string };
  lead: LeadRow;
  attempt: OutreachAttemptRow;
}

function validChannel(v: string): OutreachChannel {
  const c = v.trim().toLowerCase();
  if (!(OUTREACH_CHANNELS as readonly string[]).includes(c)) {
    throw new AicmoError('invalid-input', `The outreach channel "${v}" is not one of ${OUTREACH_CHANNELS.join(', ')}.`, { field: 'channel' });
  }
  return c as OutreachChannel;
}

function validStatus(v: string): OutreachStatus {
  const s = v.trim().toLowerCase().replace(/[- ]/g, '_');
  if (!(OUTREACH_STATUSES as readonly string[]).includes(s)) {
    throw new AicmoError('invalid-input', `The outreach status "${v}" is not one of ${OUTREACH_STATUSES.join(', ')}.`, { field: 'status' });
  }
  return s as OutreachStatus;
}

function validStep(v: number | string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new AicmoError('invalid-input', `The outreach step "${v}" must be a whole number from 1 to 100.`, { field: 'step' });
  return n;
}

function validTime(v: string | undefined, now: Date): string {
  if (v === undefined) return now.toISOString();
  const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v.trim());
  const d = new Date(v.trim().length === 10 ? `${v.trim()}T00:00:00Z` : v.trim());
  if (!ok || Number.isNaN(d.getTime())) throw new AicmoError('invalid-input', `The time "${v}" is not a date (YYYY-MM-DD) or an ISO date-time.`, { field: 'at' });
  return d.toISOString();
}

/** Finds which project holds the lead; throws not-found, or conflict when an email is in several. */
export async function locateLead(store: WorkspaceStore, ref: string, projectRef?: string): Promise<{ projectId: string; lead: LeadRow }> {
  const byEmail = ref.includes('@');
  const candidates = projectRef === undefined ? (await store.listProjects()).map((p) => p.id) : [(await store.getProject(projectRef)).id];
  const found: Array<{ projectId: string; lead: LeadRow }> = [];
  for (const id of candidates) {
    const lead = await store.readProject(id, (tx) => (byEmail ? tx.leads.findByEmail(ref) : tx.leads.get(ref.trim())));
    if (lead) found.push({ projectId: id, lead });
  }
  if (found.length === 0) {
    throw new AicmoError('not-found', `No lead "${ref}" in ${projectRef === undefined ? 'this workspace' : `project "${projectRef}"`}.`, { field: 'lead' });
  }
  if (found.length > 1) {
    throw new AicmoError('conflict', `The lead "${ref}" is in ${found.length} projects; name the project.`, { field: 'project' });
  }
  return found[0]!;
}

export async function logOutreach(store: WorkspaceStore, input: OutreachInput): Promise<OutreachLogResult> {
  const channel = validChannel(input.channel);
  const status = validStatus(input.status);
  const step = validStep(input.step);
  const sentAt = validTime(input.at, input.now?.() ?? new Date());
  const { projectId, lead } = await locateLead(store, input.lead, input.project);
  return store.writeProject(projectId, (tx) => {
    const attempt = tx.outreach.record({ leadId: lead.id, channel, status, step: step ?? tx.outreach.nextStep(lead.id), sentAt });
    tx.events.record({ type: 'outreach.logged', actor: input.actor ?? 'aicmo', data: { leadId: lead.id, attemptId: attempt.id, channel, status, step: attempt.step, sentAt } });
    return { project: { id: tx.project.id, slug: tx.project.slug }, lead: tx.leads.get(lead.id)!, attempt };
  });
}
