// The operations and query services over a real orchestrator run: the flow, approvals and
// scheduling move a project through the stages, and the views show what the subsystems made.
import assert from 'node:assert/strict';
import { runOperation, type Outcome } from '../../../src/orchestrator/operations';
import type { Decision } from '../../../src/orchestrator/domain/decisions';
import type { Subsystem } from '../../../src/orchestrator/subsystems/types';
import {
  getCreativesForProject,
  getExecutionTimeline,
  getKaizenInsights,
  getProjectContext,
  getProjectPmDashboard,
  getProjectsPipeline,
  getProjectUnifiedView,
  type Result,
  type ServiceEnv,
} from '../../../src/orchestrator/services';
import { subsystems, SUBSYSTEM_NAMES } from '../../../src/orchestrator/subsystems';
import { fixture, intake, value, type Fixture } from './fixtures';

// The operations a front end calls, their outcome's value as the result.
const valueOf = <T>(r: Result<Outcome<T>>): Result<T> => (r.ok ? { ok: true, value: r.value.value } : r);
const runProjectFlow = async (env: ServiceEnv, project: string, options: { subsystems?: readonly Subsystem[] } = {}) => valueOf(await runOperation(env, 'flow.run', { project }, options));
const retryFailedSubsystems = async (env: ServiceEnv, project: string) => valueOf(await runOperation(env, 'flow.retry', { project }));
const decideProjectStrategy = async (env: ServiceEnv, project: string, input: { decision: Decision }) => valueOf(await runOperation(env, 'strategy.decide', { project, ...input }));
const decideProjectCreatives = async (env: ServiceEnv, selection: { all: true; project: string }, input: { decision: Decision }) => valueOf(await runOperation(env, 'creatives.decide', { ...selection, ...input }));
const scheduleCreatives = async (env: ServiceEnv, ids: string[], date: string) => valueOf(await runOperation(env, 'creatives.schedule', { ids, date }));
const completeProjectTask = async (env: ServiceEnv, id: string, hours: number) => valueOf(await runOperation(env, 'task.complete', { id, hours }));
const setGlobalPause = async (env: ServiceEnv, on: boolean) => valueOf(await runOperation(env, 'pause.set', { on }));

