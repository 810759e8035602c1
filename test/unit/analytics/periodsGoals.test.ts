// Period-over-period change and direction-aware goal status.
import assert from 'node:assert/strict';
import { change, computeKpis, goalProgress, previousPeriod, statusOf, sumTotals } from '../../../src/orchestrator/analytics';
import { row } from './rows';

describe('analytics: periods', () => {
  it('the previous period has the same length and ends the day before', () => {
    assert.deepEqual(previousPeriod({ from: '2026-10-08', to: '2026-10-14' }), { from: '2026-10-01', to: '2026-10-07' });
    assert.deepEqual(previousPeriod({ from: '2026-03-01', to: '2026-03-31' }), { from: '2026-01-29', to: '2026-02-28' });
  });

  it('change is null when there is nothing to compare with', () => {
    assert.deepEqual(change(150, 100), { current: 150, previous: 100, absolute: 50, relative: 0.5 });
    assert.deepEqual(change(150, null), { current: 150, previous: null, absolute: null, relative: null });
    assert.equal(change(5, 0).relative, null);
  });
});

describe('analytics: goals', () => {
  // 30-day project, 15 days elapsed: half of a total target is expected by now.
  const ctx = { currency: 'USD', projectStart: '2026-10-01', projectEnd: '2026-10-30', asOf: '2026-10-15' };
  const totalsFor = (spendMinor: number, conversions: number, valueMinor: number) => {
    const t = sumTotals([row({ spendMinor, conversions, conversionValueMinor: valueMinor, clicks: 100, impressions: 1000 })]);
    return { t, k: computeKpis(t, 'USD') };
  };

  it('lower CPA than the target is ahead; higher is behind', () => {
    const good = totalsFor(40_000, 10, 0); // CPA 40 vs target 50 → pace 1.25
    const bad = totalsFor(60_000, 10, 0); // CPA 60 vs 50 → pace 0.83
    const [g] = goalProgress({ cpa: 50 }, good.t, good.k, ctx);
    const [b] = goalProgress({ cpa: 50 }, bad.t, bad.k, ctx);
    assert.deepEqual([g!.direction, g!.actual, g!.pace, g!.status], ['lower', 40, 1.25, 'ahead']);
    assert.equal(b!.status, 'behind');
  });

  it('higher ROAS than the target is ahead; within ±10 % is on track', () => {
    const { t, k } = totalsFor(10_000, 1, 38_000); // ROAS 3.8 vs 4 → 0.95
    const [r] = goalProgress({ roas: 4 }, t, k, ctx);
    assert.deepEqual([r!.direction, r!.status], ['higher', 'on track']);
  });

  it('pro-rates total targets by the elapsed days of the project', () => {
    const { t, k } = totalsFor(10_000, 260, 0);
    const [c] = goalProgress({ conversions: 500 }, t, k, ctx);
    assert.equal(c!.expected, 250); // 500 × 15/30
    assert.equal(c!.progress, 0.52); // of the full target
    assert.equal(c!.status, 'on track'); // 260 / 250 = 1.04
    const [late] = goalProgress({ conversions: 500 }, t, k, { ...ctx, asOf: '2026-10-30' });
    assert.equal(late!.status, 'behind'); // 260 of 500 with the project over
    const [noDates] = goalProgress({ conversions: 500 }, t, k, { currency: 'USD' });
    assert.equal(noDates!.expected, 500);
    assert.match(noDates!.note!, /full target/);
  });

  it('no data: no rows, a zero denominator, or an unknown metric', () => {
    const empty = sumTotals([]);
    const [cpa] = goalProgress({ cpa: 50 }, empty, computeKpis(empty, 'USD'), ctx);
    assert.equal(cpa!.status, 'no data');
    const { t, k } = totalsFor(10_000, 0, 0);
    const [noConv] = goalProgress({ cpa: 50 }, t, k, ctx);
    assert.deepEqual([noConv!.actual, noConv!.status], [null, 'no data']);
    const [unknown] = goalProgress({ likes: 3 }, t, k, ctx);
    assert.equal(unknown!.status, 'no data');
    assert.match(unknown!.note!, /no rule for "likes"/);
  });

  it('status thresholds', () => {
    assert.deepEqual([statusOf(1.1), statusOf(1.0999), statusOf(0.9), statusOf(0.8999), statusOf(null)], ['ahead', 'on track', 'on track', 'behind', 'no data']);
  });
});
