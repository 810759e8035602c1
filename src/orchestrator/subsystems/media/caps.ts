// Client caps on a channel's share of the budget, read from intake constraints such as
// "Max 30% on Meta", "Cap LinkedIn at 25%" or "no more than 40% of budget on Google".
import { CHANNELS, normalizeChannel, type Channel } from '../../domain/channels';

const CAP_WORDS = /\b(?:max(?:imum)?|cap(?:ped)?|at most|no more than|not more than|up to|limit(?:ed)?|≤)\b/i;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/;

function channelIn(line: string): Channel | null {
  const words = line.toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w !== '');
  for (let n = 2; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const channel = normalizeChannel(words.slice(i, i + n).join(' '));
      // "x" is too ambiguous as a word on its own inside a sentence; require "twitter" or "x (twitter)".
      if (channel && !(channel === 'x' && n === 1 && words[i] === 'x')) return channel;
    }
  }
  return null;
}

export function capsFromConstraints(lines: readonly string[]): Partial<Record<Channel, number>> {
  const caps: Partial<Record<Channel, number>> = {};
  for (const line of lines) {
    if (!CAP_WORDS.test(line)) continue;
    const pct = PERCENT.exec(line);
    const channel = channelIn(line.replace(PERCENT, ' '));
    if (!pct || !channel) continue;
    const share = Number(pct[1]) / 100;
    if (share >= 0 && share <= 1) caps[channel] = Math.min(caps[channel] ?? 1, share);
  }
  return caps;
}

/** Caps given in run options ({ meta: 0.3 } or { "Google Ads": 0.4 }), normalised to channel ids. */
export function capsFromOptions(raw: unknown): Partial<Record<Channel, number>> {
  const caps: Partial<Record<Channel, number>> = {};
  if (typeof raw !== 'object' || raw === null) return caps;
  for (const [name, value] of Object.entries(raw)) {
    const channel = normalizeChannel(name);
    if (channel && typeof value === 'number' && value >= 0 && value <= 1) caps[channel] = Math.min(caps[channel] ?? 1, value);
  }
  return caps;
}

export { CHANNELS };
