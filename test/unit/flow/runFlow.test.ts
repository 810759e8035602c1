// The orchestrator host over a real workspace: order, isolation, cancellation, pause, gating,
// recording of artifacts/runs/events, retry and determinism.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { value } from '../operations/helpers';
import { orderSubsystems, retryFailed, runFlow } from '../../../src/orchestrator/flow';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { subsystems } from '../../../src/orchestrator/subsystems';
import type { Subsystem } from '../../../src/orchestrator/subsystems/types';
import { allEvents, workspaceWithProject, type Fixture } from './helpers';

const plugin = (name: string, needs: string[], run: Subsystem['run'], validate: Subsystem['validate'] = () => []): Subsystem => ({ name, description: name, needs, run, validate });

describe('flow: order', () => {
  it('runs every subsystem after what it needs and uses, in a stable order', () => {
    const names = orderSubsystems(subsystems).map((s) => s.name);
    const before = (a: string, b: string) => assert.ok(names.indexOf(a) < names.indexOf(b), `${a} runs before ${b} (${names.join(', ')})`);
    before('strategy', 'media');
    before('media', 'creatives');
    before('brand', 'creatives');
    before('media', 'pm');
    before('creatives', 'portal');
    before('brand', 'social');
    assert.equal(names.length, 8);
    assert.deepEqual(orderSubsystems([...subsystems].reverse()).map((s) => s.name).sort(), [...names].sort());
  });

  it('names the cycle, and a need nobody produces', () => {
    const a = plugin('a', ['c'], () => ({ content: {}, appliedInsights: [] }));
    const b = plugin('b', ['a'], () => ({ content: {}, appliedInsights: [] }));
    const c = plugin('c', ['b'], () => ({ content: {}, appliedInsights: [] }));
    assert.throws(() => orderSubsystems([a, b, c]), /Subsystems depend on each other in a cycle: a → c → b → a\./);
    assert.throws(() => orderSubsystems([b]), /b needs "a", which no registered subsystem produces\./);
  });
});

