// The run order of subsystems: a topological order of their `needs` and `uses` (a `uses` edge
// counts only when that subsystem is registered), ties kept in registry order so the order is
// stable. A cycle or a need nobody produces is a clear error naming the subsystems.
import { AicmoError } from '../domain/errors';
import type { Subsystem } from '../subsystems/types';

export function upstreamOf(s: Subsystem, registered: ReadonlySet<string>): string[] {
  return [...new Set([...s.needs, ...(s.uses ?? []).filter((u) => registered.has(u))])];
}

export function orderSubsystems(list: readonly Subsystem[]): Subsystem[] {
  const byName = new Map<string, Subsystem>();
  for (const s of list) {
    if (byName.has(s.name)) throw new AicmoError('conflict', `Two subsystems are registered as "${s.name}"; each name must be unique.`, { field: s.name });
    byName.set(s.name, s);
  }
  const registered = new Set(byName.keys());
  for (const s of list) {
    for (const need of s.needs) {
      if (!registered.has(need)) throw new AicmoError('invalid-input', `${s.name} needs "${need}", which no registered subsystem produces.`, { field: s.name });
    }
  }
  const order: Subsystem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: Subsystem, path: string[]): void => {
    const st = state.get(s.name);
    if (st === 'done') return;
    if (st === 'visiting') {
      const cycle = [...path.slice(path.indexOf(s.name)), s.name];
      throw new AicmoError('invalid-input', `Subsystems depend on each other in a cycle: ${cycle.join(' → ')}.`, { field: s.name, details: { cycle } });
    }
    state.set(s.name, 'visiting');
    for (const up of upstreamOf(s, registered)) visit(byName.get(up)!, [...path, s.name]);
    state.set(s.name, 'done');
    order.push(s);
  };
  for (const s of list) visit(s, []);
  return order;
}

/** Every subsystem that (transitively) needs or uses `name`, in run order. */
export function downstreamOf(ordered: readonly Subsystem[], name: string): Subsystem[] {
  const registered = new Set(ordered.map((s) => s.name));
  const hit = new Set([name]);
  const out: Subsystem[] = [];
  for (const s of ordered) {
    if (upstreamOf(s, registered).some((u) => hit.has(u))) {
      hit.add(s.name);
      out.push(s);
    }
  }
  return out;
}
