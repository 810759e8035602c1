// Filters of the Kaizen event stream: project, event type and a time window ending at the
// snapshot's time (so "last 7 days" is relative to when the data was read).
import type { LearningEventView } from '../../protocol/panels/kaizen';

export const TIME_WINDOWS: Record<string, number> = { '7d': 7, '30d': 30, '90d': 90 };

export function filterEvents(events: readonly LearningEventView[], f: { project: string; type: string; window: string }, at: string): LearningEventView[] {
  const days = TIME_WINDOWS[f.window];
  const since = days === undefined ? null : Date.parse(at) - days * 86_400_000;
  return events.filter((e) => (!f.project || e.project === f.project) && (!f.type || e.type === f.type) && (since === null || Date.parse(e.ts) >= since));
}
