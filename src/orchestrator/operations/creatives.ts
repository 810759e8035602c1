// Decisions on creatives (one, many, or all of a project's latest set awaiting a decision) and
// scheduling approved ones. Each decision is an approval_actions row and one event per creative
// with its channel and angle (what Kaizen learns angle approval rates from).
import * as v from 'valibot';
import { checkActor, checkReason, DECISION_STATUS, DECISION_VERB, type Actor, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import type { CreativeRow, ProjectReader, WorkspaceStore } from '../store/types';
import { isIsoDate } from '../subsystems/common/dates';
import { defineOperation } from './define';
import { actorInput, actorOf, decisionInput, idList, projectRef } from './input';
import { locateIds } from './locate';
import { panelStep, plural } from './steps';

const EVENT = { approve: 'creative.approved', reject: 'creative.rejected', request_changes: 'creative.changes_requested' } as const;
const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

export interface CreativeDecisionResult {
  decision: Decision;
  creatives: { id: string; project: string; channel: string; angle: string; status: string }[];
}

export interface ScheduledCreatives {
  scheduled: { id: string; project: string; scheduledDate: string }[];
}

const projects = (rows: readonly { project: string }[]) => [...new Set(rows.map((r) => r.project))];

function decideInProject(store: WorkspaceStore, projectId: string, pick: (rows: CreativeRow[]) => CreativeRow[], decision: Decision, actor: Actor, reason: string | undefined, at: string): Promise<CreativeDecisionResult['creatives']> {
  const status = DECISION_STATUS[decision];
  return store.writeProject(projectId, (tx) => {
    const chosen = pick(tx.creatives.list({ allVersions: true }));
    for (const c of chosen) {
      if (c.status === 'scheduled') throw new AicmoError('conflict', `Creative ${c.id} is already scheduled for ${c.scheduledDate}; it cannot be ${status.replace('_', ' ')} now.`);
      if (c.status === status) throw new AicmoError('conflict', `Creative ${c.id} is already ${status.replace('_', ' ')}.`);
    }
    for (const c of chosen) {
      tx.creatives.setStatus(c.id, status);
      tx.approvals.record({ targetKind: 'creative', targetId: c.id, action: decision, actor, comment: reason ?? null, at });
      tx.events.record({ type: EVENT[decision], actor: actor.name, data: { creativeId: c.id, channel: c.channel, angle: c.angle, version: c.version, actorKind: actor.kind, ...(reason ? { reason } : {}) } });
    }
    return chosen.map((c) => ({ id: c.id, project: tx.project.slug, channel: c.channel, angle: c.angle, status }));
  });
}

export const decideCreativesOperation = defineOperation('creatives.decide', {
  input: v.object({
    decision: decisionInput,
    /** The creatives by id (in any projects, or in `project`). */
    ids: v.optional(idList),
    /** Every creative of `project`'s latest set that awaits a decision. */
    all: v.optional(v.boolean()),
    project: v.optional(projectRef),
    reason: v.optional(v.string()),
    by: actorInput,
  }),
  async execute(env, input) {
    const actor = checkActor(actorOf(input.by, env.actor));
    const reason = checkReason(input.decision, input.reason, 'a creative');
    const at = (env.now?.() ?? new Date()).toISOString();
    let creatives: CreativeDecisionResult['creatives'];
    if (input.all === true) {
      if (input.project === undefined) throw new AicmoError('invalid-input', 'Deciding on all awaiting creatives needs the project.', { field: 'project' });
      if (input.ids && input.ids.length > 0) throw new AicmoError('invalid-input', 'Name creatives by id or ask for all awaiting ones of a project, not both.', { field: 'ids' });
      const project = await env.store.getProject(input.project);
      creatives = await decideInProject(env.store, project.id, (rows) => rows.filter((r) => r.version === Math.max(...rows.map((x) => x.version)) && AWAITING.has(r.status)), input.decision, actor, reason, at);
      if (creatives.length === 0) throw new AicmoError('not-found', `${project.slug} has no creatives awaiting a decision.`);
    } else {
      const located = await locateIds(env.store, input.ids ?? [], 'creative', (tx, id) => tx.creatives.get(id) !== undefined, input.project);
      creatives = [];
      for (const l of located) {
        const ids = new Set(l.ids);
        creatives.push(...(await decideInProject(env.store, l.projectId, (rows) => rows.filter((r) => ids.has(r.id)), input.decision, actor, reason, at)));
      }
    }
    const where = projects(creatives);
    return {
      value: { decision: input.decision, creatives },
      message: `${DECISION_VERB[input.decision]} ${plural(creatives.length, 'creative')} of ${where.join(', ')}.`,
      next: where.length === 1 ? [panelStep('gallery', where[0]!)] : [],
    };
  },
});

export const scheduleCreativesOperation = defineOperation('creatives.schedule', {
  input: v.object({ ids: idList, date: v.string(), project: v.optional(projectRef) }),
  async execute(env, input) {
    const date = input.date.trim();
    if (!isIsoDate(date)) throw new AicmoError('invalid-input', `"${input.date}" is not a date; give it as YYYY-MM-DD (e.g. 2026-03-15).`, { field: 'date' });
    const located = await locateIds(env.store, input.ids, 'creative', (tx, id) => tx.creatives.get(id) !== undefined, input.project);
    const problemIn = (tx: ProjectReader, ids: readonly string[]): AicmoError | undefined => {
      const c = ids.map((id) => tx.creatives.get(id)!).find((x) => x.status !== 'approved' && x.status !== 'scheduled');
      if (c) return new AicmoError('conflict', `Creative ${c.id} is ${c.status.replace(/_/g, ' ')}; only approved creatives can be scheduled (nothing was scheduled).`, { field: 'id' });
      const end = tx.project.endDate;
      if (end && date > end) return new AicmoError('invalid-input', `${date} is after the project's end date (${end}); nothing was scheduled.`, { field: 'date' });
      return undefined;
    };
    // Every id is checked before anything is written: one bad id schedules nothing.
    for (const l of located) {
      const problem = await env.store.readProject(l.projectId, (tx) => problemIn(tx, l.ids));
      if (problem) throw problem;
    }
    const scheduled: ScheduledCreatives['scheduled'] = [];
    for (const l of located) {
      scheduled.push(
        ...(await env.store.writeProject(l.projectId, (tx) => {
          // Again under the lock: a creative rejected since the check above is not scheduled.
          const problem = problemIn(tx, l.ids);
          if (problem && scheduled.length > 0) {
            const done = `${plural(scheduled.length, 'creative')} of ${projects(scheduled).join(', ')} ${scheduled.length === 1 ? 'was' : 'were'} scheduled before this changed`;
            throw new AicmoError(problem.code, problem.message.replace(/ \(nothing was scheduled\)\.$|; nothing was scheduled\.$/, `; ${done}, the rest were not.`), { field: problem.field });
          }
          if (problem) throw problem;
          return l.ids.map((id) => {
            const c = tx.creatives.get(id)!;
            tx.creatives.schedule(id, date);
            tx.events.record({ type: 'creative.scheduled', actor: env.actor, data: { creativeId: id, channel: c.channel, angle: c.angle, date } });
            return { id, project: tx.project.slug, scheduledDate: date };
          });
        })),
      );
    }
    const where = projects(scheduled);
    return { value: { scheduled }, message: `Scheduled ${plural(scheduled.length, 'creative')} of ${where.join(', ')} for ${date}.`, next: where.length === 1 ? [panelStep('gallery', where[0]!)] : [] };
  },
});
