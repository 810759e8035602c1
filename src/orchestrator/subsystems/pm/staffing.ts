// The plan's staffing in one sentence: every unassigned or over-allocated role named once ("3 roles
// need people: no one on the team is assigned as Strategist or Media buyer (each is scheduled as one
// full-time person); Designer needs 32 h but the team has 20 h in the project window."), instead of
// one near-identical warning per role. The PM artifact carries it as one warning; the PM panel shows
// it beside "Assign team".
import { listText, roleName } from '../../domain/labels';
import type { RoleCapacity } from './types';

const unassigned = (c: RoleCapacity) => c.weeklyHours === 0;
const withoutStop = (s: string) => s.replace(/\.$/, '');
const lowerFirst = (s: string) => (s === '' ? s : `${s[0]!.toLowerCase()}${s.slice(1)}`);

/** True for a role scheduled with nobody on the team. */
export const isUnassigned = unassigned;

/** One sentence for every unassigned or over-allocated role; null when none is. */
export function staffingSentence(capacity: readonly RoleCapacity[]): string | null {
  const flagged = capacity.filter((c) => c.overAllocated);
  const nobody = flagged.filter(unassigned);
  const over = flagged.filter((c) => !unassigned(c));
  const parts: string[] = [];
  if (nobody.length > 0) parts.push(`no one on the team is ${nobody.length === 1 ? 'a' : 'assigned as'} ${listText(nobody.map((c) => roleName(c.role)), 'or')} (${nobody.length === 1 ? 'it is' : 'each is'} scheduled as one full-time person)`);
  for (const c of over) parts.push(`${roleName(c.role)} ${lowerFirst(withoutStop(c.note))}`);
  return parts.length === 0 ? null : `${flagged.length === 1 ? '1 role needs' : `${flagged.length} roles need`} people: ${parts.join('; ')}.`;
}
