// `aicmo outreach log <lead> --channel C --status S [--step N]`: one outreach attempt.
import { OUTREACH_CHANNELS, OUTREACH_STATUSES } from '../../orchestrator/leads';
import { runOp } from '../operations';
import type { CommandGroup } from '../registry';

export const outreachCommands: CommandGroup = {
  name: 'outreach',
  summary: 'log outreach attempts to leads',
  commands: [
    {
      name: 'log',
      summary: 'log one outreach attempt (lead by id, or by email)',
      usage: `outreach log <lead> --channel ${OUTREACH_CHANNELS.join('|')} --status ${OUTREACH_STATUSES.join('|')} [--step N] [--at DATE|DATETIME] [--project P]`,
      args: ['lead'],
      required: ['channel', 'status'],
      options: { channel: { type: 'string' }, status: { type: 'string' }, step: { type: 'string' }, at: { type: 'string' }, project: { type: 'string' } },
      fieldFlags: { project: '--project P', channel: '--channel', status: '--status', step: '--step N', at: '--at DATE' },
      async run(ctx, { values, positionals }) {
        const optional = (k: 'step' | 'at' | 'project') => (values[k] === undefined ? {} : { [k]: values[k] as string });
        const outcome = await runOp(ctx, 'outreach.log', {
          lead: positionals[0]!,
          channel: values.channel as string,
          status: values.status as string,
          ...optional('step'),
          ...optional('at'),
          ...optional('project'),
        });
        return { json: outcome.value, text: outcome.message };
      },
    },
  ],
};
