import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EventLog } from '../../../src/orchestrator/events';
import { importMetricsFile } from '../../../src/orchestrator/imports';
import {
  getCreativesForProject,
  getExecutionTimeline,
  getProjectAnalyticsDashboard,
  getProjectContext,
  getProjectPmDashboard,
  getProjectUnifiedView,
  getProjectsPipeline,
  listProjectLeads,
  openAicmoWorkspace,
  serviceEnv,
} from '../../../src/orchestrator/services';
import { SUBSYSTEM_NAMES } from '../../../src/orchestrator/subsystems/types';
import { runOperation } from '../../../src/orchestrator/operations';
import { addCreatives, addStrategy, fixture, intake, value, type Fixture } from './fixtures';

describe('project views (context, creatives, unified, PM, timeline, report)', function () {
  this.timeout(30_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  it('return errors as values naming the project, never an empty success', async () => {
    for (const r of [
      await getProjectContext(f.env, 'nope'),
      await getCreativesForProject(f.env, 'nope'),
      await getProjectUnifiedView(f.env, 'nope'),
      await getProjectPmDashboard(f.env, 'nope'),
      await getExecutionTimeline(f.env, 'nope'),
      await listProjectLeads(f.env, 'nope'),
      await runOperation(f.env, 'report.export', { project: 'nope' }),
    ]) {
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.error.code, 'not-found');
        assert.match(r.error.message, /"nope"/);
      }
    }
    const bad = await runOperation(f.env, 'leads.import', { project: 'nope', file: path.join(f.root, 'missing.csv') });
    assert.equal(bad.ok, false);
    assert.equal(value(await getProjectsPipeline(f.env)).totals.projects, 0);
  });

  it('context gives the intake, the current strategy and the approval trail', async () => {
    const p = await f.store.createProject(intake());
    await f.store.writeProject(p.id, (tx) => {
      addStrategy(tx, 'in_review');
      tx.approvals.record({ targetKind: 'strategy', targetId: 'strategy', action: 'request_changes', actor: { name: 'Client Kim', kind: 'client' }, comment: 'Name the espresso blend', at: '2026-03-02T10:00:00.000Z' });
    });
    const c = value(await getProjectContext(f.env, p.slug));
    assert.equal(c.project.goal, 'Sell 5,000 bags of the new espresso blend');
    assert.equal(c.stage, 'STRATEGY');
    assert.equal(c.strategy?.version, 1);
    assert.equal(c.strategy?.status, 'in_review');
    assert.deepEqual(c.approvals.map((a) => [a.actor.name, a.action, a.comment]), [['Client Kim', 'request_changes', 'Name the espresso blend']]);
    assert.deepEqual(c.blockers.map((b) => b.code), ['strategy-in-review']);
  });

  it('creatives come ranked with their counts', async () => {
    const p = await f.store.createProject(intake());
    await f.store.writeProject(p.id, (tx) => {
      addStrategy(tx, 'approved');
      addCreatives(tx, ['approved', 'in_review', 'rejected', 'scheduled']);
    });
    const r = value(await getCreativesForProject(f.env, p.id));
    assert.deepEqual(r.creatives.map((c) => [c.rank, c.angle, c.status, c.rankReason]), [
      [1, 'angle-1', 'approved', 'rank 1'],
      [2, 'angle-2', 'in_review', 'rank 2'],
      [3, 'angle-3', 'rejected', 'rank 3'],
      [4, 'angle-4', 'scheduled', 'rank 4'],
    ]);
    assert.deepEqual(r.counts, { total: 4, awaiting: 1, approved: 1, scheduled: 1, rejected: 1 });
  });

  it('the unified view names all eight subsystems: latest version, status, insights, and a failed last attempt', async () => {
    const p = await f.store.createProject(intake());
    await f.store.writeProject(p.id, (tx) => {
      addStrategy(tx, 'approved');
      tx.artifacts.insert({
        kind: 'media',
        status: 'draft',
        content: { allocations: [{ channel: 'search', amount: 25000, share: 1, rationale: 'all in search' }] },
        insights: [{ id: 'channel-performance:search', sentence: 'Search converted best in past projects.' }],
      });
      tx.artifacts.insert({ kind: 'media', status: 'draft', content: null, error: 'caps leave no channel' });
      tx.artifacts.insert({ kind: 'brand', status: 'stale', content: { voice: [] }, statusNote: 'built on strategy v1, replaced by v2', skipKaizen: true });
    });
    const u = value(await getProjectUnifiedView(f.env, p.id));
    assert.deepEqual(Object.keys(u.artifacts), [...SUBSYSTEM_NAMES]);
    assert.equal(u.artifacts.strategy!.status, 'approved');
    assert.equal(u.artifacts.media!.version, 1);
    assert.deepEqual((u.artifacts.media!.content as { allocations: unknown[] }).allocations, [{ channel: 'search', amount: 25000, share: 1, rationale: 'all in search' }]);
    assert.deepEqual(u.artifacts.media!.insights.map((i) => i.id), ['channel-performance:search']);
    assert.equal(u.artifacts.media!.lastError, 'caps leave no channel');
    assert.equal(u.artifacts.brand!.status, 'stale');
    assert.equal(u.artifacts.brand!.skipKaizen, true);
    assert.equal(u.artifacts.brand!.statusNote, 'built on strategy v1, replaced by v2');
    assert.equal(u.artifacts.pm!.status, 'missing');
    assert.equal(u.artifacts.pm!.version, null);
  });

  it('the PM dashboard has the documented shape: live task status with the plan’s critical path and capacity', async () => {
    const p = await f.store.createProject(intake());
    const none = value(await getProjectPmDashboard(f.env, p.id));
    assert.deepEqual([none.tasks, none.criticalPath, none.capacity, none.plan], [[], [], [], null]);
    assert.match(none.notes[0]!, /No project plan yet/);

    await f.store.writeProject(p.id, (tx) => {
      const capacity = [{ role: 'strategist', members: ['Dana'], weeklyHours: 20, demandHours: 10, availableHours: 260, peakWeekHours: 8, overAllocated: false, note: 'fits' }];
      tx.artifacts.insert({
        kind: 'pm',
        status: 'draft',
        content: { tasks: [], criticalPath: ['t-review', 't-launch'], criticalPathDays: 3, capacity, schedule: { start: '2026-03-02', end: '2026-05-31', finish: '2026-03-05', fitsWindow: true }, warnings: [], kaizen: { mode: 'no-evidence', note: '' } },
      });
      tx.tasks.upsertPlan([
        { id: 't-review', phase: 'strategy', title: 'Strategy review', role: 'strategist', estimatedHours: 4, start: '2026-03-02', due: '2026-03-02' },
        { id: 't-copy', phase: 'creative', title: 'Write copy', role: 'copywriter', estimatedHours: 6, start: '2026-03-03', due: '2026-03-04', dependsOn: ['t-review'] },
        { id: 't-launch', phase: 'launch', title: 'Launch', role: 'strategist', estimatedHours: 2, start: '2026-03-05', due: '2026-03-05', dependsOn: ['t-review'] },
      ]);
      tx.tasks.complete('t-review', 5, '2026-03-02T17:00:00.000Z');
    });
    const d = value(await getProjectPmDashboard(f.env, p.id));
    assert.deepEqual(
      d.tasks.map(({ id, title, role, estimatedHours, start, due, dependsOn, status }) => ({ id, title, role, estimatedHours, start, due, dependsOn, status })),
      [
        { id: 't-review', title: 'Strategy review', role: 'strategist', estimatedHours: 4, start: '2026-03-02', due: '2026-03-02', dependsOn: [], status: 'done' },
        { id: 't-copy', title: 'Write copy', role: 'copywriter', estimatedHours: 6, start: '2026-03-03', due: '2026-03-04', dependsOn: ['t-review'], status: 'todo' },
        { id: 't-launch', title: 'Launch', role: 'strategist', estimatedHours: 2, start: '2026-03-05', due: '2026-03-05', dependsOn: ['t-review'], status: 'todo' },
      ],
    );
    assert.deepEqual(d.criticalPath, ['t-review', 't-launch']);
    assert.deepEqual(d.tasks.filter((t) => t.onCriticalPath).map((t) => t.id), ['t-review', 't-launch']);
    assert.equal(d.capacity[0]!.role, 'strategist');
    assert.deepEqual(d.progress, { total: 3, done: 1, estimatedHours: 12, actualHours: 5 });
  });

  it('the timeline merges rows and events in time order: runs, failures, approvals, imports, tasks, leads, outreach', async () => {
    const p = await f.store.createProject(intake());
    // Events written at pinned times, between the rows below.
    const events = new EventLog(path.join(f.root, '.aicmo'), { now: () => new Date('2026-03-03T08:00:00.000Z') });
    await events.append({ type: 'artifact.stale', project: p.id, actor: 'aicmo', data: { kind: 'brand', version: 1 } });
    await f.store.writeProject(p.id, (tx) => {
      tx.runs.start({ id: 'r_1', startedAt: '2026-03-01T09:00:00.000Z', skipKaizen: false });
      tx.artifacts.insert({ kind: 'media', status: 'draft', content: null, error: 'no channels', runId: 'r_1', createdAt: '2026-03-01T09:00:01.000Z' });
      tx.runs.finish('r_1', 'partial', '2026-03-01T09:00:02.000Z', 'media failed');
      tx.approvals.record({ targetKind: 'strategy', targetId: 'strategy', action: 'approve', actor: { name: 'Dana', kind: 'internal' }, at: '2026-03-02T10:00:00.000Z' });
      tx.imports.record({ fileName: 'ads.csv', sha256: 'x', format: 'google-ads', platform: null, currency: null, rowsTotal: 10, rowsImported: 10, rowsReplaced: 0, rowsRejected: 0, importedAt: '2026-03-04T12:00:00.000Z', actor: 'Dana' });
      tx.tasks.upsertPlan([{ id: 't-a', phase: 'p', title: 'Brief', estimatedHours: 2, start: '2026-03-02' }]);
      tx.tasks.complete('t-a', 3, '2026-03-05T16:00:00.000Z');
    });
    // Later writes at a pinned time too: a store whose event log has that clock.
    const pinned = () => new Date('2026-03-06T09:00:00.000Z');
    f.store.close();
    f.store = await openAicmoWorkspace(f.root, { now: pinned });
    f.env = serviceEnv(f.store, 'Dana', { now: pinned });
    value(await runOperation(f.env, 'leads.import', { project: p.id, file: f.file('leads.csv', 'name,email\nAda,ada@x.test\n') }));
    value(await runOperation(f.env, 'outreach.log', { lead: 'ada@x.test', channel: 'email', status: 'sent', at: '2026-03-07T10:00:00Z' }));

    const t = value(await getExecutionTimeline(f.env, p.id));
    assert.deepEqual(
      t.entries.map((e) => [e.at, e.kind, e.title]),
      [
        ['2026-03-01T09:00:00.000Z', 'run', 'Run started'],
        ['2026-03-01T09:00:01.000Z', 'failure', 'Media plan failed: no channels'],
        ['2026-03-01T09:00:02.000Z', 'run', 'Run done in part: media failed'],
        ['2026-03-02T10:00:00.000Z', 'approval', 'Strategy approved'],
        ['2026-03-03T08:00:00.000Z', 'artifact', 'Brand guide v1 marked stale'],
        ['2026-03-04T12:00:00.000Z', 'import', 'Imported ads.csv (Google Ads): 10 rows'],
        ['2026-03-05T16:00:00.000Z', 'task', 'Task done: Brief (3 h of 2 h estimated)'],
        ['2026-03-06T09:00:00.000Z', 'leads', 'Leads imported from leads.csv: 1 new, 0 merged'],
        ['2026-03-07T10:00:00.000Z', 'outreach', 'Outreach step 1 to Ada by email: sent'],
      ],
    );
    const last2 = value(await getExecutionTimeline(f.env, p.id, { limit: 2 }));
    assert.deepEqual(last2.entries.map((e) => e.kind), ['leads', 'outreach']);
  });

  it('the analytics dashboard wraps the imported results; arriving metrics move an approved project to EXECUTION', async () => {
    const p = await f.store.createProject(intake({ currency: 'USD' }));
    await f.store.writeProject(p.id, (tx) => {
      addStrategy(tx, 'approved');
      addCreatives(tx, ['in_review']);
    });
    const empty = value(await getProjectAnalyticsDashboard(f.env, p.id));
    assert.equal(empty.rows, 0);
    assert.equal(empty.kpis.cpa, null, 'no data, not zero');
    await importMetricsFile(f.store, p.id, path.join(__dirname, '../../../src/orchestrator/demo/data/google-ads-campaign-daily.csv'), { actor: 'Dana' });
    const d = value(await getProjectAnalyticsDashboard(f.env, p.id, { by: 'channel' }));
    assert.equal(d.rows, 63);
    assert.ok((d.totals.spend ?? 0) > 0);
    const bad = await getProjectAnalyticsDashboard(f.env, p.id, { from: '2026-13-01' });
    assert.equal(bad.ok, false);
    const row = value(await getProjectsPipeline(f.env)).columns.flatMap((c) => c.projects).find((x) => x.id === p.id)!;
    assert.equal(row.stage, 'EXECUTION');
    assert.equal(row.metricRows, 63);
    assert.ok(value(await getExecutionTimeline(f.env, p.id)).entries.some((e) => e.kind === 'import' && e.title.startsWith('Imported google-ads-campaign-daily.csv')));
  });

  it('exports the client review pack as self-contained HTML or Markdown with user text escaped', async () => {
    const p = await f.store.createProject(intake({ name: 'Spring <script>alert(1)</script> launch', client: 'Acme & Sons' }));
    const missing = await runOperation(f.env, 'report.export', { project: p.id });
    assert.equal(missing.ok, false);
    if (!missing.ok) assert.match(missing.error.message, /has no strategy yet/);

    const strategy = {
      executiveSummary: 'Win <b>spring</b> with [a link](javascript:alert(1)).',
      objectives: [{ label: 'Conversions', target: 5000, formula: 'conversions' }],
      pillars: [{ name: 'Taste', description: 'Lead with flavour' }],
      timeline: [{ phase: 'Launch', start: '2026-03-01', end: '2026-03-31' }],
      risks: [{ risk: 'Stock-outs', mitigation: 'Cap daily spend' }],
    };
    await f.store.writeProject(p.id, (tx) => {
      tx.artifacts.insert({ kind: 'strategy', status: 'in_review', content: strategy });
      addCreatives(tx, ['in_review', 'approved']);
    });
    const html = value(await runOperation(f.env, 'report.export', { project: p.id, format: 'html' })).value;
    assert.equal(html.file, path.join(f.root, '.aicmo', 'reports', `${p.slug}-review-v1.html`));
    const text = readFileSync(html.file, 'utf8');
    assert.ok(!text.includes('<script>'), 'no live script tag from user text');
    assert.ok(text.includes('Spring &lt;script&gt;alert(1)&lt;/script&gt; launch'));
    assert.ok(text.includes('Win &lt;b&gt;spring&lt;/b&gt;'));
    assert.ok(!/(src|href)=["']?(https?:)?\/\//.test(text), 'nothing loaded from elsewhere');
    assert.equal(html.creativesAwaiting, 1);

    const out = path.join(f.root, 'exports', 'pack.md');
    const md = value(await runOperation(f.env, 'report.export', { project: p.id, format: 'md', out })).value;
    assert.equal(md.file, out);
    const mdText = readFileSync(out, 'utf8');
    assert.ok(mdText.includes('\\[a link\\]\\(javascript:alert\\(1\\)\\)'), 'markdown links from user text are escaped');
    assert.ok(mdText.includes('Warm feet, wet trails'));

    const wrong = await runOperation(f.env, 'report.export', { project: p.id, format: 'pdf' });
    assert.equal(wrong.ok, false);
    assert.ok(!existsSync(path.join(f.root, '.aicmo', 'reports', `${p.slug}-review-v1.pdf`)));
  });
});
