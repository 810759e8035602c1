// The workspace team and the agency's hourly rate: adding a member (the same name and role again
// updates the weekly hours), removing one, setting or clearing the rate. Each change is one
// workspace write with one learning event (team.changed, settings.changed); a change that changes
// nothing writes nothing.
import * as v from 'valibot';
import { AicmoError } from '../domain/errors';
import {
  checkMemberName,
  checkMemberRole,
  checkWeeklyHours,
  formatHourlyRateSetting,
  HOURLY_RATE_SETTING,
  parseHourlyRate,
  readHourlyRateSetting,
  ROLE_LABELS,
  teamMember,
  type HourlyRate,
  type PmRole,
  type TeamMember,
} from '../team';
import type { ServiceEnv } from '../services/env';
import { defineOperation } from './define';
import { projectRef } from './input';
import type { NextStep } from './types';

export interface TeamChange {
  member: TeamMember;
  change: 'added' | 'updated' | 'unchanged';
  previousHours?: number;
}

export interface HourlyRateChange {
  hourlyRate: HourlyRate | null;
  changed: boolean;
}

const text = v.pipe(v.string(), v.maxLength(400));
/** The project the change was made for (the PM panel's): its plan changes only when re-run, so that is offered next. */
const forProject = v.optional(projectRef);

/** "Re-run the project plan" of the project the change was made for (none without one); an unknown project is refused before anything is written. */
export async function replanSteps(env: ServiceEnv, project: string | undefined): Promise<NextStep[]> {
  if (project === undefined) return [];
  const p = await env.store.getProject(project);
  return [{ label: 'Re-run the project plan', target: { kind: 'operation', name: 'flow.run', input: { project: p.slug, only: 'pm' } } }];
}
const roleWords = (role: string): string => (ROLE_LABELS as Record<string, string>)[role]?.toLowerCase() ?? role;

/** "95 GBP an hour", "95 an hour, in each project's currency", "not set". */
export function hourlyRateText(r: HourlyRate | null): string {
  return r === null ? 'not set' : r.currency ? `${r.amount} ${r.currency} an hour` : `${r.amount} an hour, in each project's currency`;
}

export const addTeamMemberOperation = defineOperation('team.add', {
  input: v.object({ name: text, role: text, weeklyHours: v.optional(v.union([v.number(), text])), project: forProject }),
  async execute(env, input) {
    const name = checkMemberName(input.name);
    const role = checkMemberRole(input.role);
    const weeklyHours = checkWeeklyHours(input.weeklyHours);
    const replan = await replanSteps(env, input.project);
    const out = await env.store.writeWorkspace((tx): TeamChange => {
      const same = tx.team.list().find((r) => r.name.toLowerCase() === name.toLowerCase() && r.role === role);
      if (same && same.weeklyHours === weeklyHours) return { member: teamMember(same), change: 'unchanged' };
      const stored = tx.team.put({ ...(same ? { id: same.id, name: same.name } : { name }), role, weeklyHours });
      const change = same ? 'updated' : 'added';
      tx.events.record({ type: 'team.changed', actor: env.actor, data: { action: change, id: stored.id, name: stored.name, role, weeklyHours, ...(same ? { previousHours: same.weeklyHours } : {}) } });
      return { member: teamMember(stored), change, ...(same ? { previousHours: same.weeklyHours } : {}) };
    });
    const m = out.member;
    const message =
      out.change === 'added'
        ? `Added ${m.name} (${roleWords(m.role)}, ${m.weeklyHours} h a week) to the team.`
        : out.change === 'updated'
          ? `Updated ${m.name} (${roleWords(m.role)}): ${out.previousHours} → ${m.weeklyHours} h a week.`
          : `${m.name} is already on the team as ${roleWords(m.role)} with ${m.weeklyHours} h a week (no change).`;
    return { value: out, message, next: out.change === 'unchanged' ? [] : replan };
  },
});

export const removeTeamMemberOperation = defineOperation('team.remove', {
  input: v.object({ name: text, role: v.optional(text), project: forProject }),
  async execute(env, input) {
    const wanted = input.name.trim();
    const role: PmRole | undefined = input.role === undefined ? undefined : checkMemberRole(input.role);
    const replan = await replanSteps(env, input.project);
    const removed = await env.store.writeWorkspace((tx) => {
      const rows = tx.team.list();
      const byName = rows.filter((r) => r.id === wanted || r.name.toLowerCase() === wanted.toLowerCase());
      const matches = role ? byName.filter((r) => r.role === role) : byName;
      if (matches.length === 0) {
        const who = rows.length === 0 ? 'the team is empty' : `the team is ${[...new Set(rows.map((r) => r.name))].join(', ')}`;
        throw new AicmoError('not-found', `No team member "${wanted}"${role ? ` with the role ${roleWords(role)}` : ''}: ${who}.`, { field: 'name' });
      }
      if (matches.length > 1) throw new AicmoError('invalid-input', `${matches[0]!.name} has ${matches.length} roles (${matches.map((m) => roleWords(m.role)).join(', ')}): say which role.`, { field: 'role' });
      const m = matches[0]!;
      tx.team.remove(m.id);
      tx.events.record({ type: 'team.changed', actor: env.actor, data: { action: 'removed', id: m.id, name: m.name, role: m.role, weeklyHours: m.weeklyHours } });
      return teamMember(m);
    });
    return { value: { member: removed }, message: `Removed ${removed.name} (${roleWords(removed.role)}) from the team.`, next: replan };
  },
});

export const setHourlyRateOperation = defineOperation('team.setRate', {
  /** "95", "95 GBP", "£95"; null clears the rate. */
  input: v.object({ rate: v.nullable(text), project: forProject }),
  async execute(env, input) {
    const value = input.rate === null ? undefined : formatHourlyRateSetting(parseHourlyRate(input.rate));
    const replan = await replanSteps(env, input.project);
    const changed = await env.store.writeWorkspace((tx) => {
      if (tx.settings.get(HOURLY_RATE_SETTING) === value) return false;
      tx.settings.set(HOURLY_RATE_SETTING, value);
      tx.events.record({ type: 'settings.changed', actor: env.actor, data: { key: HOURLY_RATE_SETTING, value: value ?? null } });
      return true;
    });
    const hourlyRate = readHourlyRateSetting(value);
    const said = hourlyRate === null ? 'The hourly rate is cleared: PM no longer checks agency hours against budgets.' : `The hourly rate is ${hourlyRateText(hourlyRate)}.`;
    return { value: { hourlyRate, changed } satisfies HourlyRateChange, message: changed ? said : `${said.replace(/\.$/, '')} (no change).`, next: changed ? replan : [] };
  },
});
