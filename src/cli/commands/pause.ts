// `aicmo pause on|off`: the global pause of the Control Tower (flow runs are refused while on).
import { runOp } from '../operations';
import type { CommandGroup } from '../registry';
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
        const outcome = await runOp(ctx, 'pause.set', { on: word === 'on' }, { create: true });
        return { json: outcome.value, text: outcome.message };
      },
    },
  ],
};
