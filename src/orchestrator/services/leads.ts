// Lead and outreach services: import a leads CSV, list a project's leads, log an attempt.
// Counts written here feed the stage rule (outreach started → EXECUTION) and the blockers.
import { importLeadsFile, logOutreach, type LeadCounts, type LeadRow, type LeadsImportResult, type OutreachInput, type OutreachLogResult } from '../leads';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function importLeads(env: ServiceEnv, projectRef: string, filePath: string): Promise<Result<LeadsImportResult>> {
  return attempt(() => importLeadsFile(env.store, projectRef, filePath, { actor: env.actor, now: env.now }));
}

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

export function logOutreachAttempt(env: ServiceEnv, input: Omit<OutreachInput, 'actor' | 'now'>): Promise<Result<OutreachLogResult>> {
  return attempt(() => logOutreach(env.store, { ...input, actor: env.actor, now: env.now }));
}
