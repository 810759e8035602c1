// Builds a strategy version: the vertical's template filled with the brief, every change request
// so far applied (oldest first), and the revision against the previous version. What was done
// about a request is recorded by the version that first answered it and carried unchanged after
// that, so re-running a version with unchanged inputs gives the same content.
import type { Project } from '../../domain/project';
import type { AppliedInsight, RejectionReasonInsight } from '../../kaizen/types';
import type { ApprovalActionRecord, ArtifactInput } from '../types';
import { applyChangeRequests, type BriefAsk, type Touch } from './applyRequests';
import { changeRequestsFrom } from './changeRequests';
import { contentChanges, describeRevision, isStrategyContent } from './revision';
import { buildBaseStrategy, buildExecutiveSummary, strategyFrame } from './rules';
import type { ChangeRequestRecord, StrategyContent } from './types';

export interface StrategyInput {
  project: Project;
  reasons: readonly RejectionReasonInsight[];
  skipKaizen: boolean;
  /** The project's approval actions (change requests are read from them). */
  history?: readonly ApprovalActionRecord[];
  previous?: ArtifactInput;
  version?: number;
}

/** Where a brief field shows in the revision's raw changes. */
const BRIEF_SECTIONS: Record<BriefAsk['field'], (c: { section: string; item: string }) => boolean> = {
  budget: (c) => c.section === 'situation' && c.item === 'budget',
  dates: (c) => (c.section === 'situation' && c.item === 'dates') || c.section === 'timeline',
  audiences: (c) => c.section === 'situation' && c.item === 'audiences',
  kpiTargets: (c) => c.section === 'objectives',
  tone: () => false,
};

/** A brief ask is answered when the brief changed that field since the previous version. */
function resolveBriefAsks(records: ChangeRequestRecord[], asks: readonly BriefAsk[], raw: ReturnType<typeof contentChanges>, touches: Touch[]): ChangeRequestRecord[] {
  return records.map((r) => {
    const mine = asks.filter((a) => a.requestId === r.id);
    if (mine.length === 0) return r;
    const applied = [...r.applied];
    let notApplied = [...r.notApplied];
    let clientNotes = [...r.clientNotes];
    for (const a of mine) {
      const changed = raw.filter(BRIEF_SECTIONS[a.field]);
      if (changed.length === 0) continue;
      const at = notApplied.indexOf(a.sentence);
      if (at >= 0) {
        notApplied = notApplied.filter((_s, i) => i !== at);
        clientNotes = clientNotes.filter((_s, i) => i !== at);
      }
      applied.push(`The brief was updated: ${changed.map((c) => `${c.item} ${c.before ?? 'none'} → ${c.after ?? 'none'}`).join('; ')}.`);
      for (const c of changed) touches.push({ section: c.section as Touch['section'], item: c.section === 'objectives' ? '*' : c.item, requestId: r.id });
    }
    const outcome = applied.length > 0 ? (notApplied.length > 0 ? 'partly applied' : 'applied') : 'not applied';
    return { ...r, applied, notApplied, clientNotes, outcome };
  });
}

export function buildStrategy(input: StrategyInput): { content: StrategyContent; applied: AppliedInsight[] } {
  const { project, reasons, skipKaizen } = input;
  const frame = strategyFrame(project);
  const requests = changeRequestsFrom(input.history ?? []);
  const base = buildBaseStrategy(frame, reasons, skipKaizen);
  let content = base.content;
  let touches: Touch[] = [];
  let asks: BriefAsk[] = [];
  if (requests.length > 0) {
    const r = applyChangeRequests({
      project,
      content,
      spares: base.spares,
      requests,
      rebuildWithout: (excluded) => {
        const b = buildBaseStrategy(frame, reasons, skipKaizen, excluded);
        return { pillars: b.content.pillars, funnel: b.content.funnel, spares: b.spares };
      },
      summaryFor: (pillars) => buildExecutiveSummary(frame, content.objectives, pillars),
    });
    content = r.content;
    touches = r.touches;
    asks = r.briefAsks;
  }

  const kaizen = withoutAnswered(content, base.applied);
  content = kaizen.content;

  const previous = input.previous && isStrategyContent(input.previous.content) ? { version: input.previous.version, content: input.previous.content } : undefined;
  if (previous) {
    const earlier = new Map((previous.content.changeRequests ?? []).map((r) => [r.id, r]));
    const fresh = content.changeRequests.filter((r) => !earlier.has(r.id));
    if (previous.version >= (input.version ?? Infinity)) {
      // Regenerating this very version (a re-run checking whether anything changed): its own record stands.
      content = { ...content, changeRequests: content.changeRequests.map((r) => earlier.get(r.id) ?? r), revision: previous.content.revision ?? null };
    } else {
      const raw = contentChanges(previous.content, content);
      const records = resolveBriefAsks(content.changeRequests, asks.filter((a) => fresh.some((r) => r.id === a.requestId)), raw, touches);
      content = { ...content, changeRequests: records.map((r) => earlier.get(r.id) ?? r) };
      content = { ...content, revision: describeRevision(previous, content, touches, fresh.map((r) => r.id)) };
    }
  }
  return { content, applied: kaizen.applied };
}

/**
 * A rejection reason this plan has already acted on (its own change request, applied) is not
 * repeated as a Kaizen checklist line; one it could not act on stays, for a person to address.
 */
function withoutAnswered(content: StrategyContent, applied: AppliedInsight[]): { content: StrategyContent; applied: AppliedInsight[] } {
  const answered = new Set(content.changeRequests.filter((r) => r.outcome !== 'not applied').map((r) => r.reason.trim().toLowerCase()));
  if (answered.size === 0) return { content, applied };
  const drop = new Set(content.checklist.filter((i) => i.source === 'kaizen' && answered.has(reasonOf(i.item))).map((i) => i.insightId));
  if (drop.size === 0) return { content, applied };
  const kept = applied.filter((a) => !drop.has(a.id));
  const kaizen: StrategyContent['kaizen'] =
    content.kaizen.mode === 'applied' && kept.length === 0
      ? { mode: 'no-evidence', note: "No evidence yet beyond this strategy's own change requests, which the plan answers directly." }
      : content.kaizen.mode === 'applied'
        ? { mode: 'applied', note: `The checklist includes ${kept.length} past rejection reason${kept.length === 1 ? '' : 's'}.` }
        : content.kaizen;
  return { content: { ...content, checklist: content.checklist.filter((i) => !drop.has(i.insightId)), kaizen }, applied: kept };
}

/** The reason quoted in a Kaizen checklist line ('Address a past rejection reason: "X" (given once).'). */
function reasonOf(item: string): string {
  return (/"(.*)" \(given /.exec(item)?.[1] ?? '').trim().toLowerCase();
}
