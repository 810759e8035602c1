// Kaizen's pure parts: the change-point test, recency weights and project similarity.
import assert from 'node:assert/strict';
import { chiSquare1Tail, detectChange, type WeekPoint } from '../../../src/orchestrator/kaizen/changePoint';
import { poolingStrength } from '../../../src/orchestrator/kaizen/posteriors';
import { checkHalfLife, recencyWeight, weekOf, weeksBefore } from '../../../src/orchestrator/kaizen/recency';
import { similarityOf, type BriefFacts } from '../../../src/orchestrator/kaizen/similarity';

/** Weekly points from per-week [successes, trials], weeks from 2026-09-07. */
function weeks(rows: [number, number][]): WeekPoint[] {
  return rows.map(([successes, trials], i) => {
    const week = new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10);
    return { week, firstDate: week, successes, trials };
  });
}
const repeat = (n: number, row: [number, number]): [number, number][] => Array.from({ length: n }, () => row);

describe('Kaizen change detection', () => {
  const cases: { name: string; series: [number, number][]; model?: 'binomial' | 'poisson'; expect: null | { since: string; direction: 'rose' | 'fell'; before: number; after: number } }[] = [
    { name: 'a steady rate', series: repeat(10, [60, 1000]), expect: null },
    { name: 'noise around 6%', series: [[55, 1000], [66, 1000], [58, 1000], [63, 1000], [57, 1000], [64, 1000], [59, 1000], [61, 1000]], expect: null },
    { name: 'a fall from 6.0% to 1.2% in week 7', series: [...repeat(6, [60, 1000]), [12, 1000]], expect: { since: '2026-10-19', direction: 'fell', before: 0.06, after: 0.012 } },
    { name: 'a rise from 2.5% to 8% over three weeks at the floor', series: [...repeat(6, [5, 200]), [9, 111], [9, 111], [9, 111]], expect: { since: '2026-10-19', direction: 'rose', before: 0.025, after: 27 / 333 } },
    { name: 'a change too small to matter (6% → 5.6%) despite lots of data', series: [...repeat(6, [600, 10_000]), ...repeat(3, [560, 10_000])], expect: null },
    { name: 'one thin week that looks different', series: [...repeat(6, [60, 1000]), [0, 40]], expect: null },
    { name: 'too few weeks to split', series: [[60, 1000], [10, 1000]], expect: null },
    { name: 'CPM doubling (impressions per unit of spend halve)', model: 'poisson', series: [...repeat(5, [200_000, 1000]), ...repeat(2, [100_000, 1000])], expect: { since: '2026-10-12', direction: 'fell', before: 200, after: 100 } },
  ];
  for (const c of cases) {
    it(`${c.expect ? 'detects' : 'finds no change in'} ${c.name}`, () => {
      const r = detectChange(weeks(c.series), c.model ?? 'binomial');
      if (c.expect === null) {
        assert.equal(r, null, JSON.stringify(r));
        return;
      }
      assert.ok(r, 'a change');
      assert.deepEqual([r.since, r.direction], [c.expect.since, c.expect.direction]);
      assert.ok(Math.abs(r.before - c.expect.before) < 1e-9 && Math.abs(r.after - c.expect.after) < 1e-9, `${r.before} → ${r.after}`);
      assert.ok(r.pValue < 0.001);
    });
  }

  it('uses the χ²(1) tail for its p-values', () => {
    assert.ok(Math.abs(chiSquare1Tail(3.841459) - 0.05) < 1e-6);
    assert.ok(Math.abs(chiSquare1Tail(10.827566) - 0.001) < 1e-7);
    assert.equal(chiSquare1Tail(0), 1);
  });
});

describe('Kaizen recency', () => {
  it('halves the weight of a result every half-life, measured from the newest result', () => {
    assert.equal(recencyWeight('2026-10-19', '2026-10-19', 8), 1);
    assert.equal(recencyWeight('2026-08-24', '2026-10-19', 8), 0.5);
    assert.equal(recencyWeight('2026-06-29', '2026-10-19', 8), 0.25);
    assert.equal(weeksBefore('2026-10-26', '2026-10-19'), 0, 'never negative');
    assert.deepEqual(['2026-10-19', '2026-10-21', '2026-10-25'].map(weekOf), ['2026-10-19', '2026-10-19', '2026-10-19']);
    assert.throws(() => checkHalfLife(0.1), /The half-life must be a number of weeks from 0\.5 to 520, not "0\.1"\./);
  });
});

describe('Kaizen similarity', () => {
  const saas: BriefFacts = { id: 'p_saas', industry: 'B2B SaaS', goalMetric: 'leads' };
  const rows: [string, BriefFacts, boolean, string, number][] = [
    ['the project itself', saas, false, 'this project', 1],
    ['another B2B software project with a leads goal', { id: 'p2', industry: 'Cloud accounting software', goalMetric: 'leads' }, false, 'same vertical (B2B software and services) and goal', 0.5],
    ['another B2B project with a sales goal', { id: 'p3', industry: 'IT services', goalMetric: 'sales' }, false, 'same vertical (B2B software and services), another goal', 0.25],
    ['a shoe shop (cross-industry off)', { id: 'p4', industry: 'Online shoe store', goalMetric: 'sales' }, false, 'another industry and goal', 0],
    ['a shoe shop (cross-industry on)', { id: 'p4', industry: 'Online shoe store', goalMetric: 'sales' }, true, 'another industry and goal', 0.05],
    ['a restaurant with a leads goal (cross-industry on)', { id: 'p5', industry: 'Italian restaurant', goalMetric: 'leads' }, true, 'another industry, same goal', 0.1],
  ];
  for (const [name, other, crossIndustry, label, weight] of rows) {
    it(`weighs ${name} ×${weight}`, () => {
      const s = similarityOf(saas, other, { crossIndustry });
      assert.deepEqual([s.label, s.weight], [label, weight]);
    });
  }

  it('counts two unrecognised industries as one vertical only when they are written the same', () => {
    const a: BriefFacts = { id: 'a', industry: 'Pottery', goalMetric: 'sales' };
    assert.equal(similarityOf(a, { id: 'b', industry: 'pottery ', goalMetric: 'sales' }, { crossIndustry: false }).weight, 0.5);
    assert.equal(similarityOf(a, { id: 'c', industry: 'Glassware', goalMetric: 'sales' }, { crossIndustry: false }).weight, 0);
  });
});

describe('Kaizen partial pooling', () => {
  it('pools channels that differ only by noise strongly, and channels that truly differ weakly', () => {
    assert.equal(poolingStrength([[30, 1000], [31, 1000], [29, 1000]], 'binomial', 20), 3000, 'noise only: as strong as all the evidence together');
    assert.ok(poolingStrength([[79, 1000], [44, 1000], [12, 1000]], 'binomial', 20) < 50, 'real differences: weak, worth a few dozen clicks');
    const middling = poolingStrength([[45, 1000], [30, 1000], [15, 1000]], 'binomial', 20);
    assert.ok(middling > 20 && middling < 3000, String(middling));
    assert.equal(poolingStrength([[30, 1000]], 'binomial', 20), 20, 'one channel: nothing to pool');
    assert.ok(poolingStrength([[1000, 1000], [2000, 1000], [500, 1000]], 'poisson', 2) < 5, 'clicks per unit of spend that truly differ: a few units of spend');
    assert.equal(poolingStrength([[1000, 1000], [1010, 1000], [990, 1000]], 'poisson', 2), 3000, 'the same cost per click');
  });
});
