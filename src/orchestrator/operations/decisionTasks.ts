// Decisions tick the plan's tasks that stand for them: approving the strategy ticks "Strategy
// review with the client"; once the strategy and the media plan are both approved, "Client
// sign-off of the strategy and media plan"; once no current creative awaits a decision (and one
// was approved), "Creative approvals with the client". A ticked task is done with its actual hours
// left empty for the person to fill in (Kaizen learns estimates only from hours a person gave);
// each is recorded as a task.status_changed event naming the decision. Runs inside the decision's
// write, so both land together or not at all.
import type { ProjectWriter } from '../store/types';

export interface TickedTask {
  id: string;
  title: string;
}

const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

function tick(tx: ProjectWriter, template: string, via: string, actor: string, at: string): TickedTask[] {
  const out: TickedTask[] = [];
  for (const t of tx.tasks.list()) {
    if (t.template !== template || t.status === 'done') continue;
    tx.tasks.complete(t.id, null, at);
    tx.events.record({ type: 'task.status_changed', actor, data: { taskId: t.id, title: t.title, template: t.template, from: t.status, to: 'done', via, actualHours: null } });
    out.push({ id: t.id, title: t.title });
  }
  return out;
}

const approved = (tx: ProjectWriter, kind: string): boolean => tx.artifacts.latest(kind)?.status === 'approved';

/** After an artifact decision (strategy or media plan) is written. */
export function tickArtifactTasks(tx: ProjectWriter, kind: string, status: string, actor: string, at: string): TickedTask[] {
  if (status !== 'approved') return [];
  const ticked: TickedTask[] = [];
  if (kind === 'strategy') ticked.push(...tick(tx, 'strategy-review', 'strategy.approved', actor, at));
  if ((kind === 'strategy' || kind === 'media') && approved(tx, 'strategy') && approved(tx, 'media')) ticked.push(...tick(tx, 'plan-approval', `${kind}.approved`, actor, at));
  return ticked;
}

/** After creative decisions are written: the approvals task is done once none awaits a decision. */
export function tickCreativeTasks(tx: ProjectWriter, actor: string, at: string): TickedTask[] {
  const current = tx.creatives.list().filter((c) => c.staleNote === null);
  if (current.length === 0 || current.some((c) => AWAITING.has(c.status))) return [];
  if (!current.some((c) => c.status === 'approved' || c.status === 'scheduled')) return [];
  return tick(tx, 'creative-approval', 'creative.approved', actor, at);
}

/** " Ticked “Strategy review with the client” in the plan; add its actual hours in the PM Dashboard." */
export function tickedText(ticked: readonly TickedTask[]): string {
  if (ticked.length === 0) return '';
  const names = ticked.map((t) => `“${t.title}”`).join(' and ');
  return ` Ticked ${names} in the plan; add ${ticked.length === 1 ? 'its' : 'their'} actual hours in the PM Dashboard.`;
}
