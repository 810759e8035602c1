// The operator actions as Results: run the flow (all or one subsystem), retry failures, decide on
// the strategy and on creatives (one or many), schedule creatives, complete a task, set the
// global pause. Each wraps the orchestrator's own action (src/orchestrator/flow, actions), so a
// refusal (paused, no strategy, missing reason, unknown id) comes back as an error value.
import { decideCreatives, decideMedia, decideStrategy, completeTask, scheduleCreative, setPaused, type CompletedTask, type CreativeDecisionResult, type Decision, type MediaDecisionResult, type StrategyDecisionResult } from '../actions';
import { getCreative } from '../artifacts';
import { AicmoError } from '../domain/errors';
import { retryFailed, runFlow, type FlowResult } from '../flow';
import type { GenerationEngine } from '../engine/types';
import type { KaizenOptions } from '../kaizen/insights';
import type { Subsystem } from '../subsystems/types';
import { locateIds } from '../actions/findInProjects';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export interface FlowRunOptions {
  /** Run one subsystem only. */
  only?: string;
  skipKaizen?: boolean;
  signal?: AbortSignal;
  /** How Kaizen weighs evidence: `{ crossIndustry, halfLifeWeeks }`. */
  kaizen?: KaizenOptions;
  /** Settings per subsystem, e.g. `{ media: { maxStep: 0.1 } }`. */
  options?: Record<string, unknown>;
  /** The plugins to run (default: the orchestrator's registry). */
  subsystems?: readonly Subsystem[];
  /** Who writes prose and copy: the rules (default) or a language model under the same checks. */
  engine?: GenerationEngine;
}

/**
 * Runs the flow. `ok` means the run took place: its `status` (completed, partial, failed,
 * cancelled) and each subsystem's outcome are in the value. A run that was refused (global
 * pause, unknown project or subsystem) is an error value.
 */
export function runProjectFlow(env: ServiceEnv, projectRef: string, options: FlowRunOptions = {}): Promise<Result<FlowResult>> {
  return attempt(() => runFlow(env.store, env.events, projectRef, { ...options, actor: env.actor }));
}

/** Re-runs the subsystems whose latest attempt failed (and what depends on them). */
export function retryFailedSubsystems(env: ServiceEnv, projectRef: string, options: Omit<FlowRunOptions, 'only'> = {}): Promise<Result<FlowResult>> {
  return attempt(() => retryFailed(env.store, env.events, projectRef, { ...options, actor: env.actor }));
}

export interface DecisionInput {
  decision: Decision;
  /** Required for reject and request_changes. */
  reason?: string;
  /** Who decides; default the env's actor, internal. */
  by?: { name: string; kind: 'internal' | 'client' };
}

export function decideProjectStrategy(env: ServiceEnv, projectRef: string, input: DecisionInput): Promise<Result<StrategyDecisionResult>> {
  return attempt(() => decideStrategy(env.store, env.events, projectRef, input.decision, input.by ?? env.actor, input.reason));
}

/** Decides on the latest media plan; `acceptLargerMove` approves the move the proposal showed without the step limit. */
export function decideProjectMedia(env: ServiceEnv, projectRef: string, input: DecisionInput & { acceptLargerMove?: boolean }): Promise<Result<MediaDecisionResult>> {
  return attempt(() => decideMedia(env.store, env.events, projectRef, input.decision, input.by ?? env.actor, input.reason, { acceptLargerMove: input.acceptLargerMove === true }));
}

/** Decides on creatives by id (one or many, any projects) or on all of a project's awaiting ones. */
export function decideProjectCreatives(env: ServiceEnv, selection: { ids: readonly string[]; project?: string } | { all: true; project: string }, input: DecisionInput): Promise<Result<CreativeDecisionResult>> {
  return attempt(() => decideCreatives(env.store, env.events, selection, input.decision, input.by ?? env.actor, input.reason));
}

export interface ScheduledCreatives {
  scheduled: { id: string; project: string; scheduledDate: string }[];
}

/**
 * Schedules approved creatives for a date. Every id is checked first (exists, approved or
 * already scheduled), so a bad id refuses the whole request before anything is written.
 */
export function scheduleCreatives(env: ServiceEnv, ids: readonly string[], date: string, projectRef?: string): Promise<Result<ScheduledCreatives>> {
  return attempt(async () => {
    const located = await locateIds(env.store, ids, 'creative', (db, id) => getCreative(db, id) !== undefined, projectRef);
    for (const l of located) {
      const bad = await env.store.readProject(l.projectId, (db) => l.ids.map((id) => getCreative(db, id)!).find((c) => c.status !== 'approved' && c.status !== 'scheduled'));
      if (bad) throw new AicmoError('conflict', `Creative ${bad.id} is ${bad.status.replace(/_/g, ' ')}; only approved creatives can be scheduled (nothing was scheduled).`, { field: 'id' });
    }
    const scheduled: ScheduledCreatives['scheduled'] = [];
    for (const l of located) for (const id of l.ids) scheduled.push(await scheduleCreative(env.store, env.events, id, date, env.actor, l.projectId));
    return { scheduled };
  });
}

export function completeProjectTask(env: ServiceEnv, taskId: string, actualHours: number, projectRef?: string): Promise<Result<CompletedTask>> {
  return attempt(() => completeTask(env.store, env.events, taskId, actualHours, env.actor, projectRef));
}

export function setGlobalPause(env: ServiceEnv, on: boolean): Promise<Result<{ paused: boolean; changed: boolean }>> {
  return attempt(() => setPaused(env.store, env.events, on, env.actor));
}
