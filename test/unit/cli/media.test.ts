// `aicmo media …` and the Kaizen flags of `aicmo flow run` through the real CLI (dist/cli.js).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aicmo, ensureCliBuilt, jsonOf } from './runAicmo';

interface MediaShow {
  latest: { version: number; status: string; content: { allocations: { channel: string; share: number }[]; proposal: { against: unknown; summary: string } } } | null;
  approved: { version: number } | null;
  inUse: number | null;
}

describe('aicmo media and the Kaizen flags (real CLI)', function () {
  this.timeout(180_000);
  let root: string;
  const run = (...args: string[]) => aicmo(args, { cwd: root });

  before(() => ensureCliBuilt());
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-media-cli-'));
    jsonOf(
      await run('project', 'add', '--name', 'Boot launch', '--industry', 'Outdoor footwear shop', '--goal', 'Sell 2,400 boots', '--goal-metric', 'sales', '--audience', 'Weekend hikers', '--budget', '85000', '--currency', 'USD', '--start', '2026-03-02', '--end', '2026-05-31', '--constraint', 'Only Meta and Google; no TikTok', '--json'),
    );
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('leaves one media version after three flow runs with nothing new, then shows, approves and re-plans from the approved plan', async () => {
    for (let i = 0; i < 3; i++) jsonOf(await run('flow', 'run', 'boot-launch', '--json'));
    const shown = jsonOf<MediaShow>(await run('media', 'show', 'boot-launch', '--json'));
    assert.deepEqual([shown.latest?.version, shown.latest?.status, shown.approved, shown.inUse], [1, 'in_review', null, 1]);
    assert.deepEqual(shown.latest!.content.allocations.map((a) => a.channel).sort(), ['google_search', 'meta'], 'no TikTok, no YouTube');
    const text = await run('media', 'show', 'boot-launch');
    assert.match(text.stdout, /^Media plan v1 of boot-launch \(in review\) — Sales \(conversions\), budget \$85,000\.00, /);
    assert.match(text.stdout, /Read from the brief: only Meta \(Facebook\) and Google Search; TikTok excluded/);

    const noReason = await run('media', 'reject', 'boot-launch', '--by', 'Dana');
    assert.deepEqual([noReason.code, noReason.stderr], [1, 'aicmo: Rejecting a media plan needs a reason (--reason TEXT).\n']);
    const approved = await run('media', 'approve', 'boot-launch', '--by', 'Dana');
    assert.equal(approved.stdout, 'Approved media plan v1 of "Boot launch": No change from the priors.\nNext: aicmo flow run boot-launch\n');

    const rows = ['date,channel,campaign,spend,impressions,clicks,conversions'];
    for (let w = 0; w < 3; w++) {
      const date = new Date(Date.UTC(2026, 2, 2 + 7 * w)).toISOString().slice(0, 10);
      rows.push(`${date},Paid Search,Brand,1000,20000,1000,70`, `${date},Facebook,Prospecting,1000,80000,2000,20`);
    }
    writeFileSync(path.join(root, 'results.csv'), rows.join('\n') + '\n');
    jsonOf(await run('metrics', 'import', 'boot-launch', 'results.csv', '--format', 'generic', '--json'));
    jsonOf(await run('flow', 'run', 'boot-launch', '--half-life-weeks', '4', '--cross-industry', '--json'));
    const next = jsonOf<MediaShow>(await run('media', 'show', 'boot-launch', '--json'));
    assert.deepEqual([next.latest?.version, next.latest?.status, next.approved?.version, next.inUse], [2, 'in_review', 1, 1]);
    assert.deepEqual(next.latest!.content.proposal.against, { kind: 'approved', version: 1 });
    const diff = (await run('media', 'show', 'boot-launch')).stdout;
    assert.match(diff, /channel +approved v1 +proposed +change +why/);
    assert.match(diff, /Google Search +54\.6% +64\.6% +\+10\.0 +CPA \$14\.29, P\(best\) 100%/);

    const sent = await run('media', 'request-changes', 'boot-launch', '--by', 'Chris', '--client', '--reason', 'Hold Meta for the launch week');
    assert.match(sent.stdout, /^Sent media plan v2 of "Boot launch" back \(Hold Meta for the launch week\); approved version 1 stays in use\./);
    const kept = jsonOf<{ subsystems: { name: string; message?: string }[] }>(await run('flow', 'run', 'boot-launch', '--half-life-weeks', '4', '--cross-industry', '--only', 'media', '--json'));
    assert.match(kept.subsystems[0]!.message ?? '', /^unchanged: version 2 was sent back/);
  });

  it('refuses bad Kaizen flags as usage errors and explains the scoping in kaizen insights', async () => {
    const bad = await run('flow', 'run', 'boot-launch', '--half-life-weeks', 'soon');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^aicmo: --half-life-weeks "soon" is not a number of weeks \(e\.g\. 8\); run .aicmo flow run --help. for usage\.$/m);
    const fx = await run('flow', 'run', 'boot-launch', '--exchange-rate', 'EUR');
    assert.equal(fx.code, 2);
    assert.match(fx.stderr, /--exchange-rate "EUR" should be CUR=RATE, e\.g\. USD=0\.92/);
    const tooShort = await run('flow', 'run', 'boot-launch', '--half-life-weeks', '0.1');
    assert.equal(tooShort.code, 1);
    assert.equal(tooShort.stderr, 'aicmo: The half-life must be a number of weeks from 0.5 to 520, not "0.1".\n');
    const insights = await run('kaizen', 'insights', '--project', 'boot-launch', '--half-life-weeks', '6');
    assert.match(insights.stdout, /^Insights for boot-launch \(weighted by similarity, other industries off, weighted to the last 6 weeks\):/);
  });
});
