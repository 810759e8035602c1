// `aicmo team add|list|remove|rate`: the workspace team (PM capacity comes from each member's
// weekly hours per role) and the agency's hourly rate (PM checks planned hours against budgets).
import { hourlyRateText } from '../../orchestrator/operations';
import { getWorkspaceTeam, type Team } from '../../orchestrator/services';
import { PM_ROLES } from '../../orchestrator/team';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';
import { UsageError } from '../usageError';

function teamText(t: Team): string {
  const lines = t.members.length === 0 ? ['No team members yet (aicmo team add NAME --role ROLE --hours H).'] : t.members.map((m) => `  ${m.name.padEnd(24)} ${m.roleLabel.padEnd(16)} ${String(m.weeklyHours).padStart(5)} h a week`);
  if (t.members.length > 0) lines.unshift('Team:');
  const roles = PM_ROLES.map((r) => `${r} ${t.weeklyHoursByRole[r] ?? 0} h`).join(' · ');
  lines.push(`Capacity per week: ${roles}`);
  lines.push(`Hourly rate: ${hourlyRateText(t.hourlyRate)}${t.unreadableRate !== undefined ? ` (the stored value "${t.unreadableRate}" is not a rate: set it again with aicmo team rate)` : ''}`);
  return lines.join('\n');
}

export const teamCommands: CommandGroup = {
  name: 'team',
  summary: 'the workspace team (PM capacity per role) and the agency hourly rate',
  commands: [
    {
      name: 'add',
      summary: 'add a team member with a role and weekly hours (again: updates the hours)',
      usage: `team add <name> --role ${PM_ROLES.join('|')} [--hours H]   (default 40 h a week)`,
      args: ['name'],
      options: { role: { type: 'string' }, hours: { type: 'string' } },
      required: ['role'],
      async run(ctx, { values, positionals }) {
        const outcome = await runOp(ctx, 'team.add', { name: positionals[0]!, role: String(values.role), ...(values.hours === undefined ? {} : { weeklyHours: String(values.hours) }) });
        return { json: outcome.value, text: outcomeText(outcome) };
      },
    },
    {
      name: 'list',
      summary: 'the team, weekly capacity per role and the hourly rate',
      usage: 'team list',
      async run(ctx) {
        const env = await serviceEnvOf(ctx, { create: false });
        const t = valueOf(await getWorkspaceTeam(env));
        return { json: t, text: teamText(t) };
      },
    },
    {
      name: 'remove',
      summary: 'remove a team member (by name, or id; --role when the name has several roles)',
      usage: 'team remove <name|id> [--role ROLE]',
      args: ['name|id'],
      options: { role: { type: 'string' } },
      fieldFlags: { role: '--role ROLE' },
      async run(ctx, { values, positionals }) {
        const outcome = await runOp(ctx, 'team.remove', { name: positionals[0]!, ...(values.role === undefined ? {} : { role: String(values.role) }) });
        return { json: outcome.value, text: outcomeText(outcome) };
      },
    },
    {
      name: 'rate',
      summary: "set the agency's hourly rate (PM warns when planned hours cost more than a budget), or clear it",
      usage: 'team rate <amount [CUR]|off>   (e.g. 95, "95 GBP", £95; without a currency: each project\'s own)',
      args: ['amount'],
      async run(ctx, { positionals }) {
        const word = positionals[0]!.trim();
        if (word === '') throw new UsageError('team rate takes an amount (e.g. 95 or "95 GBP") or "off".', 'team rate');
        const outcome = await runOp(ctx, 'team.setRate', { rate: /^(?:off|none|clear)$/i.test(word) ? null : word });
        return { json: outcome.value, text: outcomeText(outcome) };
      },
    },
  ],
};
