// `aicmo outreach log <lead> --channel C --status S [--step N]`: one outreach attempt.
import { logOutreachAttempt } from '../../orchestrator/services';
import { OUTREACH_CHANNELS, OUTREACH_STATUSES } from '../../orchestrator/leads';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';

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
        const r = valueOf(
          await logOutreachAttempt(await serviceEnvOf(ctx), {
            lead: positionals[0]!,
            channel: values.channel as string,
            status: values.status as string,
            step: values.step as string | undefined,
            at: values.at as string | undefined,
            project: values.project as string | undefined,
          }),
        );
        const a = r.attempt;
        return {
          json: r,
          text: `Logged step ${a.step} to ${r.lead.name}${r.lead.email ? ` <${r.lead.email}>` : ''} by ${a.channel} (${a.status.replace(/_/g, ' ')}) at ${a.sentAt} in ${r.project.slug}; lead status: ${r.lead.status.replace(/_/g, ' ')}.`,
        };
      },
    },
  ],
};
