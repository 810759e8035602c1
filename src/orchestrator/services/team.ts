// getWorkspaceTeam: the workspace team (members by role, weekly capacity per role) and the hourly
// rate, for the CLI (`aicmo team list`) and the PM panel. Changes are operations (operations/team.ts).
import { HOURLY_RATE_SETTING, teamOf, type HourlyRate, type Team, type TeamMember } from '../team';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function getWorkspaceTeam(env: ServiceEnv): Promise<Result<Team>> {
  return attempt(() => env.store.readWorkspace((tx) => teamOf(tx.team.list(), tx.settings.get(HOURLY_RATE_SETTING))));
}

export type { Team, TeamMember, HourlyRate };
