// A/B comparison of two arms (conversions out of trials), read two ways side by side:
// - frequentist: two-proportion z-test with the pooled standard error, two-sided p-value, and
//   a 95 % interval for the difference B − A with the unpooled standard error;
// - Bayesian: Beta(1, 1) prior, so each arm's rate is Beta(1 + x, 1 + n − x); P(B > A) and the
//   expected loss of choosing each arm, computed exactly (no sampling), and 95 % credible intervals.
// Decision rule (stated in the output): below the minimum sample the verdict is "not enough
// data"; otherwise the verdict follows the z-test at α = 0.05 with the sample size taken as fixed
// in advance. The Bayesian reading is reported next to it, not mixed into the verdict.
import { betaQuantile, normalCdf, normalQuantile, probBetaGreater } from './distributions';

export interface Arm {
  conversions: number;
  trials: number;
}

export interface AbOptions {
  /** Minimum trials per arm before any verdict (default 100). */
  minTrials?: number;
  /** Minimum conversions and non-conversions per arm (default 5; the normal approximation needs it). */
  minEvents?: number;
  /** Significance level (default 0.05). */
  alpha?: number;
}

export type AbVerdict = 'not enough data' | 'B is better' | 'A is better' | 'no significant difference';

export interface AbResult {
  a: { conversions: number; trials: number; rate: number; credibleInterval: [number, number] };
  b: { conversions: number; trials: number; rate: number; credibleInterval: [number, number] };
  /** B's rate minus A's. */
  diff: number;
  /** 95 % interval for diff (unpooled standard error). */
  diffCI: [number, number];
  /** z statistic of B − A with the pooled standard error; null when it is undefined (both rates 0 or 1). */
  z: number | null;
  pValue: number | null;
  pBBeatsA: number;
  /** Expected loss (in conversion rate) of choosing B: E[max(θA − θB, 0)]. */
  expectedLoss: number;
  expectedLossOfA: number;
  verdict: AbVerdict;
  decisionRule: string;
  /** Why the verdict is "not enough data", when it is. */
  reason?: string;
}

function checkArm(name: string, arm: Arm): void {
  const { conversions: x, trials: n } = arm;
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n <= 0 || x > n) {
    throw new RangeError(`arm ${name}: conversions/trials must be whole numbers with 0 ≤ conversions ≤ trials and trials > 0 (got ${x}/${n})`);
  }
}

export function compareAb(a: Arm, b: Arm, options: AbOptions = {}): AbResult {
  checkArm('A', a);
  checkArm('B', b);
  const minTrials = options.minTrials ?? 100;
  const minEvents = options.minEvents ?? 5;
  const alpha = options.alpha ?? 0.05;
  const pA = a.conversions / a.trials;
  const pB = b.conversions / b.trials;
  const pooled = (a.conversions + b.conversions) / (a.trials + b.trials);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  const z = sePooled > 0 ? (pB - pA) / sePooled : null;
  const pValue = z === null ? null : 2 * (1 - normalCdf(Math.abs(z)));
  const seUnpooled = Math.sqrt((pA * (1 - pA)) / a.trials + (pB * (1 - pB)) / b.trials);
  const zCrit = normalQuantile(0.975);
  const diff = pB - pA;

  const [aA, bA] = [1 + a.conversions, 1 + a.trials - a.conversions];
  const [aB, bB] = [1 + b.conversions, 1 + b.trials - b.conversions];
  const pBBeatsA = probBetaGreater(aA, bA, aB, bB);
  // E[max(θA − θB, 0)] = E[θA·1(θA>θB)] − E[θB·1(θA>θB)], each a P(X>Y) with one parameter raised by one.
  const meanA = aA / (aA + bA);
  const meanB = aB / (aB + bB);
  const lossOfB = meanA * (1 - probBetaGreater(aA + 1, bA, aB, bB)) - meanB * (1 - probBetaGreater(aA, bA, aB + 1, bB));
  const lossOfA = meanB * probBetaGreater(aA, bA, aB + 1, bB) - meanA * probBetaGreater(aA + 1, bA, aB, bB);
  const interval = (x: number, y: number): [number, number] => [betaQuantile(0.025, x, y), betaQuantile(0.975, x, y)];

  const short = [a, b]
    .map((arm, i) => ({ arm, name: i === 0 ? 'A' : 'B' }))
    .filter(({ arm }) => arm.trials < minTrials || arm.conversions < minEvents || arm.trials - arm.conversions < minEvents);
  let verdict: AbVerdict;
  let reason: string | undefined;
  if (short.length) {
    verdict = 'not enough data';
    reason = `each arm needs at least ${minTrials} trials and ${minEvents} conversions and non-conversions (short: ${short.map((s) => s.name).join(', ')})`;
  } else if (pValue !== null && pValue < alpha) verdict = diff > 0 ? 'B is better' : 'A is better';
  else verdict = 'no significant difference';

  return {
    a: { conversions: a.conversions, trials: a.trials, rate: pA, credibleInterval: interval(aA, bA) },
    b: { conversions: b.conversions, trials: b.trials, rate: pB, credibleInterval: interval(aB, bB) },
    diff,
    diffCI: [diff - zCrit * seUnpooled, diff + zCrit * seUnpooled],
    z,
    pValue,
    pBBeatsA,
    expectedLoss: Math.max(0, lossOfB),
    expectedLossOfA: Math.max(0, lossOfA),
    verdict,
    decisionRule: `verdict from the two-sided z-test at α = ${alpha} with a sample fixed in advance (min ${minTrials} trials and ${minEvents} conversions per arm); the Bayesian P(B > A) is shown alongside, not used for the verdict`,
    ...(reason ? { reason } : {}),
  };
}

/** Parses "486/5000" into an arm. */
export function parseArm(text: string): Arm {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new RangeError(`"${text}" is not CONVERSIONS/TRIALS (e.g. 486/5000)`);
  return { conversions: Number(m[1]), trials: Number(m[2]) };
}
