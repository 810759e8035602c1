// Trend strength of the sample series and the A/B worked example.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { betaCdf, betaQuantile, compareAb, normalCdf, normalQuantile, parseArm, trendStrength } from '../../../src/orchestrator/analytics';
import { parseTrendsText } from '../../../src/orchestrator/imports';

const DATA = path.resolve(__dirname, '../../../src/orchestrator/demo/data');
const EXPECTED = path.resolve(__dirname, '../../fixtures/sample-exports/EXPECTED.json');

describe('analytics: trend strength', () => {
  const parsed = parseTrendsText(readFileSync(path.join(DATA, 'google-trends.csv'), 'utf8'));
  const want = JSON.parse(readFileSync(EXPECTED, 'utf8'))['google-trends.csv'] as Record<string, string>;
  // EXPECTED.json says rising / peak / declining; "rising" is our "growing" (see docs/imports.md).
  const ours: Record<string, string> = { rising: 'growing', peak: 'peak', declining: 'declining' };

  for (const keyword of ['trail running shoes', 'winter hiking', 'barefoot shoes']) {
    it(`${keyword} is ${want[keyword]}`, () => {
      const { strength, evidence } = trendStrength(parsed.points.filter((p) => p.keyword === keyword));
      assert.equal(strength, ours[want[keyword]!]);
      assert.equal(evidence.points, 52);
      assert.ok(evidence.rule.length > 0);
    });
  }

  it('emerging: from almost nothing, accelerating', () => {
    const values = [0, 0, 1, 0, 1, 1, 2, 2, 3, 5, 9, 16, 30, 55, 100];
    const { strength, evidence } = trendStrength(values.map((v, i) => ({ date: `2026-01-${String(i + 1).padStart(2, '0')}`, value: v })));
    assert.equal(strength, 'emerging');
    assert.ok(evidence.startLevel <= 10);
  });

  it('flat, and not enough data', () => {
    const flat = [50, 52, 49, 51, 50, 48, 52, 50].map((v, i) => ({ date: `2026-01-0${i + 1}`, value: v }));
    assert.equal(trendStrength(flat).strength, 'flat');
    assert.equal(trendStrength(flat.slice(0, 3)).strength, 'not enough data');
  });
});

describe('analytics: A/B', () => {
  it('worked example 486/5000 vs 527/5000: |z| ≈ 1.36, p ≈ 0.17, P(B > A) ≈ 0.91, not significant', () => {
    const r = compareAb(parseArm('486/5000'), parseArm('527/5000'));
    assert.equal(Math.round(Math.abs(r.z!) * 100) / 100, 1.36);
    assert.equal(Math.round(r.pValue! * 100) / 100, 0.17);
    assert.equal(Math.round(r.pBBeatsA * 100) / 100, 0.91);
    assert.equal(r.verdict, 'no significant difference');
    assert.ok(r.diffCI[0] < 0 && r.diffCI[1] > 0, 'the 95 % interval for B − A contains 0');
    assert.equal(Math.round(r.diff * 10_000) / 10_000, 0.0082);
    // Expected losses differ by exactly the difference of posterior means.
    assert.ok(Math.abs(r.expectedLossOfA - r.expectedLoss - (528 / 5002 - 487 / 5002)) < 1e-9);
    assert.ok(r.a.credibleInterval[0] < 0.0972 && r.a.credibleInterval[1] > 0.0972);
    assert.deepEqual(compareAb(parseArm('486/5000'), parseArm('527/5000')), r, 'deterministic');
  });

  it('a clear difference is significant; a small sample is "not enough data"', () => {
    assert.equal(compareAb({ conversions: 200, trials: 1000 }, { conversions: 260, trials: 1000 }).verdict, 'B is better');
    assert.equal(compareAb({ conversions: 260, trials: 1000 }, { conversions: 200, trials: 1000 }).verdict, 'A is better');
    const small = compareAb({ conversions: 5, trials: 50 }, { conversions: 9, trials: 50 });
    assert.equal(small.verdict, 'not enough data');
    assert.match(small.reason!, /at least 100 trials/);
    assert.throws(() => parseArm('5 of 50'), /not CONVERSIONS\/TRIALS/);
    assert.throws(() => compareAb({ conversions: 6, trials: 5 }, { conversions: 1, trials: 5 }), /arm A/);
  });

  it('distribution pieces match published values', () => {
    assert.ok(Math.abs(normalCdf(1.96) - 0.9750021) < 1e-7);
    assert.ok(Math.abs(normalQuantile(0.975) - 1.959963985) < 1e-8);
    assert.ok(Math.abs(betaCdf(0.5, 2, 3) - 11 / 16) < 1e-12); // I_0.5(2,3) = 11/16
    assert.ok(Math.abs(betaQuantile(0.5, 1, 1) - 0.5) < 1e-12);
  });
});
