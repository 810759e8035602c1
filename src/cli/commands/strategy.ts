// `aicmo strategy approve|reject|request-changes <project> --by NAME [--reason TEXT] [--client]`.
import type { Decision } from '../../orchestrator/actions';
import { decideProjectStrategy } from '../../orchestrator/services';
import type { Command, CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';

const PAST: Record<Decision, string> = { approve: 'Approved', reject: 'Rejected', request_changes: 'Requested changes to' };

function decisionCommand(name: string, decision: Decision, summary: string): Command {
  const reason = decision === 'approve' ? ' [--reason TEXT]' : ' --reason TEXT';
  return {
    name,
    summary,
    usage: `strategy ${name} <project> --by NAME${reason} [--client]`,
    args: ['project'],
    options: { reason: { type: 'string' }, client: { type: 'boolean' } },
    fieldFlags: { reason: '--reason TEXT', by: '--by NAME' },
    async run(ctx, { values, positionals }) {
      const env = await serviceEnvOf(ctx, { create: false });
      const r = valueOf(
        await decideProjectStrategy(env, positionals[0]!, {
          decision,
          reason: values.reason as string | undefined,
          by: { name: ctx.actor, kind: values.client === true ? 'client' : 'internal' },
        }),
      );
      const stale = r.stale.length > 0 ? `\nMarked stale: ${r.stale.map((m) => `${m.kind} v${m.version}`).join(', ')} (built on an older strategy).` : '';
      return { json: r, text: `${PAST[decision]} strategy v${r.strategy.version} of ${r.project} (now ${r.strategy.status.replace('_', ' ')}).${stale}` };
    },
  };
}

export const strategyCommands: CommandGroup = {
  name: 'strategy',
  summary: "decide on a project's latest strategy: approve, reject, request changes",
  commands: [
    decisionCommand('approve', 'approve', 'approve the latest strategy (marks work built on older versions stale)'),
    decisionCommand('reject', 'reject', 'reject the latest strategy (a reason is required)'),
    decisionCommand('request-changes', 'request_changes', 'send the latest strategy back with changes to make (a reason is required)'),
  ],
};
