// The Command panel's attention items: what needs the strategist now, each pointing at the panel
// where it is resolved. Pure: built from the pipeline rows plus, per project, the facts that need
// the project file (overdue tasks, goals behind, failed subsystems), gathered by the caller; the
// leads not contacted yet come from the index's lead counts.
import type { AttentionItemView, ProjectRef } from '../../../protocol';
import type { PipelineProject } from '../../../orchestrator/services';
import { countText, numberText } from '../../../orchestrator/domain/labels';

export interface ProjectFacts {
  project: ProjectRef;
  /** Tasks not done whose due date is before today. */
  overdueTasks: { title: string; due: string }[];
  /** Goals whose status is "behind". */
  goalsBehind: { metric: string; note?: string }[];
  /** Subsystems whose latest attempt failed. */
  failed: { subsystem: string; error: string; at: string | null }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function refOf(p: { id: string; slug: string; name: string }): ProjectRef {
  return { id: p.id, slug: p.slug, name: p.name };
}

/** Items in a stable order: approvals, failed runs, overdue tasks, stale, goals behind, leads not contacted yet. */
export function attentionItems(projects: readonly PipelineProject[], facts: readonly ProjectFacts[]): AttentionItemView[] {
  const items: AttentionItemView[] = [];
  const byId = new Map(facts.map((f) => [f.project.id, f]));
  for (const p of projects) {
    const project = refOf(p);
    if (p.strategyStatus === 'in_review') items.push({ kind: 'approval', project, title: `The strategy of ${p.name} is waiting for approval.`, since: p.updatedAt, panel: 'warroom' });
    if (p.creativesAwaiting > 0) items.push({ kind: 'approval', project, title: `${plural(p.creativesAwaiting, 'creative')} of ${p.name} ${p.creativesAwaiting === 1 ? 'is' : 'are'} waiting for a decision.`, since: p.updatedAt, panel: 'gallery' });
    const f = byId.get(p.id);
    for (const x of f?.failed ?? []) items.push({ kind: 'failed-run', project, title: `${x.subsystem} failed for ${p.name}: ${x.error}`, since: x.at, panel: 'controltower' });
    if (!f?.failed.length && p.badges.includes('failed run')) items.push({ kind: 'failed-run', project, title: `A run of ${p.name} failed.`, since: p.updatedAt, panel: 'controltower' });
    for (const t of f?.overdueTasks ?? []) items.push({ kind: 'overdue-task', project, title: `Task “${t.title}” of ${p.name} was due ${t.due}.`, since: t.due, panel: 'pm' });
    if (p.badges.includes('stale')) items.push({ kind: 'stale-artifact', project, title: `${p.name} has stale artifacts built on an older version; re-run them.`, since: p.updatedAt, panel: 'unified' });
    for (const g of f?.goalsBehind ?? []) items.push({ kind: 'goal-behind', project, title: `${p.name} is behind its ${g.metric} goal${g.note ? `: ${g.note}` : '.'}`, since: null, panel: 'analytics' });
    const waiting = uncontactedLeads(p);
    if (waiting) items.push({ kind: 'new-leads', project, title: uncontactedText(waiting, p.name), since: p.updatedAt, panel: 'pipeline' });
  }
  const order = ['approval', 'failed-run', 'overdue-task', 'stale-artifact', 'goal-behind', 'new-leads'];
  return items.map((item, i) => ({ item, i })).sort((a, b) => order.indexOf(a.item.kind) - order.indexOf(b.item.kind) || a.i - b.i).map((x) => x.item);
}

/** The leads not contacted yet (no outreach attempt), from the index's lead counts. */
function uncontactedLeads(p: PipelineProject): { waiting: number; leads: number } | undefined {
  if (p.leads <= p.leadsContacted) return undefined;
  return { waiting: p.leads - p.leadsContacted, leads: p.leads };
}

/** "12 of 40 leads of Northpeak not contacted yet.", "40 leads of Northpeak not contacted yet." */
export function uncontactedText(n: { waiting: number; leads: number }, name: string): string {
  return n.waiting === n.leads ? `${countText(n.leads, 'lead')} of ${name} not contacted yet.` : `${numberText(n.waiting)} of ${countText(n.leads, 'lead')} of ${name} not contacted yet.`;
}

/** Tasks due before `today` (YYYY-MM-DD) and not done. */
export function overdueTasks(tasks: readonly { title: string; due: string | null; status: string }[], today: string): { title: string; due: string }[] {
  return tasks.filter((t) => t.status !== 'done' && t.due !== null && t.due < today).map((t) => ({ title: t.title, due: t.due! }));
}
