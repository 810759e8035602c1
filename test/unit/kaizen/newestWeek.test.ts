// The newest week's part of each channel's evidence (what a plan checks the older results against):
// the calendar week of the newest result that counts, weighted like the totals.
import assert from 'node:assert/strict';
import { channelPerformanceFromRows, type ChannelRowGroup, type ProjectChannelRows } from '../../../src/orchestrator/kaizen/channelEvidence';
import type { BriefFacts } from '../../../src/orchestrator/kaizen/similarity';

const shop: BriefFacts = { id: 'p_shop', industry: 'Online running-shoe store', goalMetric: 'sales' };
const pastShop: BriefFacts = { id: 'p_past', industry: 'Online running-shoe store', goalMetric: 'sales' };
const group = (label: string, date: string, clicks: number, conversions: number, spend: number, priced = true): ChannelRowGroup => ({ label, currency: 'EUR', date, rows: 1, priced, sums: { clicks, conversions, spend: priced ? spend : 0, value: 0, impressions: clicks * 40, reach: 0, engagements: 0 } });

function newestOf(all: ProjectChannelRows[], channel: string) {
  const insights = channelPerformanceFromRows(all, { target: shop, crossIndustry: false, halfLifeWeeks: 8 });
  return insights.find((i) => i.payload.channel === channel)!.payload;
}

describe('Kaizen newest week', () => {
  const cases: { name: string; groups: ChannelRowGroup[]; past?: ChannelRowGroup[]; week: string; clicks: number; conversions: number; spend: number }[] = [
    {
      name: 'daily rows from a Thursday to the next Wednesday: the newest week is Monday to Wednesday',
      groups: ['2026-10-01', '2026-10-04', '2026-10-05', '2026-10-07'].map((d) => group('Paid Search', d, 100, 5, 50)),
      week: '2026-10-05',
      clicks: 200,
      conversions: 10,
      spend: 100,
    },
    {
      name: 'weekly rows dated on Mondays: the newest row is the newest week',
      groups: [group('Paid Search', '2026-09-07', 1000, 40, 500), group('Paid Search', '2026-09-14', 900, 20, 450)],
      week: '2026-09-14',
      clicks: 900,
      conversions: 20,
      spend: 450,
    },
    {
      name: 'rows without spend count toward the rate, not the spend',
      groups: [group('Paid Search', '2026-09-07', 1000, 40, 500), group('Paid Search', '2026-09-14', 300, 9, 0, false)],
      week: '2026-09-14',
      clicks: 300,
      conversions: 9,
      spend: 0,
    },
    {
      name: "another project's rows of the same week count at their similarity weight (×0.5)",
      groups: [group('Paid Search', '2026-09-07', 1000, 40, 500)],
      past: [group('Paid Search', '2026-09-08', 400, 10, 200), group('Paid Search', '2026-08-31', 400, 10, 200)],
      week: '2026-09-07',
      clicks: 1200,
      conversions: 45,
      spend: 600,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const all: ProjectChannelRows[] = [{ project: shop, groups: c.groups }, ...(c.past ? [{ project: pastShop, groups: c.past }] : [])];
      const p = newestOf(all, 'google_search');
      assert.ok(p.newestWeek, 'a newest week');
      assert.equal(p.newestWeek.week, c.week);
      // Rows of the newest week are at most 6 days older than the newest: weights ≥ 0.5^(6/56) ≈ 0.93.
      assert.ok(Math.abs(p.newestWeek.sums.clicks - c.clicks) / c.clicks < 0.08, `clicks ${p.newestWeek.sums.clicks} ≈ ${c.clicks}`);
      assert.ok(Math.abs(p.newestWeek.sums.conversions - c.conversions) / c.conversions < 0.08, `conversions ${p.newestWeek.sums.conversions} ≈ ${c.conversions}`);
      assert.ok(c.spend === 0 ? p.newestWeek.priced.spend === 0 : Math.abs(p.newestWeek.priced.spend - c.spend) / c.spend < 0.08, `spend ${p.newestWeek.priced.spend} ≈ ${c.spend}`);
      assert.ok(p.newestWeek.sums.clicks <= p.clicks + 1e-9 && p.newestWeek.sums.conversions <= p.conversions + 1e-9, 'a part of the totals');
    });
  }

  it('is the same week for every channel: the newest result of all that count', () => {
    const all: ProjectChannelRows[] = [{ project: shop, groups: [group('Paid Search', '2026-09-07', 1000, 40, 500), group('Facebook', '2026-09-07', 1000, 40, 500), group('Facebook', '2026-09-14', 1000, 40, 500)] }];
    const search = newestOf(all, 'google_search');
    assert.equal(search.newestWeek?.week, '2026-09-14');
    assert.equal(search.newestWeek?.sums.clicks, 0, 'Google Search has no results in the newest week');
    assert.equal(newestOf(all, 'meta').newestWeek?.sums.clicks, 1000);
  });
});
