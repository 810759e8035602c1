// The Unified View's cards, read from the store on every snapshot: a card whose subject changes
// without a run (creatives decided and scheduled, tasks done, results imported, requests decided)
// shows where it stands now — the counts from the creatives and tasks tables, the analytics from
// the stored metric rows — and the rest of its lines from the stored version. A version that
// does not reflect what arrived since it was made carries `outOfDate` (what changed; the core's
// getProjectUnifiedView decides it), so "the view is old" never happens and "the work is old" is said.
import { conversionsText, countText, dateRangeText, moneyText, statusName, subsystemName } from '../../../orchestrator/domain/labels';
import { getCreativesForProject, getProjectAnalyticsDashboard, getProjectPmDashboard, type ProjectUnifiedView, type ServiceEnv, type UnifiedArtifact } from '../../../orchestrator/services';
import type { UnifiedArtifactView } from '../../../protocol';
import { artifactHighlights } from './highlights';

/** What the store says now, for the cards that show it (undefined: that read failed; the stored lines stand). */
export interface LiveFacts {
  creatives?: { total: number; awaiting: number; approved: number; scheduled: number; rejected: number };
  tasks?: { total: number; done: number; inProgress: number; blocked: number };
  analytics?: { rows: number; currency: string; from: string | null; to: string | null; spend: number | null; conversions: number | null; goals: Array<{ label: string; status: string }> };
}

export async function liveFacts(env: ServiceEnv, slug: string): Promise<LiveFacts> {
  const [creatives, pm, analytics] = await Promise.all([getCreativesForProject(env, slug), getProjectPmDashboard(env, slug), getProjectAnalyticsDashboard(env, slug)]);
  const facts: LiveFacts = {};
  if (creatives.ok) facts.creatives = creatives.value.counts;
  if (pm.ok) {
    const count = (s: string) => pm.value.tasks.filter((t) => t.status === s).length;
    facts.tasks = { total: pm.value.tasks.length, done: count('done'), inProgress: count('in_progress'), blocked: count('blocked') };
  }
  if (analytics.ok) {
    const d = analytics.value;
    facts.analytics = { rows: d.rows, currency: d.currency, from: d.period.from, to: d.period.to, spend: d.totals.spend, conversions: d.totals.conversions, goals: d.goals.map((g) => ({ label: g.label, status: g.status })) };
  }
  return facts;
}

/** The lines of the card that the store answers now; undefined when the stored version's lines stand. */
function liveLines(name: string, facts: LiveFacts, stored: readonly string[], strategyStatus: string | undefined): string[] | undefined {
  if (name === 'creatives' && facts.creatives && facts.creatives.total > 0) {
    const c = facts.creatives;
    const parts = [`${c.approved} approved`, ...(c.scheduled ? [`${c.scheduled} scheduled`] : []), ...(c.rejected ? [`${c.rejected} rejected`] : []), `${c.awaiting} awaiting a decision`];
    return [`${countText(c.total, 'creative')}: ${parts.join(', ')}`, ...stored.filter((l) => !/^\d+ variants?$/.test(l))];
  }
  if (name === 'pm' && facts.tasks && facts.tasks.total > 0) {
    const t = facts.tasks;
    const parts = [`${t.done} done`, ...(t.inProgress ? [`${t.inProgress} in progress`] : []), ...(t.blocked ? [`${t.blocked} blocked`] : [])];
    return [`${countText(t.total, 'task')}: ${parts.join(', ')}`, ...stored.filter((l) => !/^\d+ tasks?$/.test(l))];
  }
  if (name === 'analytics' && facts.analytics) {
    const a = facts.analytics;
    if (a.rows === 0) return ['No data: no metric rows have been imported for this project yet.'];
    const totals = [...(a.spend !== null ? [`${moneyText(a.spend, a.currency)} spent`] : []), ...(a.conversions !== null ? [`${conversionsText(a.conversions)} ${a.conversions === 1 ? 'conversion' : 'conversions'}`] : [])];
    const lines = [`${countText(a.rows, 'metric row')}, ${dateRangeText(a.from, a.to)}${totals.length ? `: ${totals.join(', ')}` : ''}`];
    if (a.goals.length) lines.push(`Goals: ${a.goals.map((g) => `${g.label} ${g.status}`).join(', ')}`);
    return lines;
  }
  if (name === 'portal' && facts.creatives && strategyStatus !== undefined) {
    const strategyWaits = strategyStatus === 'draft' || strategyStatus === 'in_review' || strategyStatus === 'changes_requested';
    const waiting = facts.creatives.awaiting + (strategyWaits ? 1 : 0);
    const line = `${waiting} awaiting a decision now (strategy ${statusName(strategyStatus)}; ${facts.creatives.awaiting} of ${countText(facts.creatives.total, 'creative')})`;
    return [line, ...stored.filter((l) => !/approval requests?, \d+ awaiting a decision$/.test(l))];
  }
  return undefined;
}

/** Every card of the Unified View, as the store has it now. */
export function unifiedCards(view: ProjectUnifiedView, facts: LiveFacts): UnifiedArtifactView[] {
  const strategyStatus = view.artifacts.strategy?.status;
  return Object.values(view.artifacts).map((a: UnifiedArtifact) => {
    const stored = artifactHighlights(a.name, a.content);
    const highlights = a.status === 'missing' ? stored : (liveLines(a.name, facts, stored, strategyStatus === 'missing' ? undefined : strategyStatus) ?? stored);
    return {
      name: a.name, label: subsystemName(a.name), status: a.status, version: a.version, highlights: highlights.slice(0, 5),
      insights: a.insights.map((i) => ({ id: i.id, sentence: i.sentence })), skipKaizen: a.skipKaizen, statusNote: a.statusNote, createdAt: a.createdAt, lastError: a.lastError,
      ...(a.outOfDate ? { outOfDate: a.outOfDate } : {}),
    };
  });
}
