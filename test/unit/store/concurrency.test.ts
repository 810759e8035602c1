// Several writers on one workspace never lose each other's writes.
import assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { startWriter } from './fixtures/startWriter';
import { approval, markers, intake, tempWorkspace } from './helpers';


describe('workspace store: several writers', function () {
  this.timeout(120_000);
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('two store instances in one process interleaving writes lose nothing', async () => {
    const a = await openWorkspace(ws.root);
    const b = await openWorkspace(ws.root);
    const p = await a.createProject(intake({ name: 'Shared' }));
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(a.writeProject(p.id, (tx) => tx.approvals.record(approval(`a${String(i).padStart(2, '0')}`))));
      writes.push(b.writeProject(p.id, (tx) => tx.approvals.record(approval(`b${String(i).padStart(2, '0')}`))));
      if (i % 5 === 0) {
        writes.push(a.createProject(intake({ name: `From A ${i}` })));
        writes.push(b.createProject(intake({ name: `From B ${i}` })));
        writes.push(b.setSetting(`b${i}`, 'x'));
        writes.push(a.setSetting(`a${i}`, 'y'));
      }
    }
    await Promise.all(writes);
    for (const store of [a, b]) {
      const ids = await store.readProject(p.id, markers);
      assert.equal(ids.length, 40);
      assert.equal((await store.getProject(p.id)).revision, 41);
      assert.equal((await store.listProjects()).length, 9);
      assert.equal(await store.getSetting('a15'), 'y');
      assert.equal(await store.getSetting('b15'), 'x');
    }
    a.close();
    b.close();
  });

  it('two processes writing the same project at once lose nothing', async () => {
    const setup = await openWorkspace(ws.root);
    const p = await setup.createProject(intake({ name: 'Busy' }));
    setup.close();
    const one = startWriter(ws.root, p.slug, 'x', 0, 60);
    const two = startWriter(ws.root, p.slug, 'y', 0, 60);
    assert.deepEqual(await Promise.all([one.exited, two.exited]), [0, 0]);
    const store = await openWorkspace(ws.root);
    const ids = await store.readProject(p.slug, markers);
    assert.equal(ids.length, 120);
    assert.deepEqual(ids.filter((i) => i.startsWith('x')), one.printed);
    assert.deepEqual(ids.filter((i) => i.startsWith('y')), two.printed);
    const [row] = await store.listProjects();
    assert.equal(row!.revision, 121);
    store.close();
  });

  it('waits for a live lock, then says who holds it', async () => {
    const store = await openWorkspace(ws.root, { create: true, lockTimeoutMs: 300 });
    // A live process on this host (this one) holds the lock.
    writeFileSync(path.join(ws.root, '.aicmo/.lock'), JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), token: 'other' }));
    const started = Date.now();
    await assert.rejects(store.createProject(intake()), (e: unknown) => {
      assert.ok(isAicmoError(e) && e.code === 'locked');
      assert.match(e.message, new RegExp(`locked by process ${process.pid} on host ${hostname()}`));
      return true;
    });
    assert.ok(Date.now() - started >= 300);
    store.close();
  });

  it('takes over a lock left by a dead process, or one too old to be live', async () => {
    const store = await openWorkspace(ws.root, { create: true, lockTimeoutMs: 2000 });
    const lock = path.join(ws.root, '.aicmo/.lock');
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), time: new Date().toISOString(), token: 'dead' }));
    await store.createProject(intake({ name: 'After dead holder' }));
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', time: new Date(Date.now() - 3_600_000).toISOString(), token: 'old' }));
    await store.createProject(intake({ name: 'After old holder' }));
    writeFileSync(lock, ''); // holder died between creating and writing it
    utimesSync(lock, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    await store.createProject(intake({ name: 'After empty lock' }));
    assert.equal((await store.listProjects()).length, 3);
    store.close();
  });
});
