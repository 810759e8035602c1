// Period-over-period change and direction-aware goal status.
import assert from 'node:assert/strict';
import { change, goalProgress, previousPeriod, readKpiName, statusOf, sumTotals, type GoalContext } from '../../../src/orchestrator/analytics';
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
    return { t };
  };

  it('lower CPA than the target is ahead; higher is behind', () => {
    const good = totalsFor(40_000, 10, 0); // CPA 40 vs target 50 → pace 1.25
    const bad = totalsFor(60_000, 10, 0); // CPA 60 vs 50 → pace 0.83
    const [g] = goalProgress({ cpa: 50 }, good.t, ctx);
    const [b] = goalProgress({ cpa: 50 }, bad.t, ctx);
    assert.deepEqual([g!.direction, g!.actual, g!.pace, g!.status], ['lower', 40, 1.25, 'ahead']);
    assert.equal(b!.status, 'behind');
  });

  it('higher ROAS than the target is ahead; within ±10 % is on track', () => {
    const { t } = totalsFor(10_000, 1, 38_000); // ROAS 3.8 vs 4 → 0.95
    const [r] = goalProgress({ roas: 4 }, t, ctx);
    assert.deepEqual([r!.direction, r!.status], ['higher', 'on track']);
  });

  it('pro-rates total targets by the elapsed days of the project', () => {
    const { t } = totalsFor(10_000, 260, 0);
    const [c] = goalProgress({ conversions: 500 }, t, ctx);
    assert.equal(c!.expected, 250); // 500 × 15/30
    assert.equal(c!.progress, 0.52); // of the full target
    assert.equal(c!.status, 'on track'); // 260 / 250 = 1.04
    const [late] = goalProgress({ conversions: 500 }, t, { ...ctx, asOf: '2026-10-30' });
    assert.equal(late!.status, 'behind'); // 260 of 500 with the project over
    const [noDates] = goalProgress({ conversions: 500 }, t, { currency: 'USD' });
    assert.equal(noDates!.expected, 500);
    assert.match(noDates!.note!, /full target/);
  });

  it('no data: no rows, a zero denominator, or an unknown metric', () => {
    const empty = sumTotals([]);
    const [cpa] = goalProgress({ cpa: 50 }, empty, ctx);
    assert.equal(cpa!.status, 'no data');
    const { t } = totalsFor(10_000, 0, 0);
    const [noConv] = goalProgress({ cpa: 500 }, t, ctx); // 100 spent, no conversion: the first could still cost less than 500
    assert.deepEqual([noConv!.actual, noConv!.status], [null, 'no data']);
    const [over] = goalProgress({ cpa: 50 }, t, ctx); // 100 spent, no conversion: the first one would cost more than 50
    assert.deepEqual([over!.actual, over!.status], [null, 'behind']);
    assert.match(over!.note!, /100\.00 USD spent with no conversions yet: already above the target of 50\.00/);
    const [unknown] = goalProgress({ likes: 3 }, t, ctx);
    assert.equal(unknown!.status, 'no data');
    assert.match(unknown!.note!, /"likes" is not a KPI AICMO can compute/);
  });

  it('status thresholds', () => {
    assert.deepEqual([statusOf(1.1), statusOf(1.0999), statusOf(0.9), statusOf(0.8999), statusOf(null)], ['ahead', 'on track', 'on track', 'behind', 'no data']);
  });
});

