// A strategist's work (project adds, imports, runs, decisions) killed with SIGKILL at random
// moments: after each kill, every write that reached the files has its learning event exactly
// once in the log, Kaizen counts it, and no run of the dead process stays `running`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LearningEvent } from '../../../src/orchestrator/events';
import { deriveInsights } from '../../../src/orchestrator/kaizen/insights';
import { openAicmoWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { tempWorkspace } from './helpers';

const LOOP = path.join(__dirname, 'fixtures', 'opsLoop.ts');

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The loop's steps, in order: a kill soon after one lands in the next (after "completed": the next add). */
const STEPS = ['created', 'imported', 'ran', 'approved', 'ran-again', 'rejected', 'decided', 'completed'] as const;

function startLoop(root: string, prefix: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', LOOP, root, prefix, '1000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let out = '';
  const waiting: Array<{ step: string; resolve: () => void }> = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiting]) if (out.split('\n').some((l) => l.startsWith(`${w.step} `))) w.resolve();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => (waiting.forEach((w) => w.resolve()), resolve())));
  /** Resolves once the loop printed `step` (or exited). */
  const printed = (step: string) => new Promise<void>((resolve) => waiting.push({ step, resolve }));
  /** The step the loop had done last when it was killed. */
  const lastDone = () => out.trim().split('\n').at(-1)?.split(' ')[0] ?? 'none';
  return { child, printed, exited, stderr: () => stderr, lastDone };
}

/** Event ids of every parsable line on disk, duplicates included. */
function rawIds(root: string): string[] {
  const dir = path.join(root, '.aicmo', 'events');
  const ids: string[] = [];
  for (const f of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      try {
        ids.push((JSON.parse(line) as LearningEvent).id);
      } catch {
        /* a torn line left by the kill: readers skip and report it */
      }
    }
  }
  return ids;
}

/** Asserts that the data on disk and the event log tell the same story; returns how many writes it saw. */
async function assertEventsMatchData(root: string, where: string): Promise<number> {
  const store = await openAicmoWorkspace(root, { lockTimeoutMs: 10_000 });
  try {
    const events: LearningEvent[] = [];
    for await (const e of store.events.query()) events.push(e);
    const ids = rawIds(root);
    assert.equal(new Set(ids).size, ids.length, `${where}: an event id appears twice in the log`);
    const of = (project: string, type: string, pick: (e: LearningEvent) => boolean = () => true) => events.filter((e) => e.project === project && e.type === type && pick(e)).length;
    const projects = (await store.listProjects()).filter((p) => !p.flags.unreadable);
    let writes = 0;
    let creativeDecisions = 0;
    for (const summary of projects) {
      const data = await store.readProject(summary.id, (tx) => ({
        imports: tx.imports.list().length,
        runs: tx.runs.list(),
        approvals: tx.approvals.list(),
        tasksDone: tx.tasks.list().filter((t) => t.status === 'done').length,
      }));
      const p = `${where}, ${summary.slug}`;
      const count = (kind: string, action: string) => data.approvals.filter((a) => a.target.kind === kind && a.action === action).length;
      assert.equal(of(summary.id, 'project.created'), 1, `${p}: project.created`);
      assert.equal(of(summary.id, 'metrics.imported'), data.imports, `${p}: metrics.imported per import`);
      for (const r of data.runs) {
        const byRun = (e: LearningEvent) => e.data.runId === r.id;
        assert.notEqual(r.status, 'running', `${p}: run ${r.id} of the killed process is still running`);
        assert.equal(of(summary.id, 'flow.started', byRun), 1, `${p}: flow.started of ${r.id}`);
        assert.equal(of(summary.id, 'flow.completed', byRun), r.status === 'interrupted' ? 0 : 1, `${p}: flow.completed of ${r.id} (${r.status})`);
        assert.equal(of(summary.id, 'flow.interrupted', byRun), r.status === 'interrupted' ? 1 : 0, `${p}: flow.interrupted of ${r.id} (${r.status})`);
      }
      assert.equal(of(summary.id, 'strategy.approved'), count('strategy', 'approve'), `${p}: strategy.approved per approval`);
      assert.equal(of(summary.id, 'creative.approved'), count('creative', 'approve'), `${p}: creative.approved per approval`);
      assert.equal(of(summary.id, 'creative.rejected'), count('creative', 'reject'), `${p}: creative.rejected per rejection`);
      // A task is done by task.complete, or ticked by a decision (task.status_changed to done, in the decision's write).
      const doneIds = new Set(events.filter((e) => e.project === summary.id && (e.type === 'task.completed' || (e.type === 'task.status_changed' && e.data.to === 'done'))).map((e) => String(e.data.taskId)));
      assert.equal(doneIds.size, data.tasksDone, `${p}: every done task has its task.completed or ticked status change`);
      assert.equal(of(summary.id, 'task.completed'), new Set(events.filter((e) => e.project === summary.id && e.type === 'task.completed').map((e) => String(e.data.taskId))).size, `${p}: task.completed once per task`);
      creativeDecisions += count('creative', 'approve') + count('creative', 'reject');
      writes += 1 + data.imports + data.runs.length + data.approvals.length + data.tasksDone;
    }
    const known = new Set(projects.map((p) => p.id));
    assert.deepEqual(events.filter((e) => e.project !== null && !known.has(e.project)).map((e) => e.type), [], `${where}: events of projects that are not on disk`);
    const kaizen = await deriveInsights(store);
    const counted = kaizen.insights.filter((i) => i.kind === 'angle-approval').reduce((t, i) => t + i.evidence.count, 0);
    assert.equal(counted, creativeDecisions, `${where}: Kaizen counts every creative decision on disk`);
    return writes;
  } finally {
    store.close();
  }
}

describe('workspace store: learning events survive a crash', function () {
  this.timeout(600_000);
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => (ws = tempWorkspace()));
  afterEach(() => ws.cleanup());

  it('after 16 SIGKILLs during adds, imports, runs, decisions and tasks, each write on disk has its event exactly once', async () => {
    const seed = Number(process.env.AICMO_CRASH_SEED ?? Date.now() % 100000);
    const random = lcg(seed);
    (await openAicmoWorkspace(ws.root, { create: true })).close();
    let writes = 0;
    const killedAfter = new Map<string, number>();
    for (let round = 0; round < 16; round++) {
      // Each step in turn, then a random moment in the operation that follows it.
      const loop = startLoop(ws.root, String(round));
      await loop.printed(STEPS[(round + (seed % STEPS.length)) % STEPS.length]!);
      await new Promise((r) => setTimeout(r, Math.floor(random() * 120)));
      loop.child.kill('SIGKILL');
      await loop.exited;
      assert.equal(loop.stderr(), '', `seed ${seed}, round ${round}: the loop failed before the kill`);
      killedAfter.set(loop.lastDone(), (killedAfter.get(loop.lastDone()) ?? 0) + 1);
      writes = await assertEventsMatchData(ws.root, `seed ${seed}, round ${round} (killed after "${loop.lastDone()}")`);
    }
    // AICMO_CRASH_REPORT=1 prints where the kills landed (the step each loop had done last).
    if (process.env.AICMO_CRASH_REPORT) console.log(JSON.stringify({ seed, writes, killedAfter: Object.fromEntries(killedAfter) }));
    assert.ok(writes >= 100, `the loops got some work done (${writes} writes)`);
  });
});
