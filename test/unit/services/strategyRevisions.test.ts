// Request-changes records what must change; the next strategy version shows that it changed (which
// sections and items, because of which request) or says why it could not. Real workspaces: the
// flow, the decision and the re-run go through the services, on sql.js files in a temp folder.
import assert from 'node:assert/strict';
import type { StrategyContent } from '../../../src/orchestrator/subsystems/strategy/types';
import { decideProjectStrategy, fixture, intake, runProjectFlow, updateProject, value, type Fixture } from './fixtures';

const dental = intake({
  name: 'Smile Dental New Patients',
  client: 'Smile Dental',
  industry: 'Dental clinic',
  product: 'family dentistry',
  goal: 'More new patient bookings',
  goalMetric: 'leads',
  audiences: ['families in Leeds'],
  geography: 'Leeds',
  budgetMinor: 90_000,
  constraints: [],
  mustInclude: [],
  doNotDo: [],
  kpiTargets: { cpl: 120, leads: 180 },
  benefits: ['Same-day emergency appointments'],
  proofPoints: ['4.9 stars from 600 Google reviews'],
});

describe('strategy: change requests change the next version', function () {
  this.timeout(60_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  const versions = (id: string) => f.store.readProject(id, (tx) => tx.artifacts.history('strategy').filter((a) => a.error === null).reverse());
  const latest = async (id: string) => {
    const all = await versions(id);
    return { ...all.at(-1)!, content: all.at(-1)!.content as StrategyContent, count: all.length };
  };

  async function requestAndRerun(reason: string, decision: 'request_changes' | 'reject' = 'request_changes') {
    const p = await f.store.createProject(dental);
    value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    const v1 = await latest(p.id);
    value(await decideProjectStrategy(f.env, p.id, { decision, reason, by: { name: 'Priya', kind: 'client' } }));
    value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    return { p, v1: v1.content, v2: await latest(p.id) };
  }

  const CASES: { reason: string; outcome: string; section: string; change: string; item: RegExp; check: (v1: StrategyContent, v2: StrategyContent) => void }[] = [
    {
      reason: 'Focus more on emergency appointments',
      outcome: 'applied',
      section: 'pillars',
      change: 'added',
      // The template's pillar for the brief's benefit ("Same-day emergency appointments") is the one brought in.
      item: /^Say what is different$/,
      check: (v1, v2) => {
        assert.ok(!v1.pillars.some((p) => /emergency appointments/i.test(p.description)));
        assert.match(v2.pillars[0]!.description, /same-day emergency appointments/);
      },
    },
    {
      reason: 'Put the reviews pillar first',
      outcome: 'applied',
      section: 'pillars',
      change: 'moved',
      item: /^Trust through people and proof$/,
      check: (v1, v2) => {
        assert.notEqual(v1.pillars[0]!.name, 'Trust through people and proof');
        assert.equal(v2.pillars[0]!.name, 'Trust through people and proof');
      },
    },
    {
      reason: 'Drop the "Be found nearby" pillar',
      outcome: 'applied',
      section: 'pillars',
      change: 'removed',
      item: /^Be found nearby$/,
      check: (v1, v2) => {
        assert.ok(v1.pillars.some((p) => p.name === 'Be found nearby'));
        assert.ok(!v2.pillars.some((p) => p.name === 'Be found nearby'));
        assert.ok(v2.pillars.length >= 3, 'a spare pillar keeps the plan at three');
      },
    },
    {
      reason: 'Please add a risk about staff availability in August',
      outcome: 'applied',
      section: 'risks',
      change: 'added',
      item: /^Staff availability in August/,
      check: (_v1, v2) => assert.ok(v2.risks.some((r) => /Staff availability in August \(raised at review\)/.test(r.risk))),
    },
    {
      reason: 'Too long, make it shorter',
      outcome: 'applied',
      section: 'summary',
      change: 'removed',
      item: /executive summary/,
      check: (v1, v2) => assert.ok(v2.executiveSummary.length < v1.executiveSummary.length),
    },
  ];

  for (const c of CASES) {
    it(`"${c.reason}" → ${c.section} ${c.change}, ${c.outcome}`, async () => {
      const { v1, v2 } = await requestAndRerun(c.reason);
      assert.equal(v2.version, 2);
      assert.equal(v2.status, 'in_review');
      const req = v2.content.changeRequests.find((r) => r.reason === c.reason)!;
      assert.equal(req.by, 'Priya');
      assert.equal(req.outcome, c.outcome, JSON.stringify(req));
      assert.ok(req.applied.length > 0);
      const rev = v2.content.revision!;
      assert.equal(rev.basedOn, 1);
      assert.deepEqual(rev.requests, [req.id]);
      const change = rev.changes.find((x) => x.section === c.section && x.change === c.change && c.item.test(x.item));
      assert.ok(change, `a ${c.section} ${c.change} change: ${JSON.stringify(rev.changes)}`);
      assert.equal(change.requestId, req.id);
      assert.match(change.because, /the change request by Priya: "/);
      c.check(v1, v2.content);
      assert.match(rev.note, /Since version 1: Priya's request/);
      assert.ok(!v2.content.checklist.some((i) => i.item.includes(c.reason)), 'the request is answered in the plan, not repeated as a checklist line');
    });
  }

  it('says why when a request cannot be applied, instead of a v2 identical but for a checklist line', async () => {
    const { v2 } = await requestAndRerun('The vibe is off somehow', 'reject');
    const req = v2.content.changeRequests[0]!;
    assert.equal(req.kind, 'reject');
    assert.equal(req.outcome, 'not applied');
    assert.match(req.notApplied[0]!, /could not read a change it can make from "The vibe is off somehow": edit the strategy in the War Room, or change the brief/);
    assert.match(v2.content.revision!.note, /not applied, no change/);
  });

  it('a request for a change only the brief can make is answered once the brief changes', async () => {
    const { p, v2 } = await requestAndRerun('The budget should be £1,500');
    assert.equal(v2.content.changeRequests[0]!.outcome, 'not applied');
    assert.match(v2.content.changeRequests[0]!.notApplied[0]!, /The budget comes from the brief, not the strategy: change it with aicmo project update smile-dental-new-patients --budget AMOUNT/);
    // The client asks again; the strategist updates the brief; the next version says the brief answered it.
    value(await decideProjectStrategy(f.env, p.id, { decision: 'request_changes', reason: 'Budget: £1,500 as agreed', by: { name: 'Priya', kind: 'client' } }));
    value(await updateProject(f.env, p.id, { budgetMinor: 150_000 }));
    value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    const v3 = await latest(p.id);
    assert.equal(v3.version, 3);
    const second = v3.content.changeRequests[1]!;
    assert.equal(second.outcome, 'applied');
    assert.match(second.applied[0]!, /The brief was updated: budget £900\.00 → £1,500\.00/);
    const budget = v3.content.revision!.changes.find((c) => c.section === 'situation' && c.item === 'budget')!;
    assert.equal(budget.requestId, second.id);
    // The first request's record is history: kept as version 2 wrote it.
    assert.deepEqual(v3.content.changeRequests[0], v2.content.changeRequests[0]);
  });

  it('every later version keeps the change, and a re-run with nothing new keeps the version', async () => {
    const { p } = await requestAndRerun('Focus more on emergency appointments');
    for (let i = 0; i < 3; i++) value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    assert.equal((await latest(p.id)).count, 2, 'unchanged inputs keep version 2');
    // The brief changes: version 3 is made from it, and the requested pillar is still first.
    value(await updateProject(f.env, p.id, { audiences: ['families in Leeds', 'nervous patients'] }));
    value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    const v3 = await latest(p.id);
    assert.equal(v3.version, 3);
    assert.match(v3.content.pillars[0]!.description, /same-day emergency appointments/);
    assert.deepEqual(v3.content.revision!.requests, [], 'no new request in version 3');
    assert.ok(v3.content.revision!.changes.some((c) => c.section === 'situation' && c.item === 'audiences' && c.because === 'the brief changed'));
  });

  it('"No TikTok" drops what needs TikTok and says the media plan follows the brief', async () => {
    const shop = intake({ industry: 'Online store for outdoor footwear', goalMetric: 'sales', product: 'trail shoes', audiences: ['trail runners'], excludedChannels: ['instagram', 'youtube'], doNotDo: [], constraints: [] });
    const p = await f.store.createProject(shop);
    value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    const v1 = await latest(p.id);
    assert.ok(v1.content.funnel.some((x) => x.tactics.some((t) => /TikTok/.test(t))));
    value(await decideProjectStrategy(f.env, p.id, { decision: 'request_changes', reason: 'No TikTok', by: { name: 'Dana', kind: 'internal' } }));
    value(await runProjectFlow(f.env, p.id, { only: 'strategy' }));
    const v2 = await latest(p.id);
    assert.ok(!v2.content.funnel.some((x) => x.tactics.some((t) => /TikTok/.test(t))));
    const req = v2.content.changeRequests[0]!;
    assert.equal(req.outcome, 'partly applied');
    assert.match(req.notApplied[0]!, /--exclude-channel tiktok/);
    assert.ok(v2.content.revision!.changes.some((c) => c.section === 'funnel' && c.change === 'removed' && c.requestId === req.id));
  });
});
