// The workspace team and hourly rate as Results, for the CLI (`aicmo team …`) and the PM panel's
// form: list, add (or update the hours of) a member, remove one, set or clear the rate.
import { addTeamMember, listTeam, removeTeamMember, setHourlyRate, type Team, type TeamMember, type TeamMemberInput, type HourlyRate } from '../team';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function getWorkspaceTeam(env: ServiceEnv): Promise<Result<Team>> {
  return attempt(() => listTeam(env.store));
}

export function addWorkspaceTeamMember(env: ServiceEnv, input: TeamMemberInput): Promise<Result<{ member: TeamMember; change: 'added' | 'updated' | 'unchanged'; previousHours?: number }>> {
  return attempt(() => addTeamMember(env.store, env.events, input, env.actor));
}

export function removeWorkspaceTeamMember(env: ServiceEnv, ref: { name: string; role?: string }): Promise<Result<{ member: TeamMember }>> {
  return attempt(() => removeTeamMember(env.store, env.events, ref, env.actor));
}

/** Sets the hourly rate ("95", "95 GBP", "£95"); null clears it. */
export function setWorkspaceHourlyRate(env: ServiceEnv, text: string | null): Promise<Result<{ hourlyRate: HourlyRate | null; changed: boolean }>> {
  return attempt(() => setHourlyRate(env.store, env.events, text, env.actor));
}

export type { Team, TeamMember, TeamMemberInput, HourlyRate };
