// The workspace's global pause as the services read it (the Control Tower's switch).
import type { WorkspaceStore } from '../store/types';

export const PAUSE_SETTING = 'paused';

export async function isPaused(store: WorkspaceStore): Promise<boolean> {
  const v = await store.getSetting(PAUSE_SETTING);
  return v === 'true' || v === '1' || v === 'on';
}
