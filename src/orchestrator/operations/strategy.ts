// Decisions on a project's strategy (its latest version, or the version the person looked at)
// and edits saved as a new version. Approving marks what was built on older versions stale.
import * as v from 'valibot';
import { checkActor, checkReason, DECISION_STATUS, DECISION_VERB, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import type { Project } from '../domain/project';
import { markStaleDownstream, type StaleMark } from '../flow/stale';
import type { StoredArtifact } from '../store/types';
import { findSubsystem } from '../subsystems';
import { defineOperation } from './define';
import { actorInput, actorOf, decisionInput, projectRef, record } from './input';
import { withStage } from './project';
import { flowRunStep, panelStep } from './steps';

export interface StrategyDecisionResult {
  project: string;
  strategy: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
  /** The project's stage after the decision. */
  stage: string;
}

const EVENT = { approve: 'strategy.approved', reject: 'strategy.rejected', request_changes: 'strategy.changes_requested' } as const;
const version = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)));

/** The latest strategy, refused when the person decided on another version than the current one. */
function current(project: Project, latest: StoredArtifact | undefined, seen: number | undefined, field: string): StoredArtifact {
  if (!latest) throw new AicmoError('not-found', `${project.slug} has no strategy yet; run the flow first.`, { field: 'project' });
  if (seen !== undefined && latest.version !== seen) {
    throw new AicmoError('conflict', `Strategy v${seen} is no longer the current one (v${latest.version} is); review v${latest.version} before deciding (nothing was changed).`, { field });
  }
  return latest;
}

export const decideStrategyOperation = defineOperation('strategy.decide', {
  input: v.object({ project: projectRef, decision: decisionInput, version, reason: v.optional(v.string()), by: actorInput }),
  async execute(env, input) {
    const decision: Decision = input.decision;
    const actor = checkActor(actorOf(input.by, env.actor));
    const reason = checkReason(decision, input.reason, 'a strategy');
    const at = (env.now?.() ?? new Date()).toISOString();
    const out = await env.store.writeProject(input.project, (tx) => {
      const project = tx.project;
      const latest = current(project, tx.artifacts.latest('strategy'), input.version, 'version');
      if (latest.status === 'stale') throw new AicmoError('conflict', `Strategy version ${latest.version} of ${project.slug} is stale; run the flow to make a current one.`);
      const status = DECISION_STATUS[decision];
      if (latest.status === status) throw new AicmoError('conflict', `Strategy version ${latest.version} of ${project.slug} is already ${status.replace('_', ' ')}.`);
      tx.artifacts.setStatus(latest.id, status, reason ? `${actor.name}: ${reason}` : null);
      tx.approvals.record({ targetKind: 'strategy', targetId: latest.id, action: decision, actor, comment: reason ?? null, at });
      const stale = decision === 'approve' ? markStaleDownstream(tx.artifacts, 'strategy', latest.version) : [];
      tx.events.record({ type: EVENT[decision], actor: actor.name, data: { artifactId: latest.id, version: latest.version, actorKind: actor.kind, ...(reason ? { reason } : {}) } });
      for (const m of stale) tx.events.record({ type: 'artifact.stale', actor: actor.name, data: { artifactId: m.id, kind: m.kind, version: m.version, note: m.note } });
      return { project, latest, status, stale };
    });
    const { stage } = await withStage(env, out.project);
    const value: StrategyDecisionResult = { project: out.project.slug, strategy: { id: out.latest.id, version: out.latest.version, status: out.status }, stale: out.stale, stage };
    const staleWords = out.stale.length > 0 ? ` ${out.stale.map((s) => s.kind).join(', ')} marked stale.` : '';
    return {
      value,
      message: `${DECISION_VERB[decision]} strategy v${out.latest.version} of ${out.project.slug}; the project is now in ${stage}.${staleWords}`,
      next: decision === 'approve' ? [flowRunStep(out.project.slug)] : [panelStep('warroom', out.project.slug)],
    };
  },
});

export const saveStrategyEditOperation = defineOperation('strategy.saveEdit', {
  input: v.object({ project: projectRef, baseVersion: version, content: record<Record<string, unknown>>('the strategy content'), by: actorInput }),
  async execute(env, input) {
    const actor = checkActor(actorOf(input.by, env.actor));
    const validator = findSubsystem('strategy');
    const problems = validator ? validator.validate(input.content) : [];
    if (problems.length > 0) throw new AicmoError('invalid-input', `The edited strategy is not valid: ${problems.join(' ')}`, { field: 'content', details: { problems } });
    const at = (env.now?.() ?? new Date()).toISOString();
    // A person wrote this version: the record of which engine wrote which field no longer holds.
    const edited = 'engine' in input.content ? Object.fromEntries(Object.entries(input.content).filter(([k]) => k !== 'engine')) : input.content;
    const art = await env.store.writeProject(input.project, (tx) => {
      const base = input.baseVersion === undefined ? tx.artifacts.latest('strategy') : current(tx.project, tx.artifacts.latest('strategy'), input.baseVersion, 'baseVersion');
      const saved = tx.artifacts.insert({
        kind: 'strategy',
        status: 'in_review',
        content: edited,
        inputs: base?.inputs ?? {},
        inputsHash: base?.inputsHash ?? null,
        insights: base?.insights ?? [],
        skipKaizen: base?.skipKaizen ?? false,
        statusNote: `Edited by ${actor.name}${base ? ` from version ${base.version}` : ''}.`,
        createdAt: at,
      });
      tx.approvals.record({ targetKind: 'strategy', targetId: saved.id, action: 'submit', actor, comment: `edited${base ? ` from version ${base.version}` : ''}`, at });
      tx.events.record({ type: 'artifact.created', actor: actor.name, data: { kind: 'strategy', artifactId: saved.id, version: saved.version, editedFrom: base?.version ?? null } });
      return { saved, slug: tx.project.slug };
    });
    return { value: art.saved, message: `Saved the edited strategy as v${art.saved.version} (in review).`, next: [panelStep('warroom', art.slug)] };
  },
});
