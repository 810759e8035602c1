// The shape every operation shares: typed input (checked with its valibot schema), the core's
// one sentence for the user, and next steps as data each front end turns into a button, a
// notification action or a CLI hint.
import type * as v from 'valibot';
import type { GenerationEngine } from '../engine/types';
import type { Result } from '../domain/errors';
import type { ServiceEnv } from '../services/env';
import type { Subsystem } from '../subsystems/types';
import type { PanelId } from '../../protocol/panelCatalog';
import type { OperationName } from './catalog';

/** Where a next step leads. */
export type StepTarget =
  /** A panel, on a project or the workspace. */
  | { kind: 'panel'; panel: PanelId; project?: string }
  /** Another operation with its input (a front end may ask before running it). */
  | { kind: 'operation'; name: OperationName; input: Record<string, unknown> }
  /** A file the operation wrote: opened, or shown in the Explorer (`reveal`). */
  | { kind: 'file'; path: string; reveal?: boolean };

export interface NextStep {
  /** The button's words, e.g. "Open War Room", "Run Full Flow". */
  label: string;
  target: StepTarget;
}

/** What an operation that took place returns. */
export interface Outcome<T> {
  value: T;
  /** THE sentence the user reads (every front end shows this one). */
  message: string;
  /** What the user is likely to do next, most likely first. */
  next?: NextStep[];
}

/** How an operation runs (not part of its input: not data a user types). */
export interface OperationOptions {
  /** Cancels a run (the flow checks it between and inside subsystems). */
  signal?: AbortSignal;
  /** Who writes prose and copy in runs: the rules (default) or a language model under the same checks. */
  engine?: GenerationEngine;
  /** The subsystem plugins to run (default: the registry). */
  subsystems?: readonly Subsystem[];
}

export interface OperationSpec<I, O, T> {
  summary: string;
  writes: boolean;
  /** Checks the shape of the input (what a caller by name sends); the core checks its meaning. */
  input: v.GenericSchema<I, O>;
  execute(env: ServiceEnv, input: O, options: OperationOptions): Promise<Outcome<T>>;
}

export interface Operation<I, T> {
  readonly summary: string;
  readonly writes: boolean;
  readonly input: v.GenericSchema<I, unknown>;
  /** Validates the input, runs; a refusal or failure is an error value keeping the original error as `cause`. */
  run(env: ServiceEnv, input: I, options?: OperationOptions): Promise<Result<Outcome<T>>>;
}