describe('analytics: goals compute whenever the data can answer them', () => {
  // A leads campaign: £4,563.16 spent, 130 conversions, 2,435 clicks, 75,555 impressions, £12,059.72 value.
  const t = sumTotals([
    row({ spendMinor: 245_324, impressions: 40_000, clicks: 1_020, conversions: 54, conversionValueMinor: 600_000, engagements: 900 }),
    row({ date: '2026-10-02', spendMinor: 210_992, impressions: 35_555, clicks: 1_415, conversions: 76, conversionValueMinor: 605_972, engagements: 300 }),
  ]);
  const leads: GoalContext = { currency: 'GBP', goalMetric: 'leads' };
  const sales: GoalContext = { currency: 'GBP', goalMetric: 'sales' };
  const cases: { name: string; ctx: GoalContext; target: number; kpi: string | null; label: string; actual: number | null; status: string; note?: RegExp; needs?: string }[] = [
    { name: 'cpl', ctx: leads, target: 120, kpi: 'cpa', label: 'Cost per lead', actual: 35.1012, status: 'ahead' },
    { name: 'Cost per lead', ctx: leads, target: 30, kpi: 'cpa', label: 'Cost per lead', actual: 35.1012, status: 'behind' },
    { name: 'cost_per_lead', ctx: leads, target: 35, kpi: 'cpa', label: 'Cost per lead', actual: 35.1012, status: 'on track' },
    { name: 'leads', ctx: leads, target: 180, kpi: 'conversions', label: 'Leads', actual: 130, status: 'behind' },
    { name: 'bookings', ctx: leads, target: 100, kpi: 'conversions', label: 'Leads', actual: 130, status: 'ahead' },
    { name: 'conversions', ctx: sales, target: 130, kpi: 'conversions', label: 'Purchases', actual: 130, status: 'on track' },
    { name: 'purchases', ctx: sales, target: 100, kpi: 'conversions', label: 'Purchases', actual: 130, status: 'ahead' },
    { name: 'cpo', ctx: sales, target: 40, kpi: 'cpa', label: 'Cost per purchase', actual: 35.1012, status: 'ahead' },
    { name: 'leads', ctx: sales, target: 180, kpi: null, label: 'leads', actual: null, status: 'no data', needs: 'leads', note: /needs a leads column: this sales campaign's conversions count purchases/ },
    { name: 'cpl', ctx: sales, target: 120, kpi: null, label: 'cpl', actual: null, status: 'no data', needs: 'leads', note: /needs a leads column/ },
    { name: 'purchases', ctx: leads, target: 10, kpi: null, label: 'purchases', actual: null, status: 'no data', needs: 'purchases', note: /needs a purchases column/ },
    { name: 'sql_rate', ctx: leads, target: 0.2, kpi: null, label: 'SQL rate', actual: null, status: 'no data', needs: 'sqls (sales-qualified leads)', note: /needs a sqls \(sales-qualified leads\) column/ },
    { name: 'CTR', ctx: leads, target: 0.03, kpi: 'ctr', label: 'CTR', actual: 2435 / 75555, status: 'on track' },
    { name: 'conversionRate', ctx: leads, target: 0.05, kpi: 'conversion_rate', label: 'Conversion rate', actual: 130 / 2435, status: 'on track' },
    { name: 'cvr', ctx: leads, target: 0.05, kpi: 'conversion_rate', label: 'Conversion rate', actual: 130 / 2435, status: 'on track' },
    { name: 'cpc', ctx: leads, target: 2, kpi: 'cpc', label: 'CPC', actual: 4563.16 / 2435, status: 'on track' },
    { name: 'cpm', ctx: leads, target: 60, kpi: 'cpm', label: 'CPM', actual: (4563.16 / 75555) * 1000, status: 'on track' },
    { name: 'roas', ctx: sales, target: 2, kpi: 'roas', label: 'ROAS', actual: 12059.72 / 4563.16, status: 'ahead' },
    { name: 'revenue', ctx: sales, target: 12000, kpi: 'conversion_value', label: 'Conversion value', actual: 12059.72, status: 'on track' },
    { name: 'aov', ctx: sales, target: 90, kpi: 'aov', label: 'Average order value', actual: 12059.72 / 130, status: 'on track' },
    { name: 'cost per engagement', ctx: leads, target: 5, kpi: 'cpe', label: 'Cost per engagement', actual: 4563.16 / 1200, status: 'ahead' },
    { name: 'reach', ctx: leads, target: 1000, kpi: 'reach', label: 'Reach', actual: null, status: 'no data', needs: 'reach', note: /needs a reach column/ },
    { name: 'frequency', ctx: leads, target: 3, kpi: 'frequency', label: 'Frequency', actual: null, status: 'no data', needs: 'reach' },
    { name: 'likes', ctx: leads, target: 3, kpi: null, label: 'likes', actual: null, status: 'no data', note: /"likes" is not a KPI AICMO can compute \(known: conversions, clicks/ },
  ];
  for (const c of cases) {
    it(`${c.name}=${c.target} on a ${c.ctx.goalMetric} campaign → ${c.kpi ?? 'not computable'}, ${c.status}`, () => {
      const [g] = goalProgress({ [c.name]: c.target }, t, c.ctx);
      assert.equal(g!.metric, c.name);
      assert.deepEqual([g!.kpi, g!.label, g!.status], [c.kpi, c.label, c.status]);
      if (c.actual === null) assert.equal(g!.actual, null);
      else assert.ok(Math.abs(g!.actual! - c.actual) < 1e-3, `actual ${g!.actual} ≈ ${c.actual}`);
      assert.equal(g!.needs, c.needs);
      if (c.note) assert.match(g!.note!, c.note);
    });
  }

  it('reach over several rows is a lower bound: it can show a target met, never one missed', () => {
    const r = sumTotals([row({ reach: 5000, impressions: 9000 }), row({ date: '2026-10-02', reach: 4000, impressions: 8000 })]);
    const [met] = goalProgress({ reach: 4000 }, r, leads);
    assert.deepEqual([met!.actual, met!.status], [5000, 'ahead']);
    assert.match(met!.note!, /at least 5,000: largest single-row reach/);
    const [unknown] = goalProgress({ reach: 20000 }, r, leads);
    assert.deepEqual([unknown!.status, unknown!.pace], ['no data', null]);
    const one = sumTotals([row({ reach: 5000, impressions: 15000 })]);
    assert.equal(goalProgress({ frequency: 3 }, one, leads)[0]!.actual, 3);
  });

  it('without a goal every conversion alias reads as conversions', () => {
    assert.equal(readKpiName('leads').kpi, 'conversions');
    assert.equal(readKpiName('purchases').kpi, 'conversions');
    assert.equal(readKpiName('CPL').kpi, 'cpa');
    assert.equal(readKpiName('Cost-Per-Lead', 'leads').label, 'Cost per lead');
  });
});
