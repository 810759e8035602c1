// Reading a subsystem's inputs from its context, with clear errors when one is missing.
import { AicmoError } from '../../domain/errors';
import type { SubsystemContext, SubsystemName } from '../types';

/** Content of a needed input; throws a clear error when the orchestrator did not provide it. */
export function requiredInput<C>(ctx: SubsystemContext, name: SubsystemName, by: SubsystemName): C {
  const input = ctx.inputs[name];
  if (!input) throw new AicmoError('invalid-input', `${by} needs the ${name} artifact, and there is none yet: run ${name} first.`, { field: name });
  return input.content as C;
}

/** Content of an optional input, or undefined. */
export function optionalInput<C>(ctx: SubsystemContext, name: SubsystemName): C | undefined {
  return ctx.inputs[name]?.content as C | undefined;
}

/** A subsystem that must wait for an upstream approval ("creatives: waiting for strategy approval"). */
export class WaitingForApprovalError extends AicmoError {
  readonly subsystem: SubsystemName;
  readonly waitingFor: SubsystemName;
  constructor(subsystem: SubsystemName, waitingFor: SubsystemName, status: string | undefined) {
    super('conflict', `${subsystem}: waiting for ${waitingFor} approval (the latest ${waitingFor} is ${status === undefined ? 'missing' : status.replace('_', ' ')}).`, { field: waitingFor });
    this.name = 'WaitingForApprovalError';
    this.subsystem = subsystem;
    this.waitingFor = waitingFor;
  }
}

export function requireApproved(ctx: SubsystemContext, name: SubsystemName, by: SubsystemName): void {
  const input = ctx.inputs[name];
  if (!input || !input.approved) throw new WaitingForApprovalError(by, name, input?.status);
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new AicmoError('cancelled', 'The run was cancelled.');
}
