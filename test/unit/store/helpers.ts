// Shared fixtures for the store tests: temp workspaces and a valid intake.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';

export function tempWorkspace(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-store-'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function intake(overrides: Partial<ProjectIntake> = {}): ProjectIntake {
  return {
    name: 'Acme Coffee Spring Launch',
    client: 'Acme Coffee Ltd',
    industry: 'Food & beverage',
    geography: 'UK',
    goal: 'Sell 5,000 bags of the new espresso blend',
    goalMetric: 'sales',
    audiences: ['Home baristas 25-45'],
    budgetMinor: 2_500_000,
    currency: 'GBP',
    startDate: '2026-03-01',
    endDate: '2026-05-31',
    constraints: ['No discounts over 20%'],
    mustInclude: ['Fair-trade logo'],
    doNotDo: ["Don't mention competitors"],
    kpiTargets: { conversions: 5000, cpa: 5, roas: 4 },
    ...overrides,
  };
}

/** Every file under `dir` (relative path → bytes), to compare "nothing changed". */
export function snapshotFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

export function approvalInsert(id: string): [string, (string | null)[]] {
  return [
    `INSERT INTO approval_actions(id, target_kind, target_id, action, actor, actor_kind, comment, at) VALUES(?, 'artifact', 'a1', 'approve', 'Dana', 'internal', NULL, '2026-03-02T10:00:00.000Z')`,
    [id],
  ];
}
