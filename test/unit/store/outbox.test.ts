// The outbox: a write's events are committed with it and appended after the save; a writer that
// died between the two leaves its lock, and the next holder appends what the log lacks (never a
// second copy). Dumps that arrive through git bring their outbox along; runs of a dead process
// are marked interrupted on the next open.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { LearningEvent } from '../../../src/orchestrator/events';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { RECOVERY_FILE } from '../../../src/orchestrator/store/workspaceLock';
import { approval, intake, tempWorkspace } from './helpers';

/** Every parsable line of the log, duplicates included. */
function logLines(root: string): LearningEvent[] {
  const dir = path.join(root, '.aicmo', 'events');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) =>
    readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as LearningEvent),
  );
}

/** Drops the last line of the log, as if the writer died after its save and before appending. */
function dropLastLogLine(root: string): LearningEvent {
  const dir = path.join(root, '.aicmo', 'events');
  const file = path.join(dir, readdirSync(dir).sort().at(-1)!);
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  writeFileSync(file, lines.slice(0, -1).map((l) => `${l}\n`).join(''));
  return JSON.parse(lines.at(-1)!) as LearningEvent;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

/** The lock a writer on this host left when it was killed `agoMs` ago. */
function plantDeadLock(root: string, agoMs = 1000): void {
  writeFileSync(path.join(root, '.aicmo', '.lock'), JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date(Date.now() - agoMs).toISOString(), token: 'dead' }));
}

async function count(store: WorkspaceStore, type: string): Promise<number> {
  let n = 0;
  for await (const _ of store.events.query({ type })) n++;
  return n;
}

