import assert from 'node:assert/strict';
import { createRandom } from '../../../src/orchestrator/domain/random';
import { largestRemainder, projectShares } from '../../../src/orchestrator/kaizen/allocation';
import { smoothedApprovalRate } from '../../../src/orchestrator/kaizen/angleRates';
import { subsystems } from '../../../src/orchestrator/subsystems';

describe('seeded random and allocation math', () => {
  it('gives the same sequence for the same seed and a different one otherwise', () => {
    const a = createRandom('p1/media/1');
    const b = createRandom('p1/media/1');
    const c = createRandom('p1/media/2');
    const xs = Array.from({ length: 5 }, () => a.next());
    assert.deepEqual(xs, Array.from({ length: 5 }, () => b.next()));
    assert.notDeepEqual(xs, Array.from({ length: 5 }, () => c.next()));
    const r = createRandom('beta');
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += r.beta(2, 8);
    assert.ok(Math.abs(sum / n - 0.2) < 0.01, `Beta(2, 8) mean ${sum / n} should be near 0.2`);
  });

  it('splits integers exactly by largest remainder, ties to the earlier entry', () => {
    assert.deepEqual(largestRemainder(10, [1, 1, 1]), [4, 3, 3]);
    assert.deepEqual(largestRemainder(1, [0.5, 0.5]), [1, 0]);
    assert.deepEqual(largestRemainder(0, [0.3, 0.7]), [0, 0]);
    assert.throws(() => largestRemainder(1.5, [1]), /non-negative integer/);
  });

  it('projects shares onto bounds that sum to 1', () => {
    const xs = projectShares([0.9, 0.1, 0], [{ lo: 0.05, hi: 0.5 }, { lo: 0.05, hi: 1 }, { lo: 0.05, hi: 1 }]);
    assert.ok(Math.abs(xs.reduce((t, x) => t + x, 0) - 1) < 1e-9);
    assert.ok(Math.abs(xs[0]! - 0.5) < 1e-9);
    assert.ok(xs.every((x) => x >= 0.05 - 1e-9));
    assert.throws(() => projectShares([0.5, 0.5], [{ lo: 0, hi: 0.3 }, { lo: 0, hi: 0.3 }]), /cannot sum to 100%/);
  });

  it('smooths approval rates with a uniform prior', () => {
    assert.equal(smoothedApprovalRate(0, 0), 0.5);
    assert.equal(smoothedApprovalRate(0, 8), 0.1);
  });

  it('registers eight subsystems whose needs all resolve to registered names, without cycles', () => {
    const names = subsystems.map((s) => s.name);
    assert.equal(new Set(names).size, 8);
    for (const s of subsystems) for (const n of [...s.needs, ...(s.uses ?? []), ...(s.requiresApproved ?? [])]) assert.ok(names.includes(n), `${s.name} refers to unknown ${n}`);
    const done = new Set<string>();
    while (done.size < subsystems.length) {
      const ready = subsystems.filter((s) => !done.has(s.name) && [...s.needs, ...(s.uses ?? [])].every((n) => done.has(n)));
      assert.ok(ready.length > 0, 'dependency cycle');
      for (const s of ready) done.add(s.name);
    }
  });
});
