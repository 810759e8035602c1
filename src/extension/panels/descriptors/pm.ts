// PM Dashboard: the project's tasks with live status and hours, the plan's critical path and
// capacity; completing a task (with hours) and setting its status; the workspace team form
// (adding and removing members, the hourly rate) through the team operations, each offering to
// re-run this project's plan.
import { getProjectPmDashboard, getWorkspaceTeam, unwrap } from '../../../orchestrator/services';
import { roleName } from '../../../orchestrator/domain/labels';
import { hourlyRateText } from '../../../orchestrator/operations/team';
import { formatHourlyRateSetting, PM_ROLES } from '../../../orchestrator/team';
import { staffingOf } from '../snapshots/pmStaffing';
import type { PanelDescriptor } from './types';

export const pm: PanelDescriptor<'pm'> = {
  async snapshot({ env, slug }) {
    const { project: _project, ...rest } = unwrap(await getProjectPmDashboard(env, slug));
    const team = unwrap(await getWorkspaceTeam(env));
    const roles = new Set([...rest.tasks.map((t) => t.role), ...rest.capacity.map((c) => c.role), ...team.members.map((m) => m.role)].filter((r): r is string => typeof r === 'string'));
    const staffed = staffingOf(rest.plan?.warnings ?? [], rest.capacity);
    return {
      ...rest,
      plan: rest.plan ? { ...rest.plan, warnings: staffed.warnings } : null,
      capacity: staffed.capacity,
      staffing: staffed.staffing,
      roleNames: Object.fromEntries([...roles].map((r) => [r, roleName(r)])),
      team: {
        members: team.members.map((m) => ({ id: m.id, name: m.name, role: m.role, roleLabel: roleName(m.role), weeklyHours: m.weeklyHours })),
        roles: PM_ROLES.map((id) => ({ id, label: roleName(id) })),
        hourlyRate: team.hourlyRate ? formatHourlyRateSetting(team.hourlyRate) : (team.unreadableRate ?? null),
        hourlyRateText: team.unreadableRate !== undefined ? `"${team.unreadableRate}" is not a rate: set it again` : hourlyRateText(team.hourlyRate),
      },
    };
  },
  commands: {
    'pm/completeTask': (p) => ({ run: { name: 'task.complete', input: { project: p.project, id: p.id, hours: p.hours } } }),
    'pm/updateTaskStatus': (p) => ({ run: { name: 'task.setStatus', input: { project: p.project, id: p.id, status: p.status } } }),
    'pm/addTeamMember': (p) => ({ run: { name: 'team.add', input: { project: p.project, name: p.name, role: p.role, weeklyHours: p.weeklyHours } } }),
    'pm/removeTeamMember': (p) => ({ run: { name: 'team.remove', input: { project: p.project, name: p.id } } }),
    'pm/setHourlyRate': (p) => ({ run: { name: 'team.setRate', input: { project: p.project, rate: p.rate } } }),
  },
  requests: {},
};
