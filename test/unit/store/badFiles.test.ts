import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import { loadSqlJs } from '../../../src/orchestrator/store/sqlJs';
import { openAicmoWorkspace as openWorkspace, repairAicmoWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { approval, markers, intake, tempWorkspace } from './helpers';

async function withNewerVersion(file: string): Promise<void> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(file));
  db.run('PRAGMA user_version = 99');
  writeFileSync(file, db.export());
  db.close();
}

function expectCode(code: string, file: RegExp) {
  return (e: unknown) => {
    assert.ok(isAicmoError(e), String(e));
    assert.equal(e.code, code, e.message);
    assert.match(e.message, file);
    assert.equal(e.message.split(/(?<=\.)\s+(?=[A-Z])/).length <= 2, true, `short message: ${e.message}`);
    return true;
  };
}

describe('workspace store: unreadable and newer files', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let projectDb: string;
  let indexDb: string;
  let projectId: string;
  beforeEach(async () => {
    ws = tempWorkspace();
    const store = await openWorkspace(ws.root);
    const p = await store.createProject(intake({ name: 'Acme' }));
    await store.createProject(intake({ name: 'Bravo' }));
    await store.writeProject(p.id, (tx) => tx.approvals.record(approval('ap1')));
    store.close();
    projectId = p.id;
    projectDb = path.join(ws.root, '.aicmo/projects/acme.db');
    indexDb = path.join(ws.root, '.aicmo/aicmo.db');
  });
  afterEach(() => ws.cleanup());

  const damages: [string, (file: string) => Promise<void> | void, string][] = [
    ['garbage bytes', (f) => writeFileSync(f, Buffer.from('this is not a database at all, just some text '.repeat(200))), 'unreadable-file'],
    ['a truncated file', (f) => truncateSync(f, Math.floor(readFileSync(f).length / 2) + 100), 'unreadable-file'],
    ['a newer schema version', withNewerVersion, 'newer-schema'],
  ];

  for (const [what, damage, code] of damages) {
    it(`refuses an index with ${what}, naming it, and leaves its bytes alone`, async () => {
      await damage(indexDb);
      const bytes = readFileSync(indexDb);
      await assert.rejects(openWorkspace(ws.root), expectCode(code, /\.aicmo\/aicmo\.db/));
      assert.deepEqual(readFileSync(indexDb), bytes);
    });

    it(`refuses a project file with ${what}, naming it, keeps the others working, and leaves its bytes alone`, async () => {
      await damage(projectDb);
      const bytes = readFileSync(projectDb);
      const store = await openWorkspace(ws.root);
      await assert.rejects(store.getProject(projectId), expectCode(code, /\.aicmo\/projects\/acme\.db/));
      await assert.rejects(store.writeProject('acme', (tx) => tx.approvals.record(approval('ap2'))), expectCode(code, /acme\.db/));
      const list = await store.listProjects();
      assert.equal(list.length, 2);
      assert.match(String(list.find((r) => r.slug === 'acme')!.flags.unreadable), /acme\.db/);
      assert.equal((await store.getProject('bravo')).name, 'Bravo');
      await store.updateProject('bravo', { goal: 'Grow' });
      store.close();
      assert.deepEqual(readFileSync(projectDb), bytes);
    });
  }

  it('repair moves unreadable files aside and rebuilds them and the index from the dumps', async () => {
    writeFileSync(projectDb, Buffer.from('garbage'.repeat(500)));
    truncateSync(indexDb, 1000);
    const badProject = readFileSync(projectDb);
    const badIndex = readFileSync(indexDb);
    const report = await repairAicmoWorkspace(ws.root, 'Dana');
    assert.equal(report.movedAside.length, 2);
    assert.deepEqual(report.rebuilt, ['.aicmo/projects/acme.db']);
    assert.equal(report.projects, 2);
    assert.deepEqual(report.unrecovered, []);
    // The bad files are kept, byte for byte, under new names.
    for (const m of report.movedAside) {
      assert.match(m.movedTo, /\.corrupt-\d{4}-/);
      const kept = readFileSync(path.join(ws.root, m.movedTo));
      assert.deepEqual(kept, m.file.endsWith('acme.db') ? badProject : badIndex);
    }
    const store = await openWorkspace(ws.root);
    assert.deepEqual((await store.listProjects()).map((r) => r.slug), ['acme', 'bravo']);
    assert.deepEqual(await store.readProject('acme', (tx) => markers(tx).map((m) => [m])), [['ap1']]);
    const repaired: unknown[] = [];
    for await (const e of store.events.query({ type: 'workspace.repaired' })) repaired.push(e);
    assert.equal(repaired.length, 1, 'the repair is recorded once, by who ran it');
    assert.equal((repaired[0] as { actor: string }).actor, 'Dana');
    store.close();
  });

  it('repair leaves newer-schema files untouched and says so', async () => {
    await withNewerVersion(projectDb);
    const bytes = readFileSync(projectDb);
    const report = await repairAicmoWorkspace(ws.root, 'Dana');
    assert.equal(report.newerSchema.length, 1);
    assert.match(report.newerSchema[0]!.message, /schema version 99/);
    assert.deepEqual(report.movedAside, []);
    assert.deepEqual(readFileSync(projectDb), bytes);
    assert.ok(!readdirSync(path.dirname(projectDb)).some((f) => f.includes('corrupt')));
  });

  it('repair keeps a bad .db with no dump in place and reports it', async () => {
    writeFileSync(projectDb, Buffer.from('garbage'.repeat(500)));
    const sql = path.join(ws.root, '.aicmo/projects/acme.sql');
    writeFileSync(sql + '.bak', readFileSync(sql));
    (await import('node:fs')).unlinkSync(sql);
    const report = await repairAicmoWorkspace(ws.root, 'Dana');
    assert.equal(report.unrecovered.length, 1);
    assert.match(report.unrecovered[0]!.message, /no dump/);
    assert.ok(existsSync(projectDb));
  });
});
