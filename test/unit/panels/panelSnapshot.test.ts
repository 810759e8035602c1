// Panel snapshots built from the real services on a real workspace (sql.js files in a temp
// folder): every panel's snapshot passes its own protocol schema, and panel commands go through
// the core's actions (strategy approval, bulk creative approval, pause, task completion, import).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { PANEL_IDS, PANEL_SNAPSHOTS, type PanelId } from '../../../src/protocol';
import { buildPanelSnapshot, exportPanelReport, importPanelCsv, runPanelAction } from '../../../src/extension/panels/snapshots';
import { runProjectFlow } from '../../../src/orchestrator/services';
import { HOSTILE_NAME } from '../../webviews/fixtures';
import { fixture, intake, value, type Fixture } from '../services/fixtures';

const SAMPLE = path.resolve(__dirname, '../../../src/cli/demo/data/google-ads-campaign-daily.csv');

function valid(panel: PanelId, snapshot: unknown): void {
  const r = v.safeParse(PANEL_SNAPSHOTS[panel].params, snapshot);
  assert.ok(r.success, `${panel} snapshot does not match its schema: ${JSON.stringify(r.issues?.slice(0, 3).map((i) => [i.path?.map((p) => p.key).join('.'), i.message]))}`);
}

describe('panel snapshots from the services', function () {
  this.timeout(120_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  it('gives every panel a schema-valid snapshot with no projects, and project panels no data', async () => {
    for (const panel of PANEL_IDS) {
      const s = await buildPanelSnapshot(f.env, panel);
      valid(panel, s);
      assert.equal(s.error, null, `${panel}: ${s.error}`);
      assert.deepEqual(s.projects, []);
      if (['warroom', 'gallery', 'pm', 'analytics', 'portal', 'trends', 'unified'].includes(panel)) assert.equal(s.data, null, panel);
    }
  });

  it('follows a project through run, War Room approval, Gallery bulk approval, import, PM and the pause switch', async () => {
    const p = await f.store.createProject(intake({ name: HOSTILE_NAME, currency: 'USD' }));
    value(await runProjectFlow(f.env, p.id));
    for (const panel of PANEL_IDS) {
      const s = await buildPanelSnapshot(f.env, panel, { project: p.slug });
      valid(panel, s);
      assert.equal(s.error, null, `${panel}: ${s.error}`);
    }
    // The hostile name travels as data (the panels render it as text).
    const pipeline = await buildPanelSnapshot(f.env, 'pipeline');
    assert.equal(pipeline.projects[0]?.name, HOSTILE_NAME);

    // War Room: the strategy waits for approval; deciding on an older version is refused.
    const war = (await buildPanelSnapshot(f.env, 'warroom', { project: p.slug })).data as { versions: { version: number; status: string }[] };
    assert.equal(war.versions.at(-1)?.status, 'in_review');
    const command = (await buildPanelSnapshot(f.env, 'command')).data as { items: { kind: string; panel: string }[] };
    assert.ok(command.items.some((i) => i.kind === 'approval' && i.panel === 'warroom'), 'the Command panel lists the strategy approval');
    const stale = await runPanelAction(f.env, { method: 'warroom/approveStrategy', params: { project: p.slug, version: 99, by: 'Dana' } });
    assert.equal(stale.ok, false);
    const approved = await runPanelAction(f.env, { method: 'warroom/approveStrategy', params: { project: p.slug, version: war.versions.at(-1)!.version, by: 'Dana' } });
    assert.ok(approved.ok && /^Approved strategy v1/.test(approved.value), JSON.stringify(approved));

    // Gallery: a second run makes creatives; approve them all at once.
    value(await runProjectFlow(f.env, p.id));
    const gallery = (await buildPanelSnapshot(f.env, 'gallery', { project: p.slug })).data as { creatives: { id: string; status: string; channel: string }[]; formats: { channel: string }[] };
    assert.ok(gallery.creatives.length > 0);
    for (const c of gallery.creatives) assert.ok(gallery.formats.some((l) => l.channel === c.channel), `the format of ${c.channel}`);
    const ids = gallery.creatives.map((c) => c.id);
    const bulk = await runPanelAction(f.env, { method: 'gallery/approveCreatives', params: { project: p.slug, ids, by: 'Dana' } });
    assert.ok(bulk.ok && bulk.value === `Approved ${ids.length} creatives.`, JSON.stringify(bulk));
    const after = (await buildPanelSnapshot(f.env, 'gallery', { project: p.slug })).data as { counts: { approved: number; awaiting: number } };
    assert.equal(after.counts.awaiting, 0);

    // Analytics: the sample Google Ads export; the spend total is the file's.
    const imported = await importPanelCsv(f.env, p.slug, 'google-ads', SAMPLE);
    assert.ok(imported.ok, JSON.stringify(imported));
    const analytics = (await buildPanelSnapshot(f.env, 'analytics', { project: p.slug })).data as { totals: { spend: number }; rows: number };
    assert.equal(analytics.totals.spend, 54253.68);
    assert.equal(analytics.rows, 63);
    const tower = (await buildPanelSnapshot(f.env, 'controltower')).data as { freshness: { source: string; lastImport: string | null }[] };
    assert.ok(tower.freshness.some((x) => x.source === 'Google Ads' && x.lastImport !== null), JSON.stringify(tower.freshness));

    // PM: complete a task; an unsupported status change is refused as a sentence.
    const pm = (await buildPanelSnapshot(f.env, 'pm', { project: p.slug })).data as { tasks: { id: string; status: string }[]; progress: { done: number } };
    const task = pm.tasks.find((t) => t.status !== 'done')!;
    const done = await runPanelAction(f.env, { method: 'pm/completeTask', params: { project: p.slug, id: task.id, hours: 3 } });
    assert.ok(done.ok, JSON.stringify(done));
    assert.equal(((await buildPanelSnapshot(f.env, 'pm', { project: p.slug })).data as typeof pm).progress.done, pm.progress.done + 1);
    const status = await runPanelAction(f.env, { method: 'pm/updateTaskStatus', params: { project: p.slug, id: task.id, status: 'blocked' } });
    assert.equal(status.ok, false);

    // Control Tower: pause refuses a run from the Unified View; resume lets it run.
    assert.ok((await runPanelAction(f.env, { method: 'controltower/setPaused', params: { on: true } })).ok);
    assert.equal(((await buildPanelSnapshot(f.env, 'controltower')).data as { paused: boolean }).paused, true);
    const refused = await runPanelAction(f.env, { method: 'unified/runSubsystem', params: { project: p.slug, name: 'brand' } });
    assert.equal(refused.ok, false);
    assert.ok((await runPanelAction(f.env, { method: 'controltower/setPaused', params: { on: false } })).ok);
    const rerun = await runPanelAction(f.env, { method: 'unified/runSubsystem', params: { project: p.slug, name: 'brand' } });
    assert.ok(rerun.ok, JSON.stringify(rerun));

    // Portal: requests per target with history; the review pack is written.
    const portal = (await buildPanelSnapshot(f.env, 'portal', { project: p.slug })).data as { requests: { target: { kind: string }; history: unknown[] }[] };
    assert.equal(portal.requests.filter((r) => r.target.kind === 'strategy').length, 1);
    assert.equal(portal.requests.filter((r) => r.target.kind === 'creative').length, ids.length);
    const pack = await exportPanelReport(f.env, p.slug, 'html');
    assert.ok(pack.ok && existsSync(pack.value.path), JSON.stringify(pack));

    // Kaizen: events newest first, each with a one-line summary.
    const kaizen = (await buildPanelSnapshot(f.env, 'kaizen')).data as { events: { ts: string; summary: string }[] };
    assert.ok(kaizen.events.length > 5);
    assert.ok(kaizen.events[0]!.ts >= kaizen.events.at(-1)!.ts);
    assert.ok(kaizen.events.every((e) => e.summary.trim() !== ''));
    for (const panel of PANEL_IDS) valid(panel, await buildPanelSnapshot(f.env, panel, { project: p.slug }));
  });

  it('reports an unknown project as one sentence instead of data', async () => {
    await f.store.createProject(intake());
    const s = await buildPanelSnapshot(f.env, 'gallery', { project: 'nope' });
    assert.equal(s.data, null);
    assert.match(s.error ?? '', /no project "nope"/);
  });
});