describe('operations and services over a real flow run', function () {
  this.timeout(60_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  const stageOf = async (id: string) => {
    const p = value(await getProjectsPipeline(f.env));
    for (const c of p.columns) for (const x of c.projects) if (x.id === id) return { stage: x.stage, blockers: x.blockers.map((b) => b.code) };
    throw new Error('not listed');
  };

  it('moves a project STRATEGY → CREATIVE → EXECUTION through run, approve, re-run, approve and schedule', async () => {
    const p = await f.store.createProject(intake());
    const first = value(await runProjectFlow(f.env, p.id));
    const creativesRun = first.subsystems.find((s) => s.name === 'creatives')!;
    assert.equal(creativesRun.status, 'waiting');
    assert.deepEqual(await stageOf(p.id), { stage: 'STRATEGY', blockers: ['strategy-in-review'] });
    assert.equal(value(await getProjectContext(f.env, p.id)).strategy?.status, 'in_review');

    // A reject without a reason is refused as a value, and changes nothing.
    const noReason = await decideProjectStrategy(f.env, p.id, { decision: 'reject' });
    assert.equal(noReason.ok, false);
    if (!noReason.ok) assert.match(noReason.error.message, /needs a reason/);

    value(await decideProjectStrategy(f.env, p.id, { decision: 'approve' }));
    assert.deepEqual(await stageOf(p.id), { stage: 'CREATIVE', blockers: ['creatives-missing'] });
    value(await runProjectFlow(f.env, p.id));
    const creatives = value(await getCreativesForProject(f.env, p.id));
    assert.ok(creatives.creatives.length > 0, 'creatives made from the approved strategy');
    assert.deepEqual(creatives.creatives.map((c) => c.rank), creatives.creatives.map((_, i) => i + 1), 'ranked 1..n');
    let s = await stageOf(p.id);
    assert.equal(s.stage, 'CREATIVE');
    assert.ok(s.blockers.includes('creatives-awaiting'));

    const approved = value(await decideProjectCreatives(f.env, { all: true, project: p.id }, { decision: 'approve' }));
    assert.equal(approved.creatives.length, creatives.creatives.length);
    s = await stageOf(p.id);
    assert.deepEqual(s, { stage: 'CREATIVE', blockers: ['creatives-not-scheduled'] });

    const ids = creatives.creatives.slice(0, 2).map((c) => c.id);
    const bad = await scheduleCreatives(f.env, [...ids, 'c_NOPE'], '2026-03-10');
    assert.equal(bad.ok, false);
    assert.equal(value(await getCreativesForProject(f.env, p.id)).counts.scheduled, 0, 'nothing scheduled when one id is bad');
    value(await scheduleCreatives(f.env, ids, '2026-03-10'));
    s = await stageOf(p.id);
    assert.equal(s.stage, 'EXECUTION');
    assert.deepEqual(s.blockers, ['no-results']);

    // The unified view: all eight subsystems made an artifact; the media plan's allocations.
    const u = value(await getProjectUnifiedView(f.env, p.id));
    assert.deepEqual(Object.keys(u.artifacts), [...SUBSYSTEM_NAMES]);
    for (const name of SUBSYSTEM_NAMES) assert.notEqual(u.artifacts[name]!.status, 'missing', name);
    const allocations = (u.artifacts.media!.content as { allocations: Array<{ channel: string; amount: number; share: number; rationale: string }> }).allocations;
    assert.ok(allocations.length > 0);
    for (const a of allocations) {
      assert.equal(typeof a.channel, 'string');
      assert.equal(typeof a.amount, 'number');
      assert.equal(typeof a.share, 'number');
      assert.ok(a.rationale.length > 0);
    }
    assert.equal(Math.round(allocations.reduce((t, a) => t + a.amount, 0) * 100), p.budgetMinor, 'the split sums to the budget');

    // The PM dashboard from the real plan; completing a task shows up live and on the timeline.
    const pm = value(await getProjectPmDashboard(f.env, p.id));
    assert.ok(pm.tasks.length > 0);
    assert.ok(pm.criticalPath.length > 0);
    assert.ok(pm.criticalPath.every((id) => pm.tasks.some((t) => t.id === id)), 'the critical path names stored tasks');
    assert.ok(pm.capacity.length > 0);
    for (const t of pm.tasks) assert.deepEqual(Object.keys(t).slice(0, 2), ['id', 'title']);
    const task = pm.tasks[0]!;
    value(await completeProjectTask(f.env, task.id, 3));
    assert.equal(value(await getProjectPmDashboard(f.env, p.id)).tasks.find((t) => t.id === task.id)!.status, 'done');

    const t = value(await getExecutionTimeline(f.env, p.id));
    const kinds = t.entries.map((e) => e.kind);
    for (const k of ['run', 'approval', 'task'] as const) assert.ok(kinds.includes(k), k);
    assert.ok(t.entries.filter((e) => e.kind === 'run').every((e) => e.actor === 'Dana'), 'who started each run');
    const times = t.entries.map((e) => Date.parse(e.at));
    assert.deepEqual(times, [...times].sort((a, b) => a - b), 'oldest first');

    const insights = value(await getKaizenInsights(f.env, { project: p.id }));
    assert.equal(insights.kinds.length, 4);
  });

  it('refuses a run while the global pause is on, as an error value', async () => {
    const p = await f.store.createProject(intake());
    value(await setGlobalPause(f.env, true));
    const r = await runProjectFlow(f.env, p.id);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'paused');
    assert.equal((await stageOf(p.id)).blockers.includes('paused'), true);
    value(await setGlobalPause(f.env, false));
    assert.equal(value(await runProjectFlow(f.env, p.id)).subsystems.length, SUBSYSTEM_NAMES.length);
  });

  it('shows a failed subsystem as a badge and blocker until a retry succeeds', async () => {
    const p = await f.store.createProject(intake());
    const broken = subsystems.map((s) => (s.name === 'media' ? { ...s, run: () => Promise.reject(new Error('media tables missing')) } : s));
    const run = value(await runProjectFlow(f.env, p.id, { subsystems: broken }));
    assert.equal(run.subsystems.find((s) => s.name === 'media')!.status, 'failed');
    assert.equal(run.subsystems.find((s) => s.name === 'brand')!.status, 'completed', 'independent subsystems still ran');
    const row = value(await getProjectsPipeline(f.env)).columns.flatMap((c) => c.projects).find((x) => x.id === p.id)!;
    assert.ok(row.badges.includes('failed run'));
    assert.ok(row.blockers.some((b) => b.message === 'The last run of media failed; retry it.'));
    const u = value(await getProjectUnifiedView(f.env, p.id));
    assert.equal(u.artifacts.media!.status, 'missing');
    assert.match(u.artifacts.media!.lastError ?? '', /media tables missing/);
    assert.ok(value(await getExecutionTimeline(f.env, p.id)).entries.some((e) => e.kind === 'failure' && /media tables missing/.test(e.title)));

    value(await retryFailedSubsystems(f.env, p.id));
    const after = value(await getProjectsPipeline(f.env)).columns.flatMap((c) => c.projects).find((x) => x.id === p.id)!;
    assert.deepEqual(after.badges, []);
    const nothing = await retryFailedSubsystems(f.env, p.id);
    assert.equal(nothing.ok, false, 'nothing left to retry is said, not faked');
  });
});
