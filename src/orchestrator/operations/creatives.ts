// Decisions on creatives (one, many, or all of a project's current set awaiting a decision),
// scheduling approved ones, and regenerating creatives on request. Each decision is an
// approval_actions row and one event per creative with its channel, angle and copy hash (what
// Kaizen learns angle approval rates from, each copy once); a replaced version is not decided on.
import * as v from 'valibot';
import { checkActor, checkReason, DECISION_STATUS, DECISION_VERB, type Actor, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import { runFlow, type FlowResult } from '../flow';
import { copyKey } from '../kaizen/copyKey';
import type { CreativeRow, ProjectReader, WorkspaceStore } from '../store/types';
import { isIsoDate } from '../subsystems/common/dates';
import { defineOperation } from './define';
import { kaizenInput, runOptions, settings } from './flow';
import { actorInput, actorOf, decisionInput, idList, projectRef } from './input';
import { locateIds } from './locate';
import { creativeLabel, gateApprovals, needConfirmationText, needFixingText, type ApprovalGate, type GatedCreative } from './approvalGate';
import { tickCreativeTasks, tickedText, type TickedTask } from './decisionTasks';
import { countText, dateText, listText, statusName } from '../domain/labels';
import type { NextStep } from './types';
import { panelStep } from './steps';

const EVENT = { approve: 'creative.approved', reject: 'creative.rejected', request_changes: 'creative.changes_requested' } as const;
const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

export interface CreativeDecisionResult {
  decision: Decision;
  creatives: { id: string; project: string; channel: string; angle: string; status: string }[];
  /** Over a platform's hard limit: not approved (fix or regenerate them first). */
  needFixing: GatedCreative[];
  /** With other violations: approved only when the person confirms (`confirm`). */
  needConfirmation: GatedCreative[];
  /** Asked for in a selection but already in the decided status (or scheduled): left as they were. */
  unchanged: string[];
  /** Plan tasks the decisions ticked. */
  ticked: TickedTask[];
}

export interface ScheduledCreatives {
  scheduled: { id: string; project: string; scheduledDate: string }[];
}

const projects = (rows: readonly { project: string }[]) => [...new Set(rows.map((r) => r.project))];

interface ProjectDecision {
  name: string;
  slug: string;
  decided: CreativeDecisionResult['creatives'];
  gate: Omit<ApprovalGate, 'ok'>;
  unchanged: string[];
  ticked: TickedTask[];
}

interface DecideArgs {
  decision: Decision;
  actor: Actor;
  reason: string | undefined;
  at: string;
  /** Approve creatives with violations that are not hard limits. */
  confirmed: boolean;
  /** A selection (several ids, or all awaiting): creatives already decided are left as they are instead of refused. */
  selection: boolean;
}

function decideInProject(store: WorkspaceStore, projectId: string, pick: (rows: CreativeRow[]) => CreativeRow[], a: DecideArgs): Promise<ProjectDecision> {
  const status = DECISION_STATUS[a.decision];
  return store.writeProject(projectId, (tx) => {
    const chosen = pick(tx.creatives.list({ allVersions: true }));
    const unchanged: string[] = [];
    const open: CreativeRow[] = [];
    for (const c of chosen) {
      if (!c.current) throw new AicmoError('conflict', `Creative ${creativeLabel(c)} was replaced by a newer version; decide on the current version instead.`);
      const settled = c.status === status || c.status === 'scheduled';
      if (settled && a.selection) {
        unchanged.push(c.id);
        continue;
      }
      if (c.status === 'scheduled') throw new AicmoError('conflict', `Creative ${creativeLabel(c)} is already scheduled for ${dateText(c.scheduledDate)}; it cannot be ${statusName(status)} now.`);
      if (c.status === status) throw new AicmoError('conflict', `Creative ${creativeLabel(c)} is already ${statusName(status)}.`);
      open.push(c);
    }
    const gate: ApprovalGate = a.decision === 'approve' ? gateApprovals(open, a.confirmed) : { ok: open, needFixing: [], needConfirmation: [] };
    for (const c of gate.ok) {
      tx.creatives.setStatus(c.id, status);
      tx.approvals.record({ targetKind: 'creative', targetId: c.id, action: a.decision, actor: a.actor, comment: a.reason ?? null, at: a.at });
      tx.events.record({ type: EVENT[a.decision], actor: a.actor.name, data: { creativeId: c.id, channel: c.channel, angle: c.angle, copy: copyKey(c), version: c.version, actorKind: a.actor.kind, ...(a.reason ? { reason: a.reason } : {}) } });
    }
    const ticked = gate.ok.length > 0 ? tickCreativeTasks(tx, a.actor.name, a.at) : [];
    return {
      name: tx.project.name,
      slug: tx.project.slug,
      decided: gate.ok.map((c) => ({ id: c.id, project: tx.project.slug, channel: c.channel, angle: c.angle, status })),
      gate: { needFixing: gate.needFixing, needConfirmation: gate.needConfirmation },
      unchanged,
      ticked,
    };
  });
}

/** Why nothing was approved, in one sentence. */
function nothingApproved(needFixing: readonly GatedCreative[], needConfirmation: readonly GatedCreative[], unchanged: number): AicmoError {
  const total = needFixing.length + needConfirmation.length;
  if (total === 1 && needFixing.length === 1) {
    const g = needFixing[0]!;
    return new AicmoError('conflict', `Creative ${g.label} cannot be approved: ${g.problems.join(' ')} Fix it or regenerate it first (nothing was approved).`, { field: 'ids', details: { needFixing } });
  }
  if (total === 1) {
    const g = needConfirmation[0]!;
    return new AicmoError('needs-confirmation', `Creative ${g.label} has ${g.problems.length === 1 ? 'a violation' : `${g.problems.length} violations`}: ${g.problems.join(' ')} Confirm to approve it anyway (nothing was approved).`, { field: 'confirm', details: { needConfirmation } });
  }
  if (total === 0) return new AicmoError('conflict', `${unchanged === 1 ? 'The creative is' : `All ${unchanged} creatives are`} already decided; nothing changed.`, { field: 'ids' });
  const parts = [needFixing.length > 0 ? needFixingText(needFixing) : '', needConfirmation.length > 0 ? needConfirmationText(needConfirmation) : ''].filter(Boolean);
  return new AicmoError(needFixing.length > 0 ? 'conflict' : 'needs-confirmation', `None of the ${total} creatives was approved: ${parts.join(', and ')}.`, { field: needFixing.length > 0 ? 'ids' : 'confirm', details: { needFixing, needConfirmation } });
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
    /** Approve creatives whose violations are not platform hard limits (the person has seen them). */
    confirm: v.optional(v.boolean()),
  }),
  async execute(env, input) {
    const actor = checkActor(actorOf(input.by, env.actor));
    const reason = checkReason(input.decision, input.reason, 'a creative');
    const at = (env.now?.() ?? new Date()).toISOString();
    const args = (selection: boolean): DecideArgs => ({ decision: input.decision, actor, reason, at, confirmed: input.confirm === true, selection });
    const results: ProjectDecision[] = [];
    if (input.all === true) {
      if (input.project === undefined) throw new AicmoError('invalid-input', 'Deciding on all awaiting creatives needs the project.', { field: 'project' });
      if (input.ids && input.ids.length > 0) throw new AicmoError('invalid-input', 'Name creatives by id or ask for all awaiting ones of a project, not both.', { field: 'ids' });
      const project = await env.store.getProject(input.project);
      const r = await decideInProject(env.store, project.id, (rows) => rows.filter((r) => r.current && r.staleNote === null && AWAITING.has(r.status)), args(true));
      if (r.decided.length === 0 && r.gate.needFixing.length + r.gate.needConfirmation.length === 0) throw new AicmoError('not-found', `"${project.name}" has no creatives awaiting a decision.`);
      results.push(r);
    } else {
      const located = await locateIds(env.store, input.ids ?? [], 'creative', (tx, id) => tx.creatives.get(id) !== undefined, input.project);
      const selection = located.reduce((n, l) => n + l.ids.length, 0) > 1;
      for (const l of located) {
        const ids = new Set(l.ids);
        results.push(await decideInProject(env.store, l.projectId, (rows) => rows.filter((r) => ids.has(r.id)), args(selection)));
      }
    }
    const creatives = results.flatMap((r) => r.decided);
    const needFixing = results.flatMap((r) => r.gate.needFixing);
    const needConfirmation = results.flatMap((r) => r.gate.needConfirmation);
    const unchanged = results.flatMap((r) => r.unchanged);
    const ticked = results.flatMap((r) => r.ticked);
    if (creatives.length === 0) throw nothingApproved(needFixing, needConfirmation, unchanged.length);
    const where = projects(creatives);
    const names = results.filter((r) => r.decided.length > 0).map((r) => `"${r.name}"`);
    const held = [
      needFixing.length > 0 ? `${needFixingText(needFixing)} and ${needFixing.length === 1 ? 'was' : 'were'} not approved` : '',
      needConfirmation.length > 0 ? `${needConfirmationText(needConfirmation)}` : '',
      unchanged.length > 0 ? `${unchanged.length} ${unchanged.length === 1 ? 'was' : 'were'} already ${statusName(DECISION_STATUS[input.decision])} or scheduled` : '',
    ].filter(Boolean);
    const decided = input.decision === 'approve' ? `${countText(creatives.length, 'creative')} of ${listText(names)} approved` : `${DECISION_VERB[input.decision]} ${countText(creatives.length, 'creative')} of ${listText(names)}`;
    const message = `${decided[0]!.toUpperCase()}${decided.slice(1)}${held.length > 0 ? `; ${listText(held)}` : ''}.${tickedText(ticked)}`;
    const slug = where.length === 1 ? where[0]! : undefined;
    const next: NextStep[] = [];
    if (slug && input.decision === 'approve' && needFixing.length > 0) next.push({ label: `Regenerate the ${countText(needFixing.length, 'creative')} that need fixing`, target: { kind: 'operation', name: 'creatives.regenerate', input: { project: slug, ids: needFixing.map((g) => g.id) } } });
    if (slug && input.decision === 'approve' && needConfirmation.length > 0) {
      next.push({ label: `Approve the ${countText(needConfirmation.length, 'creative')} with violations anyway`, target: { kind: 'operation', name: 'creatives.decide', input: { project: slug, ids: needConfirmation.map((g) => g.id), decision: 'approve', confirm: true } } });
    }
    if (slug) next.push(panelStep('gallery', slug));
    if (slug && ticked.length > 0) next.push(panelStep('pm', slug));
    return { value: { decision: input.decision, creatives, needFixing, needConfirmation, unchanged, ticked }, message, next };
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
      if (c) return new AicmoError('conflict', `Creative ${creativeLabel(c)} is ${statusName(c.status)}; only approved creatives can be scheduled (nothing was scheduled).`, { field: 'id' });
      const end = tx.project.endDate;
      if (end && date > end) return new AicmoError('invalid-input', `${dateText(date)} is after the project's end date (${dateText(end)}); nothing was scheduled.`, { field: 'date' });
      return undefined;
    };
    // Every id is checked before anything is written: one bad id schedules nothing.
    for (const l of located) {
      const problem = await env.store.readProject(l.projectId, (tx) => problemIn(tx, l.ids));
      if (problem) throw problem;
    }
    const scheduled: (ScheduledCreatives['scheduled'][number] & { name: string })[] = [];
    for (const l of located) {
      scheduled.push(
        ...(await env.store.writeProject(l.projectId, (tx) => {
          // Again under the lock: a creative rejected since the check above is not scheduled.
          const problem = problemIn(tx, l.ids);
          if (problem && scheduled.length > 0) {
            const done = `${countText(scheduled.length, 'creative')} of ${listText([...new Set(scheduled.map((x) => `"${x.name}"`))])} ${scheduled.length === 1 ? 'was' : 'were'} scheduled before this changed`;
            throw new AicmoError(problem.code, problem.message.replace(/ \(nothing was scheduled\)\.$|; nothing was scheduled\.$/, `; ${done}, the rest were not.`), { field: problem.field });
          }
          if (problem) throw problem;
          return l.ids.map((id) => {
            const c = tx.creatives.get(id)!;
            tx.creatives.schedule(id, date);
            tx.events.record({ type: 'creative.scheduled', actor: env.actor, data: { creativeId: id, channel: c.channel, angle: c.angle, date } });
            return { id, project: tx.project.slug, name: tx.project.name, scheduledDate: date };
          });
        })),
      );
    }
    const where = projects(scheduled);
    const names = [...new Set(scheduled.map((x) => `"${x.name}"`))];
    return {
      value: { scheduled: scheduled.map(({ name: _name, ...x }) => x) },
      message: `Scheduled ${countText(scheduled.length, 'creative')} of ${listText(names)} for ${dateText(date)}.`,
      next: where.length === 1 ? [panelStep('gallery', where[0]!)] : [],
    };
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
    if (current.length === 0) throw new AicmoError('not-found', `"${project.name}" has no creatives to regenerate yet (they are made once its strategy is approved).`, { field: 'project' });
    const unknown = ids.filter((id) => !current.some((c) => c.id === id));
    if (unknown.length > 0) throw new AicmoError('not-found', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a current creative' : 'are not current creatives'} of "${project.name}".`, { field: 'ids' });
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
      message: `Regenerated ${countText(made.length, 'creative')} of "${project.name}".${keptWords}`,
      next: [panelStep('gallery', project.slug)],
    };
  },
});
