// A real workspace in a temp folder for import tests: one USD project ("winter-launch"), files
// written next to it, and a byte-for-byte snapshot of `.aicmo/` to prove that a refusal wrote
// nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isAicmoError, type AicmoError } from '../../../src/orchestrator/domain/errors';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';
import { EventLog } from '../../../src/orchestrator/events';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { snapshotFiles } from '../store/helpers';

export const PROJECT = 'winter-launch';

export function winterLaunch(overrides: Partial<ProjectIntake> = {}): ProjectIntake {
  return {
    name: 'Winter Launch',
    industry: 'Outdoor retail',
    goal: 'Sell winter boots',
    goalMetric: 'sales',
    audiences: ['Hikers'],
    budgetMinor: 10_000_000,
    currency: 'USD',
    startDate: '2026-10-01',
    endDate: '2026-10-31',
    constraints: [],
    mustInclude: [],
    doNotDo: [],
    kpiTargets: { conversions: 3000, cpa: 25 },
    ...overrides,
  };
}

export interface ImportWorkspace {
  root: string;
  store: WorkspaceStore;
  events: EventLog;
  /** Writes `content` to `<root>/<name>` and returns the path. */
  write(name: string, content: string | Buffer): string;
  /** Every file under `.aicmo/`, to compare before and after. */
  snapshot(): Map<string, Buffer>;
  close(): void;
}

export async function importWorkspace(overrides: Partial<ProjectIntake> = {}): Promise<ImportWorkspace> {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-import-ws-'));
  const store = await openWorkspace(root, { create: true });
  await store.createProject(winterLaunch(overrides));
  return {
    root,
    store,
    events: new EventLog(store.aicmoDir),
    write(name, content) {
      const file = path.join(root, name);
      writeFileSync(file, content);
      return file;
    },
    snapshot: () => snapshotFiles(store.aicmoDir),
    close() {
      store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The AicmoError a promise rejects with (any other rejection, or none, fails the test). */
export async function rejection(p: Promise<unknown>): Promise<AicmoError> {
  try {
    await p;
  } catch (e) {
    if (isAicmoError(e)) return e;
    throw e;
  }
  assert.fail('expected a refusal');
}

export function assertSameFiles(before: Map<string, Buffer>, after: Map<string, Buffer>, label = ''): void {
  assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), `${label} no file added or removed`);
  for (const [file, bytes] of before) assert.ok(bytes.equals(after.get(file)!), `${label} ${file} unchanged`);
}
