// The difference between a strategy version and the one before it, section by section, each change
// with its reason: the change request that caused it (quoted), the brief, a Kaizen insight, or
// AICMO's own templates. A request the new version could not act on says so in the note.
import type { Touch } from './applyRequests';
import { sentencesOf as sentences } from './sentences';
import type { ChangeRequestRecord, StrategyChange, StrategyContent, StrategyRevision } from './types';

type Section = StrategyChange['section'];


function listDiff<T>(section: Section, before: readonly T[], after: readonly T[], key: (x: T) => string, show: (x: T) => string, track: { moved?: boolean } = {}): Omit<StrategyChange, 'because'>[] {
  const out: Omit<StrategyChange, 'because'>[] = [];
  const b = new Map(before.map((x, i) => [key(x), { x, i }]));
  const a = new Map(after.map((x, i) => [key(x), { x, i }]));
  for (const [k, { x }] of b) if (!a.has(k)) out.push({ section, change: 'removed', item: k, before: show(x) });
  // A move is a change of order among the items both versions have (not a shift from an insertion).
  const commonBefore = [...b.keys()].filter((k) => a.has(k));
  const commonAfter = [...a.keys()].filter((k) => b.has(k));
  for (const [k, { x, i }] of a) {
    const old = b.get(k);
    if (!old) out.push({ section, change: 'added', item: k, after: show(x) });
    else if (show(old.x) !== show(x)) out.push({ section, change: 'changed', item: k, before: show(old.x), after: show(x) });
    else if (track.moved && commonBefore.indexOf(k) !== commonAfter.indexOf(k)) out.push({ section, change: 'moved', item: k, before: `number ${old.i + 1}`, after: `number ${i + 1}` });
  }
  return out;
}

/** The raw changes between two versions, without reasons. */
export function contentChanges(before: StrategyContent, after: StrategyContent): Omit<StrategyChange, 'because'>[] {
  const out: Omit<StrategyChange, 'because'>[] = [];
  const sb = sentences(before.executiveSummary);
  const sa = sentences(after.executiveSummary);
  for (const s of sb) if (!sa.includes(s)) out.push({ section: 'summary', change: 'removed', item: 'executive summary', before: s });
  for (const s of sa) if (!sb.includes(s)) out.push({ section: 'summary', change: 'added', item: 'executive summary', after: s });
  const situation = (c: StrategyContent) => ({
    budget: c.situation.budget.formatted,
    dates: c.situation.dates ? `${c.situation.dates.start} to ${c.situation.dates.end}` : 'not set',
    audiences: c.situation.audiences.join('; '),
    geography: c.situation.geography ?? 'not set',
    product: c.situation.product ?? 'not set',
    goal: c.situation.goal,
    industry: c.situation.industry,
  });
  const [xb, xa] = [situation(before), situation(after)];
  for (const k of Object.keys(xa) as (keyof typeof xa)[]) if (xb[k] !== xa[k]) out.push({ section: 'situation', change: 'changed', item: k, before: xb[k], after: xa[k] });
  out.push(...listDiff('objectives', before.objectives ?? [], after.objectives ?? [], (o) => o.label, (o) => (o.target === null ? 'no target' : `target ${o.target}`)));
  out.push(...listDiff('pillars', before.pillars ?? [], after.pillars ?? [], (p) => p.name, (p) => p.description, { moved: true }));
  for (const stage of after.funnel ?? []) {
    const old = (before.funnel ?? []).find((f) => f.stage === stage.stage);
    out.push(...listDiff('funnel', old?.tactics ?? [], stage.tactics, (t) => t, (t) => `${stage.stage}: ${t}`));
  }
  out.push(...listDiff('timeline', before.timeline ?? [], after.timeline ?? [], (p) => p.phase, (p) => `${p.start ?? 'not set'} to ${p.end ?? 'not set'}`));
  out.push(...listDiff('risks', before.risks ?? [], after.risks ?? [], (r) => r.risk, (r) => r.mitigation));
  out.push(...listDiff('compliance', before.compliance ?? [], after.compliance ?? [], (r) => r.rule, (r) => r.source));
  out.push(...listDiff('checklist', before.checklist ?? [], after.checklist ?? [], (c) => c.item, (c) => c.source));
  return out;
}

function quote(r: ChangeRequestRecord): string {
  const text = r.reason.length > 120 ? `${r.reason.slice(0, 119)}…` : r.reason;
  return `${r.kind === 'reject' ? 'the rejection' : 'the change request'} by ${r.by}: "${text}"`;
}

/** Why a change happened: the request that touched it, else the brief, Kaizen or the templates. */
function because(c: Omit<StrategyChange, 'because'>, touches: readonly Touch[], records: readonly ChangeRequestRecord[], briefChanged: boolean, after: StrategyContent): Pick<StrategyChange, 'because' | 'requestId'> {
  const touch = touches.find((t) => t.section === c.section && (t.item === c.item || c.section === 'summary' || (c.section === 'objectives' && t.item === '*')));
  if (touch) {
    const r = records.find((x) => x.id === touch.requestId);
    if (r) return { because: quote(r), requestId: r.id };
  }
  if (c.section === 'checklist' && after.checklist.some((i) => i.item === c.item && i.source === 'kaizen')) return { because: 'Kaizen: a rejection reason given on past work' };
  if (c.section === 'checklist' && c.change === 'removed' && c.after === undefined && /rejection reason/.test(c.item)) return { because: 'Kaizen: that rejection reason no longer applies' };
  if (briefChanged) return { because: 'the brief changed' };
  return { because: "AICMO's templates changed" };
}

export function isStrategyContent(x: unknown): x is StrategyContent {
  return typeof x === 'object' && x !== null && typeof (x as StrategyContent).executiveSummary === 'string' && Array.isArray((x as StrategyContent).pillars) && typeof (x as StrategyContent).situation === 'object';
}

/**
 * The revision of `after` against the previous version. `requests` are the ids first answered by
 * this version; a brief directive counts as applied when the brief did change that section.
 */
export function describeRevision(previous: { version: number; content: StrategyContent }, after: StrategyContent, touches: readonly Touch[], newIds: readonly string[]): StrategyRevision {
  const raw = contentChanges(previous.content, after);
  const briefChanged = raw.some((c) => c.section === 'situation' || c.section === 'objectives' || c.section === 'timeline');
  const changes = raw.map((c) => ({ ...c, ...because(c, touches, after.changeRequests, briefChanged, after) }));
  const fresh = after.changeRequests.filter((r) => newIds.includes(r.id));
  const parts: string[] = [];
  for (const r of fresh) {
    const n = changes.filter((c) => c.requestId === r.id).length;
    const answered = n > 0 ? `${n} change${n === 1 ? '' : 's'}` : 'no change';
    parts.push(`${r.by}'s ${r.kind === 'reject' ? 'rejection' : 'request'} ("${r.reason.length > 80 ? `${r.reason.slice(0, 79)}…` : r.reason}"): ${r.outcome}, ${answered}${r.notApplied.length > 0 ? ` (${r.notApplied.join(' ')})` : ''}.`);
  }
  const other = changes.filter((c) => c.requestId === undefined).length;
  if (other > 0) parts.push(`${other} other change${other === 1 ? '' : 's'}${briefChanged ? ', from the brief' : ''}.`);
  if (parts.length === 0) parts.push(`No changes from version ${previous.version}.`);
  return { basedOn: previous.version, requests: [...newIds], changes, note: `Since version ${previous.version}: ${parts.join(' ')}` };
}
