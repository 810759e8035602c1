// The global pause (Control Tower): while on, new runs are refused. Turning it on or off is a
// workspace write with its `settings.changed` event; asking for the state it is in changes nothing.
import * as v from 'valibot';
import { PAUSE_SETTING } from '../flow/pause';
import { defineOperation } from './define';
import { panelStep } from './steps';

export const setPauseOperation = defineOperation('pause.set', {
  input: v.object({ on: v.boolean() }),
  async execute(env, { on }) {
    // Read and write under the lock: of two people pausing at once, one changes it, the other is told it was already so.
    const changed = await env.store.writeWorkspace((tx) => {
      if ((tx.settings.get(PAUSE_SETTING) === 'on') === on) return false;
      tx.settings.set(PAUSE_SETTING, on ? 'on' : undefined);
      tx.events.record({ type: 'settings.changed', actor: env.actor, data: { key: PAUSE_SETTING, value: on ? 'on' : 'off', paused: on } });
      return true;
    });
    const message = on
      ? changed ? 'Paused all runs: new runs are refused until you resume them.' : 'All runs were already paused.'
      : changed ? 'Resumed runs.' : 'Runs were not paused.';
    return { value: { paused: on, changed }, message, next: [panelStep('controltower')] };
  },
});
