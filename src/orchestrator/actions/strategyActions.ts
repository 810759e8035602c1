// Decisions on a project's strategy (its latest version) and edits saved as a new version.
// Approving marks what was built on older strategy versions stale.
import { AicmoError } from '../domain/errors';
import { markStaleDownstream, type StaleMark } from '../flow/stale';
import type { StoredArtifact, WorkspaceStore } from '../store/types';
import { findSubsystem } from '../subsystems';
import { checkActor, checkReason, DECISION_STATUS, type Actor, type Decision } from './actor';

export interface StrategyDecisionResult {
  project: string;
  strategy: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
}

const EVENT = { approve: 'strategy.approved', reject: 'strategy.rejected', request_changes: 'strategy.changes_requested' } as const;

export async function decideStrategy(store: WorkspaceStore, projectRef: string, decision: Decision, actorIn: Actor | string, reasonIn?: string): Promise<StrategyDecisionResult> {
  const actor = checkActor(actorIn);
  const reason = checkReason(decision, reasonIn, 'a strategy');
  const at = new Date().toISOString();
  const out = await store.writeProject(projectRef, (tx) => {
    const project = tx.project;
    const latest = tx.artifacts.latest('strategy');
    if (!latest) throw new AicmoError('not-found', `${project.slug} has no strategy yet; run the flow first.`);
    if (latest.status === 'stale') throw new AicmoError('conflict', `Strategy version ${latest.version} of ${project.slug} is stale; run the flow to make a current one.`);
    const status = DECISION_STATUS[decision];
    if (latest.status === status) throw new AicmoError('conflict', `Strategy version ${latest.version} of ${project.slug} is already ${status.replace('_', ' ')}.`);
    tx.artifacts.setStatus(latest.id, status, reason ? `${actor.name}: ${reason}` : null);
    tx.approvals.record({ targetKind: 'strategy', targetId: latest.id, action: decision, actor, comment: reason ?? null, at });
    const stale = decision === 'approve' ? markStaleDownstream(tx.artifacts, 'strategy', latest.version) : [];
    tx.events.record({ type: EVENT[decision], actor: actor.name, data: { artifactId: latest.id, version: latest.version, actorKind: actor.kind, ...(reason ? { reason } : {}) } });
    for (const m of stale) tx.events.record({ type: 'artifact.stale', actor: actor.name, data: { artifactId: m.id, kind: m.kind, version: m.version, note: m.note } });
    return { projectId: project.id, slug: project.slug, latest, status, stale };
  });
  return { project: out.slug, strategy: { id: out.latest.id, version: out.latest.version, status: out.status }, stale: out.stale };
}


/**
 * Saves an edited strategy as a new version (in review), checked by the strategy subsystem's
 * validator first; the edit is recorded as a `submit` approval action and an `artifact.created` event.
 */
export async function saveStrategyEdit(store: WorkspaceStore, projectRef: string, content: unknown, actorIn: Actor | string): Promise<StoredArtifact> {
  const actor = checkActor(actorIn);
  const validator = findSubsystem('strategy');
  const problems = validator ? validator.validate(content) : [];
  if (problems.length > 0) throw new AicmoError('invalid-input', `The edited strategy is not valid: ${problems.join(' ')}`, { field: 'content', details: { problems } });
  const at = new Date().toISOString();
  // A person wrote this version: the record of which engine wrote which field no longer holds.
  const edited = content !== null && typeof content === 'object' && 'engine' in content ? Object.fromEntries(Object.entries(content).filter(([k]) => k !== 'engine')) : content;
  return store.writeProject(projectRef, (tx) => {
    const base = tx.artifacts.latest('strategy');
    const art = tx.artifacts.insert({
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
    tx.approvals.record({ targetKind: 'strategy', targetId: art.id, action: 'submit', actor, comment: `edited${base ? ` from version ${base.version}` : ''}`, at });
    tx.events.record({ type: 'artifact.created', actor: actor.name, data: { kind: 'strategy', artifactId: art.id, version: art.version, editedFrom: base?.version ?? null } });
    return art;
  });
}
