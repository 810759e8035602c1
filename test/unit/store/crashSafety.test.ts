// A writer killed with SIGKILL at random moments: after each kill the workspace opens and holds
// exactly the writes that completed (every printed id; at most one unprinted write whose save
// finished just before the kill).
import assert from 'node:assert/strict';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { startWriter } from './fixtures/startWriter';
import { intake, markers, tempWorkspace } from './helpers';

/** A small seeded generator so a failing run can be replayed (seed printed on failure). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('workspace store: crash safety', function () {
  this.timeout(300_000);
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('holds exactly the completed writes after 30 SIGKILLs at random moments', async () => {
    const seed = Number(process.env.AICMO_CRASH_SEED ?? Date.now() % 100000);
    const random = lcg(seed);
    const setup = await openWorkspace(ws.root);
    const p = await setup.createProject(intake({ name: 'Crash' }));
    setup.close();

    const confirmed = new Set<string>();
    let next = 0;
    for (let round = 0; round < 30; round++) {
      const w = startWriter(ws.root, p.slug, 'w', next, 100_000);
      await w.firstLine;
      // Kill somewhere inside the next few saves.
      await new Promise((r) => setTimeout(r, Math.floor(random() * 120)));
      w.child.kill('SIGKILL');
      await w.exited;
      for (const id of w.printed) confirmed.add(id);

      const store = await openWorkspace(ws.root, { lockTimeoutMs: 5000 });
      const present: string[] = await store.readProject(p.slug, markers);
      const [row] = await store.listProjects();
      const project = await store.getProject(p.slug);
      store.close();

      const missing = [...confirmed].filter((id) => !present.includes(id));
      const extra = present.filter((id) => !confirmed.has(id));
      assert.deepEqual(missing, [], `seed ${seed}, round ${round}: completed writes lost`);
      assert.ok(extra.length <= 1, `seed ${seed}, round ${round}: unexpected rows ${extra.join(', ')}`);
      for (const id of extra) confirmed.add(id); // it is on disk now: later rounds must keep it
      assert.equal(project.revision, 1 + present.length, `seed ${seed}, round ${round}: revision counts the writes`);
      assert.equal(row!.revision, project.revision, `seed ${seed}, round ${round}: index reflects the project file`);
      next += w.printed.length + extra.length + 1;
    }
    assert.ok(confirmed.size >= 30, `some writes completed (${confirmed.size})`);
  });
});
