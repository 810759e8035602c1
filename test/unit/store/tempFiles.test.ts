// Temp files left by saves that were interrupted (a killed process) are removed when the
// workspace is next opened for writing; a live writer's temp file is never touched.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseTempFileName, tempFileName } from '../../../src/orchestrator/store/staleTempFiles';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { intake, tempWorkspace } from './helpers';

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('workspace store: temp files of interrupted saves', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('a temp name carries this host and process, and reads back', () => {
    const name = path.basename(tempFileName('/w/.aicmo/projects/acme.db'));
    assert.match(name, /^acme\.db\.tmp-[0-9a-f]{8}-\d+-[0-9a-f]{8}$/);
    assert.deepEqual(parseTempFileName(name), { ownHost: true, pid: process.pid, legacy: false });
    assert.deepEqual(parseTempFileName('acme.db.tmp-4242-0a1b2c3d'), { ownHost: false, pid: 4242, legacy: true });
    assert.equal(parseTempFileName('acme.db'), undefined);
  });

  it('removes the temp files of dead writers on the first write, and leaves a live writer’s alone', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    await store.createProject(intake({ name: 'Acme' }));
    store.close();
    const projects = path.join(ws.root, '.aicmo/projects');
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const mine = (file: string, pid: number) => tempFileName(file).replace(`-${process.pid}-`, `-${pid}-`);
      const dead = mine(path.join(projects, 'acme.db'), deadPid());
      const deadIndex = mine(path.join(ws.root, '.aicmo/aicmo.db'), deadPid());
      const alive = mine(path.join(projects, 'acme.sql'), live.pid!);
      const otherHostFresh = path.join(projects, 'acme.sql.tmp-00000000-17-0a1b2c3d');
      const otherHostOld = path.join(projects, 'acme.db.tmp-00000000-18-0a1b2c3d');
      const legacyOld = path.join(projects, 'acme.db.tmp-19-0a1b2c3d');
      const legacyFresh = path.join(projects, 'acme.sql.tmp-20-0a1b2c3d');
      for (const f of [dead, deadIndex, alive, otherHostFresh, otherHostOld, legacyOld, legacyFresh]) writeFileSync(f, 'half a save');
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const f of [otherHostOld, legacyOld]) utimesSync(f, hourAgo, hourAgo);

      const again = await openWorkspace(ws.root);
      assert.ok(existsSync(dead), 'opening to read removes nothing');
      await again.writeProject('acme', () => undefined);
      again.close();
      const left = (f: string) => existsSync(f);
      assert.deepEqual(
        { dead: left(dead), deadIndex: left(deadIndex), alive: left(alive), otherHostFresh: left(otherHostFresh), otherHostOld: left(otherHostOld), legacyOld: left(legacyOld), legacyFresh: left(legacyFresh) },
        { dead: false, deadIndex: false, alive: true, otherHostFresh: true, otherHostOld: false, legacyOld: false, legacyFresh: true },
      );
    } finally {
      live.kill();
    }
  });
});
