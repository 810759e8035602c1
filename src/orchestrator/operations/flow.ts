// Runs: the full flow or one subsystem, and a retry of the failed ones. An outcome means the
// run took place — its status (completed, partial, failed, cancelled) and each subsystem's result
// are in the value; a refused run (global pause, unknown project or subsystem, nothing to retry)
// is an error value.
import * as v from 'valibot';
import { retryFailed, runFlow, type FlowResult } from '../flow';
import type { KaizenOptions } from '../kaizen/insights';
import type { ServiceEnv } from '../services/env';
import { defineOperation } from './define';
import { projectRef } from './input';
import { panelStep, retryStep } from './steps';
import type { NextStep, OperationOptions, Outcome } from './types';

const skipKaizen = v.optional(v.boolean());
/** How Kaizen weighs evidence (settings aicmo.kaizen.crossIndustry / halfLifeWeeks; CLI flags); checked by Kaizen. */
export const kaizenInput = v.optional(v.object({ crossIndustry: v.optional(v.boolean()), halfLifeWeeks: v.optional(v.number()) }));
/** Settings per subsystem, e.g. `{ media: { maxStep: 0.1 } }` (part of the inputs hash). */
export const settings = v.optional(v.record(v.string(), v.unknown()));

function counts(result: FlowResult): string {
  const by = new Map<string, number>();
  for (const s of result.subsystems) by.set(s.status, (by.get(s.status) ?? 0) + 1);
  return [...by].map(([status, n]) => `${n} ${status}`).join(', ') || 'nothing to run';
}

function outcome(what: string, project: { name: string; slug: string }, result: FlowResult): Outcome<FlowResult> {
  const next: NextStep[] = [];
  if (result.subsystems.some((s) => s.status === 'failed')) next.push(retryStep(project.slug));
  next.push(result.subsystems.some((s) => s.name === 'creatives' && s.status === 'completed') ? panelStep('gallery', project.slug) : panelStep('unified', project.slug));
  return { value: result, message: `${what} for "${project.name}" ${result.status}: ${counts(result)}.`, next };
}

async function run(env: ServiceEnv, ref: string, what: string, go: (projectId: string) => Promise<FlowResult>): Promise<Outcome<FlowResult>> {
  const project = await env.store.getProject(ref);
  return outcome(what, project, await go(project.id));
}

export const runOptions = (env: ServiceEnv, input: { skipKaizen?: boolean; kaizen?: KaizenOptions; settings?: Record<string, unknown> }, options: OperationOptions) => ({
  actor: env.actor,
  skipKaizen: input.skipKaizen === true,
  ...(input.kaizen ? { kaizen: input.kaizen } : {}),
  ...(input.settings ? { options: input.settings } : {}),
  ...(options.signal ? { signal: options.signal } : {}),
  ...(options.engine ? { engine: options.engine } : {}),
  ...(options.subsystems ? { subsystems: options.subsystems } : env.subsystems ? { subsystems: env.subsystems.list() } : {}),
});

export const runFlowOperation = defineOperation('flow.run', {
  input: v.object({ project: projectRef, only: v.optional(v.pipe(v.string(), v.maxLength(60))), skipKaizen, kaizen: kaizenInput, settings }),
  execute: (env, input, options) =>
    run(env, input.project, input.only ?? 'Flow', (id) => runFlow(env.store, id, { ...runOptions(env, input, options), ...(input.only === undefined ? {} : { only: input.only }) })),
});

export const retryFlowOperation = defineOperation('flow.retry', {
  input: v.object({ project: projectRef, skipKaizen, kaizen: kaizenInput, settings }),
  execute: (env, input, options) => run(env, input.project, 'Retry', (id) => retryFailed(env.store, id, runOptions(env, input, options))),
});
