// `aicmo flow run|retry <project>`: run the orchestrator (all subsystems or one) and retry failures.
import type { FlowResult } from '../../orchestrator/flow';
import type { Outcome } from '../../orchestrator/operations';
import type { CommandContext } from '../context';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup, CommandOutput } from '../registry';
import { EXCHANGE_RATE_SPEC, EXCHANGE_RATE_USAGE, exchangeRatesOf, KAIZEN_FLAG_SPECS, KAIZEN_FLAGS_USAGE, kaizenOptionsOf } from '../kaizenFlags';

function flowOutput(ctx: CommandContext, outcome: Outcome<FlowResult>): CommandOutput {
  const r = outcome.value;
  // A run that took place but did not complete everything exits 1 after printing its result.
  if (r.status === 'failed' || r.status === 'cancelled') ctx.setExitCode(1);
  const json = {
    runId: r.runId,
    status: r.status,
    skipKaizen: r.skipKaizen,
    subsystems: r.subsystems.map((s) => ({
      name: s.name,
      status: s.status,
      version: s.version ?? null,
      durationMs: s.durationMs,
      ...(s.error ? { error: s.error } : {}),
      ...(s.message ? { message: s.message } : {}),
    })),
  };
  const lines = r.subsystems.map((s) => {
    const v = s.version === undefined ? '' : ` v${s.version}`;
    const detail = s.error ?? s.message;
    return `  ${s.name.padEnd(10)} ${s.status}${v}${s.status === 'completed' ? ` (${s.durationMs} ms)` : ''}${detail ? ` — ${detail}` : ''}`;
  });
  const header = `Run ${r.runId}${r.skipKaizen ? ' (Kaizen skipped: priors only)' : ''}:`;
  return { json, text: outcomeText(outcome, [header, ...lines]) };
}

export const flowCommands: CommandGroup = {
  name: 'flow',
  summary: 'run the orchestrator for a project (all subsystems or one), retry failures',
  commands: [
    {
      name: 'run',
      summary: 'run every subsystem in dependency order (or one with --only)',
      usage: `flow run <project> [--skip-kaizen] [--only NAME] ${KAIZEN_FLAGS_USAGE} ${EXCHANGE_RATE_USAGE}`,
      args: ['project'],
      options: { 'skip-kaizen': { type: 'boolean' }, only: { type: 'string' }, ...KAIZEN_FLAG_SPECS, ...EXCHANGE_RATE_SPEC },
      async run(ctx, { values, positionals }) {
        const only = values.only as string | undefined;
        const kaizen = kaizenOptionsOf(values, 'flow run');
        const exchangeRates = exchangeRatesOf(values, 'flow run');
        return flowOutput(
          ctx,
          await runOp(ctx, 'flow.run', {
            project: positionals[0]!,
            skipKaizen: values['skip-kaizen'] === true,
            ...(only === undefined ? {} : { only }),
            kaizen,
            ...(exchangeRates ? { settings: { media: { exchangeRates } } } : {}),
          }),
        );
      },
    },
    {
      name: 'retry',
      summary: 'rerun the subsystems whose latest result failed',
      usage: `flow retry <project> [--skip-kaizen] ${KAIZEN_FLAGS_USAGE}`,
      args: ['project'],
      options: { 'skip-kaizen': { type: 'boolean' }, ...KAIZEN_FLAG_SPECS },
      async run(ctx, { values, positionals }) {
        const kaizen = kaizenOptionsOf(values, 'flow retry');
        return flowOutput(ctx, await runOp(ctx, 'flow.retry', { project: positionals[0]!, skipKaizen: values['skip-kaizen'] === true, kaizen }));
      },
    },
  ],
};
