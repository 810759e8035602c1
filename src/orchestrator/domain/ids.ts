// Identifiers sortable by creation time: 10 chars of milliseconds + 16 random chars, in
// Crockford base32 (the ULID layout). Within one millisecond a process keeps them increasing.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function freshRandom(): number[] {
  return [...randomBytes(16)].map((b) => b % 32);
}

function increment(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i]! < 31) {
      next[i]! += 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

/** A new id, e.g. `01JD3X4K9Q8W2E5R7T9Y1U3I5O`. `prefix` is prepended as-is (e.g. "p_"). */
export function newId(prefix = '', now: number = Date.now()): string {
  if (now <= lastTime) {
    lastRandom = increment(lastRandom);
    now = lastTime;
  } else {
    lastTime = now;
    lastRandom = freshRandom();
  }
  return prefix + encodeTime(now) + lastRandom.map((d) => ALPHABET[d]).join('');
}
