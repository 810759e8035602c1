// The demo's leads: a small consented-contacts list for the Ledgerly campaign (one person listed
// twice, to show the merge by email) and a first outreach email to each lead not yet contacted.
// Idempotent: re-importing merges by email, and a lead that already has an attempt gets no other.
import path from 'node:path';
import type { ServiceEnv } from '../services/env';
import { unwrap } from '../services/result';
import { importLeadsOperation } from '../operations/imports';
import { logOutreachOperation } from '../operations/outreach';

export const DEMO_LEADS = { project: 'Ledgerly Q4 Pipeline for Finance Teams', file: 'ledgerly-leads.csv' };

export interface DemoLeadsResult {
  project: string;
  file: string;
  status: 'imported' | 'missing';
  created?: number;
  merged?: number;
  unchanged?: number;
  mergedInFile?: number;
  outreachLogged?: number;
}

export async function importDemoLeads(env: ServiceEnv, projects: ReadonlyArray<{ id: string; name: string }>, dataDir: string | undefined): Promise<DemoLeadsResult> {
  const project = projects.find((p) => p.name === DEMO_LEADS.project);
  const base = { project: DEMO_LEADS.project, file: DEMO_LEADS.file };
  if (!project || dataDir === undefined) return { ...base, status: 'missing' };
  const r = await importLeadsOperation.run(env, { project: project.id, file: path.join(dataDir, DEMO_LEADS.file) });
  if (!r.ok && r.error.code === 'not-found') return { ...base, status: 'missing' };
  const imported = unwrap(r).value;
  const fresh = await env.store.readProject(project.id, (tx) => tx.leads.list().filter((l) => l.attempts === 0));
  for (const lead of fresh) unwrap(await logOutreachOperation.run(env, { lead: lead.id, channel: 'email', status: 'sent', step: 1, project: project.id }));
  return { ...base, status: 'imported', created: imported.created, merged: imported.merged, unchanged: imported.unchanged, mergedInFile: imported.mergedInFile, outreachLogged: fresh.length };
}
