// The one way front ends open a workspace: the store with the real stage rule plugged in, so
// every index row (and so the pipeline and the tree) follows DESIGN.md's stages. Index rows
// derived by another rule (an older AICMO, or code that opened the store without this rule)
// are re-derived once on open: the index is derived data, so this changes no project file.
import type { OpenOptions, WorkspaceStore } from '../store/types';
import { openWorkspace, reindexWorkspace } from '../store/workspaceStore';
import { deriveProjectSummary, PROJECT_FLAGS_VERSION } from './deriveProjectSummary';

export async function openAicmoWorkspace(root: string, options: Omit<OpenOptions, 'deriveSummary'> = {}): Promise<WorkspaceStore> {
  const store = await openWorkspace(root, { ...options, deriveSummary: deriveProjectSummary });
  try {
    const rows = await store.listProjects();
    if (rows.some((r) => r.flags.rule !== PROJECT_FLAGS_VERSION && !r.flags.unreadable)) await reindexWorkspace(store);
  } catch (e) {
    store.close();
    throw e;
  }
  return store;
}
