// Panels over the real core (sql.js files in a temp folder): every panel's snapshot passes its
// own protocol schema, and panel commands and requests run as the operations their descriptors
// map them to (strategy approval with its version, bulk creative approval, import in the format
// chosen, task completion and status, pause, report export), each answered with the core's sentence.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { PANEL_IDS, PANEL_SNAPSHOTS, type PanelId } from '../../../src/protocol';
import { buildPanelSnapshot } from '../../../src/extension/panels/descriptors/buildPanelSnapshot';
import { runOperation } from '../../../src/orchestrator/operations';
import { HOSTILE_NAME } from '../../webviews/fixtures';
import { fixture, intake, value, type Fixture } from '../services/fixtures';
import { coreSession } from './coreSession';

const SAMPLE = path.resolve(__dirname, '../../../src/orchestrator/demo/data/google-ads-campaign-daily.csv');

function valid(panel: PanelId, snapshot: unknown): void {
  const r = v.safeParse(PANEL_SNAPSHOTS[panel].params, snapshot);
  assert.ok(r.success, `${panel} snapshot does not match its schema: ${JSON.stringify(r.issues?.slice(0, 3).map((i) => [i.path?.map((p) => p.key).join('.'), i.message]))}`);
}

const command = (method: string, params: unknown) => ({ type: 'command', method, params });

