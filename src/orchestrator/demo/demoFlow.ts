// The demo's campaign work, after its projects and sample results exist: the full flow on each
// project, the strategy of one project approved, and the flow run again so its creatives exist.
// Idempotent: a strategy already approved is left as it is, and the flow keeps artifact versions
// whose inputs did not change.
import type { FlowResult } from '../flow';
import type { ServiceEnv } from '../services/env';
import { unwrap } from '../services/result';
import { runFlowOperation } from '../operations/flow';
import { decideStrategyOperation } from '../operations/strategy';
import type { OperationOptions } from '../operations/types';

/** The demo project whose strategy the demo approves (it has the sales results to learn from). */
export const DEMO_APPROVED_PROJECT = 'Northpeak Winter Trail Boot Launch';

export interface DemoFlowRun {
  project: string;
  slug: string;
  runId: string;
  status: FlowResult['status'];
  subsystems: Array<{ name: string; status: string; version?: number; message?: string; error?: string }>;
}

export interface DemoFlowResult {
  runs: DemoFlowRun[];
  approved: { project: string; slug: string; version: number; action: 'approved' | 'already approved' } | null;
}

function summary(project: { name: string; slug: string }, r: FlowResult): DemoFlowRun {
  return {
    project: project.name,
    slug: project.slug,
    runId: r.runId,
    status: r.status,
    subsystems: r.subsystems.map((s) => ({ name: s.name, status: s.status, ...(s.version === undefined ? {} : { version: s.version }), ...(s.message ? { message: s.message } : {}), ...(s.error ? { error: s.error } : {}) })),
  };
}

export async function runDemoFlow(env: ServiceEnv, projects: ReadonlyArray<{ id: string; name: string; slug: string }>, options: OperationOptions = {}): Promise<DemoFlowResult> {
  const run = async (id: string) => unwrap(await runFlowOperation.run(env, { project: id }, options)).value;
  const runs: DemoFlowRun[] = [];
  for (const p of projects) runs.push(summary(p, await run(p.id)));

  const chosen = projects.find((p) => p.name === DEMO_APPROVED_PROJECT);
  if (!chosen) return { runs, approved: null };
  const strategy = await env.store.readProject(chosen.id, (tx) => tx.artifacts.latest('strategy'));
  if (!strategy) return { runs, approved: null };
  if (strategy.status === 'approved') return { runs, approved: { project: chosen.name, slug: chosen.slug, version: strategy.version, action: 'already approved' } };
  const decided = unwrap(await decideStrategyOperation.run(env, { project: chosen.id, decision: 'approve', version: strategy.version })).value;
  // Again, now that the strategy is approved: the creatives (and what builds on them) are made.
  runs.push(summary(chosen, await run(chosen.id)));
  return { runs, approved: { project: chosen.name, slug: chosen.slug, version: decided.strategy.version, action: 'approved' } };
}
