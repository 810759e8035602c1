// How the CLI runs an operation and prints its outcome: the core's sentence, the command's own
// detail lines (data, such as a table of what ran), then the next step as an `aicmo …` hint.
import { runOperation, type InputOf, type NextStep, type OperationName, type OperationOptions, type Outcome, type ValueOf } from '../orchestrator/operations';
import { unwrap } from '../orchestrator/services/result';
import type { CommandContext } from './context';
import { serviceEnvOf } from './serviceEnv';

/** Runs an operation on the workspace (or on `root`); a refusal becomes the command's one-line error (exit 1). */
export async function runOp<N extends OperationName>(
  ctx: CommandContext,
  name: N,
  input: InputOf<N>,
  options: OperationOptions & { create?: boolean; root?: string } = {},
): Promise<Outcome<ValueOf<N>>> {
  const { create, root, ...run } = options;
  const env = await serviceEnvOf(ctx, { create: create ?? false, ...(root ? { root } : {}) });
  return unwrap(await runOperation(env, name, input, run));
}

/** The `aicmo …` command a next step corresponds to, if the CLI has one. */
export function cliCommandFor(step: NextStep): string | undefined {
  const t = step.target;
  if (t.kind === 'operation') {
    const project = typeof t.input.project === 'string' ? t.input.project : undefined;
    if (t.name === 'flow.run' && project) return `flow run ${project}`;
    if (t.name === 'flow.retry' && project) return `flow retry ${project}`;
    if (t.name === 'pause.set') return `pause ${t.input.on === true ? 'on' : 'off'}`;
    if (t.name === 'strategy.decide' && project && t.input.decision === 'approve') return `strategy approve ${project}`;
    if (t.name === 'creatives.regenerate' && project) return `creatives regenerate ${project}${Array.isArray(t.input.ids) ? ` ${t.input.ids.join(' ')}` : ''}`;
    return undefined;
  }
  if (t.kind !== 'panel') return undefined;
  const p = t.project;
  switch (t.panel) {
    case 'pipeline':
    case 'command':
      return 'dashboard pipeline';
    case 'kaizen':
      return 'kaizen insights';
    case 'controltower':
      return p ? `dashboard timeline ${p}` : 'dashboard pipeline';
    case 'warroom':
      return p && `dashboard context ${p}`;
    case 'unified':
      return p && `dashboard unified ${p}`;
    case 'pm':
      return p && `dashboard pm ${p}`;
    case 'analytics':
      return p && `dashboard analytics ${p}`;
    case 'trends':
      return p && `dashboard trends ${p}`;
    case 'gallery':
      return p && `creatives list ${p}`;
    case 'portal':
      return p && `report ${p}`;
  }
}

/** "Next: aicmo flow run acme" for the first next step the CLI can run (none: no line). */
export function nextHint(next: readonly NextStep[] | undefined, globalFlags = ''): string | undefined {
  for (const step of next ?? []) {
    const command = cliCommandFor(step);
    if (command) return `Next: aicmo ${globalFlags ? `${globalFlags} ` : ''}${command}`;
  }
  return undefined;
}

/** What a command prints for an outcome. */
export function outcomeText(outcome: Outcome<unknown>, details: readonly string[] = [], globalFlags = ''): string {
  const hint = nextHint(outcome.next, globalFlags);
  return [outcome.message, ...details, ...(hint ? [hint] : [])].join('\n');
}
