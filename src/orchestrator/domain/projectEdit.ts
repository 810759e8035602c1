// A change to a project that depends on the project as it is: KPI targets and channel caps set or
// removed one by one, a budget typed in major units of whatever currency the project has, a new
// currency that keeps the budget's amount. It is data, so a front end can send it without reading
// the project first; the project.update operation resolves it into a plain patch inside the write
// lock (resolveProjectEdit), so two people editing at once never undo each other's targets.
import type { Channel } from './channels';
import { AicmoError } from './errors';
import { parseBudget } from './intakeParsing';
import { toMajor, toMinor } from './money';
import type { KpiTargets, Project, ProjectPatch } from './project';

export interface ProjectEdit {
  /** KPI targets merged into the current ones: a number sets a target, null removes it. */
  kpiTargets?: Record<string, number | null>;
  /** Channel caps merged into the current ones: a share sets a cap, null removes it. */
  channelCaps?: Partial<Record<Channel, number | null>>;
  /** The budget as typed, in major units of the project's currency after the change ("12500.50"). */
  budget?: string;
}

function merged<V>(base: Readonly<Record<string, V>>, changes: Readonly<Record<string, V | null | undefined>>): Record<string, V> {
  const next: Record<string, V> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/**
 * The plain patch that `patch` plus `edit` make of `current`. A currency change without a budget
 * keeps the budget's amount in major units (1,000 USD becomes 1,000 JPY, not 100,000).
 */
export function resolveProjectEdit(current: Project, patch: ProjectPatch, edit: ProjectEdit = {}): ProjectPatch {
  const out: ProjectPatch = { ...patch };
  const currency = patch.currency ?? current.currency;
  if (edit.budget !== undefined) {
    if (patch.budgetMinor !== undefined) throw new AicmoError('invalid-input', 'Give the budget once: as an amount or in minor units, not both.', { field: 'budget' });
    out.budgetMinor = parseBudget(edit.budget, currency);
  } else if (patch.budgetMinor === undefined && currency !== current.currency) {
    out.budgetMinor = toMinor(toMajor(current.budgetMinor, current.currency), currency);
  }
  if (edit.kpiTargets !== undefined) out.kpiTargets = merged<number>(patch.kpiTargets ?? current.kpiTargets, edit.kpiTargets) as KpiTargets;
  if (edit.channelCaps !== undefined) out.channelCaps = merged<number>(patch.channelCaps ?? current.channelCaps ?? {}, edit.channelCaps);
  return out;
}
