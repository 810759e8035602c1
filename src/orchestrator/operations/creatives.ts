// Decisions on creatives (one, many, or all of a project's current set awaiting a decision),
// scheduling approved ones, and regenerating creatives on request. Each decision is an
// approval_actions row and one event per creative with its channel, angle and copy hash (what
// Kaizen learns angle approval rates from, each copy once); a replaced version is not decided on.
import * as v from 'valibot';
import { checkActor, checkReason, DECISION_STATUS, DECISION_VERB, type Actor, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import { runFlow, type FlowResult } from '../flow';
import { copyKey } from '../kaizen/copyKey';
import type { CreativeRow, WorkspaceStore } from '../store/types';
import { isIsoDate } from '../subsystems/common/dates';
import { defineOperation } from './define';
import { kaizenInput, runOptions, settings } from './flow';
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
      if (!c.current) throw new AicmoError('conflict', `Creative ${c.id} was replaced by ${c.replacedBy ?? 'a newer version'}; decide on the current version instead.`);
      if (c.status === 'scheduled') throw new AicmoError('conflict', `Creative ${c.id} is already scheduled for ${c.scheduledDate}; it cannot be ${status.replace('_', ' ')} now.`);
      if (c.status === status) throw new AicmoError('conflict', `Creative ${c.id} is already ${status.replace('_', ' ')}.`);
    }
    for (const c of chosen) {
      tx.creatives.setStatus(c.id, status);
      tx.approvals.record({ targetKind: 'creative', targetId: c.id, action: decision, actor, comment: reason ?? null, at });
      tx.events.record({ type: EVENT[decision], actor: actor.name, data: { creativeId: c.id, channel: c.channel, angle: c.angle, copy: copyKey(c), version: c.version, actorKind: actor.kind, ...(reason ? { reason } : {}) } });
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
      creatives = await decideInProject(env.store, project.id, (rows) => rows.filter((r) => r.current && r.staleNote === null && AWAITING.has(r.status)), input.decision, actor, reason, at);
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
    // Every id is checked before anything is written: one bad id schedules nothing.
    for (const l of located) {
      const problem = await env.store.readProject(l.projectId, (tx): AicmoError | undefined => {
        const c = l.ids.map((id) => tx.creatives.get(id)!).find((x) => x.status !== 'approved' && x.status !== 'scheduled');
        if (c) return new AicmoError('conflict', `Creative ${c.id} is ${c.status.replace(/_/g, ' ')}; only approved creatives can be scheduled (nothing was scheduled).`, { field: 'id' });
        const end = tx.project.endDate;
        if (end && date > end) return new AicmoError('invalid-input', `${date} is after the project's end date (${end}); nothing was scheduled.`, { field: 'date' });
        return undefined;
      });
      if (problem) throw problem;
    }
    const scheduled: ScheduledCreatives['scheduled'] = [];
    for (const l of located) {
      scheduled.push(
        ...(await env.store.writeProject(l.projectId, (tx) =>
          l.ids.map((id) => {
            const c = tx.creatives.get(id)!;
            tx.creatives.schedule(id, date);
            tx.events.record({ type: 'creative.scheduled', actor: env.actor, data: { creativeId: id, channel: c.channel, angle: c.angle, date } });
            return { id, project: tx.project.slug, scheduledDate: date };
          }),
        )),
      );
    }
    const where = projects(scheduled);
    return { value: { scheduled }, message: `Scheduled ${plural(scheduled.length, 'creative')} of ${where.join(', ')} for ${date}.`, next: where.length === 1 ? [panelStep('gallery', where[0]!)] : [] };
  },
});

export interface RegeneratedCreatives {
  /** The creatives asked for (their ids before the run). */
  asked: string[];
  run: FlowResult;
  /** The new versions, each with the one it replaces. */
  creatives: { id: string; replaces: string }[];
}

/**
 * Writes the named creatives (or every current one) anew: each gets a new version with other
 * copy than its current one and than any rejected copy of its key; the version it replaces is
 * marked stale and keeps its decision. Only this explicit action does it; a flow run never does.
 */
export const regenerateCreativesOperation = defineOperation('creatives.regenerate', {
  input: v.object({ project: projectRef, ids: v.optional(idList), skipKaizen: v.optional(v.boolean()), kaizen: kaizenInput, settings }),
  async execute(env, input, options) {
    const ids = input.ids ?? [];
    const project = await env.store.getProject(input.project);
    const current = await env.store.readProject(project.id, (tx) => tx.creatives.list());
    if (current.length === 0) throw new AicmoError('not-found', `${project.slug} has no creatives to regenerate yet (they are made once its strategy is approved).`, { field: 'project' });
    const unknown = ids.filter((id) => !current.some((c) => c.id === id));
    if (unknown.length > 0) throw new AicmoError('not-found', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a current creative' : 'are not current creatives'} of ${project.slug}.`, { field: 'ids' });
    const chosen = ids.length > 0 ? current.filter((c) => ids.includes(c.id)) : current;
    const own = (input.settings?.creatives ?? {}) as Record<string, unknown>;
    const run = await runFlow(env.store, project.id, {
      ...runOptions(env, { ...input, settings: { ...(input.settings ?? {}), creatives: { ...own, regenerate: chosen.map((c) => c.key) } } }, options),
      only: 'creatives',
    });
    const ran = run.subsystems.find((s) => s.name === 'creatives');
    if (!ran || ran.status !== 'completed') throw new AicmoError('invalid-input', `The creatives could not be regenerated: ${ran?.error ?? ran?.message ?? 'the creatives subsystem did not run'}.`);
    const after = await env.store.readProject(project.id, (tx) => tx.creatives.list({ allVersions: true }));
    const made = chosen.map((c) => ({ id: after.find((a) => a.id === c.id)?.replacedBy ?? c.id, replaces: c.id })).filter((m) => m.id !== m.replaces);
    const kept = chosen.length - made.length;
    const keptWords = kept > 0 ? ` ${kept} kept: the brief's facts allow no other copy for ${kept === 1 ? 'it' : 'them'}.` : '';
    return {
      value: { asked: chosen.map((c) => c.id), run, creatives: made } satisfies RegeneratedCreatives,
      message: `Regenerated ${plural(made.length, 'creative')} of ${project.slug}.${keptWords}`,
      next: [panelStep('gallery', project.slug)],
    };
  },
});
