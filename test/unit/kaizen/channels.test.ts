// Kaizen reads channels right, on real workspaces with imported files: Google Ads campaign types
// are their own channels, a family ("social") informs its members, a label that names no channel
// is named (never silently dropped), and a change in a channel's rate sets its older results aside.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runFlow } from '../../../src/orchestrator/flow';
import { importMetricsFile } from '../../../src/orchestrator/imports';
import { deriveInsights } from '../../../src/orchestrator/kaizen/insights';
import { insightsOfKind } from '../../../src/orchestrator/kaizen/types';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { value } from '../operations/helpers';
import { workspaceWithProject, type Fixture } from '../flow/helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

async function importCsv(f: Fixture, name: string, lines: string[], granularity: 'day' | 'week' = 'week'): Promise<void> {
  const file = path.join(f.root, name);
  writeFileSync(file, lines.join('\n') + '\n');
  await importMetricsFile(f.store, f.slug, file, { format: 'generic', granularity });
}

const weekDate = (i: number): string => new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10);

async function mediaOf(f: Fixture): Promise<MediaContent> {
  return f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind().media!.content as MediaContent);
}

describe('Kaizen reads channels right', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  it('credits Google Ads Display, Video, Shopping, Demand Gen and Performance Max to their own channels, not to Google Search', async () => {
    f = await workspaceWithProject({ currency: 'EUR' });
    await importMetricsFile(f.store, f.slug, path.join(repoRoot, 'test/fixtures/imports/google-ads-weekly-bom-crlf.csv'));
    const report = await deriveInsights(f.store, { project: f.slug });
    const byChannel = new Map(insightsOfKind(report.insights, 'channel-performance').map((i) => [i.payload.channel, i.payload]));
    assert.deepEqual([...byChannel.keys()].sort(), ['google_demand_gen', 'google_display', 'google_pmax', 'google_search', 'google_shopping', 'youtube']);
    assert.deepEqual([byChannel.get('google_search')!.raw.clicks, byChannel.get('google_search')!.raw.conversions], [980, 40.5]);
    assert.deepEqual([byChannel.get('google_display')!.raw.clicks, byChannel.get('google_display')!.raw.conversions], [1200, 0]);
    assert.equal(byChannel.get('google_pmax')!.raw.conversions, 30);
  });

  it('lets "social" results inform each social channel of the plan, names a label that matches nothing, and moves budget from social to search', async () => {
    f = await workspaceWithProject({ currency: 'GBP', industry: 'Online coffee shop', allowedChannels: ['google_search', 'meta', 'instagram'] });
    const rows = ['date,channel,campaign,spend,impressions,clicks,conversions,revenue'];
    for (let w = 0; w < 4; w++) {
      rows.push(`${weekDate(w)},Paid Search,Brand,1000,20000,1000,60,3000`);
      rows.push(`${weekDate(w)},social,Prospecting,1000,80000,2000,20,1000`);
      rows.push(`${weekDate(w)},Radio,Spots,500,,,,`);
    }
    await importCsv(f, 'sheet.csv', rows);
    const insights = insightsOfKind((await deriveInsights(f.store, { project: f.slug })).insights, 'channel-performance');
    const family = insights.find((i) => i.payload.reading === 'family')!;
    assert.equal(family.id, 'channel-performance:family:social:GBP');
    assert.deepEqual(family.payload.members, ['meta', 'instagram', 'linkedin', 'x', 'tiktok']);
    const radio = insights.find((i) => i.payload.reading === 'unknown')!;
    assert.match(radio.summary, /^4 metric rows labelled "radio" match no channel AICMO plans for, so they inform no plan/);

    await runFlow(f.store, f.slug, { actor: 'ci', skipKaizen: true });
    const priors = await mediaOf(f);
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const learned = await mediaOf(f);
    const share = (c: MediaContent, ch: string) => c.allocations.find((a) => a.channel === ch)!.share;
    assert.ok(share(learned, 'google_search') > share(priors, 'google_search'), `search ${share(priors, 'google_search')} → ${share(learned, 'google_search')}`);
    const social = (c: MediaContent) => share(c, 'meta') + share(c, 'instagram');
    assert.ok(social(learned) < social(priors) - 0.05, `the social channels give budget up: ${social(priors)} → ${social(learned)}`);
    assert.ok(share(learned, 'meta') <= share(priors, 'meta') && share(learned, 'instagram') <= share(priors, 'instagram'), 'neither social channel gains');
    assert.ok(learned.evidence!.notes.some((n) => /labelled "radio" match no channel/.test(n)), 'the plan names the label it could not use');
    assert.match(learned.allocations.find((a) => a.channel === 'meta')!.rationale, /"social" results split 2 ways/);
  });

  it('detects a fall in a channel\'s conversion rate, sets its older results aside and says so in the insight and the plan', async () => {
    f = await workspaceWithProject({ currency: 'GBP', industry: 'Online coffee shop', allowedChannels: ['google_search', 'meta'], startDate: '2026-09-07', endDate: '2026-12-31' });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
    await value(f.store, 'media.decide', { project: f.slug, decision: 'approve' }, 'Dana');
    const rows = ['date,channel,campaign,spend,impressions,clicks,conversions'];
    for (let w = 0; w < 8; w++) {
      rows.push(`${weekDate(w)},Google Search,Brand,1000,20000,1000,${w < 6 ? 60 : 12}`);
      rows.push(`${weekDate(w)},Facebook,Prospecting,1000,80000,2000,60`);
    }
    await importCsv(f, 'weeks.csv', rows);
    const [search] = insightsOfKind((await deriveInsights(f.store, { project: f.slug })).insights, 'channel-performance').filter((i) => i.payload.channel === 'google_search');
    assert.match(search!.summary, /^Google Search conversion rate fell from 6\.0% to 1\.2% since 19 October 2026 — older results set aside\./);
    assert.equal(search!.payload.change?.rowsSetAside, 6);
    assert.equal(search!.payload.raw.clicks, 2000, 'only the two weeks since the change count');

    await runFlow(f.store, f.slug, { actor: 'ci' });
    const plan = await mediaOf(f);
    assert.ok(plan.evidence!.notes.includes('Google Search conversion rate fell from 6.0% to 1.2% since 19 October 2026 — older results set aside.'));
    assert.match(plan.allocations.find((a) => a.channel === 'google_search')!.rationale, /conversion rate fell from 6\.0% to 1\.2% since 19 October 2026, older results set aside/);
    assert.equal(plan.guardrail?.recommendLargerMove, true, plan.guardrail?.sentence);
  });
});