describe('panels over the real core', function () {
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
    value(await runOperation(f.env, 'flow.run', { project: p.id }));
    for (const panel of PANEL_IDS) {
      const s = await buildPanelSnapshot(f.env, panel, { project: p.slug });
      valid(panel, s);
      assert.equal(s.error, null, `${panel}: ${s.error}`);
    }
    // The hostile name travels as data (the panels render it as text).
    const pipeline = await buildPanelSnapshot(f.env, 'pipeline');
    assert.equal(pipeline.projects[0]?.name, HOSTILE_NAME);

    // War Room: the strategy waits for approval; deciding on another version than the current one is refused.
    const war = await coreSession(f.env, 'warroom', p.slug);
    const versions = war.data<{ versions: { version: number; status: string }[] }>().versions;
    assert.equal(versions.at(-1)?.status, 'in_review');
    const cmd = (await buildPanelSnapshot(f.env, 'command')).data as { items: { kind: string; panel: string }[] };
    assert.ok(cmd.items.some((i) => i.kind === 'approval' && i.panel === 'warroom'), 'the Command panel lists the strategy approval');
    await war.send(command('warroom/approveStrategy', { project: p.slug, version: 99, by: 'Dana' }));
    assert.deepEqual(war.notices().at(-1), { level: 'error', message: 'Strategy v99 is no longer the current one (v1 is); review v1 before deciding (nothing was changed).' });
    await war.send(command('warroom/approveStrategy', { project: p.slug, version: versions.at(-1)!.version, by: 'Dana' }));
    assert.match(war.notices().at(-1)?.message ?? '', /^Approved strategy v1 of "<img src=x onerror=alert\(1\)>"; the project is now in Creative\./);
    assert.equal(war.data<{ versions: { status: string }[] }>().versions.at(-1)?.status, 'approved', 'a fresh snapshot follows the notice');

    // Gallery: a second run makes creatives; approve them all at once.
    value(await runOperation(f.env, 'flow.run', { project: p.id }));
    const gallery = await coreSession(f.env, 'gallery', p.slug);
    const shown = gallery.data<{ creatives: { id: string; status: string; channel: string }[]; formats: { channel: string }[] }>();
    assert.ok(shown.creatives.length > 0);
    for (const c of shown.creatives) assert.ok(shown.formats.some((l) => l.channel === c.channel), `the format of ${c.channel}`);
    const ids = shown.creatives.map((c) => c.id);
    await gallery.send(command('gallery/approveCreatives', { project: p.slug, ids, by: 'Dana', confirm: true }));
    const decided = gallery.notices().at(-1)!;
    assert.equal(decided.level, 'info');
    const held = Number(/; (\d+) needs? fixing/.exec(decided.message)?.[1] ?? 0);
    assert.match(decided.message, new RegExp(`^${ids.length - held} creatives? of ".*" approved`));
    assert.equal(gallery.data<{ counts: { awaiting: number } }>().counts.awaiting, held, 'only the ones over a hard limit still await a decision');
    assert.equal(decided.select?.length, held, 'the notice selects exactly the creatives that need fixing');

    // Analytics: the import uses the format the person chose: the Google Ads export is refused as
    // Meta Ads, imported as Google Ads (the spend total is the file's); no file chosen, nothing happens.
    const analytics = await coreSession(f.env, 'analytics', p.slug, [SAMPLE, SAMPLE]);
    await analytics.send({ type: 'request', id: 1, method: 'data/importCsv', params: { project: p.slug, kind: 'meta-ads' } });
    const wrong = analytics.response(1) as { ok: boolean; error?: string };
    assert.equal(wrong.ok, false, 'read as a Meta Ads export, the Google Ads file does not fit');
    assert.match(wrong.error ?? '', /google-ads-campaign-daily\.csv was not imported/);
    await analytics.send({ type: 'request', id: 2, method: 'data/importCsv', params: { project: p.slug, kind: 'google-ads' } });
    assert.deepEqual(analytics.response(2), { type: 'response', id: 2, method: 'data/importCsv', ok: true, value: { imported: true, message: "Imported 63 rows from google-ads-campaign-daily.csv (Google Ads, USD): 63 new, 0 replaced. The rows cover 1–21 October 2026. Warning: all 63 rows (1–21 October 2026) fall outside the project's dates (1 March – 31 May 2026); check that this export belongs to this campaign. Channels: Google Search 42 rows and Performance Max 21 rows." } });
    assert.deepEqual([analytics.data<{ totals: { spend: number } }>().totals.spend, analytics.data<{ rows: number }>().rows], [54253.68, 63]);
    await analytics.send({ type: 'request', id: 3, method: 'data/importCsv', params: { project: p.slug, kind: 'google-ads' } });
    assert.deepEqual((analytics.response(3) as { value: unknown }).value, { imported: false, message: 'No file was chosen; nothing was imported.' });
    await analytics.send(command('analytics/query', { project: p.slug, by: 'campaign', from: '2026-10-01', to: '2026-10-07' }));
    assert.equal(analytics.data<{ by: string }>().by, 'campaign', 'a query is answered with a new snapshot');
    await analytics.send(command('analytics/query', { project: p.slug, by: 'channel' }));
    assert.deepEqual(analytics.data<{ groups: { label?: string }[] }>().groups.map((g) => g.label).sort(), ['Google Search', 'Performance Max'], 'channels by name, not id');
    await analytics.send(command('analytics/query', { project: p.slug, by: 'week', from: '2026-10-01', to: '2026-10-07' }));
    assert.deepEqual(analytics.data<{ groups: { label?: string }[] }>().groups.map((g) => g.label), ['Week of 28 September 2026', 'Week of 5 October 2026']);
    const tower = (await buildPanelSnapshot(f.env, 'controltower')).data as { freshness: { source: string; lastImport: string | null }[] };
    assert.ok(tower.freshness.some((x) => x.source === 'Google Ads' && x.lastImport !== null), JSON.stringify(tower.freshness));

    // PM: the status select works (in progress, blocked); done goes through Complete with hours.
    const pm = await coreSession(f.env, 'pm', p.slug);
    const task = pm.data<{ tasks: { id: string; title: string; status: string }[] }>().tasks.find((t) => t.status !== 'done')!;
    await pm.send(command('pm/updateTaskStatus', { project: p.slug, id: task.id, status: 'blocked' }));
    assert.deepEqual(pm.notices().at(-1), { level: 'info', message: `Task "${task.title}" of "${HOSTILE_NAME}" is now blocked.` });
    assert.equal(pm.data<{ tasks: { id: string; status: string }[] }>().tasks.find((t) => t.id === task.id)?.status, 'blocked');
    await pm.send(command('pm/updateTaskStatus', { project: p.slug, id: task.id, status: 'done' }));
    assert.deepEqual(pm.notices().at(-1), { level: 'error', message: 'Mark a task done with "Complete" so its actual hours are recorded.' });
    const doneBefore = pm.data<{ progress: { done: number } }>().progress.done;
    await pm.send(command('pm/completeTask', { project: p.slug, id: task.id, hours: 3 }));
    assert.ok((pm.notices().at(-1)?.message ?? '').startsWith(`Completed "${task.title}" of "${HOSTILE_NAME}" with 3 h`));
    assert.equal(pm.data<{ progress: { done: number } }>().progress.done, doneBefore + 1);

    // Control Tower: pause refuses a run from the Unified View; resume lets it run.
    const ct = await coreSession(f.env, 'controltower', null);
    await ct.send(command('controltower/setPaused', { on: true }));
    assert.deepEqual(ct.notices().at(-1), { level: 'info', message: 'Paused all runs: new runs are refused until you resume them.' });
    assert.equal(ct.data<{ paused: boolean }>().paused, true);
    assert.equal(ct.data<{ timeline: { title: string }[] }>().timeline[0]?.title, 'All runs paused', 'the pause is the newest entry of the timeline');
    const unified = await coreSession(f.env, 'unified', p.slug);
    await unified.send(command('unified/runSubsystem', { project: p.slug, name: 'brand' }));
    // The refusal offers "Resume" as a button; taking it resumes runs from the Unified View itself.
    assert.deepEqual(unified.notices().at(-1), { level: 'error', message: 'All runs are paused in the Control Tower; resume them to run.', steps: ['Resume'] });
    await unified.send(command('webview/takeStep', { index: 0 }));
    assert.match(unified.notices().at(-1)?.message ?? '', /^Resumed/);
    await unified.send(command('webview/takeStep', { index: 5 }));
    assert.match(unified.notices().at(-1)?.message ?? '', /^Resumed/, 'a step that was not offered does nothing');
    await unified.send(command('unified/runSubsystem', { project: p.slug, name: 'brand' }));
    assert.match(unified.notices().at(-1)?.message ?? '', /^Ran Brand guide for ".*": completed \(v\d+\)\./);

    // Portal: requests per target with history; the review pack is written.
    const portal = await coreSession(f.env, 'portal', p.slug);
    const requests = portal.data<{ requests: { target: { kind: string } }[] }>().requests;
    assert.equal(requests.filter((r) => r.target.kind === 'strategy').length, 1);
    assert.equal(requests.filter((r) => r.target.kind === 'creative').length, ids.length);
    await portal.send({ type: 'request', id: 4, method: 'portal/exportReport', params: { project: p.slug, format: 'html' } });
    const pack = portal.response(4) as { ok: boolean; value: { exported: boolean; message: string; path: string } };
    assert.ok(pack.ok && pack.value.exported && existsSync(pack.value.path), JSON.stringify(pack));
    assert.match(pack.value.message, /^Exported the review pack of ".*" to \.aicmo\/reports\/.*-review-v\d+(-\d+)?\.html \(HTML, \d+ KB\)\.$/);

    // Kaizen: events newest first, each with a one-line summary.
    const kaizen = (await buildPanelSnapshot(f.env, 'kaizen')).data as { events: { ts: string; summary: string }[] };
    assert.ok(kaizen.events.length > 5);
    assert.ok(kaizen.events[0]!.ts >= kaizen.events.at(-1)!.ts);
    assert.ok(kaizen.events.every((e) => e.summary.trim() !== ''));
    for (const panel of PANEL_IDS) valid(panel, await buildPanelSnapshot(f.env, panel, { project: p.slug }));
  });

  it('lists in the Command Center the leads not contacted yet, until every lead has been', async () => {
    const p = await f.store.createProject(intake({ name: 'Northpeak Winter', currency: 'USD' }));
    const leads = (await buildPanelSnapshot(f.env, 'command')).data as { items: { kind: string; panel: string; title: string }[] };
    assert.deepEqual(leads.items.filter((i) => i.kind === 'new-leads'), [], 'no leads, no item');
    value(await runOperation(f.env, 'leads.import', { project: p.slug, file: f.file('leads.csv', 'name,email\nAda,ada@x.test\nGrace,grace@x.test\nLin,lin@x.test\n') }));
    const items = async () => {
      const s = await buildPanelSnapshot(f.env, 'command');
      valid('command', s);
      return (s.data as { items: { kind: string; panel: string; title: string }[] }).items.filter((i) => i.kind === 'new-leads').map((i) => `${i.panel}: ${i.title}`);
    };
    assert.deepEqual(await items(), ['pipeline: 3 leads of Northpeak Winter not contacted yet.']);
    value(await runOperation(f.env, 'outreach.log', { lead: 'ada@x.test', channel: 'email', status: 'sent' }));
    value(await runOperation(f.env, 'outreach.log', { lead: 'ada@x.test', channel: 'email', status: 'replied' }));
    assert.deepEqual(await items(), ['pipeline: 2 of 3 leads of Northpeak Winter not contacted yet.'], 'two attempts on one lead contact one lead');
    for (const lead of ['grace@x.test', 'lin@x.test']) value(await runOperation(f.env, 'outreach.log', { lead, channel: 'email', status: 'sent' }));
    assert.deepEqual(await items(), [], 'every lead contacted');
  });

  it('reports an unknown project as one sentence instead of data', async () => {
    await f.store.createProject(intake());
    const s = await buildPanelSnapshot(f.env, 'gallery', { project: 'nope' });
    assert.equal(s.data, null);
    assert.match(s.error ?? '', /no project "nope"/);
  });
});
