// PM Dashboard: the project's tasks with live status and hours, the plan's critical path and
// capacity; completing a task (with hours) and setting its status.
import { getProjectPmDashboard, unwrap } from '../../../orchestrator/services';
import { roleName } from '../../../orchestrator/domain/labels';
import type { PanelDescriptor } from './types';

export const pm: PanelDescriptor<'pm'> = {
  async snapshot({ env, slug }) {
    const { project: _project, ...rest } = unwrap(await getProjectPmDashboard(env, slug));
    const roles = new Set([...rest.tasks.map((t) => t.role), ...rest.capacity.map((c) => c.role)].filter((r): r is string => typeof r === 'string'));
    return { ...rest, roleNames: Object.fromEntries([...roles].map((r) => [r, roleName(r)])) };
  },
  commands: {
    'pm/completeTask': (p) => ({ run: { name: 'task.complete', input: { project: p.project, id: p.id, hours: p.hours } } }),
    'pm/updateTaskStatus': (p) => ({ run: { name: 'task.setStatus', input: { project: p.project, id: p.id, status: p.status } } }),
  },
  requests: {},
};
