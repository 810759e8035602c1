// `aicmo pause on|off`: the global pause of the Control Tower (flow runs are refused while on).
import { setGlobalPause } from '../../orchestrator/services';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';
import { UsageError } from '../usageError';

export const pauseCommands: CommandGroup = {
  name: 'pause',
  summary: 'pause or resume all flow runs (Control Tower)',
  commands: [
    {
      name: '',
      summary: 'pause or resume all flow runs (Control Tower)',
      usage: 'pause on|off',
      args: ['on|off'],
      async run(ctx, { positionals }) {
        const word = positionals[0]!.toLowerCase();
        if (word !== 'on' && word !== 'off') throw new UsageError(`pause takes "on" or "off", not "${positionals[0]}".`, 'pause');
        const env = await serviceEnvOf(ctx, { create: true });
        const r = valueOf(await setGlobalPause(env, word === 'on'));
        const text = r.paused ? 'All flow runs are paused.' : 'Flow runs are resumed.';
        return { json: r, text: r.changed ? text : `${text.replace('.', '')} (no change).` };
      },
    },
  ],
};