describe('workspace store: the outbox', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('a writer killed after its save but before appending: the next open appends the event, once', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (tx) => {
      tx.approvals.record(approval('a1'));
      tx.events.record({ type: 'strategy.approved', actor: 'Dana', data: { version: 1 } });
    });
    store.close();
    const lost = dropLastLogLine(ws.root);
    assert.equal(lost.type, 'strategy.approved');
    plantDeadLock(ws.root);

    const reopened = await openWorkspace(ws.root);
    assert.equal(await count(reopened, 'strategy.approved'), 1, 'appended by the next open');
    assert.equal(logLines(ws.root).filter((e) => e.id === lost.id).length, 1);
    assert.deepEqual(logLines(ws.root).at(-1), lost, 'the very line the write committed');
    assert.equal(existsSync(path.join(ws.root, '.aicmo', RECOVERY_FILE)), false, 'recovery done');
    reopened.close();
  });

  it('a writer killed after appending but before letting go of the lock: nothing is appended twice', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (tx) => tx.events.record({ type: 'task.completed', actor: 'Dana', data: { taskId: 't1' } }));
    await store.setSetting('paused', 'on');
    store.close();
    const before = logLines(ws.root).length;
    plantDeadLock(ws.root);
    const reopened = await openWorkspace(ws.root);
    await reopened.writeProject(p.id, (tx) => tx.approvals.record(approval('a2')));
    assert.equal(logLines(ws.root).length, before, 'no line appended again');
    reopened.close();
  });

  it('an append that fails after the save is made by the next lock holder, before a write replaces it', async () => {
    const now = () => new Date('2026-11-05T10:00:00.000Z');
    const store = await openWorkspace(ws.root, { create: true, now });
    const p = await store.createProject(intake(), (tx) => tx.events.record({ type: 'project.created', actor: 'Dana' }));
    const month = path.join(ws.root, '.aicmo', 'events', '2026-11.jsonl');
    const kept = readFileSync(month);
    rmSync(month);
    mkdirSync(month); // the month file cannot be appended to
    await assert.rejects(store.writeProject(p.id, (tx) => tx.events.record({ type: 'task.completed', actor: 'Dana', data: { taskId: 't1' } })), /EISDIR/);
    assert.equal(existsSync(path.join(ws.root, '.aicmo', RECOVERY_FILE)), true, 'the next holder is told');
    rmSync(month, { recursive: true });
    writeFileSync(month, kept);
    await store.writeProject(p.id, (tx) => tx.events.record({ type: 'task.completed', actor: 'Dana', data: { taskId: 't2' } }));
    assert.deepEqual(logLines(ws.root).filter((e) => e.type === 'task.completed').map((e) => e.data.taskId), ['t1', 't2']);
    store.close();
  });

  it('a workspace event (settings) killed before its append is recovered from the index outbox', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    await store.writeWorkspace((tx) => {
      tx.settings.set('paused', 'on');
      tx.events.record({ type: 'settings.changed', actor: 'Dana', data: { key: 'paused', value: 'on' } });
    });
    store.close();
    assert.match(readFileSync(path.join(ws.root, '.aicmo', 'workspace.sql'), 'utf8'), /INSERT INTO "outbox"/, 'committed in workspace.sql');
    const lost = dropLastLogLine(ws.root);
    plantDeadLock(ws.root);
    // A writer of another project takes the lock over first: it recovers before its own write.
    const other = await openWorkspace(ws.root);
    assert.equal(logLines(ws.root).filter((e) => e.id === lost.id).length, 1);
    assert.equal(await count(other, 'settings.changed'), 1);
    other.close();
  });

  it('a fresh clone (dumps and the log from git) appends nothing its log already has, and what it lacks once', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    const p = await store.createProject(intake());
    await store.writeProject(p.id, (tx) => tx.events.record({ type: 'creative.approved', actor: 'Dana', data: { angle: 'a', channel: 'meta' } }));
    await store.setSetting('paused', 'on');
    store.close();
    const clone = () => {
      for (const f of readdirSync(path.join(ws.root, '.aicmo', 'projects'))) if (f.endsWith('.db')) rmSync(path.join(ws.root, '.aicmo', 'projects', f));
      rmSync(path.join(ws.root, '.aicmo', 'aicmo.db'));
    };
    clone();
    const lines = logLines(ws.root).length;
    const a = await openWorkspace(ws.root);
    await a.listProjects();
    await a.getProject(p.id);
    assert.equal(logLines(ws.root).length, lines, 'the log already had every outbox event');
    a.close();

    // The other clone committed the dump but the log line of its last write did not come along.
    clone();
    const missing = dropLastLogLine(ws.root); // the creative decision (the last event)
    const b = await openWorkspace(ws.root);
    await b.getProject(p.id);
    assert.equal(logLines(ws.root).filter((e) => e.id === missing.id).length, 1, 'appended once from the dump');
    b.close();
  });

  it('marks a run whose process is gone interrupted on the next open, with one flow.interrupted event', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    const p = await store.createProject(intake());
    store.close();
    // A process starts a run and dies without finishing it.
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'startRun.ts'), ws.root, p.slug], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const runId = child.stdout.trim();

    const reopened = await openWorkspace(ws.root);
    const [run] = await reopened.readProject(p.id, (tx) => tx.runs.list());
    assert.deepEqual([run!.id, run!.status, run!.pid, run!.host], [runId, 'interrupted', child.pid, hostname()]);
    assert.match(run!.error ?? '', new RegExp(`the process running it \\(pid ${child.pid}\\) is gone`));
    assert.equal(await count(reopened, 'flow.interrupted'), 1);
    reopened.close();
    (await openWorkspace(ws.root)).close();
    const again = await openWorkspace(ws.root);
    assert.equal(await count(again, 'flow.interrupted'), 1, 'marked once');
    assert.equal((await again.listProjects())[0]!.flags.running, 0);
    again.close();
  });

  it('leaves a live run alone; a run of another host is interrupted only when older than an hour', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    const p = await store.createProject(intake());
    const now = Date.now();
    await store.writeProject(p.id, (tx) => {
      tx.runs.start({ id: 'r_live', startedAt: new Date(now).toISOString(), skipKaizen: false }); // this process: alive
      tx.runs.start({ id: 'r_recent', startedAt: new Date(now - 10 * 60_000).toISOString(), skipKaizen: false });
      tx.runs.start({ id: 'r_old', startedAt: new Date(now - 2 * 3_600_000).toISOString(), skipKaizen: false });
    });
    store.close();
    // The two others come from another machine (as a dump committed mid-run would bring them).
    const dump = path.join(ws.root, '.aicmo', 'projects', `${p.slug}.sql`);
    const text = readFileSync(dump, 'utf8').split('\n').map((l) => (/^INSERT INTO "runs" VALUES\('r_(recent|old)'/.test(l) ? l.replace(`,'${hostname()}');`, ",'elsewhere');") : l));
    writeFileSync(dump, text.join('\n'));
    rmSync(path.join(ws.root, '.aicmo', 'projects', `${p.slug}.db`));

    const reopened = await openWorkspace(ws.root);
    const runs = await reopened.readProject(p.id, (tx) => Object.fromEntries(tx.runs.list().map((r) => [r.id, r.status])));
    assert.deepEqual(runs, { r_live: 'running', r_recent: 'running', r_old: 'interrupted' });
    reopened.close();
  });

  it('a project that became unreadable while a run was in flight does not stop the open', async () => {
    const store = await openWorkspace(ws.root, { create: true });
    const p = await store.createProject(intake());
    await store.createProject(intake({ name: 'Other' }));
    store.close();
    spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'startRun.ts'), ws.root, p.slug], { encoding: 'utf8' });
    writeFileSync(path.join(ws.root, '.aicmo', 'projects', `${p.slug}.db`), 'garbage'.repeat(100));
    const sql = path.join(ws.root, '.aicmo', 'projects', `${p.slug}.sql`);
    writeFileSync(sql, `${readFileSync(sql, 'utf8')}not a dump line\n`);
    const reopened = await openWorkspace(ws.root);
    const rows = await reopened.listProjects();
    assert.deepEqual(rows.map((r) => [r.slug, Boolean(r.flags.unreadable)]), [[p.slug, true], ['other', false]]);
    reopened.close();
  });
});
