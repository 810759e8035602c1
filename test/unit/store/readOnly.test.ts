// A read-only store (Restricted Mode: an untrusted workspace) over a fresh clone — dumps and the
// event log only, as git brings them: it lists and reads everything (rebuilding in memory), takes
// no lock, writes nothing (no .db, no index, no temp file, no outbox append, no recovery) and
// refuses every write with the Restricted Mode sentence.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { runFlow } from '../../../src/orchestrator/flow';
import { deriveInsights } from '../../../src/orchestrator/kaizen/insights';
import { runOperation } from '../../../src/orchestrator/operations';
import { getProjectsPipeline, getProjectUnifiedView, serviceEnv } from '../../../src/orchestrator/services';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { value } from '../operations/helpers';
import { approval, intake, tempWorkspace } from './helpers';

/** Every entry under `dir` (folders too) with its bytes, to compare "nothing changed, nothing added". */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      const rel = path.relative(dir, full);
      if (lstatSync(full).isDirectory()) {
        out.set(`${rel}/`, '');
        walk(full);
      } else out.set(rel, readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

const SENTENCE = /^This action changes campaign files, so this workspace must be trusted first \(AICMO is read-only in Restricted Mode\)\.$/;
/** An operation says what it would have done, in the words the extension uses. */
const OPERATION_SENTENCE = /^[A-Z][a-z]+ing [a-z ]+ changes campaign files, so this workspace must be trusted first \(AICMO is read-only in Restricted Mode\)\.$/;

async function refusesEveryWrite(store: WorkspaceStore, slug: string): Promise<void> {
  const refused = (e: unknown) => {
    assert.equal((e as { code?: string }).code, 'untrusted');
    assert.match((e as Error).message, SENTENCE);
    return true;
  };
  await assert.rejects(store.writeProject(slug, (tx) => tx.approvals.record(approval('x'))), refused);
  await assert.rejects(store.createProject(intake({ name: 'New' })), refused);
  await assert.rejects(store.updateProject(slug, { goal: 'Other' }), refused);
  await assert.rejects(store.writeWorkspace((tx) => tx.settings.set('tone', 'x')), refused);
  await assert.rejects(store.setSetting('tone', 'x'), refused);
  await assert.rejects(store.recordEvents([{ type: 'demo.created', actor: 'Dana' }]), refused);
  await assert.rejects(store.reindex(), refused);
  const env = serviceEnv(store, 'Dana');
  for (const [name, input] of [
    ['project.update', { project: slug, edit: { kpiTargets: { cpa: 3 } } }],
    ['strategy.decide', { project: slug, decision: 'approve' }],
    ['pause.set', { on: true }],
    ['flow.run', { project: slug }],
    ['demo.create', {}],
  ] as const) {
    const r = await runOperation(env, name, input as never);
    assert.equal(r.ok, false, name);
    if (!r.ok) {
      assert.equal(r.error.code, 'untrusted', `${name}: ${r.error.message}`);
      assert.match(r.error.message, OPERATION_SENTENCE);
    }
  }
}

describe('workspace store: read-only (Restricted Mode)', function () {
  this.timeout(60_000);
  let ws: ReturnType<typeof tempWorkspace>;
  let slugs: string[];
  beforeEach(async () => {
    ws = tempWorkspace();
    const store = await openWorkspace(ws.root, { create: true });
    const a = unwrapCreate(await value(store, 'project.create', { intake: intake({ name: 'Acme' }) }));
    const b = unwrapCreate(await value(store, 'project.create', { intake: intake({ name: 'Bravo' }) }));
    await runFlow(store, a, { actor: 'ci' });
    await value(store, 'strategy.decide', { project: a, decision: 'approve' });
    await value(store, 'pause.set', { on: true });
    await store.writeWorkspace((tx) => tx.team.put({ id: 'm1', name: 'Dana', role: 'strategist', weeklyHours: 32 }));
    store.close();
    slugs = [a, b];
  });
  afterEach(() => ws.cleanup());

  const unwrapCreate = (p: { slug: string }) => p.slug;

  /** A fresh clone: the working copies (.db, aicmo.db) are not in git. */
  function freshClone(): void {
    for (const f of readdirSync(path.join(ws.root, '.aicmo', 'projects'))) if (f.endsWith('.db')) rmSync(path.join(ws.root, '.aicmo', 'projects', f));
    rmSync(path.join(ws.root, '.aicmo', 'aicmo.db'));
  }

  it('over a fresh clone: lists and reads everything, and leaves the folder byte-identical', async () => {
    freshClone();
    const before = tree(ws.root);
    const store = await openWorkspace(ws.root, { readOnly: true });
    const rows = await store.listProjects();
    assert.deepEqual(rows.map((r) => [r.slug, r.stage]), [['acme', 'CREATIVE'], ['bravo', 'STRATEGY']]);
    for (const slug of slugs) {
      const p = await store.getProject(slug);
      assert.equal(p.slug, slug);
      await store.readProject(slug, (tx) => [tx.artifacts.latestByKind(), tx.runs.list(), tx.approvals.list(), tx.tasks.list(), tx.creatives.list()]);
    }
    assert.equal((await store.readProject('acme', (tx) => tx.artifacts.latest('strategy')))?.status, 'approved');
    assert.equal(await store.getSetting('paused'), 'on');
    assert.deepEqual(await store.readWorkspace((tx) => tx.team.list().map((m) => m.name)), ['Dana']);
    const env = serviceEnv(store, 'Dana');
    assert.equal((await getProjectsPipeline(env)).ok, true);
    assert.equal((await getProjectUnifiedView(env, 'acme')).ok, true);
    await deriveInsights(store, { project: 'acme' });
    let events = 0;
    for await (const _ of store.events.query()) events++;
    assert.ok(events > 10);
    await refusesEveryWrite(store, 'acme');
    store.close();
    assert.deepEqual(tree(ws.root), before, 'nothing under the folder changed or appeared');
  });

  it('takes no lock and leaves a dead writer\'s lock, its unlogged events and its running run as they are', async () => {
    const store0 = await openWorkspace(ws.root);
    await store0.writeProject('bravo', (tx) => tx.runs.start({ id: 'r_orphan', startedAt: new Date(Date.now() - 7_200_000).toISOString(), skipKaizen: false }));
    store0.close();
    const dump = path.join(ws.root, '.aicmo', 'projects', 'bravo.sql');
    writeFileSync(dump, readFileSync(dump, 'utf8').replace(`,'${hostname()}');`, ",'elsewhere');"));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(path.join(ws.root, '.aicmo', '.lock'), JSON.stringify({ pid: dead, host: hostname(), time: new Date().toISOString(), token: 'dead' }));
    const before = tree(ws.root);
    const store = await openWorkspace(ws.root, { readOnly: true, lockTimeoutMs: 100 });
    assert.equal((await store.readProject('bravo', (tx) => tx.runs.list()))[0]?.status, 'running', 'not marked: that would be a write');
    assert.equal((await store.getProject('bravo')).slug, 'bravo', 'the dump edited behind its back is read (in memory)');
    store.close();
    assert.deepEqual(tree(ws.root), before);
    // A live writer holding the lock does not keep a read-only reader waiting.
    writeFileSync(path.join(ws.root, '.aicmo', '.lock'), JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), token: 'live' }));
    const reader = await openWorkspace(ws.root, { readOnly: true, lockTimeoutMs: 100 });
    assert.equal((await reader.listProjects()).length, 2);
    reader.close();
  });

  it('on a folder without .aicmo: sees no projects and creates nothing', async () => {
    const bare = tempWorkspace();
    try {
      const store = await openWorkspace(bare.root, { readOnly: true, create: true });
      assert.deepEqual(await store.listProjects(), []);
      await assert.rejects(store.createProject(intake()), (e: Error) => (assert.match(e.message, SENTENCE), true));
      store.close();
      assert.equal(existsSync(path.join(bare.root, '.aicmo')), false);
    } finally {
      bare.cleanup();
    }
  });
});
