// A symlink committed into `.aicmo/` must never redirect a write out of the workspace, nor let a
// read follow it out: every write checks each path component from `.aicmo/` down with lstat and
// refuses a symlink with one sentence naming it; reads refuse a file that resolves outside.
// Real symlinks in temp workspaces; every target outside stays byte-identical.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EventLog } from '../../../src/orchestrator/events';
import { writeFileAtomic } from '../../../src/orchestrator/store/atomicFile';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { aicmo, ensureCliBuilt } from '../cli/runAicmo';
import { intake, snapshotFiles, tempWorkspace } from './helpers';

const BASHRC = '# ~/.bashrc of the user\nexport PATH=$PATH:~/bin\n';
const NOV = () => new Date('2026-11-05T10:00:00.000Z');

/** An assert.throws/rejects check that the error's message is exactly `text`. */
const message = (text: string) => (e: Error) => {
  assert.equal(e.message, text);
  return true;
};

describe('workspace files: symlinks never lead a write or a read out of .aicmo/', function () {
  this.timeout(120_000);
  let ws: ReturnType<typeof tempWorkspace>;
  let outside: string;
  let aicmoDir: string;
  beforeEach(async () => {
    ws = tempWorkspace();
    aicmoDir = path.join(ws.root, 'repo', '.aicmo');
    outside = path.join(ws.root, 'home');
    mkdirSync(outside);
    writeFileSync(path.join(outside, '.bashrc'), BASHRC);
    const store = await openWorkspace(path.join(ws.root, 'repo'), { create: true });
    await store.createProject(intake({ name: 'Acme' }));
    store.close();
  });
  afterEach(() => ws.cleanup());
  const repo = () => path.join(ws.root, 'repo');

  it('a committed events/YYYY-MM.jsonl symlink: the append is refused and its target is untouched; so is reading it', async () => {
    symlinkSync(path.join(outside, '.bashrc'), path.join(aicmoDir, 'events', '2026-11.jsonl'));
    const log = new EventLog(aicmoDir, { now: NOV });
    await assert.rejects(log.append({ type: 'project.updated', project: 'p_1', actor: 'dana', data: { note: 'rm -rf ~' } }), message('.aicmo/events/2026-11.jsonl is a symbolic link; AICMO never writes through one (replace it with a plain file).'));
    assert.equal(readFileSync(path.join(outside, '.bashrc'), 'utf8'), BASHRC);
    await assert.rejects(async () => {
      for await (const _e of log.query({})) void _e;
    }, /\.aicmo\/events\/2026-11\.jsonl is a symbolic link to a file outside \.aicmo\/; AICMO does not read through it/);
  });

  it('a symlinked events/ folder: the append is refused and nothing is created in its target', async () => {
    const target = path.join(outside, 'events');
    mkdirSync(target);
    const events = path.join(aicmoDir, 'events');
    rmSync(events, { recursive: true });
    symlinkSync(target, events);
    const log = new EventLog(aicmoDir, { now: NOV });
    await assert.rejects(log.append({ type: 'project.updated', project: 'p_1', actor: 'dana' }), message('.aicmo/events is a symbolic link; AICMO never writes through one (replace it with a plain folder).'));
    assert.deepEqual(readdirSync(target), []);
  });

  it('a symlinked projects/ folder: creating a project is refused and its target stays as it was', async () => {
    const target = path.join(outside, 'projects');
    mkdirSync(target);
    writeFileSync(path.join(target, 'notes.txt'), 'mine');
    const projects = path.join(aicmoDir, 'projects');
    renameSync(projects, path.join(ws.root, 'projects-moved'));
    symlinkSync(target, projects);
    const before = snapshotFiles(outside);
    const store = await openWorkspace(repo());
    await assert.rejects(store.createProject(intake({ name: 'Beta' })), message('.aicmo/projects is a symbolic link; AICMO never writes through one (replace it with a plain folder).'));
    store.close();
    assert.deepEqual(snapshotFiles(outside), before);
  });

  it('a project dump that is a symlink to a file outside: read refused (the project is flagged, the others list), write refused, target untouched', async () => {
    const store = await openWorkspace(repo());
    await store.createProject(intake({ name: 'Beta' }));
    store.close();
    const secret = path.join(outside, 'secret.sql');
    writeFileSync(secret, readFileSync(path.join(aicmoDir, 'projects', 'beta.sql')));
    const before = readFileSync(secret);
    unlinkSync(path.join(aicmoDir, 'projects', 'beta.sql'));
    unlinkSync(path.join(aicmoDir, 'projects', 'beta.db'));
    symlinkSync(secret, path.join(aicmoDir, 'projects', 'beta.sql'));

    const again = await openWorkspace(repo());
    const rows = await again.listProjects();
    assert.deepEqual(rows.map((r) => [r.slug, r.flags.unreadable === undefined]), [['acme', true], ['beta', false]]);
    assert.match(String(rows.find((r) => r.slug === 'beta')!.flags.unreadable), /^\.aicmo\/projects\/beta\.sql is a symbolic link to a file outside \.aicmo\/; AICMO does not read through it/);
    await assert.rejects(again.writeProject('beta', () => undefined), /beta\.sql is a symbolic link/);
    again.close();
    assert.deepEqual(readFileSync(secret), before);
    assert.equal(existsSync(path.join(aicmoDir, 'projects', 'beta.db')), false);
  });

  it('an atomic write over a symlinked file is refused and the link target is untouched', () => {
    const link = path.join(aicmoDir, 'reports', 'acme-review-v1.md');
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(outside, '.bashrc'), link);
    assert.throws(() => writeFileAtomic(link, 'report'), message('.aicmo/reports/acme-review-v1.md is a symbolic link; AICMO never writes through one (replace it with a plain file).'));
    assert.equal(readFileSync(path.join(outside, '.bashrc'), 'utf8'), BASHRC);
    assert.equal(readdirSync(path.dirname(link)).length, 1, 'no temp file left behind');
  });

  it('a symlinked .aicmo/ folder: the first write is refused', async () => {
    const other = path.join(ws.root, 'other');
    mkdirSync(other);
    const target = path.join(outside, 'aicmo');
    mkdirSync(target);
    symlinkSync(target, path.join(other, '.aicmo'));
    await assert.rejects(
      (async () => {
        const store = await openWorkspace(other, { create: true });
        try {
          await store.createProject(intake({ name: 'Gamma' }));
        } finally {
          store.close();
        }
      })(),
      message('.aicmo is a symbolic link; AICMO never writes through one (replace it with a plain folder).'),
    );
    assert.deepEqual(readdirSync(target), []);
  });

  it('aicmo report with a symlinked reports/ folder: refused with the sentence, nothing written outside', async () => {
    ensureCliBuilt();
    const run = (args: string[]) => aicmo(args, { cwd: repo(), env: { AICMO_ACTOR: 'dana' } });
    const flow = await run(['flow', 'run', 'acme', '--only', 'strategy']);
    assert.equal(flow.code, 0, flow.stderr);
    const target = path.join(outside, 'reports');
    mkdirSync(target);
    symlinkSync(target, path.join(aicmoDir, 'reports'));
    const r = await run(['report', 'acme']);
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.stderr.trim(), 'aicmo: .aicmo/reports is a symbolic link; AICMO never writes through one (replace it with a plain folder).');
    assert.deepEqual(readdirSync(target), []);
  });
});
