// A seeded pseudo-random generator for deterministic generation: the same seed string gives the
// same sequence on every machine. The seed is hashed with SHA-256 and the first 16 bytes start
// an sfc32 generator (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit version).
// Never use Math.random in the orchestrator: every choice must be reproducible from its seed.
import { createHash } from 'node:crypto';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** A Gamma(shape, 1) draw (Marsaglia–Tsang). */
  gamma(shape: number): number;
  /** A Beta(alpha, beta) draw, from two Gamma draws. */
  beta(alpha: number, beta: number): number;
  /** A new generator seeded from this one's seed plus a label (independent of draws made so far). */
  derive(label: string): Random;
}

/** The seed a subsystem run uses: project id, subsystem name and artifact version. */
export function subsystemSeed(projectId: string, subsystem: string, version: number): string {
  return `${projectId}\u0000${subsystem}\u0000${version}`;
}

export function createRandom(seed: string): Random {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 4294967296;

  const normal = (): number => {
    let u = next();
    while (u === 0) u = next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be positive, got ${shape}`);
    if (shape < 1) {
      // Boost: Gamma(k) = Gamma(k + 1) · U^(1/k).
      let u = next();
      while (u === 0) u = next();
      return gamma(shape + 1) * Math.pow(u, 1 / shape);
    }
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (u < 1 - 0.0331 * x * x * x * x) return dd * v;
      if (Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };

  const random: Random = {
    next,
    int(n) {
      if (!Number.isInteger(n) || n <= 0) throw new RangeError(`int(n) needs a positive integer, got ${n}`);
      return Math.floor(next() * n);
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    normal,
    gamma,
    beta(alpha, beta) {
      const x = gamma(alpha);
      const y = gamma(beta);
      return x + y === 0 ? 0.5 : x / (x + y);
    },
    derive(label) {
      return createRandom(`${seed}\u0000${label}`);
    },
  };
  return random;
}
