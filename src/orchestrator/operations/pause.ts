// The global pause (Control Tower): while on, new runs are refused. Turning it on or off is a
// workspace write with its `settings.changed` event; asking for the state it is in changes nothing.
import * as v from 'valibot';
import { isPaused, PAUSE_SETTING } from '../flow/pause';
import { defineOperation } from './define';
import { panelStep } from './steps';

export const setPauseOperation = defineOperation('pause.set', {
  input: v.object({ on: v.boolean() }),
  async execute(env, { on }) {
    const changed = (await isPaused(env.store)) !== on;
    if (changed) {
      await env.store.writeWorkspace((tx) => {
        tx.settings.set(PAUSE_SETTING, on ? 'on' : undefined);
        tx.events.record({ type: 'settings.changed', actor: env.actor, data: { key: PAUSE_SETTING, value: on ? 'on' : 'off', paused: on } });
      });
    }
    const message = on
      ? changed ? 'Paused all runs: new runs are refused until you resume them.' : 'All runs were already paused.'
      : changed ? 'Resumed runs.' : 'Runs were not paused.';
    return { value: { paused: on, changed }, message, next: [panelStep('controltower')] };
  },
});