describe('flow: running', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject()));
  afterEach(() => f.cleanup());

  it('records a version per subsystem with inputs, hash, duration and events, and waits for strategy approval before creatives', async () => {
    const r = await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.equal(r.status, 'partial');
    const creatives = r.subsystems.find((s) => s.name === 'creatives')!;
    assert.equal(creatives.status, 'waiting');
    assert.equal(creatives.message, 'creatives: waiting for strategy approval');
    assert.deepEqual(r.subsystems.filter((s) => s.status === 'completed').map((s) => s.version), [1, 1, 1, 1, 1, 1, 1]);

    const latest = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());
    assert.equal(latest.creatives, undefined, 'no placeholder creatives artifact');
    assert.equal((await f.store.readProject(f.slug, (tx) => tx.creatives.list())).length, 0);
    assert.equal(latest.strategy?.status, 'in_review');
    assert.equal(latest.media?.status, 'in_review', 'a media plan waits for a person, like the strategy');
    assert.deepEqual(latest.media?.inputs, { strategy: 1 });
    assert.match(latest.media?.inputsHash ?? '', /^[0-9a-f]{64}$/);
    assert.equal(latest.media?.runId, r.runId);
    assert.ok((latest.media?.durationMs ?? -1) >= 0);
    assert.ok((await f.store.readProject(f.slug, (tx) => tx.tasks.list())).length > 0, 'PM tasks stored as rows');
    assert.ok(r.subsystems.find((s) => s.name === 'portal')!.files!.every((file) => existsSync(file)), 'review pack written');

    const [run] = await f.store.readProject(f.slug, (tx) => tx.runs.list());
    assert.equal(run?.status, 'partial');
    assert.equal(run?.error, 'Creatives: waiting for strategy approval', 'the run says what waits, in words');
    const types = (await allEvents(f.events)).filter((e) => e.type.startsWith('flow.') || e.type.startsWith('subsystem.')).map((e) => e.type);
    assert.deepEqual(types, ['flow.started', ...Array(7).fill('subsystem.completed'), 'flow.completed']);

    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
    const again = await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.equal(again.status, 'completed');
    const strategy = again.subsystems.find((s) => s.name === 'strategy')!;
    assert.equal(strategy.version, 1, 'an unchanged strategy keeps its approved version');
    assert.match(strategy.message ?? '', /unchanged/);
    const rows = await f.store.readProject(f.slug, (tx) => tx.creatives.list());
    assert.ok(rows.length >= 6);
    assert.deepEqual(rows.map((c) => c.rank), rows.map((_, i) => i + 1), 'listed by rank');
    assert.ok(rows.every((c) => c.status === 'in_review' && c.rankReason));
  });

  it('isolates a failing subsystem: its dependents are skipped with the reason, the others run, and retry reruns only it', async () => {
    let broken = true;
    const flaky = plugin('flaky', ['strategy'], () => {
      if (broken) throw new Error('template table missing');
      return { content: { ok: true }, appliedInsights: [] };
    });
    const afterFlaky = plugin('after-flaky', ['flaky'], () => ({ content: { ok: true }, appliedInsights: [] }));
    const invalid = plugin('invalid', [], () => ({ content: { n: -1 }, appliedInsights: [] }), () => ['n must not be negative.']);
    const list = [...subsystems, flaky, afterFlaky, invalid];
    const r = await runFlow(f.store, f.slug, { actor: 'ci', subsystems: list });
    const by = Object.fromEntries(r.subsystems.map((s) => [s.name, s]));
    assert.equal(by.flaky?.status, 'failed');
    assert.equal(by.flaky?.error, 'template table missing');
    assert.equal(by['after-flaky']?.status, 'skipped');
    assert.equal(by['after-flaky']?.message, 'skipped: flaky failed in this run.');
    assert.equal(by.invalid?.status, 'failed');
    assert.match(by.invalid?.error ?? '', /invalid produced content that fails its checks: n must not be negative\./);
    for (const name of ['strategy', 'brand', 'social', 'media', 'pm', 'analytics', 'portal']) assert.equal(by[name]?.status, 'completed', name);
    assert.equal(r.status, 'partial');
    const failed = await allEvents(f.events, 'subsystem.failed');
    assert.deepEqual(failed.map((e) => e.data.subsystem).sort(), ['flaky', 'invalid']);
    assert.match(String(failed.find((e) => e.data.subsystem === 'flaky')!.data.stack), /template table missing\n\s+at /);
    const attempts = await f.store.readProject(f.slug, (tx) => tx.artifacts.history('flaky'));
    assert.deepEqual(attempts.map((a) => [a.version, a.error]), [[1, 'template table missing']]);

    broken = false;
    const retry = await retryFailed(f.store, f.slug, { actor: 'ci', subsystems: list.filter((s) => s.name !== 'invalid') });
    assert.deepEqual(retry.subsystems.map((s) => [s.name, s.status, s.version]), [['flaky', 'completed', 2]]);
    assert.equal(retry.status, 'completed');
    const latest = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());
    assert.deepEqual(latest.flaky?.content, { ok: true });
    await assert.rejects(retryFailed(f.store, f.slug, { actor: 'ci', subsystems: list.filter((s) => s.name !== 'invalid') }), /nothing to retry/);
  });

  it('runs one subsystem with only, and fails it clearly when what it needs is missing', async () => {
    const r = await runFlow(f.store, f.slug, { actor: 'ci', only: 'media' });
    assert.deepEqual(r.subsystems.map((s) => [s.name, s.status]), [['media', 'failed']]);
    assert.equal(r.subsystems[0]?.error, 'media needs the strategy artifact, and there is none yet: run strategy first.');
    assert.equal(r.status, 'failed');
    const s = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy' });
    assert.deepEqual(s.subsystems.map((x) => [x.name, x.status, x.version]), [['strategy', 'completed', 1]]);
    await assert.rejects(runFlow(f.store, f.slug, { actor: 'ci', only: 'nope' }), /There is no subsystem named "nope"; known: strategy, /);
  });

  it('is cancelled through its AbortSignal: the rest is marked cancelled and nothing more is stored', async () => {
    const controller = new AbortController();
    const stopper = plugin('stopper', ['strategy'], () => {
      controller.abort();
      return { content: { stopped: true }, appliedInsights: [] };
    });
    const list = [subsystems[0]!, stopper, ...subsystems.slice(1)];
    const r = await runFlow(f.store, f.slug, { actor: 'ci', subsystems: list, signal: controller.signal });
    assert.equal(r.status, 'cancelled');
    const statuses = Object.fromEntries(r.subsystems.map((s) => [s.name, s.status]));
    assert.equal(statuses.strategy, 'completed');
    assert.equal(statuses.stopper, 'completed');
    const cancelled = r.subsystems.filter((s) => s.status === 'cancelled').map((s) => s.name);
    assert.ok(cancelled.includes('media') && cancelled.includes('portal'), cancelled.join(','));
    const latest = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());
    assert.equal(latest.media, undefined);
    const [run] = await f.store.readProject(f.slug, (tx) => tx.runs.list());
    assert.equal(run?.status, 'cancelled');
    const done = await allEvents(f.events, 'flow.completed');
    assert.equal(done.at(-1)?.data.status, 'cancelled');
  });

  it('refuses to run while the workspace is paused, and runs again once resumed', async () => {
    await value(f.store, 'pause.set', { on: true });
    await assert.rejects(runFlow(f.store, f.slug, { actor: 'ci' }), (e: Error & { code?: string }) => e.code === 'paused' && e.message === 'All runs are paused in the Control Tower; resume them to run.');
    assert.equal((await f.store.readProject(f.slug, (tx) => tx.runs.list())).length, 0);
    assert.equal((await allEvents(f.events, 'flow.started')).length, 0);
    assert.equal((await allEvents(f.events, 'settings.changed'))[0]?.data.paused, true);
    await value(f.store, 'pause.set', { on: false });
    assert.equal((await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy' })).status, 'completed');
  });

  it('records that a skip-Kaizen run used priors only', async () => {
    const r = await runFlow(f.store, f.slug, { actor: 'ci', skipKaizen: true });
    assert.equal(r.skipKaizen, true);
    const latest = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());
    assert.ok(Object.values(latest).every((a) => a.skipKaizen && a.insights.length === 0));
    assert.equal((latest.media?.content as { kaizen: { mode: string } }).kaizen.mode, 'skipped');
    const [run] = await f.store.readProject(f.slug, (tx) => tx.runs.list());
    assert.equal(run?.skipKaizen, true);
  });
});

