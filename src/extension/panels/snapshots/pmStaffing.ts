// The PM panel's staffing words: the plan's per-role warnings (one per unassigned or
// over-allocated role, in the PM subsystem's words with a CLI hint) become ONE sentence the panel
// shows with "Assign team", and each capacity row's note reads without the CLI hint.
import { listText, roleName } from '../../../orchestrator/domain/labels';
import type { RoleCapacity } from '../../../orchestrator/subsystems/pm/types';

export interface Staffing {
  /** The plan's warnings without the per-role ones. */
  warnings: string[];
  /** One sentence for every unassigned or over-allocated role; null when none is. */
  staffing: { message: string; roles: string[] } | null;
  capacity: RoleCapacity[];
}

const unassigned = (c: RoleCapacity) => c.weeklyHours === 0;
const withoutStop = (s: string) => s.replace(/\.$/, '');
const lowerFirst = (s: string) => (s === '' ? s : `${s[0]!.toLowerCase()}${s.slice(1)}`);

export function staffingOf(warnings: readonly string[], capacity: readonly RoleCapacity[]): Staffing {
  const flagged = capacity.filter((c) => c.overAllocated);
  const perRole = new Set(flagged.map((c) => `${c.role}: ${c.note}`));
  const nobody = flagged.filter(unassigned);
  const over = flagged.filter((c) => !unassigned(c));
  const parts: string[] = [];
  if (nobody.length > 0) parts.push(`no one on the team is ${nobody.length === 1 ? 'a' : 'assigned as'} ${listText(nobody.map((c) => roleName(c.role)), 'or')} (${nobody.length === 1 ? 'it is' : 'each is'} scheduled as one full-time person)`);
  for (const c of over) parts.push(`${roleName(c.role)} ${lowerFirst(withoutStop(c.note))}`);
  const message = parts.length === 0 ? null : `${flagged.length === 1 ? '1 role needs' : `${flagged.length} roles need`} people: ${parts.join('; ')}.`;
  return {
    warnings: warnings.filter((w) => !perRole.has(w)),
    staffing: message === null ? null : { message, roles: flagged.map((c) => c.role) },
    capacity: capacity.map((c) => (unassigned(c) && c.overAllocated ? { ...c, note: 'Nobody assigned: scheduled as one full-time person.' } : c)),
  };
}
