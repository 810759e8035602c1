// `aicmo strategy approve|reject|request-changes <project> --by NAME [--reason TEXT] [--client]`.
import type { Decision } from '../../orchestrator/domain/decisions';
import { outcomeText, runOp } from '../operations';
import type { Command, CommandGroup } from '../registry';

function decisionCommand(name: string, decision: Decision, summary: string): Command {
  const reason = decision === 'approve' ? ' [--reason TEXT]' : ' --reason TEXT';
  return {
    name,
    summary,
    usage: `strategy ${name} <project> --by NAME${reason} [--client] [--version N]`,
    args: ['project'],
    options: { reason: { type: 'string' }, client: { type: 'boolean' }, version: { type: 'string' } },
    fieldFlags: { reason: '--reason TEXT', by: '--by NAME', version: '--version N' },
    async run(ctx, { values, positionals }) {
      const version = values.version === undefined ? undefined : Number(values.version);
      const outcome = await runOp(ctx, 'strategy.decide', {
        project: positionals[0]!,
        decision,
        ...(version === undefined ? {} : { version }),
        ...(values.reason === undefined ? {} : { reason: values.reason as string }),
        by: { name: ctx.actor, kind: values.client === true ? 'client' : 'internal' },
      });
      return { json: outcome.value, text: outcomeText(outcome) };
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
