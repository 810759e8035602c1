// The Kaizen loop, end to end over a real workspace: results and decisions recorded through the
// store and the event log change the next plan.
import assert from 'node:assert/strict';
import { value } from '../operations/helpers';
import { runOperation } from '../../../src/orchestrator/operations';
import { serviceEnv } from '../../../src/orchestrator/services';
import { type CreativeRow } from '../../../src/orchestrator/store/types';
import { runFlow } from '../../../src/orchestrator/flow';
import { deriveInsights } from '../../../src/orchestrator/kaizen/insights';
import { insightsOfKind } from '../../../src/orchestrator/kaizen/types';
import { allEvents, intake, workspaceWithProject, type Fixture } from '../flow/helpers';
import { pastResults } from './helpers';

interface Allocation {
  channel: string;
  share: number;
  amountMinor: number;
}

async function mediaPlan(f: Fixture, name: string, skipKaizen: boolean): Promise<{ allocations: Allocation[]; insights: string[]; skip: boolean }> {
  const p = await f.store.createProject(intake({ name }));
  await runFlow(f.store, p.id, { actor: 'ci', skipKaizen, only: 'strategy' });
  const r = await runFlow(f.store, p.id, { actor: 'ci', skipKaizen, only: 'media' });
  assert.equal(r.status, 'completed');
  const media = await f.store.readProject(p.id, (tx) => tx.artifacts.latestByKind().media!);
  return { allocations: (media.content as { allocations: Allocation[] }).allocations, insights: media.insights.map((i) => i.id), skip: media.skipKaizen };
}

const share = (plan: { allocations: Allocation[] }, channel: string): number => plan.allocations.find((a) => a.channel === channel)?.share ?? 0;

describe('Kaizen loop', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject({ name: 'Past spring campaign' })));
  afterEach(() => f.cleanup());

  it('(a) moves the next media plan toward the channel that converted best, within the step limit, compared with a skip-Kaizen plan', async () => {
    // Meta converts at 10 %, Google Search at 1 %, the others in between.
    await pastResults(f.store, f.projectId, { meta: 40, search: 4, instagram: 10, tiktok: 8, email: 12 });
    const priors = await mediaPlan(f, 'Next launch (priors)', true);
    const learned = await mediaPlan(f, 'Next launch (Kaizen)', false);

    assert.equal(priors.skip, true);
    assert.deepEqual(priors.insights, []);
    assert.ok(learned.insights.includes('channel-performance:meta:GBP'), learned.insights.join(', '));
    assert.ok(share(learned, 'meta') > share(priors, 'meta'), `meta: ${share(priors, 'meta')} → ${share(learned, 'meta')}`);
    assert.ok(share(learned, 'google_search') < share(priors, 'google_search'), 'budget leaves the weakest channel');
    const maxStep = 0.1;
    for (const a of learned.allocations) assert.ok(Math.abs(a.share - share(priors, a.channel)) <= maxStep + 1e-9, `${a.channel} moved at most ${maxStep}`);
    assert.ok(Math.abs(share(learned, 'meta') - share(priors, 'meta') - maxStep) < 1e-9, 'the clear winner takes the full step');
    const budget = intake().budgetMinor;
    assert.equal(learned.allocations.reduce((t, a) => t + a.amountMinor, 0), budget, 'the split still sums exactly to the budget');

    const applied = (await allEvents(f.events, 'kaizen.applied')).filter((e) => e.data.subsystem === 'media');
    assert.ok(applied.some((e) => e.data.insight === 'channel-performance:meta:GBP'));
  });

  it('(b) ranks an angle lower on its channel after it is rejected, and a repeated decision on the same copy counts once', async () => {
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const creatives = () => f.store.readProject(f.slug, (tx) => tx.creatives.list());
    const first = await creatives();
    // The top creative of a channel with more than one (a search set without an offer is one ad: nothing to rank it below).
    const top = first.find((r) => first.filter((x) => x.channel === r.channel).length > 1)!;
    const positionOn = (rows: CreativeRow[]) => rows.filter((r) => r.channel === top.channel).findIndex((r) => r.angle === top.angle);
    assert.equal(positionOn(first), 0, 'the angle starts first on its channel');

    await value(f.store, 'creatives.decide', { ids: [top.id], decision: 'reject', reason: 'Feels pushy', by: { name: 'Chris', kind: 'client' } });
    // A rejected creative stays rejected on a re-run; a new version to decide on is an explicit regenerate.
    const r = await runOperation(serviceEnv(f.store, 'ci'), 'creatives.regenerate', { project: f.slug, ids: [top.id] });
    assert.ok(r.ok && r.value.value.run.subsystems[0]?.status === 'completed', JSON.stringify(r));
    const last = await creatives();
    const again = last.find((x) => x.channel === top.channel && x.angle === top.angle)!;
    assert.ok(positionOn(last) > 0, `${top.angle} on ${top.channel} is no longer first (position ${positionOn(last)})`);
    assert.ok(again.rank! > top.rank!, `rank ${top.rank} → ${again.rank}`);
    assert.match(again.rankReason ?? '', /reject/i);
    const latest = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind().creatives!);
    assert.ok(latest.insights.some((i) => i.id === `angle-approval:${top.channel}:${top.angle}`), 'the artifact lists the insight it applied');

    // The same copy rejected again (as it came back in the new set) is still one rejection.
    if (again.headline === top.headline && again.body === top.body && again.cta === top.cta && again.status !== 'rejected') {
      await value(f.store, 'creatives.decide', { ids: [again.id], decision: 'reject', reason: 'Still pushy', by: { name: 'Chris', kind: 'client' } });
    }
    const [insight] = insightsOfKind((await deriveInsights(f.store, { project: f.slug })).insights, 'angle-approval').filter((i) => i.payload.channel === top.channel && i.payload.angle === top.angle);
    assert.deepEqual(insight?.payload.copies, { approved: 0, rejected: 1 });
  });

  it('turns strategy rejection reasons into the next strategy checklist', async () => {
    await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'reject', reason: 'No proof points for the sustainability claims' }, 'Chris');
    const r = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy' });
    assert.equal(r.subsystems[0]?.version, 2);
    const strategy = await f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind().strategy!);
    assert.match(JSON.stringify(strategy.content), /No proof points for the sustainability claims/);
    assert.equal(strategy.insights.length, 1);
    assert.match(strategy.insights[0]!.id, /^rejection-reason:no-proof-points/);
  });
});
