// getCreativesForProject: the current creative variants, ranked (rank 1 first), each with its
// channel-limit and brand-rule violations and why it ranks where it does.
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export interface RankedCreative {
  id: string;
  rank: number | null;
  channel: string;
  format: string;
  angle: string;
  headline: string;
  body: string;
  cta: string;
  status: string;
  scheduledDate: string | null;
  violations: { field: string; message: string; severity: 'error' | 'warning' }[];
  rankReason: string | null;
  /** Version of the creatives artifact the variant belongs to. */
  version: number;
}

export interface ProjectCreatives {
  project: { id: string; slug: string; name: string };
  creatives: RankedCreative[];
  counts: { total: number; awaiting: number; approved: number; scheduled: number; rejected: number };
}

const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

export function getCreativesForProject(env: ServiceEnv, projectRef: string): Promise<Result<ProjectCreatives>> {
  return attempt(() =>
    env.store.readProject(projectRef, (tx) => {
      const project = tx.project;
      const creatives = tx.creatives.list().map((c) => ({
        id: c.id,
        rank: c.rank ?? null,
        channel: c.channel,
        format: c.format,
        angle: c.angle,
        headline: c.headline,
        body: c.body,
        cta: c.cta,
        status: c.status,
        scheduledDate: c.scheduledDate,
        violations: c.violations,
        rankReason: c.rankReason,
        version: c.version,
      }));
      const counts = { total: creatives.length, awaiting: 0, approved: 0, scheduled: 0, rejected: 0 };
      for (const c of creatives) {
        if (AWAITING.has(c.status)) counts.awaiting++;
        else if (c.status === 'approved') counts.approved++;
        else if (c.status === 'scheduled') counts.scheduled++;
        else if (c.status === 'rejected') counts.rejected++;
      }
      return { project: { id: project.id, slug: project.slug, name: project.name }, creatives, counts };
    }),
  );
}
