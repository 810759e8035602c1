// Kaizen: every insight with its evidence, "no evidence yet" per kind, and the latest learning
// events (newest first), each summarised in one line.
import { getKaizenInsights, unwrap } from '../../../orchestrator/services';
import { eventSummary } from '../snapshots/eventSummary';
import type { PanelDescriptor } from './types';

const KAIZEN_EVENTS = 2000;

export const kaizen: PanelDescriptor<'kaizen'> = {
  async snapshot({ env, projects }) {
    const report = unwrap(await getKaizenInsights(env));
    const events: { id: string; ts: string; type: string; project: string | null; actor: string; summary: string }[] = [];
    const slugs = new Map(projects.map((p) => [p.id, p.slug]));
    for await (const e of env.events.query({ limit: KAIZEN_EVENTS, keep: 'latest' })) events.push({ id: e.id, ts: e.ts, type: e.type, project: e.project === null ? null : (slugs.get(e.project) ?? e.project), actor: e.actor, summary: eventSummary(e) });
    events.reverse();
    return { insights: report.insights.map((i) => ({ id: i.id, kind: i.kind, summary: i.summary, evidence: i.evidence })), kinds: report.kinds, events };
  },
  commands: {},
  requests: {},
};
