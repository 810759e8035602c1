// Insights from learning events across the workspace: angle approval rates per channel
// (creative.approved / creative.rejected), estimate accuracy per task template
// (task.completed) and the rejection-reason checklist (strategy.rejected /
// strategy.changes_requested reasons). The log is read once for all of them (`readInsightEvents`);
// lines it cannot use are reported with the insights, never counted.
import type { LearningEvent, SkippedLine } from '../events';
import type { EventReader } from '../store/types';
import type { AngleApprovalInsight, EstimateAccuracyInsight, EvidenceScope, InsightEvidence, RejectionReasonInsight } from './types';
import { weightText, type Similarity } from './similarity';
import { smoothedApprovalRate } from './angleRates';
import { channelName } from '../domain/labels';

class Tally {
  count = 0;
  from: string | null = null;
  to: string | null = null;
  readonly projects = new Set<string>();
  add(e: LearningEvent): void {
    this.count += 1;
    const day = e.ts.slice(0, 10);
    if (this.from === null || day < this.from) this.from = day;
    if (this.to === null || day > this.to) this.to = day;
    if (e.project) this.projects.add(e.project);
  }
  evidence(source: string): InsightEvidence {
    return { count: this.count, window: { from: this.from, to: this.to }, projects: [...this.projects].sort(), source };
  }
}

/** The event types Kaizen learns from. */
export const INSIGHT_EVENT_TYPES = ['creative.approved', 'creative.rejected', 'task.completed', 'strategy.rejected', 'strategy.changes_requested'] as const;

export interface InsightEvents {
  /** Events of INSIGHT_EVENT_TYPES, oldest first. */
  events: LearningEvent[];
  /** Lines of the log that could not be used (bad JSON, a bad timestamp, a line over the cap). */
  skipped: SkippedLine[];
}

/** One pass over the event log for every type Kaizen learns from. */
export async function readInsightEvents(log: EventReader): Promise<InsightEvents> {
  const events: LearningEvent[] = [];
  const skipped: SkippedLine[] = [];
  for await (const e of log.query({ types: INSIGHT_EVENT_TYPES }, { onSkipped: (s) => skipped.push(s) })) events.push(e);
  return { events, skipped };
}

const ofTypes = (all: InsightEvents, types: readonly string[]): LearningEvent[] => all.events.filter((e) => types.includes(e.type));

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** How much a project's decisions count for the project being planned; null = all alike. */
export type ProjectWeigher = (projectId: string | null) => Similarity;

const ALL_ALIKE: Similarity = { scope: 'this-project', weight: 1, label: 'all projects' };

/**
 * Angle approval rates per channel. A copy counts once, with its latest decision (the same copy
 * rejected in three rounds is one rejection), and each copy is weighted by the similarity of its
 * project; copies from projects whose weight is 0 are set aside (listed in the scopes).
 */
