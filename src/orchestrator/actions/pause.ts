// The global pause (Control Tower): while on, new flow runs are refused with a clear message.
import { AicmoError } from '../domain/errors';
import type { EventLog } from '../events';
import type { WorkspaceStore } from '../store/types';

export const PAUSE_SETTING = 'paused';
export const PAUSED_MESSAGE = 'All runs are paused in the Control Tower; resume them to run.';

export async function isPaused(store: WorkspaceStore): Promise<boolean> {
  return (await store.getSetting(PAUSE_SETTING)) === 'on';
}

/** Throws AicmoError('paused') while the pause is on. */
export async function assertNotPaused(store: WorkspaceStore): Promise<void> {
  if (await isPaused(store)) throw new AicmoError('paused', PAUSED_MESSAGE);
}

/** Turns the pause on or off; writes a `settings.changed` event when it changes. Returns the new state. */
export async function setPaused(store: WorkspaceStore, events: EventLog, on: boolean, actor: string): Promise<{ paused: boolean; changed: boolean }> {
  const was = await isPaused(store);
  if (was === on) return { paused: on, changed: false };
  await store.setSetting(PAUSE_SETTING, on ? 'on' : undefined);
  await events.append({ type: 'settings.changed', project: null, actor, data: { key: PAUSE_SETTING, value: on ? 'on' : 'off', paused: on } });
  return { paused: on, changed: true };
}
