// The workspace team as people see it: members with their role's label, weekly hours per role
// (the PM plan's capacity) and the hourly rate; and the checks on what a person types for a
// member (one sentence naming the field). Pure: the store reads and writes the rows
// (store/workspace/team.ts), the operations in operations/team.ts change them.
import { AicmoError } from '../domain/errors';
import { readHourlyRateSetting, type HourlyRate } from './hourlyRate';
import { PM_ROLES, readRole, ROLE_LABELS, type PmRole } from './roles';

export interface TeamMember {
  id: string;
  name: string;
  role: PmRole | (string & {});
  roleLabel: string;
  weeklyHours: number;
}

export interface Team {
  members: TeamMember[];
  /** Weekly hours per role (the PM plan's capacity). */
  weeklyHoursByRole: Record<string, number>;
  hourlyRate: HourlyRate | null;
  /** The stored rate text when it no longer reads as a rate (shown so a person can fix it). */
  unreadableRate?: string;
}

export const MAX_WEEKLY_HOURS = 80;
const roleList = PM_ROLES.map((r) => ROLE_LABELS[r].toLowerCase()).join(', ');

export function teamMember(row: { id: string; name: string; role: string; weeklyHours: number }): TeamMember {
  return { id: row.id, name: row.name, role: row.role, roleLabel: (ROLE_LABELS as Record<string, string>)[row.role] ?? row.role, weeklyHours: row.weeklyHours };
}

/** The team from its stored rows and the stored rate text. */
export function teamOf(rows: readonly { id: string; name: string; role: string; weeklyHours: number }[], rawRate: string | undefined): Team {
  const members = rows.map(teamMember);
  const weeklyHoursByRole: Record<string, number> = {};
  for (const m of members) weeklyHoursByRole[m.role] = (weeklyHoursByRole[m.role] ?? 0) + m.weeklyHours;
  const hourlyRate = readHourlyRateSetting(rawRate);
  return { members, weeklyHoursByRole, hourlyRate, ...(rawRate !== undefined && hourlyRate === null ? { unreadableRate: rawRate } : {}) };
}

export function checkMemberName(text: string): string {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '') throw new AicmoError('invalid-input', 'A team member needs a name.', { field: 'name' });
  if ([...name].length > 80) throw new AicmoError('invalid-input', `The name "${name.slice(0, 40)}…" is longer than 80 characters.`, { field: 'name' });
  if (/[\p{Cc}]/u.test(name)) throw new AicmoError('invalid-input', "A team member's name cannot contain control characters.", { field: 'name' });
  return name;
}

export function checkMemberRole(text: string): PmRole {
  const role = readRole(text);
  if (!role) throw new AicmoError('invalid-input', `The role "${text.trim()}" is not one the project plan uses (${roleList}).`, { field: 'role' });
  return role;
}

/** Hours a week on campaign work (default 40), to the half hour. */
export function checkWeeklyHours(value: number | string | undefined): number {
  if (value === undefined) return 40;
  const text = String(value).trim();
  const hours = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(hours > 0) || hours > MAX_WEEKLY_HOURS) throw new AicmoError('invalid-input', `Weekly hours must be a number more than 0 and at most ${MAX_WEEKLY_HOURS}, not "${text}".`, { field: 'weeklyHours' });
  return Math.round(hours * 2) / 2;
}
