// The identity of one piece of copy, so that repeated decisions on the same copy count once:
// SHA-256 of its channel, headline, body and call to action (spaces and case normalised), 16 hex digits.
import { createHash } from 'node:crypto';

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function copyKey(copy: { channel: string; headline: string; body: string; cta: string }): string {
  return createHash('sha256').update([copy.channel, copy.headline, copy.body, copy.cta].map(norm).join('\u0000'), 'utf8').digest('hex').slice(0, 16);
}
