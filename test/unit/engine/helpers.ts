// Fakes for the language-model engine tests: a TextWriter that answers from a function and keeps
// every request and signal it was given, and a workspace whose strategy is approved (so creatives run).
import { value } from '../operations/helpers';
import type { EngineRecord, TextWriter, WriteRequest } from '../../../src/orchestrator/engine';
import { runFlow } from '../../../src/orchestrator/flow';
import { workspaceWithProject, type Fixture } from '../flow/helpers';

export interface FakeWriter extends TextWriter {
  requests: WriteRequest[];
  signals: AbortSignal[];
}

export function fakeWriter(answer: (request: WriteRequest, call: number, signal: AbortSignal) => string | Promise<string>, name = 'fake-model'): FakeWriter {
  const requests: WriteRequest[] = [];
  const signals: AbortSignal[] = [];
  return {
    name,
    requests,
    signals,
    async write(request, signal) {
      requests.push(request);
      signals.push(signal);
      return answer(request, requests.length, signal);
    },
  };
}

/** A write that never answers until its signal aborts (a model that hangs). */
export function hang(signal: AbortSignal): Promise<string> {
  return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
}

/** A project whose first run is done and whose strategy is approved. */
export async function approvedProject(overrides: Parameters<typeof workspaceWithProject>[0] = {}): Promise<Fixture> {
  const f = await workspaceWithProject(overrides);
  await runFlow(f.store, f.slug, { actor: 'ci' });
  await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
  return f;
}

export async function latestContent<C>(f: Fixture, kind: string): Promise<(C & { engine?: EngineRecord }) | undefined> {
  const latest = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());
  return latest[kind]?.content as (C & { engine?: EngineRecord }) | undefined;
}
