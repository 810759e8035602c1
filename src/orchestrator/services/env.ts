// What every operator service and operation works with: the store (opened with
// openAicmoWorkspace), the workspace's learning-event log for reading, and who is acting.
import type { SubsystemSource } from '../plugins/registry';
import type { EventReader, WorkspaceStore } from '../store/types';

export interface ServiceEnv {
  store: WorkspaceStore;
  /** The event log, read-only: operations record events inside their store writes. */
  events: EventReader;
  /** A person's name or a tool ("ci"); recorded on events and approval actions. */
  actor: string;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** The subsystems (built-in plus plugins' runtime registry); default the built-ins. */
  subsystems?: SubsystemSource;
}

export function serviceEnv(store: WorkspaceStore, actor: string, options: { now?: () => Date; subsystems?: SubsystemSource } = {}): ServiceEnv {
  return { store, events: store.events, actor, ...options };
}
