// getCreativesForProject: the current creatives, ranked (rank 1 first), each in its channel's
// format with its fields, language, the brief facts it uses, its violations, why it ranks where
// it does and — for a new version — the version it replaces with that one's decision.
// regenerateCreatives: writes chosen creatives (or all) anew, on request.
import { latestArtifacts, listCreatives, type CreativeRow } from '../artifacts';
import { AicmoError } from '../domain/errors';
import { runFlow, type FlowResult } from '../flow';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';
import type { FlowRunOptions } from './actions';

export interface RankedCreative {
  id: string;
  /** The creative's identity across versions ("meta-benefit-led"). */
  key: string;
  rank: number | null;
  channel: string;
  format: string;
  angle: string;
  language: string;
  /** The format's fields: `headlines` and `descriptions` are lists for search ads. */
  fields: Record<string, string | string[]>;
  /** Which brief facts it uses ("product", "benefit:0", "proof:1", "offer"). */
  facts: string[];
  headline: string;
  body: string;
  cta: string;
  status: string;
  scheduledDate: string | null;
  violations: { field: string; rule?: string; message: string; severity: 'error' | 'warning' }[];
  rankReason: string | null;
  /** Version of the creatives artifact it was made in. */
  version: number;
  /** How often it was regenerated on request. */
  generation: number;
  /** Why it is stale (its channel left the plan); null while it stands. */
  staleNote: string | null;
  /** The version it replaces, with that version's decision (kept as it was). */
  replaces: { id: string; status: string; scheduledDate: string | null; staleNote: string | null } | null;
}

export interface ProjectCreatives {
  project: { id: string; slug: string; name: string };
  creatives: RankedCreative[];
  counts: { total: number; awaiting: number; approved: number; scheduled: number; rejected: number };
  /** From the latest creatives: what the brief lacks, channels without copy, rules not checked automatically. */
  notes: string[];
  /** The brief's rules as checks, one sentence each. */
  rules: string[];
}

const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

function ranked(c: CreativeRow, byId: ReadonlyMap<string, CreativeRow>): RankedCreative {
  const parent = c.parentId ? byId.get(c.parentId) : undefined;
  return {
    id: c.id,
    key: c.key,
    rank: c.rank ?? null,
    channel: c.channel,
    format: c.format,
    angle: c.angle,
    language: c.language,
    fields: c.fields,
    facts: c.facts,
    headline: c.headline,
    body: c.body,
    cta: c.cta,
    status: c.status,
    scheduledDate: c.scheduledDate,
    violations: c.violations,
    rankReason: c.rankReason,
    version: c.version,
    generation: c.generation,
    staleNote: c.staleNote,
    replaces: parent ? { id: parent.id, status: parent.status, scheduledDate: parent.scheduledDate, staleNote: parent.staleNote } : null,
  };
}

export function getCreativesForProject(env: ServiceEnv, projectRef: string): Promise<Result<ProjectCreatives>> {
  return attempt(() =>
    env.store.readProject(projectRef, (db, project) => {
      const all = listCreatives(db, { allVersions: true });
      const byId = new Map(all.map((c) => [c.id, c]));
      const creatives = listCreatives(db).map((c) => ranked(c, byId));
      const counts = { total: creatives.length, awaiting: 0, approved: 0, scheduled: 0, rejected: 0 };
      for (const c of creatives) {
        if (AWAITING.has(c.status)) counts.awaiting++;
        else if (c.status === 'approved') counts.approved++;
        else if (c.status === 'scheduled') counts.scheduled++;
        else if (c.status === 'rejected') counts.rejected++;
      }
      const latest = latestArtifacts(db).creatives?.content as { notes?: unknown; rules?: unknown } | undefined;
      const texts = (x: unknown): string[] => (Array.isArray(x) ? x.filter((t): t is string => typeof t === 'string') : []);
      return { project: { id: project.id, slug: project.slug, name: project.name }, creatives, counts, notes: texts(latest?.notes), rules: texts(latest?.rules) };
    }),
  );
}

export interface RegeneratedCreatives {
  /** The creatives asked for (their ids before the run). */
  asked: string[];
  run: FlowResult;
  /** The new versions, each with the one it replaces. */
  creatives: { id: string; replaces: string }[];
}

/**
 * Writes the named creatives (or every current one) anew: each gets a new version with other
 * copy than its current one and than any rejected copy of its key; the version it replaces is
 * marked stale and keeps its decision. Only an explicit action does this; a flow run never does.
 */
export function regenerateCreatives(env: ServiceEnv, projectRef: string, ids: readonly string[], options: Omit<FlowRunOptions, 'only' | 'options'> & { options?: Record<string, unknown> } = {}): Promise<Result<RegeneratedCreatives>> {
  return attempt(async () => {
    const current = await env.store.readProject(projectRef, (db) => listCreatives(db));
    if (current.length === 0) throw new AicmoError('not-found', `${projectRef} has no creatives to regenerate yet (they are made once its strategy is approved).`);
    const unknown = ids.filter((id) => !current.some((c) => c.id === id));
    if (unknown.length > 0) throw new AicmoError('not-found', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a current creative' : 'are not current creatives'} of ${projectRef} (see "aicmo creatives list ${projectRef}").`, { field: 'ids' });
    const chosen = ids.length > 0 ? current.filter((c) => ids.includes(c.id)) : current;
    const own = (options.options?.creatives ?? {}) as Record<string, unknown>;
    const run = await runFlow(env.store, env.events, projectRef, {
      ...options,
      actor: env.actor,
      only: 'creatives',
      options: { ...(options.options ?? {}), creatives: { ...own, regenerate: chosen.map((c) => c.key) } },
    });
    const creatives_ = run.subsystems.find((s) => s.name === 'creatives');
    if (!creatives_ || creatives_.status !== 'completed') throw new AicmoError('invalid-input', `The creatives could not be regenerated: ${creatives_?.error ?? creatives_?.message ?? 'the creatives subsystem did not run'}.`);
    const after = await env.store.readProject(projectRef, (db) => listCreatives(db, { allVersions: true }));
    const made = chosen.map((c) => after.find((a) => a.id === c.id)?.replacedBy).map((id, i) => ({ id: id ?? chosen[i]!.id, replaces: chosen[i]!.id }));
    return { asked: chosen.map((c) => c.id), run, creatives: made.filter((m) => m.id !== m.replaces) };
  });
}
