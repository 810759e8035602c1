// The workspace team: who works on the campaigns, in which role, and how many hours a week (the PM
// plan's capacity comes from these), plus the agency's hourly rate. Core operations the CLI
// (`aicmo team …`) and the PM panel call; every change is one write and one learning event.
import { AicmoError } from '../domain/errors';
import { newId } from '../domain/ids';
import type { EventLog } from '../events';
import type { WorkspaceStore } from '../store/types';
import { formatHourlyRateSetting, HOURLY_RATE_SETTING, parseHourlyRate, readHourlyRateSetting, type HourlyRate } from './hourlyRate';
import { PM_ROLES, readRole, ROLE_LABELS, type PmRole } from './roles';
import { deleteTeamRow, insertTeamRow, listTeamRows, readHourlyRateRow, updateTeamRowHours } from './teamRows';

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

export interface TeamMemberInput {
  name: string;
  role: string;
  /** Hours a week on campaign work (default 40). */
  weeklyHours?: number | string;
}

const MAX_WEEKLY_HOURS = 80;
const roleList = PM_ROLES.map((r) => ROLE_LABELS[r].toLowerCase()).join(', ');

function member(row: { id: string; name: string; role: string; weeklyHours: number }): TeamMember {
  return { ...row, roleLabel: (ROLE_LABELS as Record<string, string>)[row.role] ?? row.role };
}

function checkName(text: string): string {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '') throw new AicmoError('invalid-input', 'A team member needs a name.', { field: 'name' });
  if ([...name].length > 80) throw new AicmoError('invalid-input', `The name "${name.slice(0, 40)}…" is longer than 80 characters.`, { field: 'name' });
  if (/[\p{Cc}]/u.test(name)) throw new AicmoError('invalid-input', 'A team member\'s name cannot contain control characters.', { field: 'name' });
  return name;
}

function checkRole(text: string): PmRole {
  const role = readRole(text);
  if (!role) throw new AicmoError('invalid-input', `The role "${text.trim()}" is not one the project plan uses (${roleList}).`, { field: 'role' });
  return role;
}

function checkHours(value: number | string | undefined): number {
  if (value === undefined) return 40;
  const text = String(value).trim();
  const hours = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(hours > 0) || hours > MAX_WEEKLY_HOURS) throw new AicmoError('invalid-input', `Weekly hours must be a number more than 0 and at most ${MAX_WEEKLY_HOURS}, not "${text}".`, { field: 'weeklyHours' });
  return Math.round(hours * 2) / 2;
}

export async function listTeam(store: WorkspaceStore): Promise<Team> {
  return store.readWorkspace((db) => {
    const members = listTeamRows(db).map(member);
    const weeklyHoursByRole: Record<string, number> = {};
    for (const m of members) weeklyHoursByRole[m.role] = (weeklyHoursByRole[m.role] ?? 0) + m.weeklyHours;
    const raw = readHourlyRateRow(db);
    const hourlyRate = readHourlyRateSetting(raw);
    return { members, weeklyHoursByRole, hourlyRate, ...(raw !== undefined && hourlyRate === null ? { unreadableRate: raw } : {}) };
  });
}

/** Adds a member; the same name in the same role again updates the weekly hours (same hours: nothing changes). */
export async function addTeamMember(store: WorkspaceStore, events: EventLog, input: TeamMemberInput, actor: string): Promise<{ member: TeamMember; change: 'added' | 'updated' | 'unchanged'; previousHours?: number }> {
  const name = checkName(input.name);
  const role = checkRole(input.role);
  const weeklyHours = checkHours(input.weeklyHours);
  const out = await store.writeWorkspace((db) => {
    const same = listTeamRows(db).find((r) => r.name.toLowerCase() === name.toLowerCase() && r.role === role);
    if (same && same.weeklyHours === weeklyHours) return { member: member(same), change: 'unchanged' as const };
    if (same) {
      updateTeamRowHours(db, same.id, weeklyHours);
      return { member: member({ ...same, weeklyHours }), change: 'updated' as const, previousHours: same.weeklyHours };
    }
    const row = { id: newId('tm_'), name, role, weeklyHours };
    insertTeamRow(db, row);
    return { member: member(row), change: 'added' as const };
  });
  if (out.change !== 'unchanged') {
    await events.append({ type: 'team.changed', project: null, actor, data: { action: out.change, id: out.member.id, name, role, weeklyHours, ...(out.previousHours === undefined ? {} : { previousHours: out.previousHours }) } });
  }
  return out;
}

/** Removes a member by id or name (a name with several roles needs the role). */
export async function removeTeamMember(store: WorkspaceStore, events: EventLog, ref: { name: string; role?: string }, actor: string): Promise<{ member: TeamMember }> {
  const wanted = ref.name.trim();
  const role = ref.role === undefined ? undefined : checkRole(ref.role);
  const removed = await store.writeWorkspace((db) => {
    const rows = listTeamRows(db);
    const byName = rows.filter((r) => r.id === wanted || r.name.toLowerCase() === wanted.toLowerCase());
    const matches = role ? byName.filter((r) => r.role === role) : byName;
    if (matches.length === 0) {
      const who = rows.length === 0 ? 'the team is empty' : `the team is ${[...new Set(rows.map((r) => r.name))].join(', ')}`;
      throw new AicmoError('not-found', `No team member "${wanted}"${role ? ` with the role ${ROLE_LABELS[role].toLowerCase()}` : ''}: ${who}.`, { field: 'name' });
    }
    if (matches.length > 1) throw new AicmoError('invalid-input', `${matches[0]!.name} has ${matches.length} roles (${matches.map((m) => ROLE_LABELS[m.role as PmRole]?.toLowerCase() ?? m.role).join(', ')}): say which with --role.`, { field: 'role' });
    deleteTeamRow(db, matches[0]!.id);
    return member(matches[0]!);
  });
  await events.append({ type: 'team.changed', project: null, actor, data: { action: 'removed', id: removed.id, name: removed.name, role: removed.role, weeklyHours: removed.weeklyHours } });
  return { member: removed };
}

/** Sets the workspace's hourly rate ("95", "95 GBP", "£95"), or clears it with null. */
export async function setHourlyRate(store: WorkspaceStore, events: EventLog, text: string | null, actor: string): Promise<{ hourlyRate: HourlyRate | null; changed: boolean }> {
  const value = text === null ? undefined : formatHourlyRateSetting(parseHourlyRate(text));
  const before = await store.getSetting(HOURLY_RATE_SETTING);
  if (before === value) return { hourlyRate: readHourlyRateSetting(value), changed: false };
  await store.setSetting(HOURLY_RATE_SETTING, value);
  await events.append({ type: 'settings.changed', project: null, actor, data: { key: HOURLY_RATE_SETTING, value: value ?? null } });
  return { hourlyRate: readHourlyRateSetting(value), changed: true };
}

export { HOURLY_RATE_SETTING, parseHourlyRate, readHourlyRateSetting, type HourlyRate } from './hourlyRate';
export { listTeamRows } from './teamRows';
export { PM_ROLES, ROLE_LABELS, readRole, type PmRole } from './roles';
export { readHourlyRateRow } from './teamRows';
