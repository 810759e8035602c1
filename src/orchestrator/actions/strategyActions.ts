// Decisions on a project's strategy (its latest version; artifactDecision.ts) and edits saved as a
// new version. Approving marks what was built on older strategy versions stale.
import { insertApprovalAction, insertArtifact, latestArtifact, type StoredArtifact } from '../artifacts';
import { AicmoError } from '../domain/errors';
import type { EventLog } from '../events';
import type { StaleMark } from '../flow/stale';
import type { WorkspaceStore } from '../store/types';
import { findSubsystem } from '../subsystems';
import { checkActor, type Actor, type Decision } from './actor';
import { decideArtifact } from './artifactDecision';

export interface StrategyDecisionResult {
  project: string;
  strategy: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
}

const STRATEGY = { kind: 'strategy', noun: 'strategy', events: { approve: 'strategy.approved', reject: 'strategy.rejected', request_changes: 'strategy.changes_requested' } } as const;

export async function decideStrategy(store: WorkspaceStore, events: EventLog, projectRef: string, decision: Decision, actorIn: Actor | string, reasonIn?: string): Promise<StrategyDecisionResult> {
  const r = await decideArtifact(store, events, projectRef, STRATEGY, decision, actorIn, reasonIn);
  return { project: r.project, strategy: { id: r.artifact.id, version: r.artifact.version, status: r.status }, stale: r.stale };
}

export const approveStrategy = (store: WorkspaceStore, events: EventLog, ref: string, actor: Actor | string): Promise<StrategyDecisionResult> => decideStrategy(store, events, ref, 'approve', actor);
export const rejectStrategy = (store: WorkspaceStore, events: EventLog, ref: string, actor: Actor | string, reason: string): Promise<StrategyDecisionResult> =>
  decideStrategy(store, events, ref, 'reject', actor, reason);
export const requestStrategyChanges = (store: WorkspaceStore, events: EventLog, ref: string, actor: Actor | string, reason: string): Promise<StrategyDecisionResult> =>
  decideStrategy(store, events, ref, 'request_changes', actor, reason);

/**
 * Saves an edited strategy as a new version (in review), checked by the strategy subsystem's
 * validator first; the edit is recorded as a `submit` approval action and an `artifact.created` event.
 */
export async function saveStrategyEdit(store: WorkspaceStore, events: EventLog, projectRef: string, content: unknown, actorIn: Actor | string): Promise<StoredArtifact> {
  const actor = checkActor(actorIn);
  const validator = findSubsystem('strategy');
  const problems = validator ? validator.validate(content) : [];
  if (problems.length > 0) throw new AicmoError('invalid-input', `The edited strategy is not valid: ${problems.join(' ')}`, { field: 'content', details: { problems } });
  const at = new Date().toISOString();
  // A person wrote this version: the record of which engine wrote which field no longer holds.
  const edited = content !== null && typeof content === 'object' && 'engine' in content ? Object.fromEntries(Object.entries(content).filter(([k]) => k !== 'engine')) : content;
  const out = await store.writeProject(projectRef, (db, project) => {
    const base = latestArtifact(db, 'strategy');
    const art = insertArtifact(db, {
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
    insertApprovalAction(db, { targetKind: 'strategy', targetId: art.id, action: 'submit', actor, comment: `edited${base ? ` from version ${base.version}` : ''}`, at });
    return { projectId: project.id, art, base };
  });
  await events.append({ type: 'artifact.created', project: out.projectId, actor: actor.name, data: { kind: 'strategy', artifactId: out.art.id, version: out.art.version, editedFrom: out.base?.version ?? null } });
  return out.art;
}
