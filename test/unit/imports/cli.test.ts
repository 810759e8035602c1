// The import, dashboard and stats commands through the real CLI entry point in a child process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, SAMPLE_DATA } from './helpers';

const repoRoot = path.resolve(__dirname, '../../..');
const main = path.join(repoRoot, 'src/cli/main.ts');

function aicmo(root: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, AICMO_ACTOR: 'Dana' };
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--workspace', root, ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('CLI: metrics, trends, dashboard, stats', function () {
  this.timeout(120_000);
  let root: string;
  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'aicmo-imports-cli-'));
    const r = await aicmo(root, ['project', 'add', '--name', 'Winter Launch', '--industry', 'Outdoor', '--goal', 'Sell boots', '--goal-metric', 'sales', '--audience', 'Hikers', '--budget', '85000', '--currency', 'USD', '--start', '2026-10-01', '--end', '2026-10-31', '--kpi', 'cpa=25', '--kpi', 'conversions=4000']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('metrics import --json reports the counts; a second import replaces', async () => {
    const file = path.join(SAMPLE_DATA, 'google-ads-campaign-daily.csv');
    const first = await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const doc = JSON.parse(first.stdout);
    assert.deepEqual(
      { format: doc.format, platform: doc.platform, currency: doc.currency, rowsImported: doc.rowsImported, rowsReplaced: doc.rowsReplaced, rowsRejected: doc.rowsRejected, errors: doc.errors },
      { format: 'google-ads', platform: 'google_ads', currency: 'USD', rowsImported: 63, rowsReplaced: 0, rowsRejected: 0, errors: [] },
    );
    const again = JSON.parse((await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--json'])).stdout);
    assert.equal(again.rowsReplaced, 63);
  });

  it('a rejected file exits 1 and lists every bad line (JSON and text)', async () => {
    const file = path.join(FIXTURES, 'google-ads-bad-rows.csv');
    const json = await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--json']);
    assert.equal(json.code, 1);
    const doc = JSON.parse(json.stdout);
    assert.deepEqual([doc.rowsImported, doc.rowsRejected, doc.errors.map((e: { line: number }) => e.line)], [0, 4, [5, 6, 7, 8]]);
    const text = await aicmo(root, ['metrics', 'import', 'winter-launch', file]);
    assert.equal(text.code, 1);
    assert.match(text.stderr, /^aicmo: google-ads-bad-rows\.csv was not imported: 4 of 5 rows are invalid.*line 5: Day "2026-13-02" is not a date.*line 8: clicks \(60\) exceed impressions \(50\)\n$/);
  });

  it('generic import with --map, then dashboard analytics --json in major units with goals', async () => {
    const r = await aicmo(root, ['metrics', 'import', 'winter-launch', path.join(SAMPLE_DATA, 'generic-metrics.csv'), '--map', 'revenue=revenue', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse((await aicmo(root, ['dashboard', 'analytics', 'winter-launch', '--from', '2026-10-01', '--to', '2026-10-14', '--by', 'platform', '--json'])).stdout);
    assert.equal(d.currency, 'USD');
    assert.deepEqual(d.period, { from: '2026-10-01', to: '2026-10-14' });
    assert.deepEqual(
      d.groups.map((g: { key: string }) => g.key),
      ['email', 'google_ads', 'linkedin'],
    );
    const email = d.groups.find((g: { key: string }) => g.key === 'email');
    assert.equal(typeof email.totals.spend, 'number');
    assert.deepEqual(
      d.goals.map((g: { metric: string; status: string }) => g.metric).sort(),
      ['conversions', 'cpa'],
    );
    for (const key of ['ctr', 'cpc', 'cpm', 'cpa', 'conversionRate', 'roas', 'roi']) assert.ok(key in d.kpis, key);
    assert.ok(Array.isArray(d.trend) && d.trend[0].date === '2026-10-01');
    const bad = await aicmo(root, ['dashboard', 'analytics', 'winter-launch', '--by', 'planet']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /The breakdown "planet" is not one of .* \(--by\)\./);
  });

  it('trends import and dashboard trends', async () => {
    const r = await aicmo(root, ['trends', 'import', 'winter-launch', path.join(SAMPLE_DATA, 'google-trends.csv'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const series = JSON.parse((await aicmo(root, ['dashboard', 'trends', 'winter-launch', '--json'])).stdout) as Array<{ keyword: string; strength: string; points: unknown[]; evidence: { rule: string } }>;
    assert.deepEqual(
      series.map((s) => [s.keyword, s.strength, s.points.length]),
      [
        ['barefoot shoes', 'declining', 52],
        ['trail running shoes', 'growing', 52],
        ['winter hiking', 'peak', 52],
      ],
    );
  });

  it('metrics import --channel-map label=channel (repeatable): the text is the core summary; --json lists how channels were read; a bad map is one sentence', async () => {
    const file = path.join(root, 'channels.csv');
    writeFileSync(file, 'date,channel,campaign,spend,impressions,clicks\n2026-10-01,Podcast,Mapped,10.00,100,5\n2026-10-01,Paid Social,Family,10.00,100,5\n2026-10-01,Print,Unmapped,10.00,100,5\n');
    const text = await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--channel-map', 'podcast=email', '--channel-map', 'radio=google_display']);
    assert.equal(text.code, 0, text.stderr);
    assert.equal(
      text.stdout,
      'Imported 3 rows from channels.csv (generic sheet, USD): 3 new, 0 replaced. The rows cover 1 October 2026. Channels: Email 1 row. "Paid Social" (1 row) names a family of channels, so its results count for each of Meta (Facebook), Instagram, LinkedIn, X (Twitter) and TikTok. 1 row labelled "Print" matches no channel and was kept as \'print\'; it informs no plan channel unless mapped (print=<channel>). The channel map\'s "radio" matched no label in the file.\nNext: aicmo dashboard analytics winter-launch\n',
    );
    const json = JSON.parse((await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--channel-map', 'Print=linkedin', '--json'])).stdout);
    assert.deepEqual(json.channels.rowsByChannel, { 'paid social': 1, linkedin: 1, podcast: 1 });
    assert.deepEqual(json.channels.unmapped, [{ label: 'Podcast', storedAs: 'podcast', rows: 1 }]);
    assert.deepEqual(json.channels.families.map((f: { label: string; family: string }) => [f.label, f.family]), [['Paid Social', 'paid social']]);
    assert.equal(json.rowsReplaced, 3);
    assert.match(json.summary, /^Imported 3 rows from channels\.csv .*3 replaced\. The rows cover 1 October 2026\. Channels: LinkedIn 1 row\./);
    const noEquals = await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--channel-map', 'podcast']);
    assert.equal(noEquals.code, 1);
    assert.match(noEquals.stderr, /^aicmo: --channel-map "podcast" should be label=channel, e\.g\. --channel-map podcast=email\.\n$/);
    const badTarget = await aicmo(root, ['metrics', 'import', 'winter-launch', file, '--channel-map', 'podcast=carrier pigeon']);
    assert.equal(badTarget.code, 1);
    assert.match(badTarget.stderr, /^aicmo: --channel-map "podcast=carrier pigeon": "carrier pigeon" is no channel AICMO knows \(.*\)\.\n$/);
  });

  it('stats ab --json: the worked example', async () => {
    const r = await aicmo(root, ['stats', 'ab', '--a', '486/5000', '--b', '527/5000', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.z.toFixed(2), '1.36');
    assert.equal(doc.pValue.toFixed(2), '0.17');
    assert.equal(doc.pBBeatsA.toFixed(2), '0.91');
    assert.equal(doc.verdict, 'no significant difference');
    assert.equal(doc.diffCI.length, 2);
    const bad = await aicmo(root, ['stats', 'ab', '--a', '486 of 5000', '--b', '527/5000']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--a: "486 of 5000" is not CONVERSIONS\/TRIALS/);
  });
});
