// Panels follow the store without a click: with the Unified View open on a project, a CLI write
// from a terminal (dist/cli.js on the same workspace) reaches the panel through the .aicmo/
// watcher — the strategy card turns approved, and an import shows on the analytics card at once,
// with the sentence that the stored analytics version predates it.
import * as assert from 'node:assert/strict';
import { aicmoApi, cli, eventually, googleAdsSample, run } from './helpers';

interface Card { name: string; status: string; highlights: string[]; outOfDate?: string }
interface UnifiedSnapshot { project: { slug: string } | null; data: { artifacts: Card[] } | null }

describe('Open panels follow CLI writes', () => {
  const slug = 'fresh-panels-outdoor';

  before(async () => {
    await aicmoApi();
    const added = await cli(['project', 'add', '--name', 'Fresh Panels Outdoor', '--industry', 'retail', '--goal', 'Sell 300 tents', '--goal-metric', 'sales',
      '--audience', 'campers', '--budget', '9000', '--currency', 'USD', '--start', '2026-10-01', '--end', '2026-12-31']);
    assert.equal(added.code, 0, added.stderr);
    const ran = await cli(['flow', 'run', slug]);
    assert.equal(ran.code, 0, ran.stderr);
  });

  it('updates the open Unified View after a CLI approval and a CLI import, without a Re-run or a refresh', async () => {
    const api = await aicmoApi();
    const opened = await run('aicmo.openUnifiedView', slug);
    assert.equal(opened.ok, true, opened.message);
    const card = (name: string) => {
      const s = api.panelSnapshot('unified') as UnifiedSnapshot | undefined;
      return s?.project?.slug === slug ? s.data?.artifacts.find((a) => a.name === name) : undefined;
    };
    const first = await eventually('the Unified View snapshot', () => card('analytics'));
    assert.deepEqual(first.highlights, ['No data: no metric rows have been imported for this project yet.']);
    assert.equal(card('strategy')?.status, 'in_review');

    const approved = await cli(['strategy', 'approve', slug]);
    assert.equal(approved.code, 0, approved.stderr);
    await eventually('the strategy card approved', () => (card('strategy')?.status === 'approved' ? true : undefined));

    const imported = await cli(['metrics', 'import', slug, googleAdsSample()]);
    assert.equal(imported.code, 0, imported.stderr);
    const analytics = await eventually('the import on the analytics card', () => {
      const a = card('analytics');
      return a && /^63 metric rows/.test(a.highlights[0] ?? '') ? a : undefined;
    });
    assert.match(analytics.highlights[0]!, /^63 metric rows, 1–21 October 2026: \$54,253\.68 spent/);
    assert.equal(analytics.outOfDate, '1 import of results (google-ads-campaign-daily.csv) since this version — Re-run to bring it up to date.');
  });
});