describe('flow: determinism', () => {
  it('gives the same content and inputs hash for the same project, inputs and version', async () => {
    const f = await workspaceWithProject();
    const copy = mkdtempSync(path.join(tmpdir(), 'aicmo-copy-'));
    try {
      cpSync(path.join(f.root, '.aicmo'), path.join(copy, '.aicmo'), { recursive: true });
      const store2 = await openWorkspace(copy);
      const contents = [];
      for (const store of [f.store, store2]) {
        await runFlow(store, f.slug, { actor: 'ci' });
        await value(store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
        await runFlow(store, f.slug, { actor: 'ci' });
        // The portal embeds the approval history (who acted, when): facts of each workspace, so
        // only its approval requests are compared.
        const portalRequests = (c: unknown) => ({ approvalRequests: (c as { approvalRequests: unknown }).approvalRequests });
        contents.push(
          await store.readProject(f.slug, (tx) =>
            Object.values(tx.artifacts.latestByKind()).map((a) => ({ kind: a.kind, version: a.version, content: a.kind === 'portal' ? portalRequests(a.content) : a.content, hash: a.inputsHash })),
          ),
        );
      }
      store2.close();
      assert.equal(contents[0]!.length, 8);
      assert.deepEqual(contents[1], contents[0]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      f.cleanup();
    }
  });
});
