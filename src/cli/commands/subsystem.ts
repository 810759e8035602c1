// `aicmo subsystem approve|reject|request-changes <project> <name>`: a decision on the latest output
// of a plugin's subsystem (loaded from .aicmo/plugins.json), like `aicmo strategy approve`.
import type { Decision } from '../../orchestrator/domain/decisions';
import { outcomeText, runOp } from '../operations';
import type { Command, CommandGroup } from '../registry';

function decisionCommand(name: string, decision: Decision, summary: string): Command {
  const reason = decision === 'approve' ? ' [--reason TEXT]' : ' --reason TEXT';
  return {
    name,
    summary,
    usage: `subsystem ${name} <project> <name> [--by NAME]${reason} [--client] [--version N]`,
    args: ['project', 'name'],
    options: { reason: { type: 'string' }, client: { type: 'boolean' }, version: { type: 'string' } },
    fieldFlags: { reason: '--reason TEXT', by: '--by NAME', version: '--version N' },
    async run(ctx, { values, positionals }) {
      const version = values.version === undefined ? undefined : Number(values.version);
      const outcome = await runOp(ctx, 'subsystem.decide', {
        project: positionals[0]!,
        subsystem: positionals[1]!,
        decision,
        ...(version === undefined ? {} : { version }),
        ...(values.reason === undefined ? {} : { reason: values.reason as string }),
        by: { name: ctx.actor, kind: values.client === true ? 'client' : 'internal' },
      });
      return { json: outcome.value, text: outcomeText(outcome) };
    },
  };
}

export const subsystemCommands: CommandGroup = {
  name: 'subsystem',
  summary: "decide on the latest output of a plugin's subsystem: approve, reject, request changes",
  commands: [
    decisionCommand('approve', 'approve', "approve a plugin subsystem's latest output (marks work built on older versions stale)"),
    decisionCommand('reject', 'reject', "reject a plugin subsystem's latest output (a reason is required)"),
    decisionCommand('request-changes', 'request_changes', "send a plugin subsystem's latest output back with changes to make (a reason is required)"),
  ],
};
