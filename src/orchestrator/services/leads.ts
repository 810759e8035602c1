// listProjectLeads: a project's leads (with attempt count and last contact) and their counts.
// Importing leads and logging outreach are operations (operations/imports.ts, outreach.ts).
import type { LeadCounts, LeadRow } from '../store/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export interface ProjectLeads {
  project: { id: string; slug: string; name: string };
  leads: LeadRow[];
  counts: LeadCounts;
}

export function listProjectLeads(env: ServiceEnv, projectRef: string): Promise<Result<ProjectLeads>> {
  return attempt(() =>
    env.store.readProject(projectRef, (tx) => ({ project: { id: tx.project.id, slug: tx.project.slug, name: tx.project.name }, leads: tx.leads.list(), counts: tx.leads.counts() })),
  );
}
