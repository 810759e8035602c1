// The operations registry: every catalog entry is an operation with the same summary and write
// flag; calls by name are validated like typed ones; a failure keeps the error it came from.
import assert from 'node:assert/strict';
import { OPERATION_CATALOG, OPERATION_NAMES, OPERATIONS, runOperation, runOperationByName, trustWords } from '../../../src/orchestrator/operations';
import { openAicmoWorkspace, serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { intake, snapshotFiles, tempWorkspace } from '../store/helpers';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';
import { run, value } from './helpers';

describe('operations: the registry', () => {
  it('has one operation per catalog entry, with the catalog\'s summary and write flag', () => {
    assert.deepEqual(Object.keys(OPERATIONS).sort(), [...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) {
      const op = OPERATIONS[name];
      assert.equal(op.name, name);
      assert.equal(op.summary, OPERATION_CATALOG[name].summary, name);
      assert.equal(op.writes, OPERATION_CATALOG[name].writes, name);
      assert.match(trustWords(name, { decision: 'approve', on: true }), /^[A-Z][a-z]+ing /, `${name}'s refusal reads "<Doing something> changes campaign files"`);
    }
    assert.equal(trustWords('pause.set', { on: false }), 'Resuming runs');
    assert.equal(trustWords('strategy.decide', { decision: 'request_changes' }), 'Requesting strategy changes');
    assert.equal(trustWords('subsystem.decide', { decision: 'reject' }), "Rejecting a plugin's output");
  });

  it('type-checks a typed call\'s input', () => {
    // Compile-time only: these calls are never made.
    const check = (env: Parameters<typeof runOperation>[0]) => {
      // @ts-expect-error: "on" is a boolean
      void runOperation(env, 'pause.set', { on: 'yes' });
      // @ts-expect-error: a decision is approve, reject or request_changes
      void runOperation(env, 'creatives.decide', { decision: 'maybe', ids: ['c1'] });
      // @ts-expect-error: task.complete needs hours
      void runOperation(env, 'task.complete', { id: 't1' });
      void runOperation(env, 'creatives.decide', { decision: 'approve', ids: ['c1'] });
    };
    assert.equal(typeof check, 'function');
  });

  describe('calls by name', () => {
    let ws: ReturnType<typeof tempWorkspace>;
    beforeEach(() => (ws = tempWorkspace()));
    afterEach(() => ws.cleanup());

    it('refuses an unknown operation and an input of the wrong shape with one sentence naming it, writing nothing', async () => {
      const store = await openAicmoWorkspace(ws.root, { create: true });
      const p = await store.createProject(intake());
      const env = serviceEnv(store, 'Dana');
      const before = snapshotFiles(ws.root);
      const unknown = await runOperationByName(env, 'strategy.approveEverything', {});
      assert.deepEqual(unknown.ok ? null : [unknown.error.code, unknown.error.message], ['not-found', 'There is no operation "strategy.approveEverything".']);
      const bad = await runOperationByName(env, 'strategy.decide', { project: p.slug, decision: 'maybe' });
      assert.equal(bad.ok, false);
      assert.equal(!bad.ok && bad.error.field, 'decision');
      assert.match(!bad.ok ? bad.error.message : '', /^The input of strategy\.decide is not valid: decision: .*"maybe"/);
      const patch = await runOperationByName(env, 'project.update', { project: p.slug, patch: { id: 'p_other' } });
      assert.deepEqual(patch.ok ? null : [patch.error.field, patch.error.message], ['id', 'The patch has no field "id".']);
      assert.deepEqual(snapshotFiles(ws.root), before, 'nothing was written');
      const ok = await runOperationByName(env, 'pause.set', { on: true });
      assert.equal(ok.ok && ok.value.message, 'Paused all runs: new runs are refused until you resume them.');
      store.close();
    });

    it('keeps the original error as the cause of a failure, so unwrap rethrows it with its own stack', async () => {
      const store = await openAicmoWorkspace(ws.root, { create: true });
      store.close();
      const r = await runOperation(serviceEnv(store, 'Dana'), 'pause.set', { on: true });
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.code, 'internal');
      assert.ok(r.error.cause instanceof Error);
      assert.match((r.error.cause as Error).stack ?? '', /storeQueue/, 'the stack is where it was thrown, not where it was unwrapped');
      assert.throws(() => unwrap(r), (e: unknown) => e === r.error.cause);
    });
  });
});

describe('operations: sentences, next steps and the new ones', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject()));
  afterEach(() => f.cleanup());

  it('says what happened in one sentence and offers the next step as data', async () => {
    const created = await run(f.store, 'project.create', { intake: intake({ name: 'Second Launch' }), via: 'test' });
    assert.equal(created.message, 'Created project "Second Launch" (second-launch) in STRATEGY.');
    assert.deepEqual(created.next, [{ label: 'Run Full Flow', target: { kind: 'operation', name: 'flow.run', input: { project: 'second-launch' } } }]);
    assert.equal((await allEvents(f.events, 'project.created')).at(-1)?.data.via, 'test');
    const flow = await run(f.store, 'flow.run', { project: 'second-launch' });
    assert.match(flow.message, /^Ran the flow for "Second Launch": \d+ of \d+ parts done, Creatives waiting\. Strategy v1 awaits approval\./);
    const approved = await run(f.store, 'strategy.decide', { project: 'second-launch', decision: 'approve', version: 1 });
    assert.match(approved.message, /^Approved strategy v1 of "Second Launch"; the project is now in Creative\./);
    assert.equal(approved.value.stage, 'CREATIVE');
    const same = await run(f.store, 'project.update', { project: 'second-launch', patch: { industry: intake().industry } });
    assert.equal(same.message, 'Nothing changed in "Second Launch".');
    const paused = await run(f.store, 'pause.set', { on: false });
    assert.equal(paused.message, 'Runs were not paused.');
  });

  it('refuses a decision on a strategy version that is no longer the current one, changing nothing', async () => {
    await value(f.store, 'flow.run', { project: f.slug, only: 'strategy' });
    const before = snapshotFiles(f.root + '/.aicmo/projects');
    await assert.rejects(value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve', version: 2 }), (e: Error & { field?: string }) => {
      assert.equal(e.message, 'Strategy v2 is no longer the current one (v1 is); review v1 before deciding (nothing was changed).');
      assert.equal(e.field, 'version');
      return true;
    });
    assert.deepEqual(snapshotFiles(f.root + '/.aicmo/projects'), before);
  });

  it('sets a task to in progress or blocked; done goes through completing it with its hours', async () => {
    await value(f.store, 'flow.run', { project: f.slug });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    await value(f.store, 'flow.run', { project: f.slug });
    const task = await f.store.readProject(f.slug, (tx) => tx.tasks.list().find((t) => t.status === 'todo'));
    const started = await run(f.store, 'task.setStatus', { id: task!.id, status: 'in_progress' });
    assert.equal(started.message, `Task "${task!.title}" of "Acme Coffee Spring Launch" is now in progress.`);
    assert.equal((await f.store.readProject(f.slug, (tx) => tx.tasks.get(task!.id)))?.status, 'in_progress');
    const byHand = async () => (await allEvents(f.events, 'task.status_changed')).filter((e) => e.data.via === undefined);
    const [event] = await byHand();
    assert.deepEqual([event?.data.taskId, event?.data.from, event?.data.to], [task!.id, 'todo', 'in_progress']);
    assert.equal((await run(f.store, 'task.setStatus', { id: task!.id, status: 'in_progress' })).message, `Task "${task!.title}" of "Acme Coffee Spring Launch" was already in progress; nothing changed.`);
    await assert.rejects(value(f.store, 'task.setStatus', { id: task!.id, status: 'done' }), /Mark a task done with "Complete" so its actual hours are recorded\./);
    await value(f.store, 'task.complete', { id: task!.id, hours: 4 });
    await assert.rejects(value(f.store, 'task.setStatus', { id: task!.id, status: 'todo' }), /is already completed; it stays done\./);
    assert.equal((await byHand()).length, 1);
  });
});
