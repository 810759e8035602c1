// A person's decision on the latest version of a project's artifact (strategy, media plan):
// approve, reject or request changes (with a reason). The status changes, an approval_actions row
// and an event record it, and an approval marks what was built on older versions stale. Each
// kind supplies its words and events; `prepare` may replace the decided version (the media plan's
// "accept the larger move" stores the larger move as a new version and decides on that).
import type { Database } from 'sql.js';
import { insertApprovalAction, latestArtifact, setArtifactStatus, type StoredArtifact } from '../artifacts';
import { AicmoError } from '../domain/errors';
import type { Project } from '../domain/project';
import type { EventLog, KnownEventType } from '../events';
import { markStaleDownstream, type StaleMark } from '../flow/stale';
import type { WorkspaceStore } from '../store/types';
import { checkActor, checkReason, DECISION_STATUS, type Actor, type Decision } from './actor';

export interface ArtifactDecisionKind {
  /** Artifact kind ("strategy", "media"). */
  kind: string;
  /** "strategy", "media plan": how sentences name it. */
  noun: string;
  events: Record<Decision, KnownEventType>;
}

export interface ArtifactDecision {
  project: string;
  projectId: string;
  artifact: StoredArtifact;
  status: string;
  stale: StaleMark[];
}

export interface DecisionExtras {
  /** Runs inside the write before the status changes; may return another version to decide on. */
  prepare?(db: Database, latest: StoredArtifact, project: Project, actor: Actor, at: string): StoredArtifact;
  /** More fields for the event. */
  eventData?: Record<string, unknown>;
}

export async function decideArtifact(store: WorkspaceStore, events: EventLog, projectRef: string, what: ArtifactDecisionKind, decision: Decision, actorIn: Actor | string, reasonIn?: string, extras: DecisionExtras = {}): Promise<ArtifactDecision> {
  const actor = checkActor(actorIn);
  const reason = checkReason(decision, reasonIn, `a ${what.noun}`);
  const at = new Date().toISOString();
  const Noun = what.noun[0]!.toUpperCase() + what.noun.slice(1);
  const out = await store.writeProject(projectRef, (db, project) => {
    const found = latestArtifact(db, what.kind);
    if (!found) throw new AicmoError('not-found', `${project.slug} has no ${what.noun} yet; run the flow first (aicmo flow run ${project.slug}).`);
    if (found.status === 'stale') throw new AicmoError('conflict', `${Noun} version ${found.version} of ${project.slug} is stale; run the flow to make a current one.`);
    const status = DECISION_STATUS[decision];
    if (found.status === status && !extras.prepare) throw new AicmoError('conflict', `${Noun} version ${found.version} of ${project.slug} is already ${status.replace('_', ' ')}.`);
    const latest = extras.prepare ? extras.prepare(db, found, project, actor, at) : found;
    setArtifactStatus(db, latest.id, status, reason ? `${actor.name}: ${reason}` : extras.prepare ? latest.statusNote : null);
    insertApprovalAction(db, { targetKind: what.kind, targetId: latest.id, action: decision, actor, comment: reason ?? null, at });
    const stale = decision === 'approve' ? markStaleDownstream(db, what.kind, latest.version) : [];
    return { projectId: project.id, slug: project.slug, latest: { ...latest, status }, status, stale };
  });
  await events.append({
    type: what.events[decision],
    project: out.projectId,
    actor: actor.name,
    data: { artifactId: out.latest.id, version: out.latest.version, actorKind: actor.kind, ...(reason ? { reason } : {}), ...extras.eventData },
  });
  for (const m of out.stale) {
    await events.append({ type: 'artifact.stale', project: out.projectId, actor: actor.name, data: { artifactId: m.id, kind: m.kind, version: m.version, note: m.note } });
  }
  return { project: out.slug, projectId: out.projectId, artifact: out.latest as StoredArtifact, status: out.status, stale: out.stale };
}
