// getCreativesForProject: the current creatives, ranked (rank 1 first), each in its channel's
// format with its fields, language, the brief facts it uses, its violations, why it ranks where
// it does and — for a new version — the version it replaces with that one's decision.
// (Regenerating creatives on request is the operation creatives.regenerate.)
import type { CreativeRow } from '../store/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

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
    env.store.readProject(projectRef, (tx) => {
      const project = tx.project;
      const all = tx.creatives.list({ allVersions: true });
      const byId = new Map(all.map((c) => [c.id, c]));
      const creatives = tx.creatives.list().map((c) => ranked(c, byId));
      const counts = { total: creatives.length, awaiting: 0, approved: 0, scheduled: 0, rejected: 0 };
      for (const c of creatives) {
        if (AWAITING.has(c.status)) counts.awaiting++;
        else if (c.status === 'approved') counts.approved++;
        else if (c.status === 'scheduled') counts.scheduled++;
        else if (c.status === 'rejected') counts.rejected++;
      }
      const latest = tx.artifacts.latest('creatives')?.content as { notes?: unknown; rules?: unknown } | undefined;
      const texts = (x: unknown): string[] => (Array.isArray(x) ? x.filter((t): t is string => typeof t === 'string') : []);
      return { project: { id: project.id, slug: project.slug, name: project.name }, creatives, counts, notes: texts(latest?.notes), rules: texts(latest?.rules) };
    }),
  );
}
