// Capacity-bound scheduling on work days and the critical path. Tasks are placed in dependency
// order (ties in the order given); each starts on the first work day after all its dependencies
// are due (and not before its earliest date) and consumes its role's remaining daily hours until
// its estimate is used up. A role's daily hours are its members' weekly hours ÷ 5.
import { nextWorkDay, onOrAfterWorkDay, weekStart, workDaysInclusive } from '../common/dates';

export interface TaskToSchedule {
  id: string;
  role: string;
  hours: number;
  dependsOn: string[];
  /** Earliest ISO date. */
  notBefore?: string;
}

export interface ScheduledTask {
  id: string;
  start: string;
  due: string;
  /** Hours placed per ISO date. */
  hoursByDay: Map<string, number>;
}

/** Dependency order (Kahn), keeping the given order among ready tasks; throws on a cycle or unknown dependency. */
export function topologicalOrder<T extends { id: string; dependsOn: string[] }>(tasks: readonly T[]): T[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const t of tasks) for (const d of t.dependsOn) if (!byId.has(d)) throw new RangeError(`task ${t.id} depends on unknown task ${d}`);
  const done = new Set<string>();
  const out: T[] = [];
  while (out.length < tasks.length) {
    const next = tasks.find((t) => !done.has(t.id) && t.dependsOn.every((d) => done.has(d)));
    if (!next) throw new RangeError(`tasks have a dependency cycle among: ${tasks.filter((t) => !done.has(t.id)).map((t) => t.id).join(', ')}`);
    done.add(next.id);
    out.push(next);
  }
  return out;
}

export function scheduleTasks(tasks: readonly TaskToSchedule[], projectStart: string, dailyHours: (role: string) => number): Map<string, ScheduledTask> {
  const used = new Map<string, number>(); // `${role}|${date}` → hours
  const result = new Map<string, ScheduledTask>();
  const first = onOrAfterWorkDay(projectStart);
  for (const task of topologicalOrder(tasks)) {
    let day = first;
    if (task.notBefore && task.notBefore > day) day = onOrAfterWorkDay(task.notBefore);
    for (const d of task.dependsOn) {
      const after = nextWorkDay(result.get(d)!.due);
      if (after > day) day = after;
    }
    const capacity = dailyHours(task.role);
    if (!(capacity > 0)) throw new RangeError(`role ${task.role} has no daily capacity`);
    let remaining = task.hours;
    let start: string | null = null;
    let due = day;
    const hoursByDay = new Map<string, number>();
    if (remaining <= 0) {
      start = day;
    }
    while (remaining > 1e-9) {
      const key = `${task.role}|${day}`;
      const free = capacity - (used.get(key) ?? 0);
      if (free > 1e-9) {
        const take = Math.min(free, remaining);
        used.set(key, (used.get(key) ?? 0) + take);
        hoursByDay.set(day, take);
        remaining -= take;
        start ??= day;
        due = day;
      }
      if (remaining > 1e-9) day = nextWorkDay(day);
    }
    result.set(task.id, { id: task.id, start: start!, due, hoursByDay });
  }
  return result;
}

/** The longest chain of dependencies by duration (work days from start to due, inclusive); ties go to the later due date. */
export function criticalPath(tasks: readonly { id: string; dependsOn: string[] }[], schedule: Map<string, ScheduledTask>): { path: string[]; days: number } {
  const order = topologicalOrder(tasks);
  const dist = new Map<string, number>();
  const prev = new Map<string, string | null>();
  for (const t of order) {
    const s = schedule.get(t.id)!;
    const duration = workDaysInclusive(s.start, s.due);
    let best: string | null = null;
    let bestDist = 0;
    for (const d of t.dependsOn) {
      const dd = dist.get(d)!;
      // Ties go to the dependency due later: it is the one actually holding the task back.
      if (dd > bestDist || (dd === bestDist && best !== null && schedule.get(d)!.due > schedule.get(best)!.due)) {
        bestDist = dd;
        best = d;
      }
    }
    dist.set(t.id, bestDist + duration);
    prev.set(t.id, best);
  }
  let end: string | null = null;
  let endDist = -1;
  for (const t of order) {
    const d = dist.get(t.id)!;
    if (d > endDist || (d === endDist && end !== null && schedule.get(t.id)!.due > schedule.get(end)!.due)) {
      endDist = d;
      end = t.id;
    }
  }
  const path: string[] = [];
  for (let id = end; id !== null; id = prev.get(id) ?? null) path.unshift(id);
  return { path, days: Math.max(0, endDist) };
}

/** Hours per ISO week (keyed by Monday) that a set of scheduled tasks place. */
export function hoursByWeek(scheduled: readonly ScheduledTask[]): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const s of scheduled) for (const [day, h] of s.hoursByDay) weeks.set(weekStart(day), (weeks.get(weekStart(day)) ?? 0) + h);
  return weeks;
}
