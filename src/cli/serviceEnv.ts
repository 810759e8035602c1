// The operator services' environment for a CLI command: the workspace store (opened through
// openAicmoWorkspace by the context), its event log and the acting person.
import { serviceEnv, unwrap, type Result, type ServiceEnv } from '../orchestrator/services';
import type { CommandContext } from './context';

export async function serviceEnvOf(ctx: CommandContext, options: { create?: boolean; root?: string } = {}): Promise<ServiceEnv> {
  const subsystems = options.root === undefined ? ctx.subsystems() : undefined;
  return serviceEnv(await ctx.store({ create: options.create ?? false, ...(options.root ? { root: options.root } : {}) }), ctx.actor, subsystems ? { subsystems } : {});
}

/** The value of a service result; a failure becomes the command's one-line error (exit 1). */
export const valueOf = <T>(r: Result<T>): T => unwrap(r);
