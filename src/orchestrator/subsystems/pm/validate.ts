// Required sections of the PM plan, and that its dependencies and dates hold together.
import { asRecord, isRecord, requireArray, requireItemsText } from '../common/validate';

export function validatePm(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'PM plan', problems);
  if (!c) return problems;
  const tasks = requireArray(c, 'tasks', problems, 1);
  requireItemsText(tasks, ['id', 'title', 'role', 'start', 'due'], problems, 'tasks');
  const byId = new Map<string, Record<string, unknown>>();
  for (const t of tasks) if (isRecord(t) && typeof t.id === 'string') byId.set(t.id, t);
  for (const t of byId.values()) {
    if (typeof t.estimatedHours !== 'number' || t.estimatedHours < 0) problems.push(`Task ${t.id as string} needs non-negative estimatedHours.`);
    if (typeof t.start === 'string' && typeof t.due === 'string' && t.due < t.start) problems.push(`Task ${t.id as string} is due before it starts.`);
    for (const d of Array.isArray(t.dependsOn) ? t.dependsOn : []) {
      const dep = typeof d === 'string' ? byId.get(d) : undefined;
      if (!dep) problems.push(`Task ${t.id as string} depends on unknown task ${String(d)}.`);
      else if (typeof dep.due === 'string' && typeof t.start === 'string' && t.start <= dep.due) problems.push(`Task ${t.id as string} starts before its dependency ${d as string} is due.`);
    }
  }
  const path = requireArray(c, 'criticalPath', problems, 1);
  for (const id of path) if (typeof id !== 'string' || !byId.has(id)) problems.push(`criticalPath names unknown task ${String(id)}.`);
  requireItemsText(requireArray(c, 'capacity', problems, 1), ['role', 'note'], problems, 'capacity');
  return problems;
}
