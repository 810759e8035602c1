// The global pause (Control Tower): while on, new flow runs are refused with a clear message.
// Turning it on or off is the `pause.set` operation.
import { AicmoError } from '../domain/errors';
import type { WorkspaceStore } from '../store/types';

export const PAUSE_SETTING = 'paused';
export const PAUSED_MESSAGE = 'All runs are paused in the Control Tower; resume them to run.';

export async function isPaused(store: WorkspaceStore): Promise<boolean> {
  return (await store.getSetting(PAUSE_SETTING)) === 'on';
}

/** Throws AicmoError('paused') while the pause is on. */
export async function assertNotPaused(store: WorkspaceStore): Promise<void> {
  if (await isPaused(store)) throw new AicmoError('paused', PAUSED_MESSAGE, { next: [{ label: 'Resume', target: { kind: 'operation', name: 'pause.set', input: { on: false } } }] });
}
