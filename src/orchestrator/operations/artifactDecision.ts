// A person's decision on the latest version of a project's artifact (strategy, media plan):
// approve, reject or request changes (with a reason). The status changes, an approval_actions row
// and an event record it, and an approval marks what was built on older versions stale — all in
// one write. Each kind supplies its words and events; `prepare` may replace the decided version
// (the media plan's "accept the larger move" stores the larger move as a new version and decides
// on that). strategy.decide, media.decide and subsystem.decide (a plugin's output) are this code
// with their own sentence.
import { checkActor, checkReason, DECISION_STATUS, type Actor, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import type { Project } from '../domain/project';
import type { KnownEventType } from '../events';
import { markStaleDownstream, type StaleMark } from '../flow/stale';
import type { ServiceEnv } from '../services/env';
import type { ProjectWriter, StoredArtifact } from '../store/types';
import { tickArtifactTasks, type TickedTask } from './decisionTasks';
import { statusName } from '../domain/labels';
import { actorOf } from './input';

export interface ArtifactDecisionKind {
  /** Artifact kind ("strategy", "media"). */
  kind: string;
  /** "strategy", "media plan": how sentences name it. */
  noun: string;
  /** The noun with its article when "a <noun>" reads wrong (e.g. "the seo output"). */
  indefinite?: string;
  events: Record<Decision, KnownEventType>;
}

export interface ArtifactDecisionInput {
  project: string;
  decision: Decision;
  /** The version the person looked at (refused when it is no longer the latest). */
  version?: number;
  reason?: string;
  by?: string | Actor;
}

export interface ArtifactDecision {
  project: Project;
  actor: Actor;
  reason: string | undefined;
  /** The version decided on, with its new status. */
  artifact: StoredArtifact;
  status: string;
  /** Downstream artifacts an approval marked stale. */
  stale: StaleMark[];
  /** Plan tasks the decision ticked (done, actual hours left to fill in). */
  ticked: TickedTask[];
}

export interface DecisionExtras {
  /** Runs inside the write before the status changes; may return another version to decide on. */
  prepare?(tx: ProjectWriter, latest: StoredArtifact, actor: Actor, at: string): StoredArtifact;
  /** More fields for the event. */
  eventData?: Record<string, unknown>;
}

const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** The latest version, refused when there is none or the person decided on another version than the current one. */
export function currentVersion(project: Project, what: { noun: string }, latest: StoredArtifact | undefined, seen: number | undefined, field: string): StoredArtifact {
  if (!latest) throw new AicmoError('not-found', `"${project.name}" has no ${what.noun} yet; run the flow first.`, { field: 'project' });
  if (seen !== undefined && latest.version !== seen) {
    throw new AicmoError('conflict', `${capital(what.noun)} v${seen} is no longer the current one (v${latest.version} is); review v${latest.version} before deciding (nothing was changed).`, { field });
  }
  return latest;
}

export async function decideArtifact(env: ServiceEnv, input: ArtifactDecisionInput, what: ArtifactDecisionKind, extras: DecisionExtras = {}): Promise<ArtifactDecision> {
  const decision = input.decision;
  const actor = checkActor(actorOf(input.by, env.actor));
  const reason = checkReason(decision, input.reason, what.indefinite ?? `a ${what.noun}`);
  const at = (env.now?.() ?? new Date()).toISOString();
  const Noun = capital(what.noun);
  return env.store.writeProject(input.project, (tx) => {
    const project = tx.project;
    const found = currentVersion(project, what, tx.artifacts.latest(what.kind), input.version, 'version');
    if (found.status === 'stale') throw new AicmoError('conflict', `${Noun} version ${found.version} of "${project.name}" is stale; run the flow to make a current one.`);
    const status = DECISION_STATUS[decision];
    if (found.status === status && !extras.prepare) throw new AicmoError('conflict', `${Noun} version ${found.version} of "${project.name}" is already ${statusName(status)}.`);
    const latest = extras.prepare ? extras.prepare(tx, found, actor, at) : found;
    const note = reason ? `${actor.name}: ${reason}` : extras.prepare ? latest.statusNote : null;
    tx.artifacts.setStatus(latest.id, status, note);
    tx.approvals.record({ targetKind: what.kind, targetId: latest.id, action: decision, actor, comment: reason ?? null, at });
    const stale = decision === 'approve' ? markStaleDownstream(tx.artifacts, what.kind, latest.version) : [];
    tx.events.record({ type: what.events[decision], actor: actor.name, data: { artifactId: latest.id, version: latest.version, actorKind: actor.kind, ...(reason ? { reason } : {}), ...extras.eventData } });
    for (const m of stale) tx.events.record({ type: 'artifact.stale', actor: actor.name, data: { artifactId: m.id, kind: m.kind, version: m.version, note: m.note } });
    const ticked = tickArtifactTasks(tx, what.kind, status, actor.name, at);
    return { project, actor, reason, artifact: { ...latest, status, statusNote: note }, status, stale, ticked };
  });
}
