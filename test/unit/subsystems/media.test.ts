import assert from 'node:assert/strict';
import type { ChannelPerformanceInsight } from '../../../src/orchestrator/kaizen/types';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { Project } from '../../../src/orchestrator/domain/project';
import { b2bSaasLeads, dtcSales, evidence, input, run, type RunOptions } from './fixtures';

async function plan(project: Project, o: RunOptions = {}) {
  const strategy = (await run(strategySubsystem, project)).content;
  return run(mediaSubsystem, project, { ...o, inputs: { strategy: input('strategy', strategy, 'in_review') } });
}

function perf(channel: string, conversions: number, clicks: number, spend: number, currency = 'GBP'): ChannelPerformanceInsight {
  return {
    id: `channel-performance:${channel}`,
    kind: 'channel-performance',
    summary: '',
    evidence: evidence(),
    payload: { channel, conversions, clicks, spend, currency, projects: ['p_old'], sameIndustryWeight: 1, window: { from: '2026-01-01', to: '2026-03-31' } },
  };
}

const shareOf = (c: MediaContent, channel: string) => c.allocations.find((a) => a.channel === channel)!.share;
const sumMinor = (c: MediaContent) => c.allocations.reduce((t, a) => t + a.amountMinor, 0);

describe('media subsystem', () => {
  it('plans different channels for a B2B leads project and a DTC sales project, from priors, and says so', async () => {
    const b2b = (await plan(b2bSaasLeads())).content;
    const dtc = (await plan(dtcSales())).content;
    assert.deepEqual(b2b.allocations.map((a) => a.channel), ['google_search', 'linkedin', 'meta', 'email']);
    assert.ok(dtc.allocations.some((a) => a.channel === 'instagram'));
    assert.ok(!dtc.allocations.some((a) => a.channel === 'linkedin'));
    assert.equal(b2b.objective.objective, 'Lead generation');
    assert.equal(dtc.objective.objective, 'Sales (conversions)');
    assert.equal(b2b.method, 'priors');
    assert.equal(b2b.kaizen.mode, 'no-evidence');
    assert.match(b2b.methodNote, /priors table/);
    assert.deepEqual(b2b.flight && [b2b.flight.end], ['2026-11-27']);
  });

  it('honours the intake: "no TikTok" excludes it, "Max 30% on LinkedIn" caps it', async () => {
    const c = (await plan(b2bSaasLeads({ constraints: ['Max 20% on LinkedIn'] }))).content;
    assert.ok(shareOf(c, 'linkedin') <= 0.2 + 1e-4);
    assert.deepEqual(c.parameters.caps, { linkedin: 0.2 });
    const dtc = (await plan(dtcSales({ doNotDo: ['no TikTok'] }))).content;
    assert.ok(!dtc.allocations.some((a) => a.channel === 'tiktok'));
    assert.deepEqual(dtc.excludedChannels, ['tiktok']);
  });

  it('sums exactly to the budget in minor units, for awkward budgets and for JPY', async () => {
    for (const [budgetMinor, currency] of [[1_000_001, 'JPY'], [7, 'JPY'], [99_999_999_999, 'USD'], [1, 'EUR'], [100_003, 'KWD'], [0, 'GBP']] as const) {
      const c = (await plan(dtcSales({ budgetMinor, currency }))).content;
      assert.equal(sumMinor(c), budgetMinor, `${budgetMinor} ${currency}`);
      assert.ok(c.allocations.every((a) => Number.isInteger(a.amountMinor) && a.amountMinor >= 0));
    }
    const jpy = (await plan(dtcSales({ budgetMinor: 1_000_001, currency: 'JPY' }))).content;
    assert.ok(jpy.allocations.every((a) => a.amount === a.amountMinor), 'JPY has no minor digits: amount equals amountMinor');
    const kwd = (await plan(dtcSales({ budgetMinor: 100_003, currency: 'KWD' }))).content;
    assert.equal(kwd.allocations.reduce((t, a) => t + Math.round(a.amount * 1000), 0), 100_003, 'KWD has three minor digits');
  });

  it('moves budget toward a clearly better channel, no further than the step limit, never below the floor', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    const insights = [perf('google_search', 300, 3000, 6000), perf('linkedin', 20, 2000, 6000), perf('meta', 30, 3000, 6000), perf('email', 25, 2500, 6000)];
    const skipped = (await plan(project, { insights, skipKaizen: true })).content;
    const learned = (await plan(project, { insights }));
    const c = learned.content;
    assert.equal(skipped.method, 'priors');
    assert.match(skipped.kaizen.note, /Kaizen skipped/);
    assert.equal(c.method, 'thompson-sampling');
    assert.ok(c.posteriors.find((p) => p.channel === 'google_search')!.pBest! > 0.99);
    const before = shareOf(skipped, 'google_search');
    const after = shareOf(c, 'google_search');
    assert.ok(after > before, `google share ${after} should exceed the prior ${before}`);
    assert.ok(after <= before + 0.1 + 1e-4, `google share ${after} moved more than 10 points from ${before}`);
    for (const a of c.allocations) assert.ok(a.share >= 0.05 - 1e-4, `${a.channel} fell below the exploration floor`);
    assert.equal(sumMinor(c), project.budgetMinor);
    assert.equal(learned.appliedInsights.length, 4);
    assert.match(learned.appliedInsights[0]!.sentence, /moved its share from 35% to 45%/);

    // A second re-plan from the first plan moves another step, not more.
    const second = (await plan(project, { insights, version: 2, previous: input('media', c, 'approved', 1) })).content;
    assert.ok(shareOf(second, 'google_search') > after + 0.05);
    assert.ok(shareOf(second, 'google_search') <= after + 0.1 + 1e-4);
    assert.match(second.parameters.baseline, /previous plan \(version 1\)/);
  });

  it('moves budget to the measured winner even when other planned channels have no results yet', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    // Only Google Search (10 %) and Meta (1 %) have results; LinkedIn and email have none.
    const insights = [perf('google_search', 300, 3000, 6000), perf('meta', 30, 3000, 6000)];
    const priors = (await plan(project, { insights, skipKaizen: true })).content;
    const c = (await plan(project, { insights })).content;
    assert.ok(shareOf(c, 'google_search') > shareOf(priors, 'google_search'), 'the measured winner gains');
    assert.ok(shareOf(c, 'meta') < shareOf(priors, 'meta'), 'the measured loser gives budget up');
    for (const channel of ['linkedin', 'email']) {
      assert.equal(shareOf(c, channel), shareOf(priors, channel), `${channel} has no results and keeps its prior share`);
      assert.match(c.allocations.find((a) => a.channel === channel)!.rationale, /No results yet/);
      assert.equal(c.posteriors.find((p) => p.channel === channel)!.pBest, null);
    }
    assert.equal(sumMinor(c), project.budgetMinor);
  });

  it('keeps a losing channel at the exploration floor even when the step limit would allow less', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    // Google and email both convert at 10%, LinkedIn and Meta at under 1%.
    const insights = [perf('google_search', 300, 3000, 6000), perf('linkedin', 20, 2000, 6000), perf('meta', 10, 3000, 6000), perf('email', 300, 3000, 6000)];
    const previous = input('media', { allocations: [{ channel: 'google_search', share: 0.5 }, { channel: 'linkedin', share: 0.3 }, { channel: 'meta', share: 0.08 }, { channel: 'email', share: 0.12 }] }, 'approved', 3);
    const c = (await plan(project, { insights, previous, version: 4 })).content;
    assert.equal(shareOf(c, 'meta'), 0.05, 'the step limit allows 0% but the floor keeps 5%');
    assert.match(c.allocations.find((a) => a.channel === 'meta')!.rationale, /exploration floor/);
    const noFloor = (await plan(project, { insights, previous, version: 4, options: { media: { explorationFloor: 0 } } })).content;
    assert.ok(shareOf(noFloor, 'meta') < 0.05, 'without a floor the share falls below 5%');
    for (const p of [c, noFloor]) assert.equal(sumMinor(p), project.budgetMinor);
  });

  it('weights same-industry evidence above other industries', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    const strong = perf('linkedin', 200, 2000, 6000);
    const weak = { ...strong, id: 'linkedin-other', payload: { ...strong.payload, sameIndustryWeight: 0.01 } };
    const base = [perf('google_search', 60, 3000, 6000), perf('meta', 60, 3000, 6000), perf('email', 50, 2500, 6000)];
    const same = (await plan(project, { insights: [...base, strong] })).content;
    const other = (await plan(project, { insights: [...base, weak] })).content;
    assert.ok(same.posteriors.find((p) => p.channel === 'linkedin')!.pBest! > other.posteriors.find((p) => p.channel === 'linkedin')!.pBest!);
  });

  it('is deterministic for the same inputs and version', async () => {
    const insights = [perf('google_search', 50, 1000, 2000), perf('meta', 45, 1000, 2000)];
    const a = await plan(b2bSaasLeads(), { insights });
    const b = await plan(b2bSaasLeads(), { insights });
    assert.deepEqual(a, b);
  });

  it('refuses caps that cannot hold the whole budget, and its validator checks the sum', async () => {
    await assert.rejects(plan(b2bSaasLeads({ constraints: ['max 10% on Google Search', 'max 10% on LinkedIn', 'max 10% on Meta', 'max 10% on email'] })), /caps .* add up to 40%/);
    const c = (await plan(b2bSaasLeads())).content;
    const broken = { ...c, allocations: c.allocations.map((a, i) => (i === 0 ? { ...a, amountMinor: a.amountMinor + 1 } : a)) };
    assert.ok(mediaSubsystem.validate(broken).some((p) => /not the budget/.test(p)));
  });
});
