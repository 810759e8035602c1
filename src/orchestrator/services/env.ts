// What every operator service works with: the store (opened with openAicmoWorkspace), the
// workspace's learning-event log and who is acting.
import { EventLog } from '../events';
import type { WorkspaceStore } from '../store/types';

export interface ServiceEnv {
  store: WorkspaceStore;
  events: EventLog;
  /** A person's name or a tool ("ci"); recorded on events and approval actions. */
  actor: string;
  /** The clock (tests pin it). */
  now?: () => Date;
}

export function serviceEnv(store: WorkspaceStore, actor: string, options: { now?: () => Date } = {}): ServiceEnv {
  return { store, events: new EventLog(store.aicmoDir), actor, ...options };
}
