// The PM panel's staffing words: the plan's one staffing sentence (pm/staffing.ts) is taken out of
// the warnings and shown with "Assign team", and each capacity row's note reads without the CLI hint.
import { isUnassigned, staffingSentence } from '../../../orchestrator/subsystems/pm/staffing';
import type { RoleCapacity } from '../../../orchestrator/subsystems/pm/types';

export interface Staffing {
  /** The plan's warnings without the per-role ones. */
  warnings: string[];
  /** One sentence for every unassigned or over-allocated role; null when none is. */
  staffing: { message: string; roles: string[] } | null;
  capacity: RoleCapacity[];
}

export function staffingOf(warnings: readonly string[], capacity: readonly RoleCapacity[]): Staffing {
  const flagged = capacity.filter((c) => c.overAllocated);
  const message = staffingSentence(capacity);
  // Plans made before the sentence existed carry one warning per role ("role: note").
  const perRole = new Set(flagged.map((c) => `${c.role}: ${c.note}`));
  return {
    warnings: warnings.filter((w) => w !== message && !perRole.has(w)),
    staffing: message === null ? null : { message, roles: flagged.map((c) => c.role) },
    capacity: capacity.map((c) => (isUnassigned(c) && c.overAllocated ? { ...c, note: 'Nobody assigned: scheduled as one full-time person.' } : c)),
  };
}
