// Each KPI on numbers worked out by hand, from summed numerators and denominators.
import assert from 'node:assert/strict';
import { computeKpis, groupRows, sumTotals, weekStart } from '../../../src/orchestrator/analytics';
import { row } from './rows';

describe('analytics: KPIs', () => {
  // Day 1: 100 € on 10,000 impressions, 200 clicks, 4 conversions worth 500 €.
  // Day 2: 300 € on 30,000 impressions, 100 clicks, 16 conversions worth 700 €.
  const rows = [
    row({ date: '2026-10-01', spendMinor: 10_000, impressions: 10_000, clicks: 200, conversions: 4, conversionValueMinor: 50_000, engagements: 500 }),
    row({ date: '2026-10-02', spendMinor: 30_000, impressions: 30_000, clicks: 100, conversions: 16, conversionValueMinor: 70_000, engagements: 700 }),
  ];

  it('computes every ratio from the totals, not as an average of daily ratios', () => {
    const totals = sumTotals(rows);
    assert.deepEqual([totals.spendMinor, totals.impressions, totals.clicks, totals.conversions, totals.conversionValueMinor], [40_000, 40_000, 300, 20, 120_000]);
    const k = computeKpis(totals, 'EUR');
    assert.equal(k.ctr, 300 / 40_000); // 0.75 % (the mean of daily CTRs would be 1.17 %)
    assert.equal(k.cpc, 400 / 300); // 1.333 €
    assert.equal(k.cpm, 10); // 400 € / 40,000 × 1000
    assert.equal(k.cpa, 20); // 400 € / 20
    assert.equal(k.conversionRate, 20 / 300);
    assert.equal(k.roas, 3); // 1,200 € / 400 €
    assert.equal(k.roi, 2); // (1,200 − 400) / 400
    assert.deepEqual(k.engagementRate, { value: 1200 / 40_000, denominator: 'impressions' });
  });

  it('gives null, never 0 or Infinity, when a denominator is zero or unreported', () => {
    const k = computeKpis(sumTotals([row({ spendMinor: 5_000, impressions: 0, clicks: 0, conversions: 0 })]), 'USD');
    assert.deepEqual([k.ctr, k.cpc, k.cpm, k.cpa, k.conversionRate, k.roas, k.roi, k.engagementRate.value, k.frequency], [null, null, null, null, null, null, null, null, null]);
    const none = computeKpis(sumTotals([]), 'USD');
    assert.equal(none.roas, null);
  });

  it('uses the currency minor digits (JPY has none)', () => {
    const k = computeKpis(sumTotals([row({ spendMinor: 1_000, clicks: 4, impressions: 100 })]), 'JPY');
    assert.equal(k.cpc, 250);
  });

  it('does not add reach across rows: one row is exact (with frequency), several give the largest row as a lower bound', () => {
    const one = sumTotals([row({ impressions: 1500, reach: 1000 })]);
    assert.deepEqual(one.reach, { value: 1000, exact: true, method: 'reported by the platform for this row' });
    assert.equal(computeKpis(one, 'USD').frequency, 1.5);
    const many = sumTotals([row({ impressions: 1500, reach: 1000 }), row({ date: '2026-10-02', impressions: 3000, reach: 2500 })]);
    assert.equal(many.reach!.value, 2500);
    assert.equal(many.reach!.exact, false);
    assert.match(many.reach!.method, /largest single-row reach of 2 rows \(a lower bound; reach is not additive\)/);
    assert.equal(computeKpis(many, 'USD').frequency, null);
  });

  it('groups by channel, day and ISO week', () => {
    const mixed = [row({ date: '2026-10-04', channel: 'search' }), row({ date: '2026-10-05', channel: 'social' }), row({ date: '2026-10-05', channel: 'search' })];
    assert.deepEqual(
      groupRows(mixed, 'channel').map((g) => [g.key, g.rows.length]),
      [
        ['search', 2],
        ['social', 1],
      ],
    );
    assert.deepEqual(
      groupRows(mixed, 'week').map((g) => [g.key, g.rows.length]),
      [
        ['2026-09-28', 1],
        ['2026-10-05', 2],
      ],
    );
    assert.equal(weekStart('2026-10-11'), '2026-10-05'); // a Sunday belongs to the week of the Monday before
  });
});
