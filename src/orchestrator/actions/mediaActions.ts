// Decisions on a project's media plan (its latest version): approve, reject or request changes,
// like the strategy (artifactDecision.ts). Approving with `acceptLargerMove` takes the move the
// proposal showed without the step limit: it is stored as a new version (the proposal it came from
// is marked superseded) and approved, recorded as that person's decision.
import type { Database } from 'sql.js';
import { insertArtifact, setArtifactStatus, type StoredArtifact } from '../artifacts';
import { AicmoError } from '../domain/errors';
import type { Project } from '../domain/project';
import type { EventLog } from '../events';
import type { StaleMark } from '../flow/stale';
import { lastApproved } from '../flow/approvedVersion';
import type { WorkspaceStore } from '../store/types';
import type { MediaContent, MediaProposal } from '../subsystems/media/types';
import type { Actor, Decision } from './actor';
import { decideArtifact } from './artifactDecision';

export interface MediaDecisionResult {
  project: string;
  media: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
  acceptedLargerMove: boolean;
  /** The proposal as decided (its diff against the approved plan). */
  proposal: MediaProposal | null;
  /** One sentence saying what happened, for every view. */
  sentence: string;
}

const MEDIA = { kind: 'media', noun: 'media plan', events: { approve: 'media.approved', reject: 'media.rejected', request_changes: 'media.changes_requested' } } as const;
const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

function largerMoveVersion(db: Database, latest: StoredArtifact, project: Project, actor: Actor, at: string): StoredArtifact {
  const c = latest.content as MediaContent | null;
  const free = c?.unconstrained;
  if (!c || !free) throw new AicmoError('conflict', `Media plan version ${latest.version} of ${project.slug} has no larger move to accept: the step limit did not hold it back.`, { field: 'acceptLargerMove' });
  const byChannel = new Map(free.allocations.map((a) => [a.channel, a]));
  const allocations = c.allocations.map((a) => {
    const f = byChannel.get(a.channel)!;
    return { ...a, share: f.share, amountMinor: f.amountMinor, amount: f.amount, rationale: `${a.rationale} ${actor.name} accepted the larger move: ${pct(f.share)}.` };
  });
  const changes = (c.proposal?.changes ?? []).map((ch) => {
    const f = byChannel.get(ch.channel);
    if (!f) return ch;
    return { ...ch, to: f.share, change: ch.from === null ? null : Math.round((f.share - ch.from) * 10_000) / 10_000 };
  });
  const against = c.proposal?.against ?? { kind: 'priors' as const };
  const content: MediaContent = {
    ...c,
    allocations,
    unconstrained: null,
    guardrail: c.guardrail ? { ...c.guardrail, recommendLargerMove: false, sentence: `${actor.name} accepted the larger move proposed in version ${latest.version} (expected ${free.gainOverProposal >= 0 ? '+' : '−'}${pct(Math.abs(free.gainOverProposal))} over it).` } : null,
    proposal: {
      against,
      changes,
      moved: true,
      summary: `The larger move, accepted by ${actor.name}: ${changes.filter((ch) => ch.change === null || Math.abs(ch.change) >= 0.005).map((ch) => `${ch.label} ${ch.from === null ? 'new' : pct(ch.from)} → ${pct(ch.to)}`).join(', ')}.`,
    },
    decision: { acceptedLargerMove: true, by: actor.name, at, fromVersion: latest.version },
  };
  const art = insertArtifact(db, {
    kind: 'media',
    status: 'in_review',
    content,
    inputsHash: latest.inputsHash,
    inputs: latest.inputs,
    insights: latest.insights,
    skipKaizen: latest.skipKaizen,
    statusNote: `${actor.name} accepted the larger move proposed in version ${latest.version}.`,
    createdAt: at,
  });
  setArtifactStatus(db, latest.id, 'stale', `Superseded by version ${art.version}: the larger move, accepted by ${actor.name}.`);
  return art;
}

export async function decideMedia(store: WorkspaceStore, events: EventLog, projectRef: string, decision: Decision, actor: Actor | string, reason?: string, options: { acceptLargerMove?: boolean } = {}): Promise<MediaDecisionResult> {
  const larger = options.acceptLargerMove === true;
  if (larger && decision !== 'approve') throw new AicmoError('invalid-input', 'Accepting the larger move is a way of approving; use it with approve only.', { field: 'acceptLargerMove' });
  const r = await decideArtifact(store, events, projectRef, MEDIA, decision, actor, reason, larger ? { prepare: largerMoveVersion, eventData: { acceptedLargerMove: true } } : {});
  const content = r.artifact.content as MediaContent | null;
  const proposal = content?.proposal ?? null;
  const inUse = decision === 'approve' ? null : await store.readProject(r.projectId, (db) => lastApproved(db, 'media'));
  const v = `media plan v${r.artifact.version} of ${r.project}`;
  let sentence: string;
  if (decision === 'approve') sentence = `${larger ? `Approved the larger move as ${v}` : `Approved ${v}`}: ${proposal?.summary ?? 'the split is now in use.'}`;
  else {
    const stays = inUse ? `approved version ${inUse.version} stays in use` : 'no media plan is approved yet';
    sentence = `${decision === 'reject' ? `Rejected ${v}` : `Sent ${v} back`} (${reason!.trim()}); ${stays}. A new proposal is made when results, channel rules or settings change.`;
  }
  return { project: r.project, media: { id: r.artifact.id, version: r.artifact.version, status: r.status }, stale: r.stale, acceptedLargerMove: larger, proposal, sentence };
}
