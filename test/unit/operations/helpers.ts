// Running operations in tests as a front end does: through the registry, on a real store; a
// refusal is thrown as the core raised it (the Result keeps it as `cause`).
import { runOperation, type InputOf, type OperationName, type OperationOptions, type Outcome, type ValueOf } from '../../../src/orchestrator/operations';
import { serviceEnv, unwrap } from '../../../src/orchestrator/services';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';

export async function run<N extends OperationName>(store: WorkspaceStore, name: N, input: InputOf<N>, actor = 'Dana', options?: OperationOptions): Promise<Outcome<ValueOf<N>>> {
  return unwrap(await runOperation(serviceEnv(store, actor), name, input, options));
}

/** The value of an operation that must succeed. */
export async function value<N extends OperationName>(store: WorkspaceStore, name: N, input: InputOf<N>, actor = 'Dana', options?: OperationOptions): Promise<ValueOf<N>> {
  return (await run(store, name, input, actor, options)).value;
}
