// Importing into a real workspace (sql.js files in a temp folder) and reading the dashboard back.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DashboardQuery } from '../../../src/orchestrator/analytics';
import { getProjectAnalyticsDashboard, getProjectTrends, serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';
import { EventLog } from '../../../src/orchestrator/events';
import { importMetricsFile, importSummary, importTrendsFile } from '../../../src/orchestrator/imports';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import { FIXTURES, SAMPLE_DATA, expected } from './helpers';

/** The analytics dashboard through the service front ends use; a refusal is thrown. */
async function dashboard(store: WorkspaceStore, ref: string, query: DashboardQuery = {}) {
  return unwrap(await getProjectAnalyticsDashboard(serviceEnv(store, 'Dana'), ref, query));
}

function intake(overrides: Partial<ProjectIntake> = {}): ProjectIntake {
  return {
    name: 'Winter Launch',
    industry: 'Outdoor retail',
    goal: 'Sell winter boots',
    goalMetric: 'sales',
    audiences: ['Hikers'],
    budgetMinor: 10_000_000,
    currency: 'USD',
    startDate: '2026-10-01',
    endDate: '2026-10-31',
    constraints: [],
    mustInclude: [],
    doNotDo: [],
    kpiTargets: { conversions: 3000, cpa: 25, roas: 3 },
    ...overrides,
  };
}

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

async function rejection(p: Promise<unknown>): Promise<Error & { code: string; details?: unknown }> {
  try {
    await p;
  } catch (e) {
    if (isAicmoError(e)) return e as Error & { code: string };
    throw e;
  }
  assert.fail('expected the import to be rejected');
}

describe('imports: into a workspace', () => {
  let root: string;
  let store: WorkspaceStore;
  let events: EventLog;
  const data = (f: string) => path.join(SAMPLE_DATA, f);

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'aicmo-imports-'));
    store = await openWorkspace(root, { create: true });
    events = new EventLog(store.aicmoDir);
    await store.createProject(intake());
  });
  afterEach(() => {
    store.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('imports the Google Ads sample, records the import, writes the event, and re-importing replaces instead of doubling', async () => {
    const first = await importMetricsFile(store, 'winter-launch', data('google-ads-campaign-daily.csv'), { actor: 'Dana' });
    assert.deepEqual(
      { format: first.format, platform: first.platform, currency: first.currency, imported: first.rowsImported, replaced: first.rowsReplaced, rejected: first.rowsRejected },
      { format: 'google-ads', platform: 'google_ads', currency: 'USD', imported: 63, replaced: 0, rejected: 0 },
    );
    assert.match(first.sha256, /^[0-9a-f]{64}$/);
    const second = await importMetricsFile(store, 'winter-launch', data('google-ads-campaign-daily.csv'), { actor: 'Dana' });
    assert.deepEqual([second.rowsImported, second.rowsReplaced], [63, 63]);

    const want = expected['google-ads-campaign-daily.csv'] as Record<string, number>;
    const dash = await dashboard(store, 'winter-launch', { by: 'campaign' });
    assert.equal(dash.rows, 63);
    assert.deepEqual(
      [dash.totals.spend, dash.totals.impressions, dash.totals.clicks, dash.totals.conversions, dash.totals.conversionValue],
      [want.cost, want.impressions, want.clicks, want.conversions, want.conv_value],
    );
    assert.deepEqual(dash.period, { from: '2026-10-01', to: '2026-10-21' });
    const brand = dash.groups.find((g) => g.key === 'Search - Brand')!;
    assert.deepEqual([brand.totals.spend, brand.totals.conversionValue], [2623.67, 12564.07]);
    assert.equal(dash.kpis.roas, Math.round((194969.51 / 54253.68) * 10_000) / 10_000);

    const imports = await store.readProject('winter-launch', (tx) => tx.imports.list().map((i) => [i.fileName, i.format, i.currency, i.rowsTotal, i.rowsImported, i.rowsReplaced, i.actor]));
    assert.deepEqual(imports, [
      ['google-ads-campaign-daily.csv', 'google-ads', 'USD', 63, 63, 0, 'Dana'],
      ['google-ads-campaign-daily.csv', 'google-ads', 'USD', 63, 63, 63, 'Dana'],
    ]);
    const logged = [];
    for await (const e of events.query({ type: 'metrics.imported' })) logged.push(e);
    assert.equal(logged.length, 2);
    assert.deepEqual([logged[1]!.actor, logged[1]!.data.rowsReplaced, logged[1]!.data.from, logged[1]!.data.to], ['Dana', 63, '2026-10-01', '2026-10-21']);
  });

  it('warns in the summary when rows fall outside the project\'s dates, and says which dates the rows cover', async () => {
    const p = await store.createProject(intake({ name: 'Spring Campaign', startDate: '2027-02-01', endDate: '2027-04-30' }));
    const r = await importMetricsFile(store, p.slug, data('google-ads-campaign-daily.csv'), { actor: 'Dana' });
    assert.deepEqual(r.period, { from: '2026-10-01', to: '2026-10-21' });
    assert.deepEqual(r.outsideProject, { rows: 63, from: '2026-10-01', to: '2026-10-21', start: '2027-02-01', end: '2027-04-30' });
    assert.match(importSummary(r), /The rows cover 1–21 October 2026\. Warning: all 63 rows \(1–21 October 2026\) fall outside the project's dates \(1 February – 30 April 2027\); check that this export belongs to this campaign\./);
    const inside = await importMetricsFile(store, 'winter-launch', data('google-ads-campaign-daily.csv'), { actor: 'Dana' });
    assert.equal(inside.outsideProject, null);
    assert.doesNotMatch(importSummary(inside), /Warning/);
  });

  it('re-importing an overlapping window replaces those rows and adds the new ones', async () => {
    await importMetricsFile(store, 'winter-launch', data('meta-ads-daily.csv'));
    // Meta revised 2026-10-21 and added 2026-10-22.
    const dir = mkdtempSync(path.join(tmpdir(), 'aicmo-window-'));
    const revised = path.join(dir, 'meta-last-days.csv');
    const lines = readFileSync(data('meta-ads-daily.csv'), 'utf8').trimEnd().split('\n');
    const last = lines.slice(-3).map((l) => l.replace('Video A,26,', 'Video A,27,').replace(',26,990.40,', ',27,1030.40,'));
    const added = last.map((l) => l.replaceAll('2026-10-21', '2026-10-22'));
    writeFileSync(revised, [lines[0], ...last, ...added].join('\n'));
    const r = await importMetricsFile(store, 'winter-launch', revised);
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual([r.rowsImported, r.rowsReplaced], [6, 3]);
    const dash = await dashboard(store, 'winter-launch', { from: '2026-10-01', to: '2026-10-21' });
    assert.equal(dash.rows, 63);
    assert.equal(dash.totals.conversions, 388); // 387 with one purchase revised upwards
    assert.equal(dash.totals.reach!.exact, false, 'reach is never summed across rows');
  });

  it('a bad row rejects the whole file, names every line, and leaves every store file byte-for-byte unchanged', async () => {
    await importMetricsFile(store, 'winter-launch', data('google-ads-campaign-daily.csv'));
    const before = snapshot(store.aicmoDir);
    const e = await rejection(importMetricsFile(store, 'winter-launch', path.join(FIXTURES, 'google-ads-bad-rows.csv')));
    assert.equal(e.code, 'import-rejected');
    assert.equal(
      e.message,
      [
        'google-ads-bad-rows.csv was not imported: 4 of 5 rows are invalid or the file\'s totals disagree; nothing was written.',
        'line 5: Day "2026-13-02" is not a date (expected YYYY-MM-DD)',
        'line 6: Clicks is negative (-5)',
        'line 7: Impr. is "lots", not a number',
        'line 8: clicks (60) exceed impressions (50)',
      ].join('\n'),
    );
    const after = snapshot(store.aicmoDir);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [file, bytes] of before) assert.ok(bytes.equals(after.get(file)!), `${file} unchanged`);
  });

  it('refuses mixed currencies inside one project, writing nothing', async () => {
    const before = snapshot(store.aicmoDir);
    const e = await rejection(importMetricsFile(store, 'winter-launch', path.join(FIXTURES, 'meta-eur-results.csv')));
    assert.equal(e.code, 'import-rejected');
    assert.equal(e.message, 'meta-eur-results.csv is in EUR but project "Winter Launch" is budgeted in USD; mixed currencies are refused (nothing was written).');
    const after = snapshot(store.aicmoDir);
    for (const [file, bytes] of before) assert.ok(bytes.equals(after.get(file)!), `${file} unchanged`);
  });

  it('a generic sheet takes the project currency; goals and period change come out of the dashboard', async () => {
    await importMetricsFile(store, 'winter-launch', data('generic-metrics.csv'));
    const dash = await dashboard(store, 'winter-launch', { from: '2026-10-08', to: '2026-10-14', by: 'channel' });
    assert.deepEqual(dash.previousPeriod, { from: '2026-10-01', to: '2026-10-07' });
    assert.ok(dash.change, 'the previous week has data');
    assert.equal(dash.change!.spend!.current, dash.totals.spend);
    assert.deepEqual(
      dash.groups.map((g) => g.key),
      ['email', 'linkedin'],
    );
    const cpa = dash.goals.find((g) => g.metric === 'cpa')!;
    assert.equal(cpa.direction, 'lower');
    assert.equal(Math.round(cpa.actual! * 100), Math.round(dash.kpis.cpa! * 100));
    const early = await dashboard(store, 'winter-launch', { from: '2026-10-01', to: '2026-10-07' });
    assert.equal(early.change, null);
    await assert.rejects(dashboard(store, 'winter-launch', { from: '2026-10-40' }), /The from date "2026-10-40" is not a date/);
  });

  it('imports Google Trends and reads the strengths back', async () => {
    const r = await importTrendsFile(store, 'winter-launch', data('google-trends.csv'));
    assert.deepEqual([r.pointsImported, r.pointsReplaced, r.keywords.length], [156, 0, 3]);
    const again = await importTrendsFile(store, 'winter-launch', data('google-trends.csv'));
    assert.equal(again.pointsReplaced, 156);
    const series = unwrap(await getProjectTrends(serviceEnv(store, 'Dana'), 'winter-launch'));
    assert.deepEqual(Object.fromEntries(series.map((s) => [s.keyword, s.strength])), {
      'barefoot shoes': 'declining',
      'trail running shoes': 'growing',
      'winter hiking': 'peak',
    });
    assert.equal(series[0]!.points.length, 52);
  });
});
