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
import { listText, statusName, subsystemName, countText } from '../domain/labels';
import { panelStep, retryStep } from './steps';
import type { NextStep, OperationOptions, Outcome } from './types';

const skipKaizen = v.optional(v.boolean());
/** How Kaizen weighs evidence (settings aicmo.kaizen.crossIndustry / halfLifeWeeks; CLI flags); checked by Kaizen. */
export const kaizenInput = v.optional(v.object({ crossIndustry: v.optional(v.boolean()), halfLifeWeeks: v.optional(v.number()) }));
/** Settings per subsystem, e.g. `{ media: { maxStep: 0.1 } }` (part of the inputs hash). */
export const settings = v.optional(v.record(v.string(), v.unknown()));

/** What the project waits for after a run: a decision a person takes, with where to take it. */
interface Waiting {
  sentence: string;
  next: NextStep[];
}

async function waitingFor(env: ServiceEnv, project: { id: string; slug: string }): Promise<Waiting[]> {
  const { strategy, media, awaiting } = await env.store.readProject(project.id, (tx) => ({
    strategy: tx.artifacts.latest('strategy'),
    media: tx.artifacts.latest('media'),
    awaiting: tx.creatives.list().filter((c) => c.staleNote === null && AWAITING.has(c.status)).length,
  }));
  const out: Waiting[] = [];
  if (strategy && strategy.status === 'in_review') {
    out.push({
      sentence: `Strategy v${strategy.version} awaits approval`,
      next: [panelStep('warroom', project.slug), { label: `Approve Strategy v${strategy.version}`, target: { kind: 'operation', name: 'strategy.decide', input: { project: project.slug, decision: 'approve', version: strategy.version } } }],
    });
  }
  if (media && media.status === 'in_review') out.push({ sentence: `Media plan v${media.version} awaits approval`, next: [panelStep('warroom', project.slug)] });
  if (awaiting > 0) out.push({ sentence: `${countText(awaiting, 'creative')} ${awaiting === 1 ? 'awaits' : 'await'} a decision`, next: [panelStep('gallery', project.slug)] });
  return out;
}

const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

/** "7 of 8 done, Creatives waiting, Media plan failed". */
function ranText(result: FlowResult): string {
  const total = result.subsystems.length;
  if (total === 0) return 'nothing to run';
  const done = result.subsystems.filter((s) => s.status === 'completed').length;
  const others = result.subsystems.filter((s) => s.status !== 'completed').map((s) => `${subsystemName(s.name)} ${statusName(s.status)}`);
  if (total === 1) return `${statusName(result.subsystems[0]!.status)}${result.subsystems[0]!.version !== undefined ? ` (v${result.subsystems[0]!.version})` : ''}`;
  return done === total ? `all ${total} parts done` : `${done} of ${total} parts done${others.length ? `, ${listText(others)}` : ''}`;
}

async function outcome(env: ServiceEnv, what: string, project: { id: string; name: string; slug: string }, result: FlowResult): Promise<Outcome<FlowResult>> {
  const next: NextStep[] = [];
  const failed = result.subsystems.filter((s) => s.status === 'failed');
  if (failed.length > 0) next.push(retryStep(project.slug));
  const waits = result.status === 'cancelled' ? [] : await waitingFor(env, project);
  for (const w of waits) for (const step of w.next) if (!next.some((n) => n.label === step.label)) next.push(step);
  if (result.subsystems.some((s) => s.name === 'creatives' && s.status === 'completed') && !next.some((n) => n.label === 'Open Gallery')) next.push(panelStep('gallery', project.slug));
  if (next.length === 0) next.push(panelStep('unified', project.slug));
  const why = failed.map((s) => `${subsystemName(s.name)} failed${s.error ? `: ${s.error.replace(/\.$/, '')}` : ''}`);
  const tail = [...why, ...waits.map((w) => w.sentence)];
  const verb = result.status === 'cancelled' ? `Cancelled the run for "${project.name}"` : `${what} for "${project.name}"`;
  return { value: result, message: `${verb}: ${ranText(result)}.${tail.length ? ` ${tail.map((t) => `${t[0]!.toUpperCase()}${t.slice(1)}.`).join(' ')}` : ''}`, next };
}

async function run(env: ServiceEnv, ref: string, what: string, go: (projectId: string) => Promise<FlowResult>): Promise<Outcome<FlowResult>> {
  const project = await env.store.getProject(ref);
  return outcome(env, what, project, await go(project.id));
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
    run(env, input.project, input.only === undefined ? 'Ran the flow' : `Ran ${subsystemName(input.only)}`, (id) => runFlow(env.store, id, { ...runOptions(env, input, options), ...(input.only === undefined ? {} : { only: input.only }) })),
});

export const retryFlowOperation = defineOperation('flow.retry', {
  input: v.object({ project: projectRef, skipKaizen, kaizen: kaizenInput, settings }),
  execute: (env, input, options) => run(env, input.project, 'Retried the failed parts', (id) => retryFailed(env.store, id, runOptions(env, input, options))),
});
