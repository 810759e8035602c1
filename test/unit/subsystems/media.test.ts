import assert from 'node:assert/strict';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { Project } from '../../../src/orchestrator/domain/project';
import { b2bSaasLeads, dtcSales, input, run, type RunOptions } from './fixtures';
import { perf } from './mediaEvidence';

async function plan(project: Project, o: RunOptions = {}) {
  const strategy = (await run(strategySubsystem, project)).content;
  return run(mediaSubsystem, project, { ...o, inputs: { strategy: input('strategy', strategy, 'in_review') } });
}

const shareOf = (c: MediaContent, channel: string) => c.allocations.find((a) => a.channel === channel)?.share ?? 0;
const allocation = (c: MediaContent, channel: string) => c.allocations.find((a) => a.channel === channel)!;
const sumMinor = (c: MediaContent) => c.allocations.reduce((t, a) => t + a.amountMinor, 0);
const approved = (c: MediaContent, version = 1) => input('media', c, 'approved', version);

describe('media subsystem', () => {
  it('plans different channels for a B2B leads project and a DTC sales project, from priors, and says so', async () => {
    const b2b = (await plan(b2bSaasLeads())).content;
    const dtc = (await plan(dtcSales())).content;
    assert.deepEqual(b2b.allocations.map((a) => a.channel), ['google_search', 'linkedin', 'meta', 'email']);
    assert.deepEqual(dtc.allocations.map((a) => a.channel), ['google_search', 'google_shopping', 'meta', 'instagram', 'tiktok', 'email'], 'an online shop gets Google Shopping');
    assert.equal(b2b.objective.objective, 'Lead generation');
    assert.equal(dtc.objective.objective, 'Sales (conversions)');
    assert.equal(b2b.method, 'priors');
    assert.equal(b2b.kaizen.mode, 'no-evidence');
    assert.match(b2b.methodNote, /priors table .*editorial/);
    assert.deepEqual(b2b.flight && [b2b.flight.end], ['2026-11-27']);
    assert.deepEqual(b2b.proposal?.against, { kind: 'priors' });
  });

  it('plans by vertical: a dental clinic\'s leads plan has no LinkedIn and reaches local searches', async () => {
    const clinic = (await plan(b2bSaasLeads({ industry: 'Dental clinic', product: 'Teeth whitening', goal: 'Book new patients near the practice', constraints: [], doNotDo: [] }))).content;
    assert.ok(!clinic.allocations.some((a) => a.channel === 'linkedin'));
    assert.deepEqual(clinic.allocations.map((a) => a.channel), ['google_search', 'meta', 'google_pmax', 'email']);
  });

  it('sums exactly to the budget in minor units, for awkward budgets and for JPY', async () => {
    for (const [budgetMinor, currency] of [[1_000_001, 'JPY'], [7, 'JPY'], [99_999_999_999, 'USD'], [1, 'EUR'], [100_003, 'KWD'], [0, 'GBP']] as const) {
      const c = (await plan(dtcSales({ budgetMinor, currency }))).content;
      assert.equal(sumMinor(c), budgetMinor, `${budgetMinor} ${currency}`);
      assert.ok(c.allocations.every((a) => Number.isInteger(a.amountMinor) && a.amountMinor >= 0));
    }
    const jpy = (await plan(dtcSales({ budgetMinor: 1_000_001, currency: 'JPY' }))).content;
    assert.ok(jpy.allocations.every((a) => a.amount === a.amountMinor), 'JPY has no minor digits: amount equals amountMinor');
  });

  it('moves budget toward a clearly better channel from the APPROVED plan, a step at a time, and shows the diff', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    const insights = [perf('google_search', 300, 3000, 6000), perf('linkedin', 20, 2000, 6000), perf('meta', 30, 3000, 6000), perf('email', 25, 2500, 6000)];
    const priors = (await plan(project, { insights, skipKaizen: true })).content;
    assert.equal(priors.method, 'priors');
    assert.match(priors.kaizen.note, /Kaizen skipped/);

    const first = await plan(project, { insights });
    const c = first.content;
    assert.equal(c.method, 'thompson-sampling');
    assert.ok(c.posteriors.find((p) => p.channel === 'google_search')!.pBest! > 0.99);
    assert.ok(Math.abs(shareOf(c, 'google_search') - shareOf(priors, 'google_search') - 0.1) < 1e-4, 'the full 10-point step from the priors');
    for (const a of c.allocations) assert.ok(a.share >= 0.05 - 1e-4, `${a.channel} fell below the exploration floor`);
    assert.equal(sumMinor(c), project.budgetMinor);
    assert.equal(first.appliedInsights.length, 4);
    assert.match(first.appliedInsights.find((i) => i.id.includes('google_search'))!.sentence, /Google Search priors 35% → 45%/);
    const search = c.proposal!.changes.find((ch) => ch.channel === 'google_search')!;
    assert.deepEqual([search.from, search.to, search.change], [0.35, 0.45, 0.1]);
    assert.match(search.why, /cost per lead £20\.00, P\(best\) 100%, held there by the step limit/);
    assert.match(c.guardrail!.sentence, /without the 10-point step limit Google Search would get/);
    assert.equal(c.guardrail!.recommendLargerMove, true, 'the evidence, agreeing across weeks, makes the limit costly: the larger move is suggested');
    assert.match(c.guardrail!.sentence, /^The evidence makes the step limit costly: .*keeping the limit costs an expected [\d.]+ leads per £1,000 spent/);

    // A re-plan from a DRAFT previous plan still starts from the priors: drafts are not baselines.
    const again = (await plan(project, { insights, version: 2, previous: input('media', c, 'in_review', 1) })).content;
    assert.equal(shareOf(again, 'google_search'), shareOf(c, 'google_search'));
    assert.equal(again.parameters.baseline, 'the priors');

    // From the approved first plan, the next step.
    const second = (await plan(project, { insights, version: 2, previous: approved(c), approved: approved(c) })).content;
    assert.ok(Math.abs(shareOf(second, 'google_search') - shareOf(c, 'google_search') - 0.1) < 1e-4);
    assert.equal(second.parameters.baseline, 'the approved plan (version 1)');
    assert.deepEqual(second.proposal?.against, { kind: 'approved', version: 1 });
    assert.match(second.proposal!.summary, /^Against the approved plan \(version 1\): Google Search 45% → 55% \(\+10 pts\)/);
  });

  it('moves budget to the measured winner even when other planned channels have no results yet', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    const insights = [perf('google_search', 300, 3000, 6000), perf('meta', 30, 3000, 6000)];
    const priors = (await plan(project, { skipKaizen: true })).content;
    const c = (await plan(project, { insights })).content;
    assert.ok(shareOf(c, 'google_search') > shareOf(priors, 'google_search'), 'the measured winner gains');
    assert.ok(shareOf(c, 'meta') < shareOf(priors, 'meta'), 'the measured loser gives budget up');
    for (const channel of ['linkedin', 'email']) {
      assert.equal(shareOf(c, channel), shareOf(priors, channel), `${channel} has no results and keeps its prior share`);
      assert.match(allocation(c, channel).rationale, /No results yet/);
      assert.equal(c.posteriors.find((p) => p.channel === channel)!.pBest, null);
    }
  });

  it('keeps a losing channel at the exploration floor even when the step limit would allow less', async () => {
    const project = b2bSaasLeads({ constraints: [] });
    const insights = [perf('google_search', 300, 3000, 6000), perf('linkedin', 20, 2000, 6000), perf('meta', 10, 3000, 6000), perf('email', 300, 3000, 6000)];
    const base = approved({ allocations: [{ channel: 'google_search', share: 0.5 }, { channel: 'linkedin', share: 0.3 }, { channel: 'meta', share: 0.08 }, { channel: 'email', share: 0.12 }] } as unknown as MediaContent, 3);
    const c = (await plan(project, { insights, approved: base, version: 4 })).content;
    assert.equal(shareOf(c, 'meta'), 0.05, 'the step limit allows 0% but the floor keeps 5%');
    assert.match(allocation(c, 'meta').rationale, /exploration floor/);
    const noFloor = (await plan(project, { insights, approved: base, version: 4, options: { media: { explorationFloor: 0 } } })).content;
    assert.ok(shareOf(noFloor, 'meta') < 0.05, 'without a floor the share falls below 5%');
  });

  it('scores sales on cost: a 7.9% conversion rate on dear clicks loses to 4.4% on cheap ones, and the rationale shows why', async () => {
    const project = dtcSales({ currency: 'EUR', budgetMinor: 2_400_000, allowedChannels: ['google_search', 'meta'] });
    // Google: 79 of 1,000 clicks for €2,000 (CPA €25.32); Meta: 88 of 2,000 clicks for €1,400 (CPA €15.91).
    const insights = [perf('google_search', 79, 1000, 2000, { currency: 'EUR' }), perf('meta', 88, 2000, 1400, { currency: 'EUR' })];
    const c = (await plan(project, { insights })).content;
    assert.equal(c.scoring?.metric, 'CPA');
    const g = allocation(c, 'google_search');
    const m = allocation(c, 'meta');
    assert.ok(m.pBest! > 0.9 && g.pBest! < 0.1, `P(best) Meta ${m.pBest}, Google ${g.pBest}`);
    assert.ok(m.share > g.share || shareOf(c, 'meta') - 0.1 >= 0, 'Meta gains');
    assert.match(g.rationale, /^CPA €25\.32 \(conversion rate 7\.9%, CPC €2\.00\) from 79 conversions of 1,000 clicks/);
    assert.match(m.rationale, /^CPA €15\.91 \(conversion rate 4\.4%, CPC €0\.70\)/);
    assert.deepEqual([g.metric?.name, g.metric?.text, m.metric?.text], ['CPA', '€25.32', '€15.91']);
  });

  it('scores sales on ROAS when every channel with results reports conversion value', async () => {
    const project = dtcSales({ currency: 'EUR', budgetMinor: 2_400_000, allowedChannels: ['google_search', 'meta'] });
    // Fewer but larger orders on Google: ROAS 6 against 2.
    const insights = [perf('google_search', 60, 1000, 2000, { currency: 'EUR', value: 12_000 }), perf('meta', 88, 2000, 1400, { currency: 'EUR', value: 2_800 })];
    const c = (await plan(project, { insights })).content;
    assert.equal(c.scoring?.metric, 'ROAS');
    assert.deepEqual([allocation(c, 'google_search').metric?.text, allocation(c, 'meta').metric?.text], ['6×', '2×']);
    assert.ok(allocation(c, 'google_search').pBest! > 0.99);
  });

  const goals: [Project['goalMetric'], string, Parameters<typeof perf>[4]][] = [
    ['leads', 'cost per lead', {}],
    ['awareness', 'CPM', { impressions: 500_000 }],
    ['engagement', 'cost per engagement', { impressions: 200_000, engagements: 4_000 }],
    ['retention', 'CPA', {}],
  ];
  for (const [goalMetric, metric, extra] of goals) {
    it(`scores a ${goalMetric} goal on its own metric (${metric})`, async () => {
      const project = b2bSaasLeads({ goalMetric, constraints: [], doNotDo: [], allowedChannels: ['meta', 'instagram'] });
      const insights = [perf('meta', 50, 2000, 1000, extra), perf('instagram', 40, 2000, 1000, extra)];
      const c = (await plan(project, { insights })).content;
      assert.equal(c.scoring?.metric, metric);
      assert.equal(allocation(c, 'meta').metric?.name, metric);
      assert.match(allocation(c, 'meta').rationale, new RegExp(`^${metric} £`));
    });
  }

  it('never mixes another currency into cost figures: it informs the rate only, and the notes say so', async () => {
    const project = dtcSales({ currency: 'EUR', budgetMinor: 2_400_000, allowedChannels: ['google_search', 'meta'] });
    const insights = [perf('google_search', 79, 1000, 2000, { currency: 'EUR' }), perf('meta', 88, 2000, 1400, { currency: 'USD' })];
    const c = (await plan(project, { insights })).content;
    const m = allocation(c, 'meta');
    assert.equal(m.metric?.text, 'unknown in EUR');
    assert.match(m.rationale, /results in USD inform the conversion rate only, so its cost in EUR is unknown/);
    assert.ok(c.evidence!.notes.some((n) => /Results in USD \(Meta \(Facebook\)\) inform the conversion rate only: their spend is never mixed into EUR cost figures/.test(n)));
    assert.equal(c.posteriors.find((p) => p.channel === 'meta')?.costKnown, false);
    // Only USD results: no cost anywhere in EUR, so the split is kept and the plan says why.
    const onlyUsd = (await plan(project, { insights: [perf('google_search', 79, 1000, 2000, { currency: 'USD' }), perf('meta', 88, 2000, 1400, { currency: 'USD' })] })).content;
    assert.match(onlyUsd.methodNote, /none has spend in EUR, so channels cannot be compared on CPA and the split of the priors is kept/);
    const priors = (await plan(project, { skipKaizen: true })).content;
    assert.deepEqual(onlyUsd.allocations.map((a) => a.share), priors.allocations.map((a) => a.share));
    // With an exchange rate given, USD spend counts, converted.
    const withRate = (await plan(project, { insights, options: { media: { exchangeRates: { USD: 0.9 } } } })).content;
    assert.match(allocation(withRate, 'meta').metric!.text, /^€/);
    assert.ok(withRate.evidence!.notes.some((n) => /converted at 0\.9 EUR per USD/.test(n)));
  });

  it('reads a family ("social") for each of its members in the plan: search beating social moves budget to search', async () => {
    const project = dtcSales({ currency: 'GBP', budgetMinor: 2_400_000, allowedChannels: ['google_search', 'meta', 'instagram'] });
    const insights = [perf('google_search', 300, 3000, 3000), perf('social', 40, 4000, 3000, { reading: 'family', members: ['meta', 'instagram', 'linkedin', 'x', 'tiktok'] })];
    const priors = (await plan(project, { skipKaizen: true })).content;
    const c = (await plan(project, { insights })).content;
    assert.ok(shareOf(c, 'google_search') > shareOf(priors, 'google_search'));
    assert.ok(shareOf(c, 'meta') < shareOf(priors, 'meta') && shareOf(c, 'instagram') <= shareOf(priors, 'instagram'));
    assert.match(allocation(c, 'meta').rationale, /"social" results split 2 ways/);
  });

  it('does not chase noise: near-equal channels keep the approved split and the plan says it is too close to call', async () => {
    const project = b2bSaasLeads({ constraints: [], doNotDo: [], allowedChannels: ['google_search', 'meta'] });
    const first = (await plan(project, { skipKaizen: true })).content;
    const insights = [perf('google_search', 61, 2000, 2000), perf('meta', 59, 2000, 2000)];
    const c = (await plan(project, { insights, approved: approved(first) })).content;
    assert.deepEqual(c.allocations.map((a) => a.share), first.allocations.map((a) => a.share));
    assert.equal(c.proposal!.moved, false);
    assert.match(c.guardrail!.sentence, /^Too close to call/);
    assert.match(allocation(c, 'google_search').rationale, /kept: too close to call/);
  });

  it('when a detected change makes the step limit costly, shows the larger move and recommends it', async () => {
    const project = dtcSales({ currency: 'GBP', budgetMinor: 2_400_000, allowedChannels: ['google_search', 'meta', 'email'] });
    const base = approved({ allocations: [{ channel: 'google_search', share: 0.8 }, { channel: 'meta', share: 0.1 }, { channel: 'email', share: 0.1 }] } as unknown as MediaContent, 5);
    const change = { since: '2026-03-02', metric: 'conversion rate', before: 0.06, after: 0.012, direction: 'fell' as const, pValue: 1e-9, rowsSetAside: 24 };
    const insights = [perf('google_search', 12, 1000, 1000, { change }), perf('meta', 120, 2000, 1000), perf('email', 30, 1000, 1000)];
    const c = (await plan(project, { insights, approved: base, version: 6 })).content;
    assert.ok(Math.abs(shareOf(c, 'google_search') - 0.7) < 1e-4, 'the proposal keeps to the 10-point limit');
    assert.ok(c.unconstrained, 'the move without the limit is shown');
    assert.ok(c.unconstrained!.allocations.find((a) => a.channel === 'meta')!.share > 0.5);
    assert.equal(c.guardrail?.recommendLargerMove, true);
    assert.match(c.guardrail!.sentence, /^A change was detected on Google Search, which makes the step limit costly: .* Accept the larger move: aicmo media approve trailfox-spring --accept-larger-move\.$/);
    assert.match(allocation(c, 'google_search').rationale, /conversion rate fell from 6\.0% to 1\.2% since 2 March 2026, older results set aside/);
    assert.ok(c.evidence!.notes.includes('Google Search conversion rate fell from 6.0% to 1.2% since 2 March 2026 — older results set aside.'));
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
