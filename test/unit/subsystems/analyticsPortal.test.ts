import assert from 'node:assert/strict';
import type { AnalyticsRow } from '../../../src/orchestrator/analytics';
import { analyticsSubsystem } from '../../../src/orchestrator/subsystems/analytics';
import { creativesSubsystem } from '../../../src/orchestrator/subsystems/creatives';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import { portalSubsystem } from '../../../src/orchestrator/subsystems/portal';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import { b2bSaasLeads, input, run } from './fixtures';

const row = (date: string, channel: string, spendMinor: number, clicks: number, conversions: number): AnalyticsRow => ({
  date, platform: channel, channel, campaign: 'c1', spendMinor, impressions: clicks * 50, clicks, conversions, conversionValueMinor: null, reach: null, engagements: null,
});

describe('analytics subsystem', () => {
  it('says "no data" and shows no figures when nothing is imported', async () => {
    const c = (await run(analyticsSubsystem, b2bSaasLeads())).content;
    assert.equal(c.status, 'no data');
    assert.equal(c.totals, null);
    assert.equal(c.kpis, null);
    assert.deepEqual(c.goals, []);
  });

  it('computes KPIs from summed totals per channel, goal progress, and A/B readings between variants', async () => {
    const rows = [row('2026-09-10', 'google_search', 100_000, 200, 10), row('2026-09-11', 'google_search', 300_000, 800, 30), row('2026-09-10', 'meta', 50_000, 500, 5)];
    const results = [
      { creativeId: 'meta-how-to', channel: 'meta', angle: 'how-to', headline: 'A', impressions: 50_000, clicks: 2000, conversions: 40 },
      { creativeId: 'meta-social-proof', channel: 'meta', angle: 'social-proof', headline: 'B', impressions: 50_000, clicks: 1900, conversions: 95 },
    ];
    const c = (await run(analyticsSubsystem, b2bSaasLeads(), { data: { metricRows: () => rows, creativeResults: () => results } })).content;
    assert.equal(c.status, 'ok');
    const google = c.byChannel.find((g) => g.channel === 'google_search')!;
    assert.equal(google.kpis.cpa, 4000 / 40, 'CPA from summed spend ÷ summed conversions, not an average of daily CPAs');
    assert.equal(c.totals!.conversions, 45);
    assert.ok(c.goals.some((g) => g.metric === 'cpl' || g.metric === 'leads'));
    assert.equal(c.abTests.length, 1);
    assert.equal(c.abTests[0]!.a.creativeId, 'meta-how-to');
    assert.equal(c.abTests[0]!.result.verdict, 'B is better');
    assert.ok(c.abTests[0]!.result.pBBeatsA > 0.99);
  });
});

describe('portal subsystem', () => {
  const xss = '<img src=x onerror=alert(1)>';

  async function portal(strategyStatus: 'approved' | 'in_review', withCreatives: boolean, history = true) {
    const project = b2bSaasLeads({ name: xss, goal: `Win ${xss}`, audiences: [xss] });
    const strategy = (await run(strategySubsystem, project)).content;
    const media = (await run(mediaSubsystem, project, { inputs: { strategy: input('strategy', strategy) } })).content;
    const inputs: Parameters<typeof run>[2] = { inputs: { strategy: input('strategy', strategy, strategyStatus, 2), media: input('media', media, 'draft') } };
    if (withCreatives) inputs.inputs!.creatives = input('creatives', (await run(creativesSubsystem, project, { inputs: { strategy: input('strategy', strategy), media: input('media', media) } })).content, 'in_review');
    inputs.data = {
      actionHistory: () =>
        history ? [{ id: 'a1', at: '2026-09-01T10:00:00.000Z', actor: { name: xss, kind: 'client' as const }, action: 'request_changes' as const, target: { kind: 'strategy', id: 'strategy', label: 'Strategy v1' }, comment: `Fix ${xss}` }] : [],
    };
    return (await run(portalSubsystem, project, inputs)).content;
  }

  it('escapes user text in the HTML pack and loads nothing from elsewhere', async () => {
    const c = await portal('approved', true);
    assert.doesNotMatch(c.reviewPack.html, /<img/i);
    assert.match(c.reviewPack.html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(c.reviewPack.html, /<script|src="http|href="http/i);
    assert.match(c.reviewPack.html, /Content-Security-Policy/);
    assert.doesNotMatch(c.reviewPack.markdown, /(^|[^\\])<img/m, "every < in user text is backslash-escaped");
    assert.match(c.reviewPack.markdown, /\\<img src=x onerror=alert\\\(1\\\)\\>/);
  });

  it('requests approval for the strategy and the creatives awaiting decision, with the history', async () => {
    const c = await portal('in_review', true);
    assert.equal(c.approvalRequests[0]!.kind, 'strategy');
    assert.equal(c.approvalRequests[0]!.awaitingDecision, true);
    assert.equal(c.summary.creativesAwaiting, c.approvalRequests.filter((r) => r.kind === 'creative').length);
    assert.ok(c.summary.creativesAwaiting > 0);
    assert.equal(c.history.length, 1);
    assert.match(c.reviewPack.markdown, /## Media plan/);
    assert.match(c.reviewPack.markdown, /£/);
    const waiting = await portal('in_review', false, false);
    assert.match(waiting.reviewPack.markdown, /Creatives are produced once the strategy is approved/);
    assert.deepEqual(await portal('approved', true), await portal('approved', true), 'deterministic');
  });
});
