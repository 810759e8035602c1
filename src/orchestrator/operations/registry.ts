// Every operation by name: what front ends that call by name (panels, the notebook, agent tools)
// use, validating input the same way the typed calls do. `runOperation(env, 'creatives.decide',
// input)` type-checks its input; `runOperationByName` takes untrusted input and checks it.
import type { Result } from '../domain/errors';
import type { ServiceEnv } from '../services/env';
import { fail } from '../services/result';
import type { OperationName } from './catalog';
import { decideCreativesOperation, regenerateCreativesOperation, scheduleCreativesOperation } from './creatives';
import { createDemoOperation } from './demo';
import { retryFlowOperation, runFlowOperation } from './flow';
import { importLeadsOperation, importMetricsOperation, importTrendsOperation } from './imports';
import { decideMediaOperation } from './media';
import { logOutreachOperation } from './outreach';
import { setPauseOperation } from './pause';
import { archiveProjectOperation, createProjectOperation, updateProjectOperation } from './project';
import { exportReportOperation } from './report';
import { decideStrategyOperation, saveStrategyEditOperation } from './strategy';
import { decideSubsystemOperation } from './subsystem';
import { completeTaskOperation, setTaskStatusOperation } from './tasks';
import { addTeamMemberOperation, removeTeamMemberOperation, setHourlyRateOperation } from './team';
import type { Operation, OperationOptions, Outcome } from './types';

export const OPERATIONS = {
  'project.create': createProjectOperation,
  'project.update': updateProjectOperation,
  'project.archive': archiveProjectOperation,
  'flow.run': runFlowOperation,
  'flow.retry': retryFlowOperation,
  'strategy.decide': decideStrategyOperation,
  'strategy.saveEdit': saveStrategyEditOperation,
  'creatives.decide': decideCreativesOperation,
  'creatives.schedule': scheduleCreativesOperation,
  'creatives.regenerate': regenerateCreativesOperation,
  'media.decide': decideMediaOperation,
  'subsystem.decide': decideSubsystemOperation,
  'task.complete': completeTaskOperation,
  'task.setStatus': setTaskStatusOperation,
  'metrics.import': importMetricsOperation,
  'trends.import': importTrendsOperation,
  'leads.import': importLeadsOperation,
  'outreach.log': logOutreachOperation,
  'report.export': exportReportOperation,
  'team.add': addTeamMemberOperation,
  'team.remove': removeTeamMemberOperation,
  'team.setRate': setHourlyRateOperation,
  'pause.set': setPauseOperation,
  'demo.create': createDemoOperation,
} as const satisfies { readonly [N in OperationName]: { readonly name: N; readonly summary: string; readonly writes: boolean } };

type Registry = typeof OPERATIONS;

/** The input an operation takes (what a typed caller passes). */
export type InputOf<N extends OperationName> = Parameters<Registry[N]['run']>[1];
/** The value of an operation's outcome. */
export type ValueOf<N extends OperationName> = Extract<Awaited<ReturnType<Registry[N]['run']>>, { ok: true }>['value']['value'];

/** A call of one operation, as data (a panel command maps to one). */
export type OperationCall = { [N in OperationName]: { name: N; input: InputOf<N> } }[OperationName];

export function runOperation<N extends OperationName>(env: ServiceEnv, name: N, input: InputOf<N>, options?: OperationOptions): Promise<Result<Outcome<ValueOf<N>>>> {
  return (OPERATIONS[name] as unknown as Operation<InputOf<N>, ValueOf<N>>).run(env, input, options);
}

/** Runs a call made as data (e.g. the operation a panel command maps to). */
export function runCall(env: ServiceEnv, call: OperationCall, options?: OperationOptions): Promise<Result<Outcome<unknown>>> {
  return (OPERATIONS[call.name] as unknown as Operation<unknown, unknown>).run(env, call.input, options);
}

/** For callers with untrusted input: an unknown name or an input of the wrong shape is an error value. */
export function runOperationByName(env: ServiceEnv, name: string, input: unknown, options?: OperationOptions): Promise<Result<Outcome<unknown>>> {
  if (!Object.prototype.hasOwnProperty.call(OPERATIONS, name)) return Promise.resolve(fail('not-found', `There is no operation "${name}".`, 'name'));
  return (OPERATIONS[name as OperationName] as unknown as Operation<unknown, unknown>).run(env, input, options);
}
