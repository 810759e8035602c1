// What a user meets after `git pull` with a conflict in a dump, produced by a real `git merge` in
// a temp repo: every read names the file and line ("Unresolved merge conflict in <file> line N"),
// the other projects keep working, and repair gets a conflicted workspace.sql going again (the
// conflicted file kept aside, workspace.sql rebuilt from this copy, what happened said).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openAicmoWorkspace as openWorkspace, repairAicmoWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { aicmo, ensureCliBuilt } from '../cli/runAicmo';
import { intake, tempWorkspace } from './helpers';

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Merges `theirs` into main, expecting a conflict; returns git's words. */
function conflictingMerge(root: string): string {
  try {
    git(root, 'merge', '--no-edit', 'theirs');
  } catch (e) {
    return String((e as { stdout?: string }).stdout);
  }
  throw new Error('the merge did not conflict');
}

/** 1-based line of the first conflict marker. */
const markerLine = (file: string): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('<<<<<<< ')) + 1;

describe('workspace store: a merge conflict in a dump (real git merge)', function () {
  this.timeout(60_000);
  let ws: ReturnType<typeof tempWorkspace>;
  let workspaceSql: string;
  before(() => ensureCliBuilt());
  beforeEach(async () => {
    ws = tempWorkspace();
    workspaceSql = path.join(ws.root, '.aicmo', 'workspace.sql');
    git(ws.root, 'init', '-q');
    const store = await openWorkspace(ws.root, { create: true });
    await store.createProject(intake({ name: 'Acme' }));
    await store.createProject(intake({ name: 'Bravo' }));
    await store.setSetting('tone', 'plain');
    store.close();
    git(ws.root, 'add', '-A');
    git(ws.root, 'commit', '-qm', 'base');
  });
  afterEach(() => ws.cleanup());

  /** Two branches change the same thing; `change` runs on each side with its own value. */
  async function conflictOn(change: (store: Awaited<ReturnType<typeof openWorkspace>>, value: string) => Promise<unknown>): Promise<string> {
    git(ws.root, 'checkout', '-qb', 'theirs');
    let store = await openWorkspace(ws.root);
    await change(store, 'theirs');
    store.close();
    git(ws.root, 'commit', '-qam', 'theirs');
    git(ws.root, 'checkout', '-q', 'main');
    store = await openWorkspace(ws.root);
    await change(store, 'ours');
    store.close();
    git(ws.root, 'commit', '-qam', 'ours');
    return conflictingMerge(ws.root);
  }

  it('workspace.sql: open and list name the file and line; repair keeps it aside and rebuilds it; the workspace works again', async () => {
    const said = await conflictOn((s, v) => s.setSetting('tone', v));
    assert.match(said, /CONFLICT \(content\): Merge conflict in \.aicmo\/workspace\.sql/);
    const line = markerLine(workspaceSql);
    assert.ok(line > 0);
    const conflicted = readFileSync(workspaceSql);
    const sentence = new RegExp(`^Unresolved merge conflict in \\.aicmo/workspace\\.sql line ${line}: resolve it .* or run "aicmo repair"`);

    await assert.rejects(openWorkspace(ws.root), (e: Error) => (assert.match(e.message, sentence), true));
    const list = await aicmo(['project', 'list'], { cwd: ws.root });
    assert.equal(list.code, 1);
    assert.match(list.stderr, new RegExp(`aicmo: Unresolved merge conflict in \\.aicmo/workspace\\.sql line ${line}:`));
    assert.deepEqual(readFileSync(workspaceSql), conflicted, 'reading changed nothing');

    const report = await repairAicmoWorkspace(ws.root, 'Dana');
    const moved = report.movedAside.find((m) => m.file === '.aicmo/workspace.sql');
    assert.ok(moved, JSON.stringify(report));
    assert.match(moved.movedTo, /^\.aicmo\/workspace\.sql\.conflict-\d{4}-/);
    assert.match(moved.reason, new RegExp(`Unresolved merge conflict in \\.aicmo/workspace\\.sql line ${line}`));
    assert.deepEqual(readFileSync(path.join(ws.root, moved.movedTo)), conflicted, 'the conflicted file is kept byte for byte');
    assert.ok(report.rebuilt.includes('.aicmo/workspace.sql'));
    assert.deepEqual(report.unrecovered, []);
    assert.equal(report.projects, 2);

    const store = await openWorkspace(ws.root);
    assert.equal(await store.getSetting('tone'), 'ours', "this copy's settings");
    assert.equal((await store.listProjects()).length, 2);
    store.close();
    assert.equal(markerLine(workspaceSql), 0, 'no conflict marker left');
    const text = await aicmo(['repair'], { cwd: ws.root });
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Nothing to repair/);
  });

  it('a project dump: its row says where the conflict is, the others still work, repair reports it', async () => {
    const said = await conflictOn((s, v) => s.updateProject('acme', { goal: `Goal of ${v}` }));
    const acmeSql = path.join(ws.root, '.aicmo', 'projects', 'acme.sql');
    assert.match(said, /Merge conflict in \.aicmo\/projects\/acme\.sql/);
    const line = markerLine(acmeSql);
    const sentence = `Unresolved merge conflict in .aicmo/projects/acme.sql line ${line}:`;

    const store = await openWorkspace(ws.root);
    await assert.rejects(store.getProject('acme'), (e: Error) => (assert.ok(e.message.startsWith(sentence), e.message), true));
    const rows = await store.listProjects();
    assert.ok(String(rows.find((r) => r.slug === 'acme')!.flags.unreadable).startsWith(sentence));
    assert.equal((await store.getProject('bravo')).name, 'Bravo');
    store.close();
    const show = await aicmo(['project', 'show', 'acme'], { cwd: ws.root });
    assert.equal(show.code, 1);
    assert.ok(show.stderr.includes(`aicmo: ${sentence}`), show.stderr);

    const report = await repairAicmoWorkspace(ws.root, 'Dana');
    assert.deepEqual(report.unrecovered.map((u) => u.file), ['.aicmo/projects/acme.sql']);
    assert.ok(report.unrecovered[0]!.message.startsWith(sentence));
    assert.ok(existsSync(acmeSql), 'left for the person to resolve');
  });
});
