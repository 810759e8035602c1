// Caps given in run options ({ meta: 0.3 } or { "Google Ads": 0.4 }), normalised to channel ids.
// (Caps from the brief are intake data or read from its text: channelRules.ts.)
import { normalizeChannel, type Channel } from '../../domain/channels';

export function capsFromOptions(raw: unknown): Partial<Record<Channel, number>> {
  const caps: Partial<Record<Channel, number>> = {};
  if (typeof raw !== 'object' || raw === null) return caps;
  for (const [name, value] of Object.entries(raw)) {
    const channel = normalizeChannel(name);
    if (channel && typeof value === 'number' && value >= 0 && value <= 1) caps[channel] = Math.min(caps[channel] ?? 1, value);
  }
  return caps;
}