export function angleApprovalInsights(events: InsightEvents, weigh: ProjectWeigher = () => ALL_ALIKE): AngleApprovalInsight[] {
  const decided = [...ofTypes(events, ['creative.approved', 'creative.rejected'])].sort((a, b) => a.ts.localeCompare(b.ts) || a.id.localeCompare(b.id));
  const latest = new Map<string, LearningEvent>();
  const decisions = new Map<string, number>();
  for (const e of decided) {
    const channel = str(e.data.channel);
    const angle = str(e.data.angle);
    if (!channel || !angle) continue;
    const copy = str(e.data.copy) || str(e.data.creativeId) || e.id;
    const group = `${channel}\u0000${angle}`;
    latest.set(`${group}\u0000${e.project ?? ''}\u0000${copy}`, e);
    decisions.set(group, (decisions.get(group) ?? 0) + 1);
  }
  const groups = new Map<string, { channel: string; angle: string; approved: number; rejected: number; copies: { approved: number; rejected: number }; scopes: Map<string, EvidenceScope & { set: Set<string> }>; tally: Tally }>();
  for (const e of latest.values()) {
    const channel = str(e.data.channel);
    const angle = str(e.data.angle);
    const key = `${channel}\u0000${angle}`;
    const g = groups.get(key) ?? { channel, angle, approved: 0, rejected: 0, copies: { approved: 0, rejected: 0 }, scopes: new Map(), tally: new Tally() };
    groups.set(key, g);
    const sim = weigh(e.project);
    const scope = g.scopes.get(sim.label) ?? { label: sim.label, weight: sim.weight, projects: [], rows: 0, set: new Set<string>() };
    g.scopes.set(sim.label, scope);
    scope.rows += 1;
    if (e.project) scope.set.add(e.project);
    if (sim.weight <= 0) continue;
    const approved = e.type === 'creative.approved';
    if (approved) {
      g.approved += sim.weight;
      g.copies.approved += 1;
    } else {
      g.rejected += sim.weight;
      g.copies.rejected += 1;
    }
    g.tally.add(e);
  }
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return [...groups.entries()]
    .filter(([, g]) => g.copies.approved + g.copies.rejected > 0)
    .sort(([, a], [, b]) => a.channel.localeCompare(b.channel) || a.angle.localeCompare(b.angle))
    .map(([key, g]) => {
      const scopes = [...g.scopes.values()].map(({ set, ...s }) => ({ ...s, projects: [...set].sort() })).sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
      const counted = scopes.filter((s) => s.weight > 0);
      const aside = scopes.filter((s) => s.weight <= 0);
      const weighted = counted.some((s) => s.weight !== 1) ? ` (weighted ${r3(g.approved)} approved, ${r3(g.rejected)} rejected)` : '';
      const n = g.copies.approved + g.copies.rejected;
      const repeats = (decisions.get(key) ?? n) - n;
      return {
        id: `angle-approval:${g.channel}:${g.angle}`,
        kind: 'angle-approval' as const,
        summary:
          `${g.angle} on ${channelName(g.channel)}: ${g.copies.approved} approved, ${g.copies.rejected} rejected cop${n === 1 ? 'y' : 'ies'}${weighted}, smoothed approval rate ${(100 * smoothedApprovalRate(g.approved, g.rejected)).toFixed(0)}%; ` +
          counted.map((s) => `${s.label} ${weightText(s.weight)} (${s.rows} cop${s.rows === 1 ? 'y' : 'ies'})`).join('; ') +
          (repeats > 0 ? `; ${repeats} repeated decision${repeats === 1 ? '' : 's'} on the same copy counted once` : '') +
          (aside.length > 0 ? `; set aside: ${aside.map((s) => `${s.label} (${s.rows} cop${s.rows === 1 ? 'y' : 'ies'})`).join('; ')}` : '') +
          '.',
        evidence: g.tally.evidence('creative.approved and creative.rejected events'),
        payload: { channel: g.channel, angle: g.angle, approved: r3(g.approved), rejected: r3(g.rejected), copies: g.copies, decisions: decisions.get(key) ?? n, scopes },
      };
    });
}

export function estimateAccuracyInsights(events: InsightEvents): EstimateAccuracyInsight[] {
  const groups = new Map<string, { estimated: number; actual: number; n: number; tally: Tally }>();
  for (const e of ofTypes(events, ['task.completed'])) {
    const template = str(e.data.template);
    const estimated = num(e.data.estimatedHours);
    const actual = num(e.data.actualHours);
    if (!template || estimated === null || actual === null || !(estimated > 0) || actual < 0) continue;
    const g = groups.get(template) ?? { estimated: 0, actual: 0, n: 0, tally: new Tally() };
    g.estimated += estimated;
    g.actual += actual;
    g.n += 1;
    g.tally.add(e);
    groups.set(template, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([template, g]) => {
      const ratio = g.actual / g.estimated;
      return {
        id: `estimate-accuracy:${template}`,
        kind: 'estimate-accuracy' as const,
        summary: `${template}: ${g.n} completed task${g.n === 1 ? '' : 's'} took ${g.actual} h against ${g.estimated} h estimated (×${ratio.toFixed(2)}).`,
        evidence: g.tally.evidence('task.completed events'),
        payload: { template, estimated: g.estimated, actual: g.actual, ratio, n: g.n },
      };
    });
}

/** The same reason however it was typed: lower case, single spaces, no closing full stop. */
export function reasonKey(reason: string): string {
  return reason.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
}

export function rejectionReasonInsights(events: InsightEvents): RejectionReasonInsight[] {
  const groups = new Map<string, { reason: string; tally: Tally }>();
  for (const e of ofTypes(events, ['strategy.rejected', 'strategy.changes_requested'])) {
    const reason = str(e.data.reason);
    if (!reason) continue;
    const key = reasonKey(reason);
    const g = groups.get(key) ?? { reason: reason.replace(/\s+/g, ' ').replace(/[.!]+$/, ''), tally: new Tally() };
    g.tally.add(e);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => y.tally.count - x.tally.count || a.localeCompare(b))
    .map(([key, g]) => ({
      id: `rejection-reason:${key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}`,
      kind: 'rejection-reason' as const,
      summary: `"${g.reason}" was given ${g.tally.count} time${g.tally.count === 1 ? '' : 's'} when a strategy was rejected or sent back.`,
      evidence: g.tally.evidence('strategy.rejected and strategy.changes_requested events'),
      payload: { reason: g.reason, count: g.tally.count },
    }));
}
