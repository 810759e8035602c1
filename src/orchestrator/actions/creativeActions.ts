// Decisions on creatives (one, many, or all of a project's latest set awaiting a decision) and
// scheduling approved ones. Each decision is an approval_actions row and one event per creative
// with its channel and angle (what Kaizen learns angle approval rates from).
import { getCreative, insertApprovalAction, listCreatives, setCreativeSchedule, setCreativeStatus, type CreativeRow } from '../artifacts';
import { AicmoError } from '../domain/errors';
import type { EventLog } from '../events';
import { copyKey } from '../kaizen/copyKey';
import type { WorkspaceStore } from '../store/types';
import { isIsoDate } from '../subsystems/common/dates';
import { checkActor, checkReason, DECISION_STATUS, type Actor, type Decision } from './actor';
import { locateIds } from './findInProjects';

const EVENT = { approve: 'creative.approved', reject: 'creative.rejected', request_changes: 'creative.changes_requested' } as const;
const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

export interface CreativeDecisionResult {
  decision: Decision;
  creatives: { id: string; project: string; channel: string; angle: string; status: string }[];
}

export type CreativeSelection = { ids: readonly string[]; project?: string } | { all: true; project: string };

async function decideInProject(store: WorkspaceStore, events: EventLog, projectId: string, pick: (rows: CreativeRow[]) => CreativeRow[], decision: Decision, actor: Actor, reason: string | undefined): Promise<CreativeDecisionResult['creatives']> {
  const at = new Date().toISOString();
  const status = DECISION_STATUS[decision];
  const out = await store.writeProject(projectId, (db, project) => {
    const chosen = pick(listCreatives(db, { allVersions: true }));
    for (const c of chosen) {
      if (!c.current) throw new AicmoError('conflict', `Creative ${c.id} was replaced by ${c.replacedBy ?? 'a newer version'}; decide on the current version instead.`);
      if (c.status === 'scheduled') throw new AicmoError('conflict', `Creative ${c.id} is already scheduled for ${c.scheduledDate}; it cannot be ${status.replace('_', ' ')} now.`);
      if (c.status === status) throw new AicmoError('conflict', `Creative ${c.id} is already ${status.replace('_', ' ')}.`);
    }
    for (const c of chosen) {
      setCreativeStatus(db, c.id, status);
      insertApprovalAction(db, { targetKind: 'creative', targetId: c.id, action: decision, actor, comment: reason ?? null, at });
    }
    return { slug: project.slug, chosen };
  });
  for (const c of out.chosen) {
    await events.append({
      type: EVENT[decision],
      project: projectId,
      actor: actor.name,
      data: { creativeId: c.id, channel: c.channel, angle: c.angle, copy: copyKey(c), version: c.version, actorKind: actor.kind, ...(reason ? { reason } : {}) },
    });
  }
  return out.chosen.map((c) => ({ id: c.id, project: out.slug, channel: c.channel, angle: c.angle, status }));
}

/** Approve / reject / request changes on creatives by id (any projects), or all awaiting ones of a project. */
export async function decideCreatives(store: WorkspaceStore, events: EventLog, selection: CreativeSelection, decision: Decision, actorIn: Actor | string, reasonIn?: string): Promise<CreativeDecisionResult> {
  const actor = checkActor(actorIn);
  const reason = checkReason(decision, reasonIn, 'a creative');
  if ('all' in selection) {
    const project = await store.getProject(selection.project);
    const creatives = await decideInProject(store, events, project.id, (rows) => rows.filter((r) => r.current && r.staleNote === null && AWAITING.has(r.status)), decision, actor, reason);
    if (creatives.length === 0) throw new AicmoError('not-found', `${project.slug} has no creatives awaiting a decision.`);
    return { decision, creatives };
  }
  const located = await locateIds(store, selection.ids, 'creative', (db, id) => getCreative(db, id) !== undefined, selection.project);
  const creatives: CreativeDecisionResult['creatives'] = [];
  for (const l of located) {
    const ids = new Set(l.ids);
    creatives.push(...(await decideInProject(store, events, l.projectId, (rows) => rows.filter((r) => ids.has(r.id)), decision, actor, reason)));
  }
  return { decision, creatives };
}

/** Schedules an approved creative for a date (YYYY-MM-DD). */
export async function scheduleCreative(store: WorkspaceStore, events: EventLog, id: string, date: string, actorIn: Actor | string, projectRef?: string): Promise<{ id: string; project: string; scheduledDate: string }> {
  const actor = checkActor(actorIn);
  if (!isIsoDate(date)) throw new AicmoError('invalid-input', `"${date}" is not a date; give it as YYYY-MM-DD (e.g. 2026-03-15).`, { field: 'date' });
  const [l] = await locateIds(store, [id], 'creative', (db, x) => getCreative(db, x) !== undefined, projectRef);
  const out = await store.writeProject(l!.projectId, (db, project) => {
    const c = getCreative(db, id)!;
    if (c.status !== 'approved' && c.status !== 'scheduled') throw new AicmoError('conflict', `Creative ${id} is ${c.status.replace('_', ' ')}; only approved creatives can be scheduled.`, { field: 'id' });
    if (project.endDate && date > project.endDate) throw new AicmoError('invalid-input', `${date} is after the project's end date (${project.endDate}).`, { field: 'date' });
    setCreativeSchedule(db, id, date);
    return { slug: project.slug, c };
  });
  await events.append({ type: 'creative.scheduled', project: l!.projectId, actor: actor.name, data: { creativeId: id, channel: out.c.channel, angle: out.c.angle, date } });
  return { id, project: out.slug, scheduledDate: date };
}
