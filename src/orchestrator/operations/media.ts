// Decisions on a project's media plan (its latest version): approve, reject or request changes,
// like the strategy (artifactDecision.ts). Approving with `acceptLargerMove` takes the move the
// proposal showed without the step limit: it is stored as a new version (the proposal it came from
// is marked superseded) and approved, recorded as that person's decision.
import * as v from 'valibot';
import type { Actor, Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import { lastApproved } from '../flow/approvedVersion';
import type { StaleMark } from '../flow/stale';
import type { ProjectWriter, StoredArtifact } from '../store/types';
import type { MediaContent, MediaProposal } from '../subsystems/media/types';
import { listText, subsystemName } from '../domain/labels';
import { decideArtifact } from './artifactDecision';
import { tickedText } from './decisionTasks';
import { defineOperation } from './define';
import { actorInput, decisionInput, projectRef } from './input';
import { flowRunStep, panelStep } from './steps';

export interface MediaDecisionResult {
  project: string;
  media: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
  acceptedLargerMove: boolean;
  /** The proposal as decided (its diff against the approved plan). */
  proposal: MediaProposal | null;
  /** Plan tasks the decision ticked. */
  ticked: { id: string; title: string }[];
}

const MEDIA = { kind: 'media', noun: 'media plan', events: { approve: 'media.approved', reject: 'media.rejected', request_changes: 'media.changes_requested' } } as const;
const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

function largerMoveVersion(tx: ProjectWriter, latest: StoredArtifact, actor: Actor, at: string): StoredArtifact {
  const project = tx.project;
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
  const art = tx.artifacts.insert({
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
  tx.artifacts.setStatus(latest.id, 'stale', `Superseded by version ${art.version}: the larger move, accepted by ${actor.name}.`);
  return art;
}

export const decideMediaOperation = defineOperation('media.decide', {
  input: v.object({
    project: projectRef,
    decision: decisionInput,
    /** The version the person looked at. */
    version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    reason: v.optional(v.string()),
    by: actorInput,
    /** Approve the move the proposal showed without the step limit. */
    acceptLargerMove: v.optional(v.boolean()),
  }),
  async execute(env, input) {
    const decision: Decision = input.decision;
    const larger = input.acceptLargerMove === true;
    if (larger && decision !== 'approve') throw new AicmoError('invalid-input', 'Accepting the larger move is a way of approving; use it with approve only.', { field: 'acceptLargerMove' });
    const r = await decideArtifact(env, input, MEDIA, larger ? { prepare: largerMoveVersion, eventData: { acceptedLargerMove: true } } : {});
    const content = r.artifact.content as MediaContent | null;
    const proposal = content?.proposal ?? null;
    const slug = r.project.slug;
    const plan = `media plan v${r.artifact.version} of "${r.project.name}"`;
    let message: string;
    if (decision === 'approve') message = `${larger ? `Approved the larger move as ${plan}` : `Approved ${plan}`}: ${proposal?.summary ?? 'the split is now in use.'}`;
    else {
      const inUse = await env.store.readProject(r.project.id, (tx) => lastApproved(tx, 'media'));
      const stays = inUse ? `approved version ${inUse.version} stays in use` : 'no media plan is approved yet';
      message = `${decision === 'reject' ? `Rejected ${plan}` : `Sent ${plan} back`} (${r.reason!}); ${stays}. A new proposal is made when results, channel rules or settings change.`;
    }
    if (r.stale.length > 0) message += ` Marked stale: ${listText(r.stale.map((m) => `${subsystemName(m.kind)} v${m.version}`))} (built on an older media plan).`;
    message += tickedText(r.ticked);
    const value: MediaDecisionResult = { project: slug, media: { id: r.artifact.id, version: r.artifact.version, status: r.status }, stale: r.stale, acceptedLargerMove: larger, proposal, ticked: r.ticked };
    // After an approval the next run follows the approved plan; after a refusal the War Room shows what stays in use.
    return { value, message, next: decision === 'approve' ? [flowRunStep(slug)] : [panelStep('warroom', slug)] };
  },
});
