// The workspace team: who works on the campaigns, in which role, and how many hours a week (the PM
// plan's capacity comes from these), plus the agency's hourly rate. Pure rules and views; the rows
// are the store's (store/workspace/team.ts, the settings table), the changes are operations
// (team.add, team.remove, team.setRate) and the list is the query service getWorkspaceTeam.
export { formatHourlyRateSetting, HOURLY_RATE_SETTING, parseHourlyRate, readHourlyRateSetting, type HourlyRate } from './hourlyRate';
export { checkMemberName, checkMemberRole, checkWeeklyHours, MAX_WEEKLY_HOURS, teamMember, teamOf, type Team, type TeamMember } from './members';
export { PM_ROLES, ROLE_LABELS, readRole, type PmRole } from './roles';
