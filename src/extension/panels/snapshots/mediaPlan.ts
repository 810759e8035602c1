// The media plan as the War Room and the Unified View show it (protocol/panels/mediaPlan.ts): the
// latest version, its diff against the approved plan per channel with human channel names, the
// guardrail and whether a larger move is recommended. Display text comes from the core's labels.
import { channelName } from '../../../orchestrator/domain/labels';
import type { ProjectMediaPlan } from '../../../orchestrator/services';
import type { MediaChangeView, MediaPlanView } from '../../../protocol/panels/mediaPlan';

export function mediaPlanView(plan: ProjectMediaPlan): MediaPlanView | null {
  const latest = plan.latest;
  if (!latest) return null;
  const c = latest.content;
  const p = c.proposal;
  const byChannel = new Map((p?.changes ?? []).map((ch) => [ch.channel, ch]));
  // Every channel of the plan (with its proposed share), then channels the proposal dropped.
  const changes: MediaChangeView[] = c.allocations.map((a) => {
    const ch = byChannel.get(a.channel);
    return { channel: a.channel, label: channelName(a.channel), from: ch?.from ?? null, to: a.share, change: ch?.change ?? null, why: ch?.why ?? a.rationale };
  });
  for (const ch of p?.changes ?? []) {
    if (!c.allocations.some((a) => a.channel === ch.channel)) changes.push({ channel: ch.channel, label: channelName(ch.channel), from: ch.from, to: 0, change: ch.change ?? (ch.from === null ? null : -ch.from), why: ch.why });
  }
  const g = c.guardrail;
  return {
    version: latest.version,
    status: latest.status,
    statusNote: latest.statusNote,
    createdAt: latest.createdAt,
    budget: c.budget.formatted,
    objective: c.objective.objective,
    against: p?.against.kind === 'approved' ? `approved v${p.against.version}` : 'the starting split (priors)',
    approvedVersion: plan.approved?.version ?? null,
    inUse: plan.inUse,
    changes,
    summary: p?.summary ?? null,
    guardrail: g ? { sentence: g.sentence, binding: g.binding, recommendLargerMove: g.recommendLargerMove && !!c.unconstrained } : null,
    unconstrained: c.unconstrained ? c.unconstrained.allocations.map((a) => ({ label: channelName(a.channel), share: a.share })) : null,
    decision: c.decision ? { by: c.decision.by, at: c.decision.at, fromVersion: c.decision.fromVersion } : null,
    methodNote: c.methodNote,
  };
}
