// Real workspaces for the service tests: the store opened through openAicmoWorkspace (the real
// stage rule), and project states written with the orchestrator's own row helpers.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NewCreative, ProjectWriter } from '../../../src/orchestrator/store/types';
import type { ArtifactStatus } from '../../../src/orchestrator/subsystems/types';
import { openAicmoWorkspace, serviceEnv, type Result, type ServiceEnv } from '../../../src/orchestrator/services';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import type { Actor, Decision } from '../../../src/orchestrator/domain/decisions';
import type { ProjectPatch } from '../../../src/orchestrator/domain/project';
import { runOperation, type Outcome } from '../../../src/orchestrator/operations';
import { intake, tempWorkspace } from '../store/helpers';

export { intake };

export interface Fixture {
  root: string;
  store: WorkspaceStore;
  env: ServiceEnv;
  cleanup: () => void;
  file(name: string, text: string): string;
}

export async function fixture(): Promise<Fixture> {
  const ws = tempWorkspace();
  const store = await openAicmoWorkspace(ws.root, { create: true });
  const fx: Fixture = {
    root: ws.root,
    store,
    env: serviceEnv(store, 'Dana'),
    cleanup: () => {
      fx.store.close();
      ws.cleanup();
    },
    file(name, text) {
      const p = path.join(ws.root, name);
      writeFileSync(p, text);
      return p;
    },
  };
  return fx;
}

export function addStrategy(tx: ProjectWriter, status: ArtifactStatus): void {
  tx.artifacts.insert({ kind: 'strategy', status, content: { executiveSummary: 'Win the winter.' } });
}

const VARIANT: Omit<NewCreative, 'angle' | 'status'> = { channel: 'meta', format: 'feed', headline: 'Warm feet, wet trails', body: 'Waterproof, guaranteed.', cta: 'Shop now', violations: [] };

/** A creatives artifact with one variant per status (rank in the given order). */
export function addCreatives(tx: ProjectWriter, statuses: string[]): void {
  const a = tx.artifacts.insert({ kind: 'creatives', status: 'in_review', content: {} });
  const rows = tx.creatives.insertSet(
    a.id,
    a.version,
    statuses.map((status, i) => ({ ...VARIANT, angle: `angle-${i + 1}`, status, rank: i + 1, rankReason: `rank ${i + 1}` })),
  );
  for (const c of rows) if (c.status === 'scheduled') tx.creatives.schedule(c.id, '2026-03-10');
}

export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

// The operations a front end calls, with their outcome's value as the result (tests written
// against the earlier service functions call these).
const valueOfOutcome = <T>(r: Result<Outcome<T>>): Result<T> => (r.ok ? { ok: true, value: r.value.value } : r);
export const runProjectFlow = async (env: ServiceEnv, project: string, input: { only?: string } = {}) => valueOfOutcome(await runOperation(env, 'flow.run', { project, ...input }));
export const decideProjectStrategy = async (env: ServiceEnv, project: string, input: { decision: Decision; reason?: string; by?: string | Actor }) => valueOfOutcome(await runOperation(env, 'strategy.decide', { project, ...input }));
export const updateProject = async (env: ServiceEnv, project: string, patch: ProjectPatch) => valueOfOutcome(await runOperation(env, 'project.update', { project, patch }));
export const exportClientReport = async (env: ServiceEnv, project: string, options: { format?: string; out?: string; from?: string; to?: string } = {}) => valueOfOutcome(await runOperation(env, 'report.export', { project, ...options }));
