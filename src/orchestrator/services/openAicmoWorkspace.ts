// The one way front ends open a workspace: the store with the real stage rule plugged in, so
// every index row (and so the pipeline and the tree) follows DESIGN.md's stages. Repair goes
// through the same rule.
import { repairWorkspace, type RepairReport } from '../store/repairWorkspace';
import { openWorkspace } from '../store/openWorkspace';
import type { OpenOptions, WorkspaceStore } from '../store/types';
import { PROJECT_SUMMARY_RULE } from './deriveProjectSummary';

export function openAicmoWorkspace(root: string, options: Omit<OpenOptions, 'deriveSummary'> = {}): Promise<WorkspaceStore> {
  return openWorkspace(root, { ...options, deriveSummary: PROJECT_SUMMARY_RULE });
}

/**
 * `aicmo repair`: unreadable databases moved aside and rebuilt from their dumps, the index
 * derived again with the real stage rule; a repair that changed something is recorded as a
 * `workspace.repaired` event by `actor`.
 */
export function repairAicmoWorkspace(root: string, actor: string, options: { lockTimeoutMs?: number } = {}): Promise<RepairReport> {
  return repairWorkspace(root, {
    ...options,
    deriveSummary: PROJECT_SUMMARY_RULE,
    events: (report) =>
      report.movedAside.length > 0 || report.rebuilt.length > 0
        ? [{ type: 'workspace.repaired', actor, data: { movedAside: report.movedAside, rebuilt: report.rebuilt, unrecovered: report.unrecovered.map((p) => p.file) } }]
        : [],
  });
}
