// Shared fixtures for the store tests: temp workspaces and a valid intake.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';
import type { MetricRow } from '../../../src/orchestrator/imports/types';
import type { NewApprovalAction, ProjectReader, ProjectWriter } from '../../../src/orchestrator/store/types';

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

/** An approval action that carries `marker` as its comment (tests find their writes by it). */
export function approval(marker: string): NewApprovalAction {
  return { targetKind: 'artifact', targetId: 'a1', action: 'approve', actor: { name: 'Dana', kind: 'internal' }, comment: marker, at: '2026-03-02T10:00:00.000Z' };
}

/** The markers of the project's approval actions, in the order they were written. */
export function markers(tx: ProjectReader): string[] {
  return tx.approvals.list().map((a) => a.comment ?? '');
}

/** A metric row with the fields a test does not care about filled in. */
export function metricRow(r: Partial<MetricRow> & Pick<MetricRow, 'date'>): MetricRow {
  return {
    line: 0, granularity: 'day', platform: 'google_ads', channel: 'search', account: '', campaign: 'c1', adSet: '', ad: '', currency: 'GBP',
    spendMinor: 0, impressions: null, clicks: null, conversions: null, conversionValueMinor: null, reach: null, engagements: null, attribution: null, extra: {},
    ...r,
  };
}

/** Writes metric rows under one import record (as an importer does). */
export function addMetricRows(tx: ProjectWriter, rows: MetricRow[]): void {
  const id = tx.imports.record({ fileName: 'test.csv', sha256: 'x', format: 'generic', platform: null, currency: 'GBP', rowsTotal: rows.length, rowsImported: rows.length, rowsReplaced: 0, rowsRejected: 0, importedAt: '2026-03-01T00:00:00.000Z', actor: 'test' });
  tx.metrics.upsert(rows, id);
}
